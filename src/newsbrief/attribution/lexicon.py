"""Word lists (package data files) and the canonical form of a word.

Why data files: the lists are what a reader most often wants to check or extend, and a
list in a text file can be read without reading code. Each file says what belongs in it;
no entry is written for one story or one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib.resources import files

from ..memo import text_memo
from ..text import STOPWORDS, _fold, _mark_class, is_plain, stem


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``data/<name>.txt``."""
    text = files("newsbrief.attribution").joinpath(f"data/{name}.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(w for line in lines(name) for w in line.split())


@cache
def word_map(name: str) -> dict[str, str]:
    """``key: value`` lines (``value`` may hold spaces)."""
    out = {}
    for line in lines(name):
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def clause_words(name: str) -> frozenset[str]:
    """One list of ``data/clause_words.txt``: closed-class words telling where a clause
    starts or what a word does in it (each list serves one reading; they overlap)."""
    return frozenset(word_map("clause_words")[name].split())


# Tokens: clock times, figures (with $, %, ordinal suffixes), dotted acronyms, words with
# an inner apostrophe, punctuation that ends a phrase.
_FIGURES = (
    r"\d{1,2}:\d\d"  # clock time 4:12
    r"|\$?\d+(?:[.,]\d+)*(?:st|nd|rd|th)?%?"  # 40, 3,197, 1.5, $40, 5th, 20%
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.N.
)
_PUNCTUATION = r"|[-–—,;:()\"“”]"
_ASCII_TOKEN = re.compile(
    _FIGURES
    + r"|[A-Za-z]+(?:['’][A-Za-z]+)?"  # words, "didn't"; possessives are cut in tokenize()
    + _PUNCTUATION
)


@lru_cache(maxsize=1)
def _unicode_token() -> re.Pattern[str]:
    """The token pattern whose words are runs of letters and combining marks of any
    script (as :mod:`newsbrief.text` reads words), so that a Russian, Greek, Arabic or
    Hindi sentence has words to match; figures and punctuation as in English."""
    letter = rf"(?:[^\W\d_]|[{_mark_class()}])"
    return re.compile(_FIGURES + rf"|{letter}+(?:['’]{letter}+)?" + _PUNCTUATION)


class _Tokens:
    """``TOKEN.findall(text)``: the tokens of ``text`` in any script. Text with nothing
    beyond ASCII but common punctuation (English) takes the ASCII pattern, so English
    tokens, and every verdict read from them, stay exactly what they were."""

    pattern = _ASCII_TOKEN.pattern

    def findall(self, text: str) -> list[str]:
        if is_plain(text):
            return _ASCII_TOKEN.findall(text)
        return _unicode_token().findall(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if is_plain(text):
            return _ASCII_TOKEN.finditer(text)
        return _unicode_token().finditer(text)


TOKEN = _Tokens()


# Dashes between figures ("7–2", "10—12", "−5"): wire copy and word processors write
# en dashes, em dashes and minus signs where others type "-"; a vote, a score or a range
# reads the same either way, so the figure's dash becomes "-" before tokens are read.
_FIGURE_DASH = re.compile(r"(?<=\d)(\s?)[‒–—−](?=\s?\d)|−(?=\d)")
_DASH_CHARS = ("‒", "–", "—", "−")


def figure_dashes(text: str) -> str:
    """``text`` with every dash between figures (and a minus sign) written "-"."""
    if not any(ch in text for ch in _DASH_CHARS):
        return text
    return _FIGURE_DASH.sub(lambda m: (m.group(1) or "") + "-", text)


# A hyphenated compound whose second part is an adverb particle ("shoot-out", "take-over",
# "sit-in") is one word, as it is when written closed ("shootout", "takeover"): read as
# its parts, the particle (a stopword) would be dropped and "shoot-out" read as "shoot".
_PARTICLE_COMPOUND = re.compile(
    r"\b([A-Za-z]{2,})-(out|up|off|down|over|in|back|away|on|by|about|around|through)\b",
    re.IGNORECASE,
)


class TouchingDash(str):
    """A "-" token written against the figure after it ("-26C", "(-5"): equal to "-" for
    every reader, but it alone may be a minus sign. Why: tokens keep no offsets, and a
    spaced dash ("the service said - 6 degrees above") is punctuation, not a sign."""

    __slots__ = ()


_TOUCHING = TouchingDash("-")


def _marked_dashes(text: str) -> list[str]:
    """The tokens of ``text`` with each "-" that touches a digit after it marked."""
    found = list(TOKEN.finditer(text))
    out = [m.group() for m in found]
    for k in range(len(found) - 1):
        nxt = found[k + 1]
        if out[k] == "-" and nxt.start() == found[k].end() and out[k + 1][:1].isdigit():
            out[k] = _TOUCHING
    return out


def tokenize(text: str) -> list[str]:
    text = figure_dashes(text)
    if "-" in text:
        text = _PARTICLE_COMPOUND.sub(r"\1\2", text)
        toks = _marked_dashes(text)
    else:
        toks = TOKEN.findall(text)
    # a slice, not a regex substitution per token: the hottest line of indexing
    return [t[:-2] if t[-1:] in ("s", "S") and t[-2:-1] in ("'", "’") else t for t in toks]


@cache
def title_forms() -> tuple[dict[tuple[str, ...], str], dict[str, str], dict[str, str]]:
    """(lower-case word runs, forms written in capitals, capitalised abbreviations), each
    to its title's canonical stem: "Prime Minister", "Premier" and "PM" are one title."""
    runs: dict[tuple[str, ...], str] = {}
    caps: dict[str, str] = {}
    abbrev: dict[str, str] = {}
    for line in lines("title_forms"):
        head, _, forms = line.partition(":")
        target = stem(head.strip())
        for form in (f.strip() for f in forms.split(",")):
            if form.endswith("."):
                abbrev[form[:-1]] = target
            elif form.isupper():
                caps[form] = target
            else:
                runs[tuple(form.split())] = target
    return runs, caps, abbrev


@lru_cache(maxsize=1)
def irregular() -> dict[str, str]:
    return dict(tuple(line.split()) for line in lines("irregular_verbs"))  # type: ignore[misc]


@cache
def irregular_forms() -> frozenset[str]:
    """Every form of the irregular verbs ("see", "saw", "seen"): verbs by their form."""
    return frozenset(irregular()) | frozenset(irregular().values())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, frozenset[str]]]:
    """(any-form synonyms, noun-only synonyms, antonyms), all keyed by stem."""
    both: dict[str, str] = {}
    noun: dict[str, str] = {}
    for line in lines("synonyms"):
        table = both
        if line.startswith("noun:"):
            table, line = noun, line[5:]
        members = line.split()
        head = stem(members[0])
        for m in members:
            table.setdefault(stem(m), head)
    ants: dict[str, set[str]] = {}
    for line in lines("antonyms"):
        # a word of a noun group keeps its own stem here, as a verb form does in canon():
        # "hire fire" opposes "fired" (stem "fire"), not the noun group "blaze fire"
        a, b = (both.get(stem(x), stem(x)) for x in line.split())
        if a == b:
            continue
        ants.setdefault(a, set()).add(b)
        ants.setdefault(b, set()).add(a)
    return both, noun, {k: frozenset(v) for k, v in ants.items()}


@lru_cache(maxsize=200_000)
def canon(word: str) -> str:
    """Canonical form of a lower-cased word: its stem, or its synonym group's stem.

    A noun group ("blaze fire") does not take a verb form: "fired" keeps its own stem, so
    "the company fired its chief" shares nothing with "a blaze".
    """
    if not word.isascii():
        word = _fold(word)  # caseless matching beyond ASCII: "ß" as "ss", accents composed
    base = irregular().get(word, word)
    s = stem(base)
    both, noun, _ = _tables()
    if s in both:
        return both[s]
    if s in noun and not word.endswith(("ed", "ing")):
        return noun[s]
    return s


def antonyms(c: str) -> frozenset[str]:
    return _tables()[2].get(c, frozenset())


# Past-looking words that are not events ("indeed", "hundred", "expected").
_NOT_EVENTS = frozenset(
    "need indeed based used hundred speed expected scheduled supposed alleged reported".split()
)


@text_memo(maxsize=65536)  # asked of every token of a sentence by several readings
def is_event(tok: str) -> bool:
    """A past-tense verb or participle, by its form ("arrested", "struck")."""
    if not tok[0].islower() or tok in _NOT_EVENTS:
        return False
    irr = irregular()
    if len(tok) < 5:
        # short irregular past forms are verbs too ("led", "met", "won", "held"); the
        # reporting ones ("said", "told") say whose words, not what happened
        return tok in irr and irr[tok] != tok and tok not in _SHORT_NOT_EVENTS
    if tok in STOPWORDS:
        return False
    return tok.endswith("ed") or (tok in irr and irr[tok] != tok)


# Short past forms that say whose words ("said") or are mostly other words
# ("center-left", "a lost cause"): not what happened.
_SHORT_NOT_EVENTS = frozenset(["said", "says", "told", "saw", "seen", "gone", "left", "lost"])
# Of those, the ones that are the verb when an object follows them (:func:`is_event_at`).
_VERB_BEFORE_OBJECT = frozenset(["lost", "left"])
_OBJECT_OPENERS = frozenset(
    "the a an his her its their our my your this that these those every all both".split()
)


def event_words(text: str) -> frozenset[str]:
    """Canonical forms of a sentence's past-tense verbs ("arrested", "struck", "has
    cut"): what the sentence says happened, which evidence must state too."""
    toks = TOKEN.findall(text)
    return frozenset(canon(tok) for i, tok in enumerate(toks) if is_event_at(toks, i))


# A perfect auxiliary: the participle after it is a deed done ("has cut", "had been hit").
_PERFECT = frozenset(["has", "have", "had", "having", "been"])


def is_event_at(toks: Sequence[str], i: int) -> bool:
    """``toks[i]`` is a past-tense verb or participle (:func:`is_event`), or a verb
    whose participle is its base form ("cut", "put", "hit"; ``data/irregular_verbs.txt``)
    right after a perfect auxiliary, one adverb allowed between ("has already cut"):
    "The government has cut $7 billion" states a deed done as "has slashed" does."""
    tok = toks[i]
    if is_event(tok):
        return True
    if tok in _VERB_BEFORE_OBJECT and i > 0 and i + 1 < len(toks):
        # "Cardoso lost the election", "left 11 people dead": with a determiner or a figure
        # after it the word is the verb; "a lost cause", "center-left" have neither
        # "lost the election to Lula" is read through its converse ("Lula defeated ...",
        # predicate.converse), as "lost to Lula" always was: a "to" soon after leaves it so
        nxt = toks[i + 1].lower()
        to_after = "to" in (t.lower() for t in toks[i + 1 : i + 7])
        if (nxt in _OBJECT_OPENERS or nxt[0].isdigit()) and not (tok == "lost" and to_after):
            return True
    if tok not in _SAME_FORM or i == 0:
        return False
    prev = toks[i - 1].lower()
    if prev not in _PERFECT and i > 1 and (prev.endswith("ly") or prev in ("already", "also")):
        prev = toks[i - 2].lower()
    return prev in _PERFECT


_SAME_FORM = frozenset(k for k, v in irregular().items() if k == v)
