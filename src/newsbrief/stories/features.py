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
from collections.abc import Mapping, Sequence
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
# In a batch pile of fewer articles than this, that many minus the pile's own hold each
# word at its rate in general English (DocFreq.general_length, general_frequencies).
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


@lru_cache(maxsize=1)
def general_frequencies() -> np.ndarray:
    """Per feature, its stem's frequency per word of running English text: the sum over
    the words of wordfreq's English list (about 29,000 words, each at least once per
    million words) that the stem comes from; 0 for features not there (rarer words,
    numbers, stem bigrams, other languages' words).

    Why: a pile of a handful of articles cannot tell an everyday word ("said",
    "leader", "Wednesday") from a name by its own document frequencies, which are mostly
    the prior's (PRIOR_DOCS articles with no word in them); general English can."""
    plain: list[str] = []
    plain_f: list[float] = []
    other: list[int] = []
    other_f: list[float] = []
    for f, band in _english_bands():
        for word in band:
            if not word.isascii():  # a few loanwords; English articles' are ASCII
                continue
            if len(word) > 3 and word.isalpha():
                plain.append(word)  # most of the list: stemmed together below
                plain_f.append(f)
                continue
            toks = _tokens(word, nl=False)
            if len(toks) == 1 and not toks[0][0].isdigit():
                code = _code(toks[0])
                if code >= 0:
                    other.append(code & _MASK)
                    other_f.append(f)
    # text.stem's rule for plain ASCII words of four letters or more, one C call for all.
    from ..text import _stemmer

    codes = [
        zlib.crc32(st.encode("utf-8")) & _MASK if w not in STOPWORDS else -1
        for w, st in zip(plain, _stemmer().stemWords(plain), strict=True)
    ]
    idx = np.array(codes + other, dtype=np.int64)
    val = np.array(plain_f + other_f)
    keep = idx >= 0
    freq = np.bincount(idx[keep], weights=val[keep], minlength=DIM)
    return freq.astype(np.float32)


def _english_bands() -> list[tuple[float, list[str]]]:
    """wordfreq's small English list as (frequency, words) bands. Read from its data
    file in the cBpack format wordfreq documents (gzipped msgpack: a header, then band i
    holding the words of frequency 10 ** (-i / 100)) without importing wordfreq, whose
    import (language tags, text repair, its tokenizer) costs several times the reading;
    through its API if the file is not as expected."""
    import gzip
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            import msgpack  # type: ignore[import-untyped]

            with gzip.open(Path(folder) / "data" / "small_en.msgpack.gz", "rb") as f:
                pack = msgpack.load(f, raw=False)
        except (OSError, ValueError, ImportError):
            continue
        if pack and pack[0] == {"format": "cB", "version": 1}:
            return [(10 ** (-i / 100), band) for i, band in enumerate(pack[1:]) if band]
    from wordfreq import get_frequency_dict

    return [(f, [w]) for w, f in get_frequency_dict("en", wordlist="small").items()]


def article_length(parsed: Parsed) -> int:
    """An article's words (stop words included, as general frequencies count them)."""
    return int(np.count_nonzero(parsed.codes != _BREAK)) + len(parsed.title)


@dataclass
class DocFreq:
    """Document frequencies of hashed features, updated as articles arrive."""

    n_docs: int = 0
    terms: np.ndarray = field(default_factory=lambda: np.zeros(DIM, dtype=np.int32))
    # Features kept however common (a story's own words, cluster.story_features): None
    # or a boolean array over the DIM features.
    story_words: np.ndarray | None = None
    # The mean length of the pile's articles in words, when the prior's articles hold
    # general English (a batch pile; see weigh); None: they hold no word (the store).
    general_length: float | None = None

    def add(self, counts: Counts) -> None:
        self.n_docs += 1
        self.terms[counts[0]] += 1

    def common_cap(self) -> float:
        """Features in more articles than this are dropped (COMMON_FRACTION)."""
        return max(COMMON_MIN_DOCS, COMMON_FRACTION * max(self.n_docs, 1))

    def weigh(self, counts: Counts) -> tuple[np.ndarray, np.ndarray]:
        """(indices, values): sublinear TF times smoothed IDF, L2-normalised.

        With ``general_length``, a pile of n < PRIOR_DOCS articles counts PRIOR_DOCS - n
        of the prior's articles as general English of that length: each holds a feature
        with the chance 1 - exp(-f L) that L words of it include the stem (f its
        general_frequencies). The pile's own articles replace them one by one, so from
        PRIOR_DOCS articles on the weights are the pile's alone, as without it. Why: with
        the prior's articles holding no word, everyday words weighed almost as much as
        names in a small pile, two unrelated articles shared 0.058 of cosine on average
        (DUC 2003, piles of 3; 0.028 in piles of 50, 0.02 the engine's prior) and an
        unrelated article joined a story (docs/stories.md, Small piles)."""
        idx, tf = counts
        if not len(idx):
            return idx, tf
        n = max(self.n_docs, 1)
        held = self.terms[idx] + 1.0
        if self.general_length is not None and self.n_docs < PRIOR_DOCS:
            rate = general_frequencies()[idx].astype(np.float64)
            held += (PRIOR_DOCS - self.n_docs) * -np.expm1(-rate * self.general_length)
        idf = np.log((n + PRIOR_DOCS) / held)
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


# Content stems in a row that make one run of text shared word for word: the runs of
# cluster.shared_passages and of copies.page_runs (teasers, section fronts) alike.
RUN_STEMS = 8
# Odd 64-bit multipliers of a run's stems by position (a polynomial hash of the run).
_RUN_MIX = np.array([pow(0x9E3779B97F4A7C15, j + 1, 1 << 64) for j in range(64)], dtype=np.uint64)


def line_runs(
    parsed: Sequence[Parsed], stems: int = RUN_STEMS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every run of ``stems`` content stems in a row inside one line of these articles,
    in text order: its hash (uint64), the article (row number) holding it, and its line
    (numbered over the whole pile); an article may hold a run more than once.

    Why one function: shared passages and the page rules read the same runs, and a
    batch hashes each article's runs once (cluster.assign_batch) and passes them on."""
    if not 0 < stems <= len(_RUN_MIX):
        raise ValueError(f"stems must be 1 to {len(_RUN_MIX)}, got {stems}")
    empty = np.zeros(0, dtype=np.int64)
    if not len(parsed):
        return empty.astype(np.uint64), empty, empty
    # All articles' codes in one array, stop words out (each article ends with a line
    # break, so no run crosses from one article into the next).
    codes = np.concatenate([p.codes for p in parsed])
    owner = np.repeat(np.arange(len(parsed)), [len(p.codes) for p in parsed])
    content = codes != _STOP
    codes, owner = codes[content], owner[content]
    m = len(codes) - stems + 1
    if m <= 0:
        return empty.astype(np.uint64), empty, empty
    line = np.concatenate(([0], np.cumsum(codes < 0)))  # breaks before each position
    whole = line[stems : stems + m] == line[:m]  # no line break inside the run
    ucodes = codes.astype(np.uint64)
    run = np.zeros(m, dtype=np.uint64)
    for j in range(stems):
        run += ucodes[j : j + m] * _RUN_MIX[j]
    return run[whole], owner[:m][whole], line[:m][whole]
