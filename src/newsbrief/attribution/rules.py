"""The supports / contradicts decision, as named rules over one window's comparison.

Why named rules: a verdict a reader doubts must be traceable to one rule and the
constants it reads (:mod:`.config`), and the evaluation script sweeps those constants
without touching this code. Each rule is a small function of a :class:`Check` (what the
window covers of the claim, and the typed :class:`~newsbrief.model.Detail` of every
compared figure, date, name, negation and word). Where it sits: last, after
:mod:`.compare` has built a window's :class:`Check`; :func:`nli_pending` says which
windows the optional entailment model decides, and :func:`article_verdict` weighs an
article's best supporting and contradicting windows into its one verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Detail
from . import config
from .lexicon import canon


@dataclass(frozen=True, slots=True)
class Check:
    """The outcome of comparing a claim with one window of one article."""

    coverage: float  # IDF-weighted share of the claim's words the window states
    rest_coverage: float  # the same, with the conflicting details' words left out
    core_coverage: float  # share of what happened (not names, not "said")
    matched: int  # claim words the window states
    details: tuple[Detail, ...] = ()
    anchored: bool = True  # every name of the claim found that the window shares
    claim_words: int = 3
    deed_coverage: float = 1.0  # core coverage without titles ("chief executive")
    # for a conflicting figure or date: the share of the claim's clause that holds it
    # (its predicate and participants: "Iranians voted on Thursday to elect ...") the
    # window states, and how many of that clause's words it states (best detail)
    clause_coverage: float = 0.0
    clause_matched: int = 0
    clause_core: float = 0.0  # the same share for the clause's words other than names
    # agreeing figures that pin the event: with a unit ("130 kph", "a 17-month") or a
    # count too large to coincide ("400 people"); a small bare count ("three") does not
    pinned: int = 0
    # names of the claim's second coordinated clause the window leaves out (missing,
    # noted peripheral): a fact of its own, which a long-claim window cannot leave out
    second_names: int = 0

    @property
    def conflicts(self) -> tuple[Detail, ...]:
        return tuple(d for d in self.details if d.status == "conflicts")

    @property
    def missing(self) -> tuple[Detail, ...]:
        return tuple(d for d in self.details if d.status == "missing")

    @property
    def supports(self) -> bool:
        return support_rule(self) is not None

    @property
    def contradicts(self) -> bool:
        return contradiction_rule(self) is not None


def support_rule(c: Check) -> str | None:
    """The rule by which the window supports the claim, None when it does not.

    * every detail agrees (no conflict, nothing the claim binds to its main event left
      unstated: a figure, date or name of a second coordinated clause may be missing), and
    * ``main event``: the window states enough of the claim (``support_coverage``) and of
      what happened (``support_core`` of the core and of the deed), or
    * ``long claim``: a long claim's main event (``long_core`` of the deed) with
      ``long_coverage`` of every word: the attribution tail and background may be missing,
      but no name of a second coordinated clause (``long_names``: a window stating this
      little would leave a changed name of that second fact unchecked);
    * and the claim's names are where the window's words are, or it shares enough words;
    * a claim of fewer than ``support_min_words`` content words states no fact to report.
    """
    cfg = config.CONFIG
    if c.claim_words < cfg.support_min_words:
        return None  # one word ("A U.S.") states no fact an article could report
    if c.conflicts or any(d.note != "peripheral" for d in c.missing):
        return None
    if c.core_coverage < cfg.support_core or c.deed_coverage < cfg.support_core:
        return None
    if not (c.matched >= cfg.support_min_words or c.anchored):
        return None
    if c.coverage >= cfg.support_coverage:
        return "main event"
    if c.coverage >= cfg.long_coverage and c.deed_coverage >= cfg.long_core:
        if cfg.long_names and c.second_names:
            return None  # so little stated, the second clause's names must be
        return "long claim"
    return None


def contradiction_rule(c: Check) -> str | None:
    """The rule by which the window contradicts the claim, None when it does not.

    A conflicting detail contradicts only when the rest of the claim is the same event
    (``contradict_coverage`` of the rest, ``contradict_core`` of what happened, at least
    ``contradict_min_words`` shared words); a figure for the same counted thing needs
    less (``number_conflict``), another name or a swapped word more (``name_conflict``,
    ``slot_conflict``).
    """
    cfg = config.CONFIG
    conflicts = c.conflicts
    if not conflicts:
        return None
    kinds = {d.kind for d in conflicts}
    if detail_clause_rule(c):
        return f"conflicting {'/'.join(sorted(kinds))} in its clause"
    if anchored_conflict_rule(c):
        return f"conflicting {'/'.join(sorted(kinds))} at the same time or count"
    if kinds == {"name"} and c.coverage < cfg.name_conflict:
        return None  # another place or person, but too little of the same fact
    if kinds <= {"word", "roles"} and c.rest_coverage < cfg.slot_conflict:
        return None  # another word in the claim's place, the rest not the same
    need = cfg.number_conflict if kinds == {"number"} else cfg.contradict_coverage
    if c.rest_coverage < need or c.core_coverage < cfg.contradict_core:
        return None
    if c.matched < min(cfg.contradict_min_words, c.claim_words):
        return None
    return f"conflicting {'/'.join(sorted(kinds))}"


def anchored_conflict_rule(c: Check) -> bool:
    """One figure, date or name conflicts where the window states every other figure and
    date of the claim as the claim does (at least ``anchor_details`` dates or figures
    that pin the event, ``Check.pinned``; a name conflict one more) and leaves
    no detail of the main event unstated: the same time and count pin the same event, so
    less of the claim's wording is needed (``anchored_conflict`` of the rest): "About 400
    people were at a disco dance ... before midnight Friday" / "... with some 400 people
    inside ... just before midnight Thursday"."""
    cfg = config.CONFIG
    conflicts = c.conflicts
    if len(conflicts) != 1 or conflicts[0].kind not in ("number", "date", "name"):
        return False
    if any(d.note != "peripheral" for d in c.missing):
        return False
    agreeing = [
        d
        for d in c.details
        if d.status == "agrees"
        and d.kind in ("number", "date")
        and d.note not in ("around", "elsewhere")
    ]
    if any(d.evidence == conflicts[0].evidence for d in agreeing):
        return False  # one stated value cannot be the claim's and also conflict with it
    anchors = c.pinned + sum(d.kind == "date" for d in agreeing)
    # another name in the claim's slot is the loosest conflict (a spelling, a name of
    # another role): it needs one anchor more
    need = cfg.anchor_details + (conflicts[0].kind == "name")
    return (
        anchors >= need
        and c.rest_coverage >= cfg.anchored_conflict
        and c.matched >= min(cfg.contradict_min_words, c.claim_words)
    )


def detail_clause_rule(c: Check) -> bool:
    """A figure or date bound to the same event, where one sentence states the clause the
    detail belongs to (``clause_conflict`` of its words, ``clause_core`` of those other
    than names, at least ``clause_conflict_words`` of them), though not the claim's
    whole main event: "Iranians voted on Thursday to elect the council ..., a key body
    expected to ..." against "Friday's vote for the 40-seat council of elders".
    The clause read is a date's unless ``clause_figures`` (a figure's clause is short and
    often met by another scope's or time's count: "62 people" across Europe / "32
    people" in Poland), and only where the sentence tells the same event
    (``clause_same_event``: :func:`.compare.clause_coverage`); without those guards it
    called dates of other times and places conflicts on real news (docs/attribution.md).
    ``clause_conflict`` above 1 turns the rule off. With ``clause_names`` (off) a place
    conflicts so too, where a figure or date of its clause agrees."""
    cfg = config.CONFIG
    kinds = {d.kind for d in c.conflicts}
    return (
        bool(kinds)
        and kinds <= ({"number", "date", "name"} if cfg.clause_names else {"number", "date"})
        and cfg.clause_conflict <= 1.0
        and c.clause_coverage >= cfg.clause_conflict
        and c.clause_core >= cfg.clause_core
        and c.clause_matched >= cfg.clause_conflict_words
    )


def denies(c: Check) -> bool:
    """The window states the claim's words but negates them (or says they could not be)."""
    return any(d.kind == "negation" for d in c.conflicts) or any(
        d.kind == "negation" and d.note == "could not" for d in c.missing
    )


# Details about wording, not values: another verb, word or object may be a paraphrase
# ("scrapped" / "cancelled"), which is what an entailment model judges.
_WORDING = frozenset({"verb", "word", "object"})


def wording(d: Detail) -> bool:
    """A missing detail of wording, not a capitalised name swapped in ("Smith/Jones")."""
    return (
        d.status == "missing"
        and d.kind in _WORDING
        and not any(w[:1].isupper() for w in re.split(r"[\s/]+", d.claim))
    )


def nli_pending(check: Check) -> bool:
    """A window the [nli] model decides: the typed details are a veto (nothing conflicts;
    no figure, date, name, place, negation, plan or role bound to the main event is
    missing; only wording may be) and it states ``nli_min_coverage`` of the claim; a
    lexical support only when ``nli_unsupport`` lets a contradiction remove it (off)."""
    if check.supports:
        return config.CONFIG.nli_unsupport <= 1.0
    return (
        not check.conflicts
        and not any(d.note != "peripheral" and not wording(d) for d in check.missing)
        and check.coverage >= config.CONFIG.nli_min_coverage
    )


@dataclass(frozen=True, slots=True)
class Scored:
    """One checked window of an article, ranked: the best supporting and contradicting
    windows are kept as these, and an article's verdict is given with one."""

    key: float  # rank: the check's coverage, a little less for each extra sentence
    check: Check
    lo: int  # first and last sentence of the window
    hi: int
    start: int  # the span shown: the window's first character ...
    end: int  # ... and the end of its last sentence
    words: frozenset[str] = frozenset()  # the window's content words


def article_verdict(
    support: Scored | None, contra: Scored | None, denial: float, unsupported_denied: set[str]
) -> tuple[str, Scored] | None:
    """An article's verdict from its best supporting and contradicting windows.

    Support wins unless the contradiction covers ``contradict_override`` more of the
    claim, or covers it as well with the opposite of a claim verb the support does not
    state (``opposite_deeds``: "refused" where the supporting window never says
    "agreed"); it is withdrawn where the article's own statement of the fact is a denial
    or a "could not" that covers the claim better (``denial``: the best such coverage)
    or negates claim words the support leaves out (``unsupported_denied``)."""
    if support is not None and (
        contra is None
        or contra.check.coverage < support.check.coverage + config.CONFIG.contradict_override
    ):
        if contra is not None and _opposite_unanswered(support, contra):
            return ("contradicts", contra)
        if denial > support.check.coverage or unsupported_denied:
            # the article's own statement of the fact is a denial or a "could not":
            # it covers the claim best, or it negates what the support leaves out
            return None if contra is None else ("contradicts", contra)
        return ("supports", support)
    if contra is not None:
        return ("contradicts", contra)
    return None


def _opposite_unanswered(support: Scored, contra: Scored) -> bool:
    """The contradicting window states the opposite of a claim verb (an ``outcome``
    conflict: "agreed" / "refused") and covers the claim at least as well as the
    supporting one, which does not state that verb (the request the refusal answers
    covers as much alone): the article tells the event the other way, and nowhere as
    the claim does."""
    if not config.CONFIG.opposite_deeds or contra.check.coverage < support.check.coverage:
        return False
    return any(
        d.kind == "outcome" and canon(d.claim.lower()) not in support.words
        for d in contra.check.conflicts
    )
