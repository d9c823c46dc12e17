"""Candidate evidence windows: which sentences of an article a claim is compared with.

Why: an outlet states a fact in one sentence or spreads it over two or three ("He was
detained in Rome." after the sentence naming him), and comparing a claim with every
sentence run of every article would be slow and would glue unrelated facts. Where it
sits: after :mod:`.claim` has weighed the claim's words, :mod:`.align` retrieves the
sentences sharing ``min_candidate`` of its weight and asks :func:`candidate_windows` for
the windows around them (joined only when :func:`cohesive`, or when a sentence goes on
with the one before: a pronoun or a connective), and :func:`clause_candidates` for
sentences that state a figure's or a date's own clause; :class:`LazyFacts` reads each
sentence's facts on first use and resolves an opening pronoun; :func:`union` makes one
window of several sentences. :mod:`.compare` then checks each window.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from . import config
from .dates import compare
from .facts import Facts, Read, facts_of
from .names import expand_abbreviations

if TYPE_CHECKING:
    from .claim import Claim


def _c() -> config.Config:
    return config.CONFIG


# A pronoun that opens a sentence's subject stands for a name of the sentence before.
_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "it", "its"])


# Words that open a sentence going on with the one before it.
_CONNECTIVES = frozenset(["but", "however", "also", "yet", "still", "instead", "meanwhile"])


def _opens_continuation(lows: Sequence[str]) -> bool:
    """The sentence opens with a pronoun ("He", "Its"), or a connective and then one
    ("But his ..."), or a connective alone ("However, ...")."""
    first = lows[0]
    if first in _PRONOUNS or (first in _CONNECTIVES and _c().join_continuations >= 2):
        return True
    return first in _CONNECTIVES and len(lows) > 1 and lows[1] in _PRONOUNS


class LazyFacts:
    """An article's sentence facts, read on first use: a claim only looks at a few."""

    def __init__(
        self,
        texts: list[str],
        proper: frozenset[str],
        reads: list[Read] | None = None,
        abbreviations: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self._texts = texts
        self._proper = proper
        # abbreviations the story defines ("Kurdistan Workers Party (PKK)"): a sentence
        # stating either form states the other
        self._abbreviations = abbreviations or {}
        self._done: list[Facts | None] = [None] * len(texts)
        # each sentence's tokens from indexing: reading a sentence twice was a third of
        # the time of attributing a summary (each is used once, then dropped)
        self._reads: list[Read | None] = list(reads) if reads is not None else [None] * len(texts)
        self._pronoun = [bool(r is not None and _PRONOUNS & set(r[1][:4])) for r in self._reads]
        # a sentence that opens with a pronoun or a connective ("But his beatification
        # ...", "He was detained ...") goes on with the sentence before
        self.continues = [
            bool(r is not None and r[1] and _opens_continuation(r[1])) for r in self._reads
        ]

    def _plain(self, k: int) -> Facts:
        f = self._done[k]
        if f is None:
            f = facts_of(self._texts[k], self._proper, self._reads[k])
            if self._abbreviations:
                f = replace(f, words=expand_abbreviations(f.words, self._abbreviations))
            self._done[k] = f
            self._reads[k] = None
        return f

    def __getitem__(self, k: int) -> Facts:
        f = self._plain(k)
        if not self._pronoun[k] or k == 0:
            return f
        # "He was detained in Rome": the pronoun's antecedent is the first name of the
        # nearest sentence before that names someone (its subject, in news style)
        for j in (k - 1, k - 2):
            if j < 0:
                break
            prev = self._plain(j)
            if prev.names:
                ante = prev.names[0]
                return replace(f, words=f.words | ante.keys)
        return f

    def span(self, lo: int, hi: int) -> list[Facts]:
        """Facts of sentences ``lo`` to ``hi - 1`` (clipped to the article)."""
        return [self[k] for k in range(max(lo, 0), min(hi, len(self._texts)))]


def union(parts: Sequence[Facts]) -> Facts:
    if len(parts) == 1:
        return parts[0]
    return Facts(
        content=frozenset().union(*(p.content for p in parts)),
        words=frozenset().union(*(p.words for p in parts)),
        quantities=tuple(q for p in parts for q in p.quantities),
        dates=tuple(d for p in parts for d in p.dates),
        names=tuple(n for p in parts for n in p.names),
        negated=frozenset().union(*(p.negated for p in parts)),
        has_negation=any(p.has_negation for p in parts),
        modal=frozenset().union(*(p.modal for p in parts)),
        pairs=frozenset().union(*(p.pairs for p in parts)),
        seq=tuple(w for p in parts for w in p.seq),
        verbs=frozenset().union(*(p.verbs for p in parts)),
        name_canons=frozenset().union(*(p.name_canons for p in parts)),
        forms={k: v for p in reversed(parts) for k, v in p.forms.items()},
        irrealis=frozenset().union(*(p.irrealis for p in parts)),
        realis=frozenset().union(*(p.realis for p in parts)),
        passive=frozenset().union(*(p.passive for p in parts)),
        said_on=tuple(d for p in parts for d in p.said_on),
    )


def cohesive(claim: Claim, left: frozenset[str], right: frozenset[str]) -> bool:
    """Two sentences read as one statement of the claim only when they share one of
    its words, or one of them adds no word of its own (only a figure or a date):
    otherwise the window glues two facts ("deaths" here, "Baghdadi" there)."""
    a, b = claim.facts.content & left, claim.facts.content & right
    if a & b:
        return True
    # what a figure counts ("412 million euros") belongs to the figure, not the fact
    measures = {w for q in claim.facts.quantities for w in q.after | q.before}
    return not (a - b - measures) or not (b - a - measures)


def candidate_windows(
    claim: Claim,
    total: float,
    singles: dict[int, float],
    facts: LazyFacts,
    content: Sequence[frozenset[str]],
    day: dt.date | None,
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Candidate windows (first, last sentence) and those kept only as fillers.

    Each candidate sentence (``singles``: its share of the claim's weight) is a window;
    so are up to ``max_window`` adjacent sentences around it when together they state
    ``window_gain`` more of the claim than their best part, and a pair where the
    neighbour holds the figure or the date a well-covering sentence leaves out (a
    filler). ``facts`` and ``content`` are the article's sentences, ``day`` its
    publication date."""
    weights = claim.weights
    windows: list[tuple[int, int]] = [(k, k) for k in singles]
    fillers: set[tuple[int, int]] = set()
    seen = set(windows)
    width = max(_c().max_window, 1)

    def cover(lo: int, hi: int) -> float:
        union = claim.facts.content & frozenset().union(*content[lo : hi + 1])
        return math.fsum(weights[c] for c in sorted(union)) / total

    for k in singles:
        for size in range(2, width + 1):
            for lo in range(k - size + 1, k + 1):
                hi = lo + size - 1
                if lo < 0 or hi >= len(content) or (lo, hi) in seen:
                    continue
                seen.add((lo, hi))
                if size == 2:
                    other = facts[hi if lo == k else lo]
                    # the neighbour may hold the figure or the date the sentence
                    # leaves out, when the sentence itself states most of the claim
                    fills = bool(claim.facts.quantities and other.quantities) or any(
                        compare(d, claim.published, e, day).status == "agrees"
                        for d in claim.facts.dates
                        for e in other.dates
                    )
                    if fills and singles[k] >= _c().support_coverage:
                        fillers.add((lo, hi))
                    best_part = max(singles.get(lo, 0.0), singles.get(hi, 0.0))
                else:
                    fills = False
                    best_part = max(cover(lo, hi - 1), cover(lo + 1, hi))
                if fills or cover(lo, hi) >= best_part + _c().window_gain:
                    windows.append((lo, hi))
    return windows, fillers


def clause_candidates(
    claim: Claim,
    content: Sequence[frozenset[str]],
    cands: dict[int, float],
    singles: dict[int, float],
) -> set[int]:
    """Sentences, not already candidates, that state ``clause_conflict`` of the
    clause of one of the claim's figures or dates (its words as indexed)."""
    cfg = _c()
    if cfg.clause_conflict > 1.0 or not claim.detail_clauses:
        return set()
    clauses = []
    for words in set(claim.detail_clauses.values()):
        weight = math.fsum(claim.weights.get(c, 0.0) for c in sorted(words))
        if weight > 0 and len(words) >= cfg.clause_conflict_words:
            clauses.append((words, weight))
    out = set()
    for k in cands:
        if k in singles:
            continue
        for words, weight in clauses:
            got = words & content[k]
            share = math.fsum(claim.weights.get(c, 0.0) for c in sorted(got)) / weight
            if len(got) >= cfg.clause_conflict_words and share >= cfg.clause_conflict:
                out.add(k)
                break
    return out
