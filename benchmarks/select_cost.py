"""The select stage alone, for instruction counts (valgrind) that the machine's load cannot move.

Two runs of this script under ``valgrind --tool=cachegrind --cache-sim=no`` differ only in
the select stage of the 30 DUC 2003 clusters (``--upto prepare`` cleans, splits and
deduplicates them; ``--upto select`` also selects and orders, as ``newsbrief batch --words
100 --fill`` does), so the difference of their instruction counts, divided by 30, is the
stage's cost per cluster. ``--time`` prints CPU milliseconds per cluster instead (best of
five, every per-text memo emptied before each, as ``speed.py``'s warm run does).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duc", type=Path, default=DUC)
    ap.add_argument("--upto", choices=("prepare", "select"), default="select")
    ap.add_argument("--time", action="store_true", help="print CPU ms per cluster")
    args = ap.parse_args(argv)

    # Everything both runs import, imported by both (so imports cancel out).
    import newsbrief.concepts
    import newsbrief.eligible
    import newsbrief.order
    import newsbrief.select  # noqa: F401
    from newsbrief.api import prepare, summarize_prepared
    from newsbrief.options import SummaryOptions

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import _clear_text_memos  # type: ignore[import-not-found]

    stories = [json.loads(line) for line in args.duc.read_text().splitlines() if line.strip()]
    options = SummaryOptions(words=100, fill=True)
    if not args.time:
        prepared = [prepare(s["documents"]) for s in stories]
        if args.upto == "select":
            for p in prepared:
                summarize_prepared(p, options)
        return 0
    best = float("inf")
    for _ in range(5):
        _clear_text_memos()
        spent = 0.0
        for s in stories:
            p = prepare(s["documents"])  # fills the memos the batch shares with selection
            t0 = time.process_time()
            summarize_prepared(p, options)
            spent += time.process_time() - t0
        best = min(best, spent)
    print(f"select: {1000 * best / len(stories):.2f} ms CPU per cluster (best of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
