"""A claim read against the story it is checked in: the :class:`Claim` record.

Why: every window of every article is compared with the same claim, so what the claim
says is read once: its facts (:mod:`.facts`), the story's IDF weight of each word, the
core words (not names, not "said"), its main verb and the frames of the verbs it states
as done (:mod:`.predicate`), and the parts an outlet may leave out: a second clause, an
opening background clause, the attribution, a phrase describing the main verb's object,
modifier and appositive names, each figure's own clause (:mod:`.clauses`). Where it
sits: after :mod:`.clauses` and :mod:`.predicate`, before :mod:`.windows` retrieves
evidence and :mod:`.compare` checks it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from . import config
from .clauses import (
    Peripheral,
    appositive_names,
    detail_clauses,
    details_of,
    main_clause,
    modifier_names,
    object_description,
    peripheral_details,
    peripheral_parts,
    second_clause_words,
)
from .dates import MONTHS_ALL, WEEKDAYS
from .facts import Facts, Name, canon, event_words, facts_of
from .lexicon import TOKEN
from .names import expand_abbreviations
from .parse import enabled as parse_enabled
from .predicate import (
    SUBORDINATORS,
    Frame,
    announced_deed,
    find_main_verb,
    frame,
    name_run,
    parsed_main_verb,
    predicates,
    present_verb,
    progressive_verb,
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim's facts with the story's IDF weights of its words."""

    facts: Facts
    weights: dict[str, float]
    core: frozenset[str]  # content words that are not names or reporting verbs
    name_words: frozenset[str]
    text: str = ""
    events: frozenset[str] = frozenset()  # past-tense verbs: what happened
    reporting: frozenset[str] = frozenset()  # "said", "told": whose words, not what
    novel: frozenset[str] = frozenset()  # content words no sentence of the story uses
    published: dt.date | None = None  # when the claim was reported, if it has a source
    # details (as written) of a second coordinated clause ("..., and he cited supporters
    # in other regions, including Libya"): the main event is what an outlet must state
    peripheral: frozenset[str] = frozenset()
    # the first past-tense verb of the main clause: what the claim says happened
    main_verb: str | None = None
    # words and details only an opening subordinate clause states ("A day after Iraq
    # said ..."): background an outlet may leave out, not counted in the claim's size
    background: frozenset[str] = frozenset()
    background_details: frozenset[str] = frozenset()
    # each figure's and date's own clause (text as written -> its content words):
    # "Iranians voted on Thursday to elect the 86-seat Assembly of Experts"
    detail_clauses: dict[str, frozenset[str]] = field(default_factory=dict)
    # the main predicate with its nearest participants (predicate.frame), and one such
    # frame per verb the claim states as done, main first: who did what to whom
    frame: Frame | None = None
    verb_frames: tuple[Frame, ...] = ()
    # details in a peripheral part of the claim, with what pins them
    # (clauses.peripheral_parts; config.peripheral_parts): missing, they do not block
    parts: dict[str, Peripheral] = field(default_factory=dict)
    # the details only a second coordinated clause states (part of ``peripheral``): a
    # fact of its own, which a window stating little of the claim cannot leave out
    second_details: frozenset[str] = frozenset()
    # the claim read with a description of its object as the rest (None when it has
    # none: clauses.object_description): a window giving a detail of the description
    # otherwise, or contradicting the claim, is judged on this reading (align._best), as
    # a description weighing nothing ties no conflicting detail of it to the window
    written: Claim | None = None
    # the weight of all its words: what every share of the claim is a share of
    total: float = field(init=False, default=1.0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", math.fsum(self.weights.values()) or 1.0)

    def weight_of(self, words: Iterable[str]) -> float:
        """The claim's weight of ``words`` (a word not the claim's weighs nothing)."""
        return math.fsum(self.weights.get(c, 0.0) for c in words)

    @property
    def participants(self) -> list[Name]:
        """The names nearest the claim's main verb on each side (its subject and object:
        "Abu Bakr al-Baghdadi" in "ISIS leader Abu Bakr al-Baghdadi emerged ..."); every
        name outside the background when the main verb is unsure."""
        f = self.facts
        seq, main = f.seq, self.main_verb
        names = [n for n in f.names if n.text not in self.peripheral]
        if main is None or main not in seq:
            return names
        i = seq.index(main)
        near = name_run(seq, i, -1, f.name_canons) | name_run(seq, i, 1, f.name_canons)
        return [n for n in names if near & {canon(w) for w in n.words}]


class StoryWords(Protocol):
    """What reading a claim needs of its story: the words it capitalises, the
    abbreviations it defines, and how many sentences use each word."""

    proper: frozenset[str]
    abbreviations: dict[str, frozenset[str]]
    df: Counter[str]

    def idf(self, word: str) -> float: ...


def read_claim(
    text: str, published: dt.date | None, story: StoryWords, *, describe: bool = True
) -> Claim:
    """A claim read against the story: its facts, the story's IDF weight of each of its
    words, its core and main verb, the parts an outlet may leave out, and its frames.
    ``describe``: a phrase describing the main verb's object is such a part; the claim
    read without that (``describe=False``) is kept as ``Claim.written``."""
    facts = facts_of(text, story.proper)
    if story.abbreviations:
        facts = replace(facts, words=expand_abbreviations(facts.words, story.abbreviations))
    weights = {c: story.idf(c) for c in sorted(facts.content)}  # one summing order
    name_words = frozenset(canon(w) for n in facts.names for w in n.words)
    reporting = {canon(w) for w in ("said", "reported", "according", "added", "told")}
    core = facts.content - name_words - reporting
    events = event_words(text) & core
    novel = frozenset(c for c in facts.content if not story.df.get(c))
    second = second_clause_words(text, facts, story.proper)
    if second:
        # the main event is the first clause: what only a second one adds weighs
        # less (config.second_clause_weight; its details are still compared)
        k = config.get().second_clause_weight
        weights = {c: (w * k if c in second else w) for c, w in weights.items()}
        if k == 0.0:
            core -= second
            events -= second
    peripheral = peripheral_details(text, facts, story.proper)
    second_details = peripheral
    main_text = text
    only: frozenset[str] = frozenset()
    only_details: frozenset[str] = frozenset()
    lo, hi = main_clause(text)
    if (lo, hi) != (0, len(text)) and config.get().background_weight < 1.0:
        # "A day after Iraq said ..., al-Baghdadi emerged ...": an opening clause
        # dates or explains the main event; an outlet may report the event without
        # it (config.background_weight; its figures, dates and names are peripheral)
        main_text = text[lo:hi]
        main = facts_of(main_text, story.proper)
        only = facts.content - main.content
        k = config.get().background_weight
        weights = {c: (w * k if c in only else w) for c, w in weights.items()}
        only_details = details_of(facts) - details_of(main)
        peripheral |= only_details
        if k == 0.0:
            core -= only
        events -= only
    k = config.get().attribution_weight
    cut = attribution_spans(main_text) if k < 1.0 else []
    if cut:
        # "..., according to a U.S. organization that monitors militant activity online
        # said Thursday", ", police said Monday": whose report it is, which an outlet
        # reporting the event may leave out (config.attribution_weight); read as
        # background: its figures, dates and names may be missing
        kept = without(main_text, cut)
        main = facts_of(kept, story.proper)
        extra = facts.content - main.content - only
        weights = {c: (w * k if c in extra else w) for c, w in weights.items()}
        extra_details = details_of(facts) - details_of(main) - only_details
        peripheral |= extra_details
        only |= extra
        only_details |= extra_details
        if k == 0.0:
            core -= extra
        events -= extra
        main_text = kept
        # a date the attribution alone gives ("according to partial results Saturday")
        # is the day of that report: another outlet's report of another day is no
        # other day of the event, so it is not compared
        report_days = {d.text for d in facts.dates} - {d.text for d in main.dates}
        if report_days:
            facts = replace(facts, dates=tuple(d for d in facts.dates if d.text not in report_days))
    if config.get().parse_main_verb and parse_enabled():
        main_verb = parsed_main_verb(main_text, events - second)
    else:
        main_verb = find_main_verb(main_text, events - second)
    if main_verb is None and config.get().predicate_progressive:
        # a claim told in the present progressive ("The commission is suing de
        # Klerk") has no past-tense main verb: its "-ing" verb is what happened
        prog = progressive_verb(main_text)
        main_verb = prog if prog in core else None
    if main_verb is None and config.get().predicate_present:
        # "Syria accuses Turkey of aiding the rebels": a present-tense deed between
        # its subject and its object is what the claim says happened
        pres = present_verb(main_text)
        main_verb = pres if pres in core else None
    told = announced_deed(main_text) if main_verb is None and config.get().plan_governed else None
    if told is not None:
        # "officials on Friday announced a package": the announcement is a deed the
        # window must state (predicate.unannounced), though no main verb ("unveiled a
        # package" states it too)
        events |= {told}
    k = config.get().attribution_weight
    span = object_description(main_text, main_verb) if describe and k < 1.0 else None
    if span is not None:
        # "released a message [encouraging forces in the fight for Mosul, which ...]":
        # a phrase describing the main verb's object is a peripheral part, weighed as
        # the attribution is (config.attribution_weight): its figures, dates and names
        # may be missing. Its words stay in the core, so a window repeating them but
        # not the main verb is still another event (compare's main-verb check)
        main = facts_of(without(main_text, [span]), story.proper)
        extra = facts.content - main.content - only
        weights = {c: (w * k if c in extra else w) for c, w in weights.items()}
        # a date stays the event's: at the end of the sentence it dates the main verb
        # as often as the description ("kept a warning ... in place on Saturday")
        dates = {d.text for d in facts.dates}
        peripheral |= details_of(facts) - details_of(main) - only_details - dates
        events -= extra
    claim = Claim(
        facts,
        weights,
        core,
        name_words,
        text,
        events,
        frozenset(reporting),
        novel,
        published,
        peripheral,
        main_verb,
        only,
        only_details,
        detail_clauses(text, story.proper) if config.get().clause_conflict <= 1.0 else {},
        second_details=second_details,
    )
    reach = config.get().predicate_reach
    main_frame = clause_frame(text, facts, main_verb, reach, story.proper)
    others = (
        clause_frame(text, facts, v, reach, story.proper)
        for v in sorted(facts.realis & predicates(text, events))
        if v != main_verb
    )
    claim = replace(
        claim,
        frame=main_frame,
        verb_frames=tuple(f for f in (main_frame, *others) if f is not None),
    )
    if config.get().peripheral_parts:
        # a relative clause, a name describing the next, a figure modifying its noun,
        # one of two places in a row: details an outlet may leave out where the window
        # states what pins them and the main event (compare._pinned_part)
        claim = replace(claim, parts=peripheral_parts(text, facts, main_verb))
    if config.get().modifier_names:
        # "Halloween revelers", "Turkish demands": a name describing a noun is a
        # detail an outlet may leave out, unless it is the main verb's subject or object
        mods = modifier_names(text, facts) - {n.text for n in claim.participants}
        # a name inside another name's description is no participant wherever it
        # stands ("Poland, Europe's most affected country, ...")
        mods |= appositive_names(text, facts)
        if mods:
            claim = replace(claim, peripheral=claim.peripheral | mods)
    if span is not None:
        claim = replace(claim, written=read_claim(text, published, story, describe=False))
    return claim


# Who said it: "according to Reuters", "according to a U.S. organization that monitors
# ... said Thursday" (to the next comma or the end), and a closing ", police said Monday".
_ACCORDING = re.compile(r"\baccording to\b[^,;]*", re.IGNORECASE)
_SAYING_WORDS = frozenset("said says told reported added stated announced".split())
# a closing clause this long at most is an attribution, not a statement of its own
_TAIL_WORDS = 8
# what may follow the verb of saying in such a clause: when it was said, or to whom
_WHEN_WORDS = (
    WEEKDAYS
    | MONTHS_ALL
    | frozenset(
        "on in at late early last this today tonight yesterday morning afternoon evening night "
        "week month reporters".split()
    )
)


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that only say whose report it is, in order: an "according to
    ..." phrase, and a closing clause after the last comma of at most ``_TAIL_WORDS``
    words with a verb of saying (", police said Monday", ", the official news agency
    reported"; not one going on with "that", where what was said follows). [] when
    fewer than six words would be left (as for a background clause,
    :func:`.clauses.main_clause`): the claim is then little more than the report."""
    spans = [(m.start(), m.end()) for m in _ACCORDING.finditer(text)]
    comma = text.rfind(", ")
    if comma >= 0:
        words = [w.lower() for w in TOKEN.findall(text[comma + 2 :]) if w[:1].isalnum()]
        said = [i for i, w in enumerate(words) if w in _SAYING_WORDS]
        if (
            len(words) <= _TAIL_WORDS
            and said
            and all(w in _WHEN_WORDS for w in words[said[-1] + 1 :])
        ):
            # only when or to whom it was said may follow the verb: ", officials reported
            # 300 homes destroyed" goes on with what was said, which is the claim's own
            spans.append((comma, len(text)))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    left = without(text, merged)
    return merged if merged and len(left.split()) >= 6 else []


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (in order, not overlapping) cut out."""
    for lo, hi in reversed(spans):
        text = text[:lo] + " " + text[hi:]
    return text


def clause_frame(
    text: str, facts: Facts, verb: str | None, reach: int, proper: frozenset[str]
) -> Frame | None:
    """The frame of ``verb`` read from the claim up to the end of that verb's clause
    (a subordinator or clause punctuation after it): "The bridge closed on Tuesday
    [after inspectors found cracks]" has no object, the inspectors are another
    clause's subject."""
    if verb is None:
        return None
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    at = next((i for i, w in enumerate(lows) if w[:1].isalpha() and canon(w) == verb), None)
    if at is None:
        return frame(facts, verb, reach)
    end = next(
        (j for j in range(at + 1, len(lows)) if lows[j] in SUBORDINATORS or lows[j] in ",;:"),
        None,
    )
    if end is None:
        return frame(facts, verb, reach)
    return frame(facts_of(" ".join(toks[:end]), proper), verb, reach)
