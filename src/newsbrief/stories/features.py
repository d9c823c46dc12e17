"""Article vectors for story clustering: hashed, sublinear TF-IDF over content stems and
stem bigrams, the lead and the title counted twice.

Why hashed: the incremental store must turn an article into a vector without a
vocabulary that grows with the stream, and two processes must agree on the features
without sharing state. A stem's code is its CRC-32 (C speed, the same on every machine
and run); a bigram's code mixes its two stems' codes; a feature's index is the code
modulo ``DIM``. Collisions at 2**20 buckets barely move cosines of news articles.

Why bigrams and the lead: names and phrases ("interest rate", "Northern Lines") say
which story an article is about far better than their words apart, and news puts the
story in its first paragraphs (inverted pyramid) while later ones drift into background.
Both raised B-cubed F1 on DUC 2003 by about 0.03 (docs/stories.md).

Why lines are weighted: scraped pages carry site furniture ("Sign up for our
newsletter", a list of related headlines) that the cleaner does not catch when it reads
like text. Such a line recurs *verbatim* on many pages of one site, whatever their story,
so each line's words count ``1 / (number of articles holding the line)``: a line shared
by many pages is spread thin, while wording that belongs to one article counts in full.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..text import STOPWORDS, _fold, _mark_class, is_plain, stem

DIM_BITS = 20
DIM = 1 << DIM_BITS
_MASK = DIM - 1

# Words of lower-cased text: letters (inner apostrophes/hyphens kept), or numbers with
# inner separators.
_TOKEN = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]|\d+(?:[.,]\d+)*")
# Lines shorter than this many words are too generic to count as furniture by identity.
MIN_LINE_WORDS = 3
# IDF as if the collection held this many more articles, none with the term: with a
# handful of articles (one story, a first store update) every shared word would
# otherwise weigh nothing (log 1) and the articles of one story would look unrelated.
PRIOR_DOCS = 50
# The first LEAD_PARAS paragraphs count LEAD_WEIGHT times; title words TITLE_WEIGHT times.
LEAD_PARAS = 3
LEAD_WEIGHT = 2.0
TITLE_WEIGHT = 2.0
# Features in more than this fraction of the articles (and at least COMMON_MIN_DOCS of
# them) are dropped: they cannot tell stories apart (their share of every cosine is the
# background the engine subtracts anyway), and they make every pair of articles overlap,
# which is what the sparse products pay for. Except a story's own words: a story can be
# a large share of a mix, and a batch keeps the common features whose articles stand
# together as a story would (DocFreq.story_words, cluster.story_features).
COMMON_FRACTION = 0.1
COMMON_MIN_DOCS = 50
# Weight of a stem bigram relative to a stem.
BIGRAM_WEIGHT = 1.0

Counts = tuple[np.ndarray, np.ndarray]  # sorted unique feature indices, weights

_STOP = -1
_BREAK = -2
_NL = -3
_codes: dict[str, int] = {"\n": _NL}
# Tokens of lower-cased text, line ends included (one pass over the whole text: a
# regular-expression call per line cost more than the matching).
_TOKEN_NL = re.compile(_TOKEN.pattern + r"|\n")


@lru_cache(maxsize=2)
def _unicode_token(nl: bool) -> re.Pattern[str]:
    """``_TOKEN`` (``_TOKEN_NL`` with ``nl``) whose letters are those of any script, with
    their combining marks (Devanagari vowel signs, Arabic points), as
    :mod:`newsbrief.text` reads words: Russian or Greek articles have features too."""
    letter = rf"(?:[^\W\d_]|[{_mark_class()}])"
    word = rf"{letter}(?:(?:{letter}|['’-])*{letter})?|\d+(?:[.,]\d+)*"
    return re.compile(word + (r"|\n" if nl else ""))


def _tokens(text: str, nl: bool) -> list[str]:
    """The words of ``text`` (and its line ends with ``nl``). English text, with nothing
    beyond ASCII but common punctuation, takes the ASCII pattern, so its features are what
    they were; other text is lower-cased, and its non-ASCII words case-folded and composed
    (NFC), as :func:`newsbrief.text.words` does."""
    low = text.lower()
    if is_plain(low):
        return (_TOKEN_NL if nl else _TOKEN).findall(low)
    return [t if t.isascii() else _fold(t) for t in _unicode_token(nl).findall(low)]


def _code(token: str) -> int:
    """A token's stem code (memoised: news vocabulary repeats), _STOP for stop words."""
    code = _codes.get(token)
    if code is None:
        if len(_codes) > 1_000_000:
            _codes.clear()
            _codes["\n"] = _NL
        if token == "\n":
            return _NL
        if token in STOPWORDS or len(token) < 2:
            code = _STOP
        else:
            code = zlib.crc32(stem(token).encode("utf-8"))
        _codes[token] = code
    return code


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article's non-empty lines as stem codes, each line followed by a break
    (``codes``; ``lens``: each line's number of codes), each line's identity (None for
    lines too short to be told apart from chance), and its title's codes."""

    keys: list[int | None]
    codes: np.ndarray
    lens: np.ndarray
    title: np.ndarray


def _code_list(toks: list[str]) -> list[int]:
    codes = list(map(_codes.get, toks))
    if None in codes:
        codes = [_code(t) for t in toks]
    return codes  # type: ignore[return-value]


def parse(text: str, title: str | None = None) -> Parsed:
    toks = _tokens(text, nl=True)
    raw = np.array([*_code_list(toks), _NL], dtype=np.int64)
    nl = np.flatnonzero(raw == _NL)
    starts = np.concatenate(([0], nl[:-1] + 1))
    lens = nl - starts
    full = lens > 0
    keys: list[int | None] = [
        zlib.crc32(" ".join(toks[a:b]).encode("utf-8")) if b - a >= MIN_LINE_WORDS else None
        for a, b in zip(starts[full].tolist(), nl[full].tolist(), strict=True)
    ]
    # Each non-empty line's end becomes one break; empty lines vanish.
    keep = raw != _NL
    keep[nl[full]] = True
    codes = raw[keep]
    codes[codes == _NL] = _BREAK
    head = np.array(_code_list(_tokens(title, nl=False)) if title else [], dtype=np.int64)
    return Parsed(keys, codes, lens[full], head)


def term_counts(parsed: Parsed, line_df: Mapping[int, int] | None = None) -> Counts:
    """Weighted feature counts of an article (lines shared by n articles count 1/n)."""
    n_lines = len(parsed.lens)
    line_w = np.ones(n_lines)
    line_w[:LEAD_PARAS] = LEAD_WEIGHT
    if line_df:
        for n, key in enumerate(parsed.keys):
            if key is not None:
                line_w[n] /= max(1, line_df.get(key, 1))
    c = np.concatenate((parsed.codes, parsed.title))
    if not len(c):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    w = np.concatenate(
        (np.repeat(line_w, parsed.lens + 1), np.full(len(parsed.title), TITLE_WEIGHT))
    )
    word = c >= 0
    a, b = c[:-1], c[1:]
    pair = (a >= 0) & (b >= 0)
    idx = np.concatenate(
        [c[word] & _MASK, ((a[pair] * 0x9E3779B1) ^ (b[pair] * 0x85EBCA77)) & _MASK]
    )
    val = np.concatenate([w[word], w[1:][pair] * BIGRAM_WEIGHT])
    uniq, inv = np.unique(idx, return_inverse=True)
    return uniq, np.bincount(inv, weights=val)


@dataclass
class DocFreq:
    """Document frequencies of hashed features, updated as articles arrive."""

    n_docs: int = 0
    terms: np.ndarray = field(default_factory=lambda: np.zeros(DIM, dtype=np.int32))
    # Features kept however common (a story's own words, cluster.story_features): None
    # or a boolean array over the DIM features.
    story_words: np.ndarray | None = None

    def add(self, counts: Counts) -> None:
        self.n_docs += 1
        self.terms[counts[0]] += 1

    def common_cap(self) -> float:
        """Features in more articles than this are dropped (COMMON_FRACTION)."""
        return max(COMMON_MIN_DOCS, COMMON_FRACTION * max(self.n_docs, 1))

    def weigh(self, counts: Counts) -> tuple[np.ndarray, np.ndarray]:
        """(indices, values): sublinear TF times smoothed IDF, L2-normalised."""
        idx, tf = counts
        if not len(idx):
            return idx, tf
        n = max(self.n_docs, 1)
        idf = np.log((n + PRIOR_DOCS) / (self.terms[idx] + 1.0))
        # 1 + ln tf for counts of 1 and more; a fraction (a line shared by many pages)
        # stays as it is, so the weight is continuous at 1.
        val = np.where(tf >= 1, 1.0 + np.log(np.maximum(tf, 1.0)), tf) * np.maximum(idf, 0.0)
        keep = self.terms[idx] <= self.common_cap()
        if self.story_words is not None:
            keep |= self.story_words[idx]
        keep &= idf > 0
        idx, val = idx[keep], val[keep]
        norm = float(np.sqrt(val @ val))
        return idx, (val / norm if norm > 0 else val)
