"""Where the incremental store's gap to batch comes from (docs/stories.md, issue 12
pairs round).

    python benchmarks/cluster_gap.py      # about 1 minute on 2 cores

1. The store (DUC 2003 in time order) cut into updates of 25 to 150 articles, with the
   pair rule (engine.PAIR_THRESHOLD) off and on, on all 30 stories and on 15-story
   halves (6 random halvings, both halves), against batch.
2. An oracle, not a method: the store with the whole stream's document frequencies known
   from its first article (for the weights; the store's own counts for the 10% cut), on
   all 30 stories and the halves: how much of the gap the early IDF weights make.

DUC 2003 is read from ../shared at run time, never copied.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import batch, duc, incremental, subset  # noqa: E402

from newsbrief.stories import cluster as cluster_mod  # noqa: E402
from newsbrief.stories import engine as engine_mod  # noqa: E402
from newsbrief.stories import features as features_mod  # noqa: E402
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402

CHUNKS = (25, 40, 50, 60, 75, 100, 150)


def halves(ids: list[str]) -> list[list[str]]:
    out = []
    for seed in range(6):
        shuffled = ids[:]
        random.Random(seed).shuffle(shuffled)
        out += [shuffled[:15], shuffled[15:]]
    return out


def oracle_store(mix: list, th: float) -> float:
    """Store F1 with the IDF weights of the whole stream from the first article."""
    _, whole = cluster_mod.vectorize(to_docs([a for a, _ in mix]))
    plain = features_mod.DocFreq.weigh

    def weigh(self: features_mod.DocFreq, counts: features_mod.Counts) -> tuple:
        idx, tf = counts
        if not len(idx):
            return idx, tf
        idf = np.log((whole.n_docs + features_mod.PRIOR_DOCS) / (whole.terms[idx] + 1.0))
        val = np.where(tf >= 1, 1.0 + np.log(np.maximum(tf, 1.0)), tf) * np.maximum(idf, 0.0)
        keep = (idf > 0) & (self.terms[idx] <= self.common_cap())
        idx, val = idx[keep], val[keep]
        norm = float(np.sqrt(val @ val))
        return idx, (val / norm if norm > 0 else val)

    features_mod.DocFreq.weigh = weigh  # type: ignore[method-assign]
    try:
        return incremental(mix, th, 50)["F1"]
    finally:
        features_mod.DocFreq.weigh = plain  # type: ignore[method-assign]


def main() -> None:
    mix = duc()
    th = DEFAULT_THRESHOLD
    parts = halves(sorted({g for _, g in mix}))
    half_mixes = [subset(mix, h) for h in parts]
    print(
        f"batch: all 30 stories {batch(mix, th)['F1']:.3f}, halves "
        f"{np.mean([batch(m, th)['F1'] for m in half_mixes]):.3f}\n"
    )
    print(
        "Store B-cubed F1 by update size (articles per add), all 30 stories; "
        "halves at 25 / 50 / 100:\n"
    )
    print("| pair rule | " + " | ".join(str(c) for c in CHUNKS) + " | halves 25 / 50 / 100 |")
    print("|---" * (len(CHUNKS) + 2) + "|")
    defaults = engine_mod.Engine.__init__.__kwdefaults__
    assert defaults is not None
    for rule in (False, True):
        defaults["pair_threshold"] = rule
        whole = [incremental(mix, th, c)["F1"] for c in CHUNKS]
        part = [np.mean([incremental(m, th, c)["F1"] for m in half_mixes]) for c in (25, 50, 100)]
        print(
            f"| {'on' if rule else 'off'} | "
            + " | ".join(f"{f:.3f}" for f in whole)
            + " | "
            + " / ".join(f"{f:.3f}" for f in part)
            + " |",
            flush=True,
        )
    defaults["pair_threshold"] = engine_mod.PAIR_THRESHOLD
    print(
        f"\nOracle (whole-stream IDF weights from the first article), chunks of 50: all 30 "
        f"stories {oracle_store(mix, th):.3f}, halves "
        f"{np.mean([oracle_store(m, th) for m in half_mixes]):.3f}"
    )


if __name__ == "__main__":
    main()
