"""CPU cost of reading definite descriptions as names (``config.described_names``).

Both settings in one process, alternating story by story on the first N DUC 2003 stories
(index + attribute a 100-word summary, as ``attribution_speed.py --budget-only``), CPU
time (``time.process_time``), best of R per story and setting: a loaded machine inflates
wall-clock figures, and only the difference counts here.

    taskset -c 0 python benchmarks/attribution_described_cost.py [--stories 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--stories", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    if not DUC.exists():
        print(f"no DUC 2003 data at {DUC}", file=sys.stderr)
        return 2
    from newsbrief.api import prepare, summarize_prepared
    from newsbrief.attribution import attribute_prepared, config
    from newsbrief.attribution.align import StoryIndex
    from newsbrief.options import SummaryOptions

    base = config.get()
    settings = {0: replace(base, described_names=0), 1: replace(base, described_names=1)}
    opts = SummaryOptions(words=100).validate()
    lines = DUC.read_text(encoding="utf-8").splitlines()[: args.stories]
    ms: dict[int, list[float]] = {0: [], 1: []}
    for line in lines:
        prepared = prepare(json.loads(line)["documents"])
        summary = summarize_prepared(prepared, opts)
        best = {0: float("inf"), 1: float("inf")}
        for _ in range(args.repeat):
            for v, cfg in settings.items():
                config.set_config(cfg)
                t0 = time.process_time()
                index = StoryIndex(prepared.articles, prepared.sentences)
                attribute_prepared(index, summary.sentences)
                best[v] = min(best[v], (time.process_time() - t0) * 1000)
        for v in ms:
            ms[v].append(best[v])
    config.set_config(base)
    for v, label in ((0, "off"), (1, "on ")):
        print(
            f"described_names {label}: mean {statistics.mean(ms[v]):.1f}  max {max(ms[v]):.1f} ms"
        )
    diffs = [b - a for a, b in zip(ms[0], ms[1], strict=True)]
    print(f"difference per story: mean {statistics.mean(diffs):+.1f}  max {max(diffs):+.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
