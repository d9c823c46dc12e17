"""What the two order rules (``order_sentences(overview_first=, names_first=)``) cost.

    python benchmarks/order_cost.py [--rounds 7]           # CPU ms per cluster
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/order_cost.py --rules on          # instructions (and --rules off)

In process, on the 30 DUC 2003 task-2 clusters (``run_batch``, 100 words, as ``newsbrief
batch --words 100`` does), once to warm up, then rounds of the rules off and on in turn:
the best round's CPU time of the whole batch and of the order stage alone (the time
inside ``order_sentences``, which the machine's other jobs move less), per cluster.
With ``--rules``, two batches with the rules as asked and nothing timed: two valgrind
runs differ only in the rules, so the difference of their instruction counts, divided
by 60, is the rules' cost per cluster.
"""

from __future__ import annotations

import argparse
import functools
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duc", type=Path, default=DUC)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--rules", choices=("on", "off"), help="run two batches, time nothing")
    args = ap.parse_args(argv)

    from newsbrief import order
    from newsbrief.batch import run_batch
    from newsbrief.options import SummaryOptions

    options = SummaryOptions(words=100)
    n = sum(1 for line in args.duc.read_text().splitlines() if line.strip())
    plain = order.order_sentences
    spent = [0.0]

    def timed(on: bool) -> Callable[..., list[int]]:
        run = functools.partial(plain, overview_first=on, names_first=on)

        def call(*a: Any, **k: Any) -> list[int]:
            t0 = time.process_time()
            try:
                return run(*a, **k)
            finally:
                spent[0] += time.process_time() - t0

        return call

    if args.rules:
        on = args.rules == "on"
        order.order_sentences = functools.partial(plain, overview_first=on, names_first=on)  # type: ignore[assignment]
        for _ in range(2):
            run_batch(str(args.duc), io.StringIO(), options)
        return 0
    variants = {"off": timed(False), "on": timed(True)}
    run_batch(str(args.duc), io.StringIO(), options)  # warm: imports, memos of words
    best = {name: (float("inf"), float("inf")) for name in variants}
    for _ in range(args.rounds):
        for name, call in variants.items():
            order.order_sentences = call  # type: ignore[assignment]
            spent[0] = 0.0
            t0 = time.process_time()
            run_batch(str(args.duc), io.StringIO(), options)
            total = time.process_time() - t0
            best[name] = (min(best[name][0], total), min(best[name][1], spent[0]))
    for name, (total, in_order) in best.items():
        print(
            f"rules {name}: batch {1000 * total / n:.2f} ms CPU per cluster, "
            f"order stage {1000 * in_order / n:.3f} ms (best of {args.rounds})"
        )
    (on_total, on_order), (off_total, off_order) = best["on"], best["off"]
    print(
        f"the rules cost: batch +{1000 * (on_total - off_total) / n:.2f} ms, "
        f"order stage +{1000 * (on_order - off_order) / n:.3f} ms per cluster"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
