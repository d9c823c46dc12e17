"""What the dependency parse says against a window: the optional ``[parse]`` path.

Why: word order cannot always tell who did what to whom, whether a deed is only
planned, or which predicate a figure hangs on; a dependency parse can. Where it sits:
:mod:`.align` asks these functions about a window the word-order comparison
(:mod:`.compare`) would let support the claim (:func:`parsed_details`), or about one
sentence that states much of the claim (:func:`parsed_conflicts`); each adds typed
details that block support or contradict. :func:`.parse.enabled` says whether the
parse decides at all (``config.parse``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Detail
from . import config
from .details import quantity_check
from .facts import Facts, copy_share
from .parse import parse
from .predicate import REPORTING_VERBS

if TYPE_CHECKING:
    from .claim import Claim


def parsed_conflicts(claim: Claim, text: str, words: frozenset[str]) -> tuple[Detail, ...]:
    """The claim's own event told the other way in one sentence: its main predicate (the
    same verb, not a synonym) with the same participants (the claim's doer, and what it
    was done to when the claim names it) denied where the claim asserts it or asserted
    where it denies it (``negation``), or only planned where the claim says it was done
    (``plan``); or the same predicate with doer and object traded (``roles``). The same
    predicate and participants pin the same event, as the issue defines a contradiction;
    the contradiction rule still asks its share of the rest of the claim."""
    cfg = config.get()
    facts = claim.facts
    mains = [
        c
        for c in parse(claim.text).main()
        if c.verb in facts.content and c.verb not in REPORTING_VERBS and c.subject
    ]
    if not any(c.verb in words for c in mains):
        return ()  # the sentence states none of the claim's predicates: nothing to parse
    for c in mains:
        for e in parse(text).predicates:
            if e.lemma != c.lemma or e.complement != c.complement:
                continue
            same_doer = bool(e.subject & c.subject)
            same_object = bool(e.obj & c.obj) if c.obj else True
            if same_doer and same_object and not c.plan and not e.plan:
                if cfg.parse_negation and c.negated and not e.negated:
                    return (Detail("negation", "conflicts", f"not {c.text}", e.text),)
                if cfg.parse_negation and not c.negated and c.done and e.negated:
                    return (Detail("negation", "conflicts", c.text, f"not {e.text}"),)
            elif same_doer and same_object and e.plan and not e.negated:
                if cfg.parse_plan and c.done and not c.negated:
                    return (Detail("plan", "conflicts", c.text, f"{e.text} (planned)"),)
            elif (
                cfg.parse_roles
                and not same_doer
                and bool(e.subject & c.obj)
                and bool(e.obj & c.subject)
            ):
                who, doer = min(c.subject), min(e.subject)
                shown = f"{facts.forms.get(who, who)} {c.text}", f"{doer} {e.text}"
                return (Detail("roles", "conflicts", *shown, "who did what"),)
    return ()


def parsed_details(
    claim: Claim, ev: Facts, said: Sequence[tuple[str, frozenset[str]]]
) -> tuple[Detail, ...]:
    """What the dependency parse of a window says against a claim it would support.

    For each main predicate of the claim the window's sentences state (the same canonical
    verb): the doer and what it was done to the other way round (``roles``), the deed only
    as a plan (``plan``), the denial asserted or the assertion denied (``negation``); and
    for each figure that agrees in value, a window that hangs it on another predicate it
    also states ("the bomb that wounded dozens killed 14" for "wounded 14 people").
    Each blocks support; a near copy of the claim with roles, plan or negation turned
    states the other fact (a conflict), as for the word-order readings."""
    cfg = config.get()
    facts = claim.facts
    share = copy_share(facts, ev)
    mine = parse(claim.text)
    # only sentences stating one of the claim's main predicates or a verb its figures
    # hang on can tell anything below: the others are not parsed (speed)
    needed = {c.verb for c in mine.main()} | {v for _, v in mine.figures}
    texts = [t for t, words in said if words & needed]
    theirs = [p for t in texts for p in parse(t).predicates]
    have: set[str] = set()
    out: list[Detail] = []
    for c in mine.main():
        if c.verb not in facts.content or c.verb in REPORTING_VERBS:
            continue
        same = [e for e in theirs if e.verb == c.verb]
        if not same:
            continue
        if cfg.parse_roles and "roles" not in have and c.subject:
            framed = [e for e in same if e.lemma == c.lemma]
            kept = any(e.subject & c.subject or e.obj & c.obj for e in framed)
            for e in framed if not kept else ():
                # the window's doer is what the claim says the deed was done to, or the
                # claim's doer is the window's object while the window names another doer
                # (a parse that finds no doer says nothing of who did it)
                back = bool(e.subject & c.obj) and not e.subject & c.subject
                forth = (
                    bool(e.obj & c.subject)
                    and not e.obj & c.obj
                    and bool(e.subject)
                    and not e.subject & c.subject
                )
                if back or forth:
                    who = min(c.subject)
                    doer = min(e.subject) if e.subject else "(none)"
                    swapped = bool(e.subject & c.obj) and bool(e.obj & c.subject)
                    status = "conflicts" if swapped and share >= cfg.near_copy else "missing"
                    out.append(
                        Detail(
                            "roles",
                            status,
                            f"{facts.forms.get(who, who)} {c.text}",
                            f"{ev.forms.get(doer, doer)} {e.text}",
                            "who did what",
                        )
                    )
                    have.add("roles")
                    break
        # a plan or a denial is said of a doer: where both name one, only the same
        # doer's statement of the predicate counts ("Cathay wants" / "Tan did not want")
        same = [
            e
            for e in same
            if (not (e.subject and c.subject) or e.subject & c.subject)
            and e.complement == c.complement  # "did not want to cut" / "wants to retain"
        ]
        if not same:
            continue
        planned = all(e.plan for e in same)
        if cfg.parse_plan and "plan" not in have and c.done and not c.negated and planned:
            status = "conflicts" if share >= cfg.near_copy else "missing"
            shown = f"{same[0].text} (planned)"
            out.append(Detail("plan", status, c.text, shown))
            have.add("plan")
        if cfg.parse_negation and "negation" not in have and not c.plan:
            flat = [e for e in same if not e.plan]
            if c.negated and flat and not any(e.negated for e in same):
                status = "conflicts" if share >= cfg.negation_conflict else "missing"
                out.append(Detail("negation", status, f"not {c.text}", flat[0].text))
                have.add("negation")
            elif not c.negated and c.done and flat and all(e.negated for e in flat):
                status = "conflicts" if share >= cfg.negation_conflict else "missing"
                out.append(Detail("negation", status, c.text, f"not {flat[0].text}"))
                have.add("negation")
    if cfg.parse_figures and mine.figures:
        # figure as written -> (the predicates it hangs on, the predicates of its sentence)
        bound: dict[str, tuple[set[str], set[str]]] = {}
        for t in texts:
            got = parse(t)
            verbs = {p.verb for p in got.predicates}
            for fig, v in got.figures:
                hung, stated_there = bound.setdefault(fig, (set(), set()))
                hung.add(v)
                stated_there |= verbs
        own: dict[str, set[str]] = {}
        for fig, v in mine.figures:
            own.setdefault(fig, set()).add(v)
        for q in facts.quantities:
            verdict, fig_e = quantity_check(q, ev)
            if verdict != "agrees" or fig_e is None or not q.text or not fig_e.text:
                continue
            cv = own.get(q.text.split()[0], set())
            evv, stated = bound.get(fig_e.text.split()[0], (set(), set()))
            # the sentence hangs the value on another predicate and states the claim's
            # too: "the bomb that wounded dozens killed 14" for "wounded 14 people"
            if cv and evv and not cv & evv and cv & stated:
                note = "said of another predicate"
                out.append(Detail("number", "missing", q.text, fig_e.text, note))
    return tuple(out)
