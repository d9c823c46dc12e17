"""Incremental store quality with and without re-scoring a young store (docs/stories.md).

    python benchmarks/cluster_rescore.py      # about 2 minutes on 2 cores

B-cubed F1 of the store fed DUC 2003 in time order (chunks of 50 and 10) at the default
threshold, on all 30 stories and on 15-story halves (6 random halvings, both halves), for
no re-scoring and re-scoring at store growth 2, 1.5 and 1.25. DUC 2003 is read from
../shared at run time, never copied.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import duc, incremental, subset  # noqa: E402

import newsbrief.stories.store as store_mod  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402


def main() -> None:
    mix = duc()
    ids = sorted({g for _, g in mix})
    halves = []
    for seed in range(6):
        shuffled = ids[:]
        random.Random(seed).shuffle(shuffled)
        halves += [shuffled[:15], shuffled[15:]]
    th = DEFAULT_THRESHOLD
    default = (store_mod.RESCORE_GROWTH, store_mod.RESCORE_UNTIL_DOCS)
    print("| store, chunks of 50 / 10 | all 30 stories | 15-story halves (mean ± sd) |")
    print("|---|---|---|")
    for name, growth, until in (
        ("no re-scoring", default[0], 0),
        ("re-scoring at growth 2", 2.0, default[1]),
        ("re-scoring at growth 1.5", 1.5, default[1]),
        ("re-scoring at growth 1.25", 1.25, default[1]),
    ):
        store_mod.RESCORE_GROWTH, store_mod.RESCORE_UNTIL_DOCS = growth, until
        whole = [incremental(mix, th, c)["F1"] for c in (50, 10)]
        parts = {c: [incremental(subset(mix, h), th, c)["F1"] for h in halves] for c in (50, 10)}
        cells = " / ".join(f"{np.mean(parts[c]):.3f} ± {np.std(parts[c]):.3f}" for c in (50, 10))
        print(f"| {name} | {whole[0]:.3f} / {whole[1]:.3f} | {cells} |", flush=True)
    store_mod.RESCORE_GROWTH, store_mod.RESCORE_UNTIL_DOCS = default


if __name__ == "__main__":
    main()
