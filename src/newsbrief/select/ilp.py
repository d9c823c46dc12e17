"""Concept-coverage integer program (Gillick & Favre 2009), solved exactly by HiGHS.

    maximise   sum_i w_i c_i
    subject to sum_j l_j s_j <= L                 (word budget)
               s_j <= c_i      for each concept i in sentence j
               c_i <= sum_{j contains i} s_j
               c_i, s_j in {0, 1}

A concept counts once however many chosen sentences contain it, so redundancy is never
rewarded. A tiny tie-break prefers earlier sentences among equal-value solutions, which
keeps the output deterministic and favours the lead material news writes first.

This is the faithful reference (``--method ilp``): concepts and weights are the ones
``concepts.build_concepts`` gives every selector (stemmed bigrams, document frequency,
``min_df`` a quarter of the articles). The default method solves a richer objective
without a MILP solver; see ``coverage.py``.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .base import Choice, Problem, add_filler, alone_only, register

if TYPE_CHECKING:
    import numpy as np

_STDOUT_LOCK = threading.Lock()


@contextmanager
def _native_stdout_silenced() -> Iterator[None]:
    """Send file descriptor 1 to /dev/null while HiGHS runs.

    Some HiGHS builds print solver diagnostics ("HighsMipSolverData::...") with C
    ``printf`` whatever ``disp`` says, and ``newsbrief batch -o -`` writes its JSONL to
    stdout, so they would corrupt it. Python's ``sys.stdout`` is flushed first so nothing of
    ours is lost; the lock keeps two solving threads from restoring each other's descriptor.
    """
    try:
        fd = sys.stdout.fileno() if sys.stdout is not None else 1
    except (AttributeError, ValueError, OSError):
        fd = 1
    with _STDOUT_LOCK:
        if sys.stdout is not None:
            sys.stdout.flush()
        try:
            saved = os.dup(fd)
        except OSError:  # no descriptor 1 (embedded interpreters): nothing to protect
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
            yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            os.close(devnull)


# Tie-break per unit of sentence position; far below the smallest concept weight (1.0)
# divided by the number of candidates, so it never changes which concepts are covered.
_POSITION_EPSILON = 1e-6


def solve_coverage(
    problem: Problem, weights: np.ndarray, bonus: np.ndarray | None = None
) -> list[int]:
    """Indices of the candidates an optimal cover picks."""
    import numpy as np
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
    with _native_stdout_silenced():
        res = milp(
            c,
            constraints=LinearConstraint(a, np.array(lower), np.array(upper)),
            integrality=np.ones(n_s + n_c),
            bounds=Bounds(0, 1),
            options={"time_limit": 10.0, "disp": False},
        )
    if res.x is None:
        return []
    return [j for j in range(n_s) if res.x[j] > 0.5]


@register("ilp")
@alone_only
def select_ilp(problem: Problem) -> list[Choice]:
    import numpy as np

    weights = np.asarray(problem.concepts.weights, dtype=float)
    picked = solve_coverage(problem, weights)
    covered: set[int] = set()
    chosen = []
    for j in picked:
        gain = sum(weights[i] for i in problem.concepts.by_sentence[j] if i not in covered)
        covered.update(problem.concepts.by_sentence[j])
        chosen.append(Choice(j, float(gain)))
    return add_filler(problem, chosen)
