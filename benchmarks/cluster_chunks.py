"""How the store's stories depend on how the stream is cut into updates (docs/stories.md,
Quality, "Chunk size").

    python benchmarks/cluster_chunks.py                      # about 5 minutes on 2 cores
    python benchmarks/cluster_chunks.py --chunks 1,50 --halves 4

DUC 2003 in time order (dates known), with dates hidden (ids without dates, random
order: ``cluster_quality.undated``, the mean of seeds 1-3 for all 30 stories, seed 1 for
the halves) and without dates in arrival order (ids that sort in publication order:
``cluster_quality.undated_arrival``), fed to a new store in updates of
1, 5, 10, 25, 50 and 100 articles, on all 30 stories and on 15-story halves (6 random
halvings, both halves: ``cluster_gap.halves``), against batch on the same articles.
B-cubed F1 at the default threshold. DUC 2003 is read from ../shared at run time, never
copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_gap import halves  # noqa: E402
from cluster_quality import (  # noqa: E402
    batch,
    duc,
    incremental,
    subset,
    undated,
    undated_arrival,
)

from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402

CHUNKS = (1, 5, 10, 25, 50, 100)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chunks", default=",".join(map(str, CHUNKS)))
    ap.add_argument("--halves", type=int, default=12, help="how many of the 12 halves")
    args = ap.parse_args()
    chunks = [int(c) for c in args.chunks.split(",")]
    th = DEFAULT_THRESHOLD
    mix = duc()
    half_mixes = [subset(mix, h) for h in halves(sorted({g for _, g in mix}))][: args.halves]
    settings = {
        "all 30, dated": [mix],
        "all 30, dates hidden": [undated(mix, seed) for seed in (1, 2, 3)],
        "all 30, undated arrival order": [undated_arrival(mix)],
        "halves, dated": half_mixes,
        "halves, dates hidden": [undated(m, 1) for m in half_mixes],
    }
    t0 = time.process_time()
    print("| update size | " + " | ".join(settings) + " |")
    print("|---" * (len(settings) + 1) + "|")
    cells = [f"{np.mean([batch(m, th)['F1'] for m in ms]):.3f}" for ms in settings.values()]
    print("| batch | " + " | ".join(cells) + " |", flush=True)
    worst = {name: 0.0 for name in settings}
    for c in chunks:
        row = []
        for name, ms in settings.items():
            f = float(np.mean([incremental(m, th, c)["F1"] for m in ms]))
            b = float(np.mean([batch(m, th)["F1"] for m in ms]))
            worst[name] = max(worst[name], b - f)
            row.append(f"{f:.3f}")
        print(f"| {c} | " + " | ".join(row) + " |", flush=True)
    print(
        "\nlargest gap to batch: "
        + ", ".join(f"{k} {v:.3f}" for k, v in worst.items())
        + f" ({time.process_time() - t0:.0f} CPU s)"
    )


if __name__ == "__main__":
    main()
