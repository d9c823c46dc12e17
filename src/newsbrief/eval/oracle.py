"""Greedy extractive oracle: the best R-2 reachable by picking source sentences."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from ..model import Sentence
from .rouge import tokenize


def _bigrams(tokens: Sequence[str]) -> Counter[tuple[str, str]]:
    return Counter(itertools.pairwise(tokens))


def oracle_summary(sentences: Sequence[Sentence], references: Sequence[str], words: int) -> str:
    """Add the sentence that most raises summed bigram recall, until the budget is spent."""
    refs = [_bigrams(tokenize(r)) for r in references]
    toks = [tokenize(s.text) for s in sentences]
    chosen: list[int] = []
    current: Counter[tuple[str, str]] = Counter()
    used = 0

    def value(c: Counter[tuple[str, str]]) -> float:
        return sum(sum((c & r).values()) / max(sum(r.values()), 1) for r in refs)

    base = 0.0
    while used < words:
        best, best_gain = -1, 0.0
        for i, t in enumerate(toks):
            if i in chosen:
                continue
            gain = value(current + _bigrams(t)) - base
            if gain > best_gain:
                best, best_gain = i, gain
        if best < 0:
            break
        chosen.append(best)
        current = current + _bigrams(toks[best])
        base += best_gain
        used += sentences[best].n_words
    return "\n".join(sentences[i].text for i in chosen)
