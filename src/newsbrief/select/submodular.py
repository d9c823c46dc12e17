"""Lin & Bilmes (2011): coverage plus diversity reward, maximised by budgeted greedy.

    F(S) = L(S) + LAMBDA * R(S)
    L(S) = sum_i min(C_i(S), alpha * C_i(V)),  C_i(S) = sum_{j in S} w_ij
    R(S) = sum_k sqrt(sum_{j in S, j in P_k} r_j), r_j = mean_i w_ij

``w_ij`` is TF-IDF cosine between sentences, ``V`` every sentence of the independent
articles, ``P_k`` a k-means partition of the candidates into ``0.2 * N`` clusters. The
coverage term saturates at a share ``alpha`` of what the whole story offers, so covering one
aspect twice stops paying; the square root rewards picking from clusters not yet used.
The greedy step takes the best gain per ``cost ** SCALE`` and the result is compared with
the best single sentence, which gives the (1 - 1/sqrt(e)) guarantee of the paper.
"""

from __future__ import annotations

import math

from .base import Choice, Problem, alone_only, register
from .vectors import tfidf_matrix

# The values Lin & Bilmes report for DUC 2004 (alpha = a / N with a = 5, lambda = 6,
# cost scaling r = 0.3, K = 0.2 N clusters); not refitted here.
ALPHA_A = 5.0
LAMBDA = 6.0
SCALE = 0.3
CLUSTER_SHARE = 0.2
KMEANS_ITER = 20


def _kmeans(x, k: int):  # type: ignore[no-untyped-def]
    """Spherical k-means on unit rows; deterministic start at evenly spaced rows."""
    import numpy as np

    n = x.shape[0]
    centroids = x[np.linspace(0, n - 1, k).round().astype(int)].copy()
    labels = np.zeros(n, dtype=int)
    for _ in range(KMEANS_ITER):
        new = np.argmax(x @ centroids.T, axis=1)
        if _ and np.array_equal(new, labels):
            break
        labels = new
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                norm = np.linalg.norm(v)
                centroids[c] = v / norm if norm else v
    return labels


@register("submodular")
@alone_only
def select_submodular(problem: Problem) -> list[Choice]:
    import numpy as np

    if not problem.candidates:
        return []
    voters = {a.id for a in problem.articles}
    ground = [s for s in problem.all_sentences if s.article_id in voters]
    row_of = {(s.article_id, s.start): i for i, s in enumerate(ground)}
    m = tfidf_matrix(ground)
    cols = [row_of[(s.article_id, s.start)] for s in problem.candidates]
    w = m @ m[cols].T  # (|V|, |candidates|)
    n_v, n_c = w.shape
    alpha = ALPHA_A / n_v
    cap = alpha * (m @ m.sum(axis=0))  # alpha * C_i(V), V every sentence (eligible or not)
    reward = w.mean(axis=0)
    k = max(1, min(n_c, round(CLUSTER_SHARE * n_c)))
    labels = _kmeans(m[cols], k)
    lengths = np.asarray(problem.lengths, dtype=float)

    def value(cov, part) -> float:  # type: ignore[no-untyped-def]
        return float(np.minimum(cov, cap).sum() + LAMBDA * np.sqrt(part).sum())

    cov = np.zeros(n_v)
    part = np.zeros(k)
    chosen: list[int] = []
    gains: list[float] = []
    used = 0.0
    current = 0.0
    available = np.ones(n_c, dtype=bool)
    while True:
        if problem.sentences is not None and len(chosen) >= problem.sentences:
            break
        fit = available.copy()
        if problem.words is not None:
            fit &= used + lengths <= problem.words
        if not fit.any():
            break
        idx = np.flatnonzero(fit)
        l_gain = np.minimum(cov[:, None] + w[:, idx], cap[:, None]).sum(axis=0)
        l_gain -= np.minimum(cov, cap).sum()
        r_gain = np.sqrt(part[labels[idx]] + reward[idx]) - np.sqrt(part[labels[idx]])
        gain = l_gain + LAMBDA * r_gain
        ratio = gain / np.maximum(lengths[idx], 1.0) ** SCALE
        best = int(idx[int(np.argmax(ratio))])  # argmax takes the first (earliest) on ties
        if gain[int(np.argmax(ratio))] <= 0:
            break
        chosen.append(best)
        gains.append(float(gain[int(np.argmax(ratio))]))
        available[best] = False
        cov += w[:, best]
        part[labels[best]] += reward[best]
        used += lengths[best]
        current = value(cov, part)
    singles = [j for j in range(n_c) if problem.words is None or lengths[j] <= problem.words]
    if singles:
        single_vals = [
            float(np.minimum(w[:, j], cap).sum() + LAMBDA * math.sqrt(reward[j])) for j in singles
        ]
        b = int(np.argmax(single_vals))
        if single_vals[b] > current:
            chosen, gains = [singles[b]], [single_vals[b]]
            cov = w[:, singles[b]].copy()
    out = [Choice(j, g) for j, g in zip(chosen, gains, strict=True)]
    return out + _filler(problem, chosen, w, cov, cap)


def _filler(problem: Problem, chosen: list[int], w, cov, cap) -> list[Choice]:  # type: ignore[no-untyped-def]
    """With ``fill``, the sentence that adds the most coverage, whatever its length."""
    import numpy as np

    if not problem.fill or problem.words is None:
        return []
    if problem.sentences is not None and len(chosen) >= problem.sentences:
        return []
    if sum(problem.lengths[j] for j in chosen) >= problem.words:
        return []
    gain = np.minimum(cov[:, None] + w, cap[:, None]).sum(axis=0) - np.minimum(cov, cap).sum()
    gain[chosen] = -np.inf
    best = int(np.argmax(gain))
    if not np.isfinite(gain[best]) or gain[best] <= 0:
        return []
    return [Choice(best, float(gain[best]), filler=True)]
