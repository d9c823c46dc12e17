"""How the store's stories depend on how the stream is cut into updates (docs/stories.md,
Quality, "Chunk size").

    python benchmarks/cluster_chunks.py                      # about 5 minutes on 2 cores
    python benchmarks/cluster_chunks.py --chunks 1,50 --halves 4
    python benchmarks/cluster_chunks.py --only halves-dated --halves-from 0 --halves 6 \
        --chunks 1,10,50 --join-back-share 0.25              # the JOIN_BACK_SHARE sweep
    python benchmarks/cluster_chunks.py --no-attach --join-back-share none  # before both
    python benchmarks/cluster_chunks.py --revive-days 30     # shared passages' bound
    python benchmarks/cluster_chunks.py --no-passages        # the store before them
    python benchmarks/cluster_chunks.py --no-grouping        # new articles one by one
    python benchmarks/cluster_chunks.py --batch-import-min 2 --chunks 5,10,25
    python benchmarks/cluster_chunks.py --span-share 0       # the fixed time scale
    python benchmarks/cluster_chunks.py --wait-days none     # no waiting joins (before stG)
    python benchmarks/cluster_chunks.py --silence-split on   # batch's cut and the store's side
    python benchmarks/cluster_chunks.py --silence-split on --wait-silence-days none  # before stJ

``--join-back-share`` sets store.JOIN_BACK_SHARE for the run ("none": one-sided joins, as
a batch joins); ``--no-attach`` stores without attaching lone articles at re-scoring
(engine.Engine.merge's ``attach``); ``--revive-days`` sets store.PASSAGE_REVIVE_DAYS
(how long stored articles' passages stay indexed) and ``--no-passages`` turns the
store's shared-passage links off (store.PASSAGES); ``--only`` keeps some columns (all-dated,
all-hidden, all-arrival, halves-dated, halves-hidden, first-60); ``--no-grouping`` stores
an update's new articles one by one, as before they were grouped as batch groups them
(store.GROUP_NEW); ``--batch-import-min`` sets store.BATCH_IMPORT_MIN (the smallest
first import into an empty store that cluster.assign_batch groups); ``--span-share`` sets
engine.SPAN_SHARE (how much of a story's span its time scale grows by; 0: the fixed
30 days, as before the s23 span round), for batch and store alike; ``--wait-days`` sets
store.JOIN_WAIT_DAYS (how long a weak join of an update of one dated article waits;
"none": it joins at once, as before the stG round); ``--silence-split`` sets
cluster.SILENCE_SPLIT ("on" / "off": batch's cut at the longest silence and, with it, the
store's merges held across a silence, store._silence, and its weak joins across a
silence in updates of several articles waiting); ``--wait-silence-days`` sets
store.JOIN_WAIT_SILENCE_DAYS ("none": off, as before the s34 stJ round).

DUC 2003 in time order (dates known), with dates hidden (ids without dates, random
order: ``cluster_quality.undated``, the mean of seeds 1-3 for all 30 stories, seed 1 for
the halves) and without dates in arrival order (ids that sort in publication order:
``cluster_quality.undated_arrival``), fed to a new store in updates of
1, 5, 10, 25, 50 and 100 articles, on all 30 stories and on 15-story halves (6 random
halvings, both halves: ``cluster_gap.halves``), and on the first 60 articles of the
file (six topics: a small first import, the case a reviewer found), against batch on the
same articles.
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

from newsbrief.stories import cluster as cluster_mod  # noqa: E402
from newsbrief.stories import engine as engine_mod  # noqa: E402
from newsbrief.stories import store as store_mod  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD, Engine  # noqa: E402

CHUNKS = (1, 5, 10, 25, 50, 100)
COLUMNS = {
    "all-dated": "all 30, dated",
    "all-hidden": "all 30, dates hidden",
    "all-arrival": "all 30, undated arrival order",
    "halves-dated": "halves, dated",
    "halves-hidden": "halves, dates hidden",
    "first-60": "first 60, dated",
}


def store_rules(back_share: str | None, attach: bool) -> None:
    """Set the store's join rule and attaching for this process (the variants of
    docs/stories.md, Store against batch)."""
    if back_share is not None:
        store_mod.JOIN_BACK_SHARE = None if back_share == "none" else float(back_share)  # type: ignore[assignment]
    if not attach:
        merge = Engine.merge

        def no_attach(self: Engine, attach: bool = False) -> list[tuple[int, int]]:
            return merge(self, attach=False)

        Engine.merge = no_attach  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chunks", default=",".join(map(str, CHUNKS)))
    ap.add_argument("--halves", type=int, default=12, help="how many of the 12 halves")
    ap.add_argument("--halves-from", type=int, default=0, help="the first half (0-11)")
    ap.add_argument("--only", help="columns, comma-separated: " + ", ".join(COLUMNS))
    ap.add_argument("--join-back-share", help="store.JOIN_BACK_SHARE for this run, or none")
    ap.add_argument("--no-attach", action="store_true", help="no attaching at re-scoring")
    ap.add_argument("--revive-days", type=float, help="store.PASSAGE_REVIVE_DAYS for this run")
    ap.add_argument("--no-passages", action="store_true", help="no shared-passage links")
    ap.add_argument(
        "--no-grouping", action="store_true", help="new articles stored one by one (before)"
    )
    ap.add_argument("--batch-import-min", type=int, help="store.BATCH_IMPORT_MIN for this run")
    ap.add_argument("--span-share", type=float, help="engine.SPAN_SHARE for this run")
    ap.add_argument("--join-span-share", help="store.JOIN_SPAN_SHARE for this run, or none")
    ap.add_argument("--wait-days", help="store.JOIN_WAIT_DAYS for this run, or none (off)")
    ap.add_argument("--silence-split", choices=("on", "off"), help="cluster.SILENCE_SPLIT")
    ap.add_argument("--no-silence-hold", action="store_true", help="store.SILENCE_HOLD off")
    ap.add_argument(
        "--wait-silence-days",
        help="store.JOIN_WAIT_SILENCE_DAYS for this run, or none (off; acts with the cut on)",
    )
    args = ap.parse_args()
    if args.wait_silence_days is not None:
        store_mod.JOIN_WAIT_SILENCE_DAYS = (
            None if args.wait_silence_days == "none" else float(args.wait_silence_days)
        )  # type: ignore[assignment]
    if args.no_silence_hold:
        store_mod.SILENCE_HOLD = False
    if args.silence_split is not None:
        cluster_mod.SILENCE_SPLIT = args.silence_split == "on"
    if args.wait_days is not None:
        store_mod.JOIN_WAIT_DAYS = None if args.wait_days == "none" else float(args.wait_days)  # type: ignore[assignment]
    if args.span_share is not None:
        engine_mod.SPAN_SHARE = args.span_share
    if args.join_span_share is not None:
        store_mod.JOIN_SPAN_SHARE = (
            None if args.join_span_share == "none" else float(args.join_span_share)
        )  # type: ignore[assignment]
    if args.no_grouping:
        store_mod.GROUP_NEW = False
    if args.batch_import_min is not None:
        store_mod.BATCH_IMPORT_MIN = args.batch_import_min
    store_rules(args.join_back_share, not args.no_attach)
    if args.revive_days is not None:
        store_mod.PASSAGE_REVIVE_DAYS = args.revive_days
    if args.no_passages:
        store_mod.PASSAGES = False
    chunks = [int(c) for c in args.chunks.split(",")]
    th = DEFAULT_THRESHOLD
    mix = duc()
    half_mixes = [subset(mix, h) for h in halves(sorted({g for _, g in mix}))]
    half_mixes = half_mixes[args.halves_from : args.halves_from + args.halves]
    wanted = set(COLUMNS) if args.only is None else set(args.only.split(","))
    if wanted - set(COLUMNS):
        ap.error(f"--only: unknown column {sorted(wanted - set(COLUMNS))[0]!r}")
    columns = {
        "all-dated": lambda: [mix],
        "all-hidden": lambda: [undated(mix, seed) for seed in (1, 2, 3)],
        "all-arrival": lambda: [undated_arrival(mix)],
        "halves-dated": lambda: half_mixes,
        "halves-hidden": lambda: [undated(m, 1) for m in half_mixes],
        "first-60": lambda: [mix[:60]],
    }
    settings = {COLUMNS[k]: make() for k, make in columns.items() if k in wanted}
    passages = "off"  # absent in older sources
    if getattr(store_mod, "PASSAGES", False):
        passages = f"on (indexed {store_mod.PASSAGE_REVIVE_DAYS:g} days)"
    print(
        f"JOIN_BACK_SHARE {store_mod.JOIN_BACK_SHARE}, attach {'off' if args.no_attach else 'on'},"
        f" shared passages {passages},"
        f" new articles grouped {'on' if getattr(store_mod, 'GROUP_NEW', False) else 'off'},"
        f" halves {args.halves_from}-{args.halves_from + len(half_mixes) - 1},"
        f" span share {getattr(engine_mod, 'SPAN_SHARE', 0.0):g},"
        f" in joins {getattr(store_mod, 'JOIN_SPAN_SHARE', 0.0)},"
        f" waiting joins {getattr(store_mod, 'JOIN_WAIT_DAYS', None)} days,"
        f" silence cut {'on' if getattr(cluster_mod, 'SILENCE_SPLIT', False) else 'off'}\n"
    )
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
