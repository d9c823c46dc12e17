"""Copies in the background: what leaving an article's copies out of its background does
(engine.COPY_COSINE; docs/history/stories-rounds.md, s24 copies round).

    python benchmarks/cluster_copies.py            # about 8 minutes on 2 cores
    python benchmarks/cluster_copies.py --quick    # no cross-validation (about 2 minutes)

A wire story sent twice (or re-sent with a paragraph changed) is, to each copy, a near
neighbour at cosine 0.9-1.0, which doubles the spread of its background and so the
evidence it needs to join its own story. This prints, for copies counted (the default)
and left out at cosine 0.9 with the thresholds 1.25 and 1.5: B-cubed F1 of DUC 2003 batch
(all 30 stories dated and with dates hidden, the 12 halves of 15 stories at the fixed
threshold), DUC as pages of three sites (plain and with "most read" boxes), the web pages
in DUC, and the stories with many articles (batch; ``cluster_scale.big_story_mix``);
then the halves protocol: the copy cosine and the threshold chosen on one half (ties to
the more cautious value: the higher threshold, copies counted), scored on the other.
DUC 2003 is read from ../shared at run time, never copied; only ids and figures print.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import GRID, SHARED, batch, duc, subset, undated  # noqa: E402
from cluster_scale import big_story_mix, labels  # noqa: E402
from cluster_web_stories import in_site_furniture, pages, seed_pages  # noqa: E402

from newsbrief.stories import engine  # noqa: E402
from newsbrief.stories.cluster import _parsed_counts  # noqa: E402
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.engine import rows  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402

SETTINGS = ((None, 1.25), (0.9, 1.25), (0.9, 1.5))
COPIES = (None, 0.95, 0.9, 0.85, 0.8)
BIG = ((30, 10), (30, 33), (20, 50), (10, 100), (6, 80))


def halves(ids: list[str]) -> list[tuple[list[str], list[str]]]:
    """The 12 halves of cluster_quality's cross-validation (6 random halvings)."""
    out = []
    for seed in range(6):
        s = ids[:]
        random.Random(seed).shuffle(s)
        out.append((s[:15], s[15:]))
    return out


def copies(mix: list) -> tuple[int, int]:
    """DUC articles with a copy at cosine 0.9 or more, and such pairs."""
    counts, df, _ = _parsed_counts(to_docs([a for a, _ in mix]))
    x = rows([df.weigh(c) for c in counts])
    cos = (x @ x.T).toarray()
    np.fill_diagonal(cos, 0.0)
    return int((cos.max(axis=1) >= 0.9).sum()), int((np.triu(cos, 1) >= 0.9).sum())


def row(mix: list, pairs: list, web: list, th: float) -> list[float]:
    nodate = [({k: v for k, v in a.items() if k != "published"}, g) for a, g in web]
    out = [batch(mix, th)["F1"], batch(undated(mix, 1), th)["F1"]]
    out.append(float(np.mean([batch(subset(mix, h), th)["F1"] for pair in pairs for h in pair])))
    out += [
        batch(in_site_furniture(mix), th)["F1"],
        batch(in_site_furniture(mix, 3), th)["F1"],
        batch(nodate + undated(mix, 2), th)["F1"],
    ]
    for n, per in BIG:
        m = big_story_mix(n, per)
        lab = labels(m, th)
        out.append(bcubed([lab[a["id"]] for a, _ in m], [g for _, g in m])[2])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="no cross-validation")
    args = ap.parse_args()
    t0 = time.perf_counter()
    mix = duc()
    ids = sorted({g for _, g in mix})
    pairs = halves(ids)
    web = pages() + (seed_pages(SHARED) if (SHARED / "seeds").exists() else [])
    n_art, n_pairs = copies(mix)
    print(
        f"DUC 2003: {n_art} of {len(mix)} articles have a copy at cosine 0.9+ ({n_pairs} pairs)\n"
    )
    head = ["DUC dated", "dates hidden", "12 halves", "as pages", "pages + boxes", "web + DUC"]
    head += [f"{n} x {per}" for n, per in BIG]
    print("| copies, threshold | " + " | ".join(head) + " |")
    print("|---" * (len(head) + 1) + "|")
    for copy, th in SETTINGS:
        engine.COPY_COSINE = copy
        name = f"{'counted' if copy is None else f'left out at {copy}'}, {th}"
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in row(mix, pairs, web, th)) + " |")
    if args.quick:
        engine.COPY_COSINE = None
        print(f"\n({time.perf_counter() - t0:.0f} s)")
        return
    grid = sorted({*GRID, 1.375})
    f1: dict[tuple[float | None, float, int, int], float] = {}
    for copy in COPIES:
        engine.COPY_COSINE = copy
        for n, pair in enumerate(pairs):
            for side, h in enumerate(pair):
                m = subset(mix, h)
                for th in grid:
                    f1[(copy, th, n, side)] = batch(m, th)["F1"]
    engine.COPY_COSINE = None

    def caution(c: tuple[float | None, float]) -> tuple[float, float]:
        return (c[1], 2.0 if c[0] is None else c[0])

    def held(cands: list[tuple[float | None, float]]) -> str:
        got, chosen = [], []
        for n in range(len(pairs)):
            for side in (0, 1):
                best = max(cands, key=lambda c: (f1[(c[0], c[1], n, side)], caution(c)))
                chosen.append(best)
                got.append(f1[(best[0], best[1], n, 1 - side)])
        picks = ", ".join(f"{c[0]}/{c[1]}" for c in sorted(chosen, key=caution))
        return f"{np.mean(got):.3f} ± {np.std(got):.3f} | {picks}"

    print("\nHalves protocol (chosen on one half, scored on the other; 12 halves):\n")
    print("| chosen | held-out B3 F1 (mean ± sd) | choices (copy / threshold) |\n|---|---|---|")
    print(f"| copies counted, threshold chosen | {held([(None, t) for t in grid])} |")
    print(f"| copies left out at 0.9, threshold chosen | {held([(0.9, t) for t in grid])} |")
    print(f"| both chosen | {held([(c, t) for c in COPIES for t in grid])} |")
    for th in (1.25, 1.5):
        print(f"| threshold {th} fixed, copy cosine chosen | {held([(c, th) for c in COPIES])} |")
    print("\nMean over the 12 halves at each threshold:\n")
    print("| copies | " + " | ".join(str(t) for t in grid) + " |")
    print("|---" * (len(grid) + 1) + "|")
    for copy in COPIES:
        means = [np.mean([f1[(copy, t, n, s)] for n in range(6) for s in (0, 1)]) for t in grid]
        name = "counted" if copy is None else f"left out at {copy}"
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in means) + " |")
    print(f"\n({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
