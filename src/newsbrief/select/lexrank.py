"""LexRank (Erkan & Radev 2004): sentence centrality in a cosine-similarity graph.

Sentences are nodes; an edge joins two sentences whose idf-modified cosine is at least
``THRESHOLD``. A sentence's score is its stationary probability under a random walk that
follows edges with probability ``1 - DAMPING`` and jumps anywhere otherwise (power
iteration). Summaries take sentences by score, skipping any too similar to one already
taken (Erkan & Radev's redundancy step), until the budget is spent.
"""

from __future__ import annotations

from .base import Choice, Problem, alone_only, register
from .vectors import pick_ranked, tfidf_matrix

THRESHOLD = 0.1  # Erkan & Radev's best threshold on DUC 2003/2004
DAMPING = 0.15  # their jump probability ("d" in the paper)
REDUNDANCY = 0.5  # cosine above which a sentence repeats one already in the summary
TOLERANCE = 1e-8
MAX_ITER = 200


def lexrank_scores(problem: Problem) -> tuple[list[float], object]:
    """Stationary scores of the candidates, and their TF-IDF matrix."""
    import numpy as np

    m = tfidf_matrix(problem.candidates)
    n = m.shape[0]
    sim = m @ m.T
    adj = (sim >= THRESHOLD).astype(float)
    degree = adj.sum(axis=1, keepdims=True)
    degree[degree == 0] = 1.0
    trans = adj / degree
    p = np.full(n, 1.0 / n)
    for _ in range(MAX_ITER):
        nxt = DAMPING / n + (1.0 - DAMPING) * (trans.T @ p)
        if np.abs(nxt - p).sum() < TOLERANCE:
            p = nxt
            break
        p = nxt
    return [float(x) for x in p], sim


@register("lexrank")
@alone_only
def select_lexrank(problem: Problem) -> list[Choice]:
    if not problem.candidates:
        return []
    scores, sim = lexrank_scores(problem)
    # Ties (common in small graphs) go to the earlier sentence in the article.
    ranking = sorted(
        range(len(scores)),
        key=lambda j: (-round(scores[j], 12), problem.candidates[j].index, j),
    )

    def redundant(j: int, chosen: list[int]) -> bool:
        return any(sim[j, k] > REDUNDANCY for k in chosen)  # type: ignore[index]

    return pick_ranked(problem, ranking, scores, redundant)
