"""Clustering scores against gold stories: B-cubed, pairwise F1 and adjusted Rand index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    n = len(pred)
    if n == 0:
        return 1.0, 1.0, 1.0
    both = Counter(zip(pred, gold, strict=True))
    psize = Counter(pred)
    gsize = Counter(gold)
    p = sum(c * c / psize[a] for (a, _), c in both.items()) / n
    r = sum(c * c / gsize[b] for (_, b), c in both.items()) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of items put in the same story."""
    both = Counter(zip(pred, gold, strict=True))
    tp = sum(c * (c - 1) / 2 for c in both.values())
    pp = sum(c * (c - 1) / 2 for c in Counter(pred).values())
    gp = sum(c * (c - 1) / 2 for c in Counter(gold).values())
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ari(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985)."""
    n = len(pred)
    if n < 2:
        return 1.0

    def c2(x: float) -> float:
        return x * (x - 1) / 2

    idx = sum(c2(c) for c in Counter(zip(pred, gold, strict=True)).values())
    a = sum(c2(c) for c in Counter(pred).values())
    b = sum(c2(c) for c in Counter(gold).values())
    expected = a * b / c2(n)
    top = (a + b) / 2
    return 1.0 if top == expected else (idx - expected) / (top - expected)
