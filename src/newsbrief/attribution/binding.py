"""Which sentence of a window states the claim's event, and which of the window's
values are bound to that event.

Why: a window of two or three sentences glues the sentence that states the claim's
main event to its neighbours, and a neighbour's weekday, date or figure is most often
another deed's: beside "al-Baghdadi emerged Wednesday with a statement", the next
sentence's "forces having advanced Tuesday into Mosul" dates the advance, not the
statement, so it cannot confirm a claim that the statement came out on Tuesday. The
event's own sentence (:func:`event_part`: the one stating most of what happened) is
where its details come from; a neighbour supplies a value only when that value is
bound to the same thing as the claim's (the claim's verb restated, a word around it
shared, or a count of the same thing), and none where the event's own sentence gives
another value of the same kind for that deed. Within one sentence, a date of another
deed beside one of the claim's deed is not the claim's day either. Where it sits: after
:mod:`.windows` has glued the sentences, :mod:`.details` asks which window dates may
agree with a claim date (:func:`unbound_dates`) and :mod:`.compare` which figures
(:func:`unbound_figures`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import config
from .dates import DateRef, compare
from .numbers import Quantity, quantities_agree

if TYPE_CHECKING:
    from .claim import Claim
    from .facts import Facts


def event_part(claim: Claim, parts: Sequence[Facts]) -> int | None:
    """The index of the window sentence that states the claim's main event: the one
    stating the most of what happened (the claim's core words, by weight), then the
    most of the claim, then its main verb; the first of equals. None when the window
    is one sentence, or no sentence states any of the claim's core words. (The main
    verb comes last: a word like "cross-border" states "crossed" in a sentence about
    something else, where the sentence stating the deed in other words says more.)"""
    if len(parts) <= 1:
        return None
    main = claim.main_verb

    def rank(k: int) -> tuple[float, float, bool]:
        p = parts[k]
        return (
            claim.weight_of(claim.core & p.content),
            claim.weight_of(claim.facts.content & p.content),
            main is not None and main in p.content,
        )

    best = max(range(len(parts)), key=rank)
    return best if rank(best)[0] > 0 else None


def bound(claim: Claim, d: DateRef, e: DateRef) -> bool:
    """The window date ``e`` is bound to what the claim's date ``d`` dates: it hangs on
    the same verb or on one of the claim's verbs ("was released Tuesday"), or shares a
    word around it that is not a verb ("the release on Tuesday")."""
    if e.event & (d.event | claim.events):
        return True
    return bool((d.near & e.near) - d.event - e.event - d.verbs - e.verbs)


def other_deed(claim: Claim, d: DateRef, e: DateRef) -> bool:
    """The window date ``e`` dates another deed than the claim's date ``d``: both hang
    on a verb, and ``e``'s is none of the claim's and shares nothing else with ``d``
    ("advanced Tuesday into Mosul" for a recording "released on Tuesday")."""
    return bool(e.event and d.event) and not bound(claim, d, e)


def same_deed(claim: Claim, d: DateRef, e: DateRef, sentence: Facts) -> bool:
    """A neighbour sentence's date ``e`` dates what the claim's date ``d`` dates: it is
    bound to it (:func:`bound`), or it hangs on no verb in a sentence that states what
    the claim's date is bound to ("PAL will submit a plan ... by Dec. 7" for "a plan it
    will submit next Monday"; where the claim's date is bound to no word,
    ``min_candidate`` of what happened)."""
    if bound(claim, d, e):
        return True
    if e.event:
        return False  # the date of another deed ("advanced Tuesday into Mosul")
    own = d.near | d.event
    if own:
        return bool(own & sentence.content)
    core = claim.weight_of(claim.core)
    return core > 0 and claim.weight_of(claim.core & sentence.content) >= (
        config.get().min_candidate * core
    )


def rivals(claim: Claim, d: DateRef, sentence: Facts) -> set[int]:
    """The ids of the dates of one sentence that date another deed (:func:`other_deed`)
    where the sentence also gives a date of the same kind bound to the claim's
    ("approved the budget Wednesday, a day after dock workers walked out Tuesday"):
    that one is the day of the claim's event there, and the other no support."""
    kinds = {e.key for e in sentence.dates if e.event and bound(claim, d, e)}
    return {id(e) for e in sentence.dates if e.key in kinds and other_deed(claim, d, e)}


def unbound_dates(
    claim: Claim,
    d: DateRef,
    parts: Sequence[Facts],
    claim_day: dt.date | None,
    ev_day: dt.date | None,
    around: Facts | None = None,
) -> set[int]:
    """The ids of the window's dates (``parts``, its sentences) and of the dates around
    it (``around``: the window with its neighbours and the lead) that cannot agree
    with the claim date ``d``:

    * in a sentence, a date of another deed beside one of the claim's (:func:`rivals`);
    * in a window of several sentences, those of the sentences that do not state the
      claim's event (:func:`event_part`) unless they date the same deed
      (:func:`same_deed`), and all of them when the event's own sentence gives another
      value of the same kind for that deed ("approved the budget on Wednesday" against
      a claim's "Tuesday"; not "imposed sanctions in 1992" beside "indicted in 1991",
      nor a date that is another claim date's);
    * around the window, those not of the same deed."""
    inside = [e for p in parts for e in p.dates]
    out = {i for p in parts for i in rivals(claim, d, p)}
    if around is not None:
        mine = {id(e) for e in inside}
        out |= {
            id(e) for e in around.dates if id(e) not in mine and not same_deed(claim, d, e, around)
        }
    k = event_part(claim, parts)
    if k is None:
        return out
    others = [(e, p) for j, p in enumerate(parts) if j != k for e in p.dates]
    rest = [c for c in claim.facts.dates if c is not d]
    if any(
        e.key == d.key
        and same_deed(claim, d, e, parts[k])
        and compare(d, claim_day, e, ev_day).status == "conflicts"
        and not any(compare(c, claim_day, e, ev_day).status == "agrees" for c in rest)
        for e in parts[k].dates
    ):
        return out | {id(e) for e, _ in others}
    return out | {id(e) for e, p in others if not same_deed(claim, d, e, p)}


def unbound_figures(claim: Claim, q: Quantity, parts: Sequence[Facts]) -> set[int]:
    """The ids of the figures of a window of several sentences that cannot agree with
    the claim's figure ``q``: those of the sentences that do not state the claim's
    event (:func:`event_part`) that hang on a verb that is none of the claim's and
    count nothing the claim names ("Some 140 firefighters fought the blaze" beside a
    fire "killing dozens of young people"); and all of them when the event's own
    sentence gives another value of the same thing for the same verb ("The council
    approved a budget of 300 million yen" beside "Dock workers had asked for 500
    million yen"). A figure hanging on no verb, or with a verb the claim's figure lacks,
    is not known to be another deed's and may still agree."""
    k = event_part(claim, parts)
    if k is None or q.unit == "ord":
        return set()  # an ordinal names which one ("the first round"), not how many
    others = [e for j, p in enumerate(parts) if j != k for e in p.quantities]
    if q.event and any(
        e.event & q.event
        and e.unit == q.unit
        and not e.ident
        and (not (q.after and e.after) or q.after & e.after)  # the same thing counted
        and not quantities_agree(q, e)
        for e in parts[k].quantities
    ):
        return {id(e) for e in others}
    return {
        id(e)
        for e in others
        if e.event
        and q.event
        and not e.event & (q.event | claim.events)
        and not e.after & claim.facts.content
    }


def deeds(claim: Claim) -> frozenset[str]:
    """The claim's verbs of what happened (its main verb and its other done verbs, not
    a verb of saying): a sentence elsewhere in the article is about the claim's event
    only where it states one of them."""
    out = claim.events - claim.reporting
    if claim.main_verb is not None and claim.main_verb not in claim.reporting:
        out |= {claim.main_verb}
    return out


def date_of_event(claim: Claim, d: DateRef, e: DateRef) -> bool:
    """A date ``e`` of a sentence outside the window dates what the claim's date ``d``
    dates: it hangs on one of the claim's deeds or on ``d``'s own verb ("PAL shut down
    on Sept. 23" for a claim that PAL shut down on Sept. 23), or on no verb and shares
    a word around it with ``d`` that is no name and no verb ("the Sept. 23 shutdown").
    A date of another verb is another deed's ("resumed flights Oct. 7"); names recur
    around every deed of an article, so they bind nothing."""
    if e.event:
        return bool(e.event & (deeds(claim) | (d.event - claim.reporting)))
    return bool((d.near & e.near) - d.verbs - e.verbs - claim.name_words)


def figure_of_event(claim: Claim, q: Quantity, e: Quantity) -> bool:
    """A figure ``e`` of a sentence outside the window is the claim's figure ``q``'s
    quantity: it hangs on one of the claim's deeds or on ``q``'s own verb, or on no
    verb and counts what ``q`` counts; never an identifier or a denied value, nor a small
    count of another thing ("two vehicles" / "two U.S. embassies": a coincidence)."""
    if e.ident or e.denied or e.unit != q.unit:
        return False
    if (
        q.value < config.get().coincidence_below
        and q.after
        and e.after
        and not (q.after | q.before) & (e.after | e.before)
    ):
        return False
    if e.event:
        return bool(e.event & (deeds(claim) | (q.event - claim.reporting)))
    return bool(q.after & e.after)


def place_of_event(claim: Claim, sentences: Sequence[Facts]) -> bool:
    """A claim's place found in ``sentences`` (those of them that name it) is where the
    claim's event happened there: one of them states some of what happened (the claim's
    core words), or the claim has no core to state. Why: a place is bound to its own
    deed like a date: beside "Ocalan was arrested at the Rome airport", the sentence
    before's "terrorist acts even in Germany" places the acts, not the arrest, so it
    cannot back "Ocalan is in custody in Germany"."""
    return not claim.core or any(claim.core & s.content for s in sentences)
