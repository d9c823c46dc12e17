"""Concept-coverage integer program (Gillick & Favre 2009), solved exactly by HiGHS.

    maximise   sum_i w_i c_i
    subject to sum_j l_j s_j <= L                 (word budget)
               s_j <= c_i      for each concept i in sentence j
               c_i <= sum_{j contains i} s_j
               c_i, s_j in {0, 1}

A concept counts once however many chosen sentences contain it, so redundancy is never
rewarded. A tiny tie-break prefers earlier sentences among equal-value solutions, which
keeps the output deterministic and favours the lead material news writes first.
"""

from __future__ import annotations

import numpy as np

from .base import Choice, Problem, add_filler, register

# Tie-break per unit of sentence position; far below the smallest concept weight (1.0)
# divided by the number of candidates, so it never changes which concepts are covered.
_POSITION_EPSILON = 1e-6


def solve_coverage(
    problem: Problem, weights: np.ndarray, bonus: np.ndarray | None = None
) -> list[int]:
    """Indices of the candidates an optimal cover picks."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    n_s = len(problem.candidates)
    n_c = len(weights)
    if n_s == 0:
        return []
    lengths = np.asarray(problem.lengths, dtype=float)
    pos = np.array([s.index for s in problem.candidates], dtype=float)
    sent_obj = _POSITION_EPSILON * (1.0 / (1.0 + pos))
    if bonus is not None:
        sent_obj = sent_obj + bonus
    c = -np.concatenate([sent_obj, weights])  # milp minimises

    rows, cols, vals = [], [], []
    lower, upper = [], []
    r = 0
    if problem.words is not None:
        for j in range(n_s):
            rows.append(r)
            cols.append(j)
            vals.append(lengths[j])
        lower.append(-np.inf)
        upper.append(float(problem.words))
        r += 1
    if problem.sentences is not None:
        for j in range(n_s):
            rows.append(r)
            cols.append(j)
            vals.append(1.0)
        lower.append(-np.inf)
        upper.append(float(problem.sentences))
        r += 1
    occurs: list[list[int]] = [[] for _ in range(n_c)]
    for j, cs in enumerate(problem.concepts.by_sentence):
        for i in cs:
            occurs[i].append(j)
            rows += [r, r]
            cols += [j, n_s + i]
            vals += [1.0, -1.0]
            lower.append(-np.inf)
            upper.append(0.0)
            r += 1
    for i, js in enumerate(occurs):
        rows.append(r)
        cols.append(n_s + i)
        vals.append(1.0)
        for j in js:
            rows.append(r)
            cols.append(j)
            vals.append(-1.0)
        lower.append(-np.inf)
        upper.append(0.0)
        r += 1
    a = coo_matrix((vals, (rows, cols)), shape=(r, n_s + n_c)).tocsr()
    res = milp(
        c,
        constraints=LinearConstraint(a, np.array(lower), np.array(upper)),
        integrality=np.ones(n_s + n_c),
        bounds=Bounds(0, 1),
        options={"time_limit": 10.0},
    )
    if res.x is None:
        return []
    return [j for j in range(n_s) if res.x[j] > 0.5]


@register("ilp")
def select_ilp(problem: Problem) -> list[Choice]:
    weights = np.asarray(problem.concepts.weights, dtype=float)
    picked = solve_coverage(problem, weights)
    covered: set[int] = set()
    chosen = []
    for j in picked:
        gain = sum(weights[i] for i in problem.concepts.by_sentence[j] if i not in covered)
        covered.update(problem.concepts.by_sentence[j])
        chosen.append(Choice(j, float(gain)))
    return add_filler(problem, chosen)
