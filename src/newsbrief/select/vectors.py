"""TF-IDF sentence vectors and ranked picking, shared by the graph and submodular selectors.

Terms are stemmed content words. IDF is computed over the story's own sentences (each
sentence a document), as LexRank and Lin & Bilmes do when no background corpus is given:
a word in every sentence tells sentences apart no better than a stopword.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..model import Sentence
from ..text import content_stems
from .base import Choice, Problem

if TYPE_CHECKING:
    import numpy as np


def tfidf_matrix(sentences: Sequence[Sentence]) -> np.ndarray:
    """Rows are L2-normalised TF-IDF vectors (all-zero for a sentence with no content word)."""
    import numpy as np

    bags = [Counter(content_stems(s.text)) for s in sentences]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {t: k for k, t in enumerate(sorted(df))}
    n = len(bags)
    idf = np.array([math.log((n + 1) / (df[t] + 1)) + 1.0 for t in sorted(df)])
    m = np.zeros((n, len(vocab)))
    for i, bag in enumerate(bags):
        for t, c in bag.items():
            m[i, vocab[t]] = c
    m *= idf
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


def pick_ranked(
    problem: Problem,
    ranking: Sequence[int],
    scores: Sequence[float],
    redundant: Callable[[int, list[int]], bool],
) -> list[Choice]:
    """Walk a ranking, keeping each sentence that fits the budget and is not redundant.

    With ``fill``, the first later sentence that is not redundant but did not fit is added
    as the filler, so the summary reaches the word budget.
    """
    chosen: list[int] = []
    used = 0
    filler: int | None = None
    for j in ranking:
        if problem.sentences is not None and len(chosen) >= problem.sentences:
            break
        if redundant(j, chosen):
            continue
        if problem.words is None or used + problem.lengths[j] <= problem.words:
            chosen.append(j)
            used += problem.lengths[j]
        elif filler is None:
            filler = j
    out = [Choice(j, float(scores[j])) for j in chosen]
    room = problem.sentences is None or len(chosen) < problem.sentences
    if (
        problem.fill
        and problem.words is not None
        and filler is not None
        and used < problem.words
        and room
    ):
        out.append(Choice(filler, float(scores[filler]), filler=True))
    return out
