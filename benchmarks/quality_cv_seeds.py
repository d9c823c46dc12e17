"""Repeated 2-fold cross-validation of one candidate change against today's default.

    python benchmarks/quality_cv_seeds.py --grid coverage:vote_power=0.5 \
        --grid coverage:vote_power=0.75 [--seeds 20] [--words 100] [--subset all]

The grid is today's default (``coverage``) plus the given settings of the change. For each
of ``--seeds`` random halvings of the 30 development stories and each direction, the grid
setting with the best R-1 + R-2 on the tuning half is scored on the other half. Reported:
the mean held-out R-1/R-2 of that procedure over all splits, its spread (standard
deviation of the per-split means), the same for the untuned default (whose held-out mean
is its full-set mean: it has nothing to tune), how often the change was picked, and
paired wins over stories (a story's held-out score averaged over the splits where it was
held out, against the default's). A change is kept only when the procedure beats the
default beyond the spread and wins more stories than it loses. ``--per-story`` prints the
per-story full-set scores of every grid setting as JSON, for sign tests.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_cv import per_story
from quality_dev import DEFAULT, load_stories


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--grid", action="append", default=[], help="a variant (repeatable)")
    ap.add_argument("--base", default="coverage", help="the default to compare with")
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--subset", default="all")
    args = ap.parse_args(argv)
    stories = load_stories(args.stories, args.subset)
    n = len(stories)
    grid = [args.base, *args.grid]
    scores = {v: per_story(stories, args.words, v) for v in grid}

    def mean(v: str, idx: list[int]) -> tuple[float, float]:
        rows = scores[v]
        return (
            sum(rows[i][0] for i in idx) / len(idx),
            sum(rows[i][1] for i in idx) / len(idx),
        )

    for v in grid:
        r = mean(v, list(range(n)))
        print(f"all {n} (development): {v}: R-1 {r[0]:.2f} R-2 {r[1]:.2f}")
    split_means: list[tuple[float, float]] = []
    picked: dict[str, int] = {}
    held: dict[int, list[tuple[float, float]]] = {i: [] for i in range(n)}
    for seed in range(args.seeds):
        order = list(range(n))
        random.Random(seed).shuffle(order)
        halves = (sorted(order[: n // 2]), sorted(order[n // 2 :]))
        got = []
        for tune, test in (halves, halves[::-1]):
            best = max(grid, key=lambda v: (sum(mean(v, tune)), v == args.base))
            picked[best] = picked.get(best, 0) + 1
            got.append(mean(best, test))
            for i in test:
                held[i].append(scores[best][i])
        split_means.append((sum(g[0] for g in got) / 2, sum(g[1] for g in got) / 2))
    r1 = [m[0] for m in split_means]
    r2 = [m[1] for m in split_means]
    base = mean(args.base, list(range(n)))
    print(
        f"held-out, tuned over the grid ({args.seeds} splits x 2): "
        f"R-1 {statistics.mean(r1):.2f} (sd {statistics.pstdev(r1):.2f}) "
        f"R-2 {statistics.mean(r2):.2f} (sd {statistics.pstdev(r2):.2f})"
    )
    print(f"held-out, default (nothing tuned): R-1 {base[0]:.2f} R-2 {base[1]:.2f}")
    print("picked: " + ", ".join(f"{v} x{c}" for v, c in sorted(picked.items())))
    wins = [0, 0, 0]
    wins2 = [0, 0, 0]
    for i, rows in held.items():
        if not rows:
            continue
        for k, tally in ((0, wins), (1, wins2)):
            d = sum(r[k] for r in rows) / len(rows) - scores[args.base][i][k]
            tally[0 if d > 1e-9 else 1 if d < -1e-9 else 2] += 1
    print(f"paired over stories (held-out vs default): R-1 {wins[0]} better / {wins[1]} worse /")
    print(f"  {wins[2]} equal; R-2 {wins2[0]} better / {wins2[1]} worse / {wins2[2]} equal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
