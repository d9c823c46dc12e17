"""Whose a deed, a figure or a state is: a window that states the opposite outcome, a
denial or another figure of someone or something else, or the same state on another
day, does not disagree with the claim.

Each test reads the claim's and the window's text as written (the words before a verb
or a figure in its clause) and answers only where both sides are clear; where in doubt
it says "the same", so the comparison it is called from goes on as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from ..text import STOPWORDS
from .dates import DateRef, compare
from .facts import Facts, Name
from .lexicon import canon
from .negation import is_negator

# Verbs (and "still") that say a state went on: "kept the warning in place on
# Saturday" and "... on Sunday" are one state on two days, not two dates of one deed.
CONTINUING = frozenset(canon(w) for w in ("kept", "remained", "stayed", "continued", "still"))

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'’-]*|[,;:()\"“”]")

# Where a clause starts: a mark, or a word that joins two clauses ("Though exit polls
# reported 56 percent, official tallies gave him 51 percent").
_BREAKS = frozenset(',;:()"“”') | frozenset(
    "though although while whereas but and with as that which who".split()
)

# Words between a doer and its verb: auxiliaries, negation, "failed to", adverbs.
_CHAIN = frozenset(
    "had has have was were is are be been did does do will would could can may might should "
    "must not never failed fail fails to also still already again just even managed n't no "
    "longer".split()
)

_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "who", "which"]
)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def continuing_state(
    claim: Facts, main_verb: str | None, ev: Facts, ev_day: dt.date | None
) -> frozenset[str]:
    """The window's dates (as written) of a state that goes on, each its article's own
    day: the claim's deed is such a state ("kept a warning in place", "remained closed",
    "was still missing"), the window states the same, and dates it to the day it was
    published ("... in place on Sunday" in Sunday's paper). Told so on two days, it is
    one state that lasted, not a disagreement on the date; an undated article, or a
    date other than its own day, tells nothing of when the state was seen."""
    mine = claim.content & {canon("still")}
    if main_verb is not None:
        mine |= {main_verb}
    else:
        mine |= claim.content & CONTINUING
    if ev_day is None or not mine & CONTINUING & ev.content:
        return frozenset()
    day = DateRef(f"{ev_day:%b %-d}", month=ev_day.month, day=ev_day.day, year=ev_day.year)
    return frozenset(e.text for e in ev.dates if compare(e, ev_day, day, ev_day).status == "agrees")


def _doers(text: str, word: str, denied: bool) -> list[str | None]:
    """The head word of the doer of each verb written as ``word`` (canonical): the word
    right before it and its auxiliaries ("his allies failed to win" -> "allies"); with
    ``denied``, only of the verbs a word of denial goes before ("failed to", "never").
    None where the doer is unclear: a name (capitalised), a pronoun, a clause mark."""
    toks = _tokens(text)
    out: list[str | None] = []
    for at, tok in enumerate(toks):
        if canon(tok.lower()) != word:
            continue
        i, negated = at - 1, False
        while i >= 0 and (
            toks[i].lower() in _CHAIN
            or toks[i].lower().endswith("ly")
            or is_negator(toks[i].lower())
        ):
            negated |= is_negator(toks[i].lower())
            i -= 1
        if denied and not negated:
            continue
        head = toks[i] if i >= 0 else ""
        low = head.lower()
        if not head[:1].islower() or low in _PRONOUNS or low in STOPWORDS or low in _BREAKS:
            out.append(None)
        else:
            out.append(canon(low))
    return out


def other_doer(claim_text: str, texts: Iterable[str], word: str) -> bool:
    """The claim's doer of ``word`` and the window's doer of its denial are two common
    nouns that differ ("Cardoso's rivals won" / "his allies failed to win"): another
    party's deed, so the window's denial of it is no denial of the claim's."""
    mine = next(iter(_doers(claim_text, word, False)), None)
    if mine is None:
        return False
    theirs = [d for t in texts for d in _doers(t, word, True)]
    return bool(theirs) and all(d is not None and d != mine for d in theirs)


def names_none(names: Sequence[Name], parts: Iterable[Facts]) -> bool:
    """The claim names its participants and no sentence of ``parts`` names any of them
    or opens with a pronoun that may stand for one: what those sentences tell happened
    to someone else ("Cardoso won" / "66 percent are worried about losing their jobs")."""
    parts = list(parts)
    if not names or not parts:
        return False
    for p in parts:
        if any(n.keys & p.words for n in names):
            return False
        if p.seq[1:2] and p.seq[1] in _PRONOUNS:
            return False
    return True


def _sources(text: str) -> list[tuple[float, frozenset[str]]]:
    """Each figure of the text with the content words of its clause before it: who or
    what gave it ("exit polls reported ... 56 percent")."""
    out: list[tuple[float, frozenset[str]]] = []
    clause: list[str] = []
    for tok in _tokens(text):
        low = tok.lower()
        if tok[0].isdigit():
            try:
                value = float(tok.replace(",", ""))
            except ValueError:
                value = float("nan")
            out.append((value, frozenset(clause)))
            clause = []
        elif low in _BREAKS:
            clause = []
        elif low not in STOPWORDS:
            clause.append(canon(low))
    return out


def other_source(
    claim_text: str, value: float, texts: Sequence[str], theirs: float, verbs: frozenset[str]
) -> bool:
    """The window states the claim's figure ``value`` given by the claim's source
    ("exit polls reported Cardoso taking some 56 percent") and the differing figure
    ``theirs`` given by another ("official tallies ... gave him 51 percent"): two counts,
    not two values of one. The words before each figure in its clause count, less the
    claim figure's own ``verbs`` (both counts "gave" a share), and the differing
    figure's clause shares none of the claim's."""
    mine = next((w for v, w in _sources(claim_text) if v == value), None)
    if not mine:
        return False
    found = [s for t in texts for s in _sources(t)]
    same = [w for v, w in found if v == value]
    other = [w for v, w in found if v == theirs]
    if not same or not other:
        return False
    key = mine - verbs
    return any(key & w for w in same) and not any(key & w for w in other)


# Words that put the name after them in a place: the claim's place ("the embassy in
# Kenya") and another sentence's ("made his way to Tanzania").
_PLACED = frozenset(["in", "at", "near", "outside", "to", "into", "from"])


def _other_places(
    names: Sequence[Name], part: Facts, regions: Mapping[str, frozenset[str]]
) -> bool:
    """The sentence puts something in a place the story's datelines name (``regions``:
    city -> the words of its country) that is none of the claim's names, nor one lying
    in one of them or holding one ("in Lisbon" / "in Portugal's capital", by "LISBOA,
    Portugal"). "in Parliament" is no such place: the datelines never name it."""
    mine = frozenset().union(*(n.keys for n in names))
    known = frozenset().union(*regions.values())
    for m in part.names:
        words = {w.lower() for w in m.words}
        if m.role not in _PLACED or m.keys & mine or not words & (known | regions.keys()):
            continue
        related = any(regions.get(k, frozenset()) & words for k in mine) or any(
            regions.get(w, frozenset()) & mine for w in words
        )
        if not related:
            return True
    return False


def other_place_figure(
    names: Sequence[Name],
    parts: Sequence[Facts],
    e: object,
    regions: Mapping[str, frozenset[str]],
) -> bool:
    """A window of several sentences whose figure ``e`` comes from a sentence naming
    another place and none of the claim's, while the claim's place is named only in
    another sentence ("the bombing of the embassy that left 11 people dead", after
    "made his way to Tanzania", then "The embassy attack in Kenya ..."): the figure
    is the other place's event, so it pins nothing of the claim's."""
    places = [n for n in names if n.role in _PLACED]
    if len(parts) < 2 or not places:
        return False
    own = next((p for p in parts if any(x is e for x in p.quantities)), None)
    if own is None or any(n.keys & own.words for n in places):
        return False
    if not any(n.keys & p.words for p in parts if p is not own for n in places):
        return False
    return _other_places(names, own, regions)


def other_place_named(
    names: Sequence[Name], parts: Sequence[Facts], regions: Mapping[str, frozenset[str]]
) -> bool:
    """The window's sentences name none of the claim's places and put their own event in
    another place ("made his way to Tanzania where ... the bombing of the embassy that
    left 11 people dead"): a neighbour sentence naming the claim's place ("The embassy
    attack in Kenya") tells another event."""
    places = [n for n in names if n.role in _PLACED]
    if not places or any(n.keys & p.words for p in parts for n in places):
        return False
    return any(_other_places(names, p, regions) for p in parts)
