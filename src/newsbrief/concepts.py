"""Concept stage: the units of content a summary should cover, and what each is worth.

Following Gillick & Favre (2009), a concept is a stemmed word bigram that is not made of
two stopwords, worth the number of independent articles that contain it: content many
outlets report is what the story is about. Bigrams seen in too few articles are noise and
are dropped (``min_df``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress
from operator import not_

from .memo import TextMemo
from .model import Sentence
from .text import SENTENCE_MEMO_SIZE, STOPWORDS, sentence_words, stem_of


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words and their stems. Memoised because the concept table's bigrams and the event
    units both read every sentence of a story; a bounded pure-function memo."""
    w = sentence_words(text)  # shared with deduplication, which tokenised it first
    return w, tuple(map(stem_of, w))  # map: no generator frame per word


def sentence_bigrams(text: str) -> list[tuple[str, str]]:
    w, st = _tokens(text)
    return [
        (st[k], st[k + 1])
        for k in range(len(w) - 1)
        if not (w[k] in STOPWORDS and w[k + 1] in STOPWORDS)
    ]


def default_min_df(n_docs: int) -> int:
    """Concepts must recur in about a quarter of the articles (3 of 10, as in ICSISumm)."""
    if n_docs <= 1:
        return 1
    return max(2, math.ceil(0.25 * n_docs))


@dataclass(frozen=True, slots=True)
class ConceptTable:
    names: tuple[tuple[str, str], ...]
    weights: tuple[float, ...]
    # For each sentence (aligned with the input), the ids of the concepts it contains.
    by_sentence: tuple[tuple[int, ...], ...]


def build_concepts(
    sentences: Sequence[Sentence],
    voting_docs: Sequence[str],
    *,
    min_df: int | None = None,
) -> ConceptTable:
    voters = set(voting_docs)
    bigrams = [sentence_bigrams(s.text) for s in sentences]
    docs_of: dict[tuple[str, str], set[str]] = {}
    for s, grams in zip(sentences, bigrams, strict=False):
        if s.article_id not in voters:
            continue
        for g in grams:
            docs_of.setdefault(g, set()).add(s.article_id)
    threshold = default_min_df(len(voters)) if min_df is None else min_df
    names = sorted(g for g, d in docs_of.items() if len(d) >= threshold)
    index = {g: i for i, g in enumerate(names)}
    weights = tuple(float(len(docs_of[g])) for g in names)
    by_sentence = tuple(tuple(sorted({index[g] for g in grams if g in index})) for grams in bigrams)
    return ConceptTable(tuple(names), weights, by_sentence)


def sentence_units(text: str, *, unigrams: bool) -> tuple[str, ...]:
    """Stemmed bigrams (not both stopwords) and, with ``unigrams``, content-word stems.

    Bigrams carry who-did-what; unigrams add the names and numbers a bigram split across
    a clause boundary would miss. ROUGE-1 counts single words, so covering distinct content
    words is what a 100-word summary is scored on.

    A bigram is written ``"stem1 stem2"`` and a unigram ``"stem"`` (stems hold no spaces):
    strings cache their hash, tuples rehash on every lookup, and selection does millions.
    """
    return (_units if unigrams else _bigram_units)(text)


_is_stop = STOPWORDS.__contains__


def _make_units(text: str, unigrams: bool) -> tuple[str, ...]:
    # The words and stems of _tokens, not its memo: nothing else here asks for them.
    w = sentence_words(text)  # shared with deduplication, which tokenised it first
    st = list(map(stem_of, w))  # map: no generator frame per word
    stop = list(map(_is_stop, w))  # each word's stopword test once, in C
    out = [
        f"{a} {b}" for a, b, x, y in zip(st, st[1:], stop, stop[1:], strict=False) if not (x and y)
    ]
    if unigrams:
        out += compress(st, map(not_, stop))
    return tuple(out)


# sentence_units(text, unigrams=True) and (..., unigrams=False), one memo each, holding a
# few stories' sentences (as text.sentence_words does, and for the same reason).
_units = TextMemo(partial(_make_units, unigrams=True), SENTENCE_MEMO_SIZE)
_bigram_units = TextMemo(partial(_make_units, unigrams=False), SENTENCE_MEMO_SIZE)


def units_memo(unigrams: bool) -> TextMemo[str, tuple[str, ...]]:
    """``sentence_units(text, unigrams=unigrams)`` is ``units_memo(unigrams)(text)``: the
    memo itself, for a caller looping over every sentence of a story (no wrapper frame
    per sentence)."""
    return _units if unigrams else _bigram_units


def is_unigram(unit: str) -> bool:
    return " " not in unit


# Counting words that can stand for a figure ("three people", "dozens of homes").
_COUNT_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions dozen
    dozens scores
    """.split()
)


def _is_count(word: str) -> bool:
    return word[0].isdigit() or word in _COUNT_WORDS


def _is_plural_noun(word: str) -> bool:
    """A content word in a plural shape: a count's head noun ("people", "homes")."""
    return (
        word not in STOPWORDS
        and word.isalpha()
        and (word == "people" or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")))
    )


def event_units(text: str) -> frozenset[str]:
    """Bigrams that bind a figure to what it counts: "12 people", "3,000 new homes".

    How many died, were hurt, lost their homes or were arrested is what a news story is
    usually written to report, and such a figure is found by shape alone (a count followed
    within two words by a plural noun), not by a list of casualty words.
    """
    return _event_units(text)


@lru_cache(maxsize=16384)
def _event_units(text: str) -> frozenset[str]:
    w, st = _tokens(text)
    out: set[str] = set()
    for k in range(len(w) - 1):
        if not _is_count(w[k]):
            continue
        for m in (k + 1, k + 2):
            if m < len(w) and _is_plural_noun(w[m]):
                out.update(f"{st[i]} {st[i + 1]}" for i in range(k, m))
                break
            if m < len(w) and (w[m] in STOPWORDS and w[m] != "of"):
                break
    return frozenset(out)
