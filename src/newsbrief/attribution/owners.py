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
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..text import STOPWORDS
from .dates import DateRef, compare
from .facts import Facts, Name
from .lexicon import canon
from .names import TITLES
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


def _figure_clauses(
    text: str, pick: Callable[[str, str], str | None]
) -> list[tuple[float, frozenset[str]]]:
    """Each figure of the text with the words ``pick`` keeps from its clause before it
    (``pick(token, lowered)`` gives the word to keep, or None)."""
    out: list[tuple[float, frozenset[str]]] = []
    clause: set[str] = set()
    for tok in _tokens(text):
        low = tok.lower()
        if tok[0].isdigit():
            try:
                value = float(tok.replace(",", ""))
            except ValueError:
                value = float("nan")
            out.append((value, frozenset(clause)))
            clause = set()
        elif low in _BREAKS:
            clause = set()
        elif (word := pick(tok, low)) is not None:
            clause.add(word)
    return out


def _sources(text: str) -> list[tuple[float, frozenset[str]]]:
    """Each figure of the text with the content words of its clause before it: who or
    what gave it ("exit polls reported ... 56 percent")."""
    return _figure_clauses(text, lambda tok, low: None if low in STOPWORDS else canon(low))


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


# Verbs that report a statement, as written ("said", "told"): the speaker is the phrase
# next to one.
_REPORTING = frozenset(
    "said says say told tells announced announces reported reports added adds".split()
)
# Capitalised words that name no speaker: sentence openers and a wire dateline's mark.
_NOT_SPEAKER = frozenset(["a", "an", "the", "ap", "earlier", "later", "but", "and", "in", "on"])


def report_speakers(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Each reporting verb's token position and its speaker's capitalised words, in
    order: those right before it back to a clause mark ("A Kurdish news agency said"),
    or, where none is there, right after it ("..., said Defense Minister Ismet Sezgin").
    A pronoun speaker ("he said") names no one: it gives no words."""
    toks = _tokens(text)
    out: list[tuple[int, tuple[str, ...]]] = []
    for i, tok in enumerate(toks):
        if tok.lower() not in _REPORTING:
            continue
        before: list[str] = []
        for t in reversed(toks[max(0, i - 8) : i]):
            if t in _MARKS or t.lower() in ("that", "which", "who"):
                break
            before.insert(0, t)
        words = _capitalised(before)
        if not words and not any(t.lower() in _PRONOUNS for t in before):
            after: list[str] = []
            for t in toks[i + 1 : i + 9]:
                if t in _MARKS:
                    break
                after.append(t)
            words = _capitalised(after)
        out.append((i, words))
    return out


_MARKS = frozenset(',;:()"“”')


def _capitalised(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(
        t.lower()
        for t in tokens
        if t[:1].isupper() and t.lower() not in _NOT_SPEAKER and t.lower() not in _PRONOUNS
    )


def _head(words: Sequence[str]) -> str | None:
    """The speaker's last word that is no title: the surname or what names the body
    ("Sezgin" of "Defense Minister Ismet Sezgin", "Kurdish" of "A Kurdish news agency");
    a letter of an abbreviation ("U.S." is read as "U", "S") names nothing on its own."""
    return next((w for w in reversed(words) if w not in TITLES and len(w) > 1), None)


def same_report(claim_text: str, texts: Sequence[str], written: str) -> bool:
    """The window tells ``written`` (its plan verb, as written) inside a statement whose
    speaker has the head word of a speaker the claim reports ("A Kurdish news agency
    said Ocalan had already asked" / "A Kurdish news agency said he would ask"; "...,
    Finance Secretary Edgardo Espiritu said" / "Espiritu said Cathay Pacific may
    invest"): one source's one statement, told by the claim as a deed done and by the
    window as a plan. A plan with no such speaker before it in its sentence may be
    another report of the deed, made before it was done: not this one. Titles alone
    ("Defense Minister") name no one speaker."""
    heads = {h for _, w in report_speakers(claim_text) if (h := _head(w)) is not None}
    if not heads:
        return False
    low = written.lower()
    for t in texts:
        toks = [x.lower() for x in _tokens(t)]
        if low not in toks:
            continue
        at = toks.index(low)
        if any(i < at and heads & set(words) for i, words in report_speakers(t)):
            return True
    return False


def _holders(text: str) -> list[tuple[float, frozenset[str]]]:
    """Each figure of the text with the capitalised words of its clause before it: whom
    it is said of ("Ciro Gomes of the Popular Socialist Party had 11 percent")."""

    def capitalised(tok: str, low: str) -> str | None:
        named = tok[:1].isupper() and low not in STOPWORDS and low not in _PRONOUNS
        return low if named else None

    return _figure_clauses(text, capitalised)


def other_holder(claim_text: str, value: float, texts: Sequence[str]) -> bool:
    """The window says the claim's figure ``value`` of someone else and gives the claim's
    holder a figure of its own ("Lula ... had 32.6 percent, and Ciro Gomes ... had 11
    percent" against "Ciro Gomes had 32.6 percent"): the figure is the other party's.
    Only where both sides name a holder in the figure's clause."""
    mine = next((w for v, w in _holders(claim_text) if v == value), None)
    if not mine:
        return False
    found = [h for t in texts for h in _holders(t)]
    same = [w for v, w in found if v == value]
    if not same or any(w & mine or not w for w in same):
        return False
    return any(w & mine for v, w in found if v != value)
