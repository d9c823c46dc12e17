"""Concept weights learned from features (logistic regression), scored by repeated 2-fold CV.

    python benchmarks/quality_learned.py [--seeds 3] [--power 1]

A supervised alternative to the default method's hand-set weighting (in the spirit of
Berg-Kirkpatrick et al. 2011, with features only): each concept a candidate holds gets
features (document share, lead-weighted votes, above min_df, earliest position, unigram,
holds a digit, a figure bound to a plural noun, log df, single source) and a target (its
unit occurs in a human summary). The model is fitted on the tuning half and its predicted
probabilities, raised to ``--power``, replace the concept weights of the default method
on the held-out half (everything else unchanged). Measured in docs/quality.md: it loses
to the hand-set weights, so it is not used.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_cv import per_story, rouge12
from quality_dev import DEFAULT, load_stories, make_problem

from newsbrief.concepts import event_units, is_unigram, sentence_units
from newsbrief.eligible import MIN_WORDS
from newsbrief.order import order_sentences
from newsbrief.select import coverage as cov

CONFIG = cov.CoverageConfig()


def features(problem) -> tuple[list[str], np.ndarray]:  # type: ignore[no-untyped-def]
    voters = {a.id for a in problem.articles}
    units = {}
    by_article: dict[str, list] = {}
    for s in problem.all_sentences:
        if s.article_id in voters:
            units[(s.article_id, s.start)] = sentence_units(s.text, unigrams=True)
            by_article.setdefault(s.article_id, []).append(s)
    wanted = {u for s in problem.candidates for u in units[(s.article_id, s.start)]}
    events = set().union(*(event_units(s.text) for s in problem.all_sentences))
    df: dict[str, int] = {}
    vote: dict[str, float] = {}
    first: dict[str, int] = {}
    for sents in by_article.values():
        seen: dict[str, int] = {}
        body = 0
        for s in sents:
            for u in units[(s.article_id, s.start)]:
                seen.setdefault(u, body)
            body += s.n_words >= MIN_WORDS
        for u, p in seen.items():
            if u in wanted:
                df[u] = df.get(u, 0) + 1
                vote[u] = vote.get(u, 0.0) + 1 + CONFIG.lead_bonus / (1 + p / CONFIG.lead_scale)
                first[u] = min(first.get(u, 99), p)
    n = len(voters)
    threshold = cov.min_df(n, CONFIG.min_df_share)
    names = sorted(df)
    rows = [
        [
            1.0,
            df[u] / n,
            vote[u] / n,
            float(df[u] >= threshold),
            1 / (1 + first[u] / 2),
            float(is_unigram(u)),
            float(any(c.isdigit() for c in u)),
            float(u in events),
            math.log(df[u]),
            float(df[u] == 1),
        ]
        for u in names
    ]
    return names, np.array(rows)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--power", type=float, default=1.0)
    args = ap.parse_args(argv)
    stories = load_stories(args.stories)
    data = []
    for _sid, prepared, refs in stories:
        problem = make_problem(prepared, 100, "coverage")
        names, x = features(problem)
        in_refs = {u for r in refs for u in sentence_units(r, unigrams=True)}
        data.append((problem, prepared, refs, names, x, np.array([u in in_refs for u in names])))
    original = cov.weigh_concepts

    def run(i: int, w: np.ndarray) -> tuple[float, float]:
        problem, prepared, refs, names, x, _y = data[i]
        learned = dict(zip(names, (1 / (1 + np.exp(-x @ w))) ** args.power, strict=True))

        def weigh(p, config):  # type: ignore[no-untyped-def]
            wc = original(p, config)
            weights = list(wc.weights)
            for u, k in wc.index.items():
                if u in learned:
                    weights[k] = float(learned[u])
            return cov.WeightedConcepts(
                wc.index, tuple(weights), wc.by_candidate, wc.unigrams, wc.word_ids
            )

        cov.weigh_concepts = weigh
        try:
            choices = cov.select_with(problem, CONFIG)
        finally:
            cov.weigh_concepts = original
        items = [(problem.candidates[c.index], c.filler) for c in choices]
        order = order_sentences(items, prepared.articles)
        return rouge12("\n".join(items[k][0].text for k in order), refs, 100)

    n = len(data)
    base = per_story(stories, 100, "coverage")
    means = []
    for seed in range(args.seeds):
        order = list(range(n))
        random.Random(seed).shuffle(order)
        halves = (sorted(order[: n // 2]), sorted(order[n // 2 :]))
        got = []
        for tune, test in (halves, halves[::-1]):
            w = fit(
                np.vstack([data[i][4] for i in tune]), np.concatenate([data[i][5] for i in tune])
            )
            got.extend(run(i, w) for i in test)
        means.append((sum(g[0] for g in got) / n, sum(g[1] for g in got) / n))
        print(f"split {seed}: held-out R-1 {means[-1][0]:.2f} R-2 {means[-1][1]:.2f}", flush=True)
    r1 = [m[0] for m in means]
    r2 = [m[1] for m in means]
    print(
        f"learned weights, held-out: R-1 {np.mean(r1):.2f} (sd {np.std(r1):.2f}) "
        f"R-2 {np.mean(r2):.2f} (sd {np.std(r2):.2f})"
    )
    print(
        f"default (nothing tuned): R-1 {np.mean([b[0] for b in base]):.2f} "
        f"R-2 {np.mean([b[1] for b in base]):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
