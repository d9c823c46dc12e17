"""Where batch clustering goes wrong on DUC 2003: the gold topics it splits and merges.

    python benchmarks/cluster_errors.py [--threshold 1.25] [--undated SEED] [--no-passages]

Prints ids, dates, sizes and scores only (DUC 2003 is research-licensed: no article
text is printed). For every gold topic spread over more than one story, each part (its
article ids, publication days) and the affinity between the parts (the merge rule's:
the lower of the two directions' mean standardised article affinity, with and without
the time discount); for every story holding more than one gold topic, each topic's
articles in it and the affinity that holds them together. Development data: the DUC
topics are the set every constant was tuned on (docs/stories.md, Batch errors).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import duc, scores, undated  # noqa: E402

from newsbrief.stories.cluster import (  # noqa: E402
    PASSAGE_MAX_DOCS,
    PASSAGE_STEMS,
    _background,
    _parsed_counts,
    assign_batch,
    shared_passages,
    story_features,
)
from newsbrief.stories.docs import stable_order, to_docs  # noqa: E402
from newsbrief.stories.engine import (  # noqa: E402
    DEFAULT_THRESHOLD,
    TIME_SCALE_DAYS,
    rows,
    time_discount,
)
from newsbrief.stories.features import DIM  # noqa: E402


def standardised(docs: list, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """z[a, b]: article a's standardised affinity to article b (as assign_batch sees
    them), each article's day (nan when undated), and runs[a, b]: the rare runs of
    PASSAGE_STEMS content stems the two share (cluster.shared_passages, any number)."""
    counts, df, parsed = _parsed_counts(docs)
    links = shared_passages(parsed, PASSAGE_STEMS, 1, PASSAGE_MAX_DOCS)
    runs = np.zeros((len(docs), len(docs))) if links is None else links.toarray()
    x = rows([df.weigh(c) for c in counts])
    order = stable_order(docs)
    mean, sd = _background(x, order)
    keep = story_features(counts, df, x, mean, sd, threshold)
    if len(keep):
        df.story_words = np.zeros(DIM, dtype=bool)
        df.story_words[keep] = True
        x = rows([df.weigh(c) for c in counts])
        mean, sd = _background(x, order)
    cos = (x @ x.T).toarray()
    z = (cos - mean[:, None]) / sd[:, None]
    days = np.array([np.nan if d.day is None else d.day for d in docs])
    return z, days, runs


def affinity(z: np.ndarray, days: np.ndarray, a: list[int], b: list[int]) -> tuple[float, float]:
    """(undiscounted, discounted) merge-rule affinity between two groups of articles."""
    ab = float(z[np.ix_(a, b)].mean())
    ba = float(z[np.ix_(b, a)].mean())
    low = min(ab, ba)
    da, db = days[a], days[b]
    if np.isnan(da).all() or np.isnan(db).all():
        return low, low
    gap = max(np.nanmin(db) - np.nanmax(da), np.nanmin(da) - np.nanmax(db), 0.0)
    span = max(np.nanmax(da) - np.nanmin(da), np.nanmax(db) - np.nanmin(db))
    return low, low / float(time_discount(np.array(gap), span, TIME_SCALE_DAYS))


def shared(runs: np.ndarray, a: list[int], b: list[int]) -> int:
    """The most rare runs any article of ``a`` shares with one of ``b``."""
    return int(runs[np.ix_(a, b)].max())


def span(days: np.ndarray, idx: list[int]) -> str:
    d = days[idx]
    if np.isnan(d).all():
        return "undated"
    lo, hi = (dt.date.fromordinal(int(v)) for v in (np.nanmin(d), np.nanmax(d)))
    return f"{lo}..{hi}" if lo != hi else str(lo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--undated", type=int, help="dates hidden (ids without dates, seed)")
    ap.add_argument(
        "--no-passages",
        action="store_true",
        help="as before issue 12 round c: no shared passages (cluster.PASSAGE_MIN_RUNS = None)",
    )
    args = ap.parse_args()
    if args.no_passages:
        import newsbrief.stories.cluster as cluster_module

        cluster_module.PASSAGE_MIN_RUNS = None
    mix = duc() if args.undated is None else undated(duc(), args.undated)
    docs = to_docs([a for a, _ in mix])
    gold = [g for _, g in mix]
    labels = assign_batch(docs, args.threshold)
    r = scores(labels, gold)
    print(
        f"batch at {args.threshold}: {len(mix)} articles, {len(set(gold))} topics, "
        f"{len(set(labels))} stories; B3 P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f}\n"
    )
    z, days, runs = standardised(docs, args.threshold)
    by_gold: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    by_story: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, (g, s) in enumerate(zip(gold, labels, strict=True)):
        by_gold[g][s].append(i)
        by_story[s][g].append(i)
    size = Counter(gold)

    print(
        "Split gold topics (each part: story, articles, days; affinity to the largest "
        "part, and the most rare runs of stems one of its articles shares with one there)"
    )
    print(
        "| topic | size | parts | part | ids | days | affinity (no discount / discounted) "
        "| shared runs |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for g in sorted(by_gold):
        parts = sorted(by_gold[g].items(), key=lambda p: -len(p[1]))
        if len(parts) < 2:
            continue
        _print_parts(
            parts,
            f"{g} | {size[g]} | {len(parts)}",
            " | | ",
            lambda s, idx: f"{s} ({len(by_story[s])} topics)",
            lambda idx: " ".join(docs[i].id for i in idx),
            lambda idx, main: affinity(z, days, idx, main),
            lambda idx, main: shared(runs, idx, main),
            lambda idx: span(days, idx),
        )

    print("\nMerged stories (each topic's articles in the story; affinity to the largest topic)")
    print(
        "| story | articles | topic | in story / topic size | ids | days | affinity | shared runs |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for s in sorted(by_story, key=lambda s: -sum(len(v) for v in by_story[s].values())):
        parts = sorted(by_story[s].items(), key=lambda p: -len(p[1]))
        if len(parts) < 2:
            continue
        _print_parts(
            parts,
            f"{s} | {sum(len(v) for _, v in parts)}",
            " | ",
            lambda g, idx: f"{g} | {len(idx)} / {size[g]}",
            lambda idx: " ".join(docs[i].id for i in idx),
            lambda idx, main: affinity(z, days, idx, main),
            lambda idx, main: shared(runs, idx, main),
            lambda idx: span(days, idx),
        )


def _print_parts(
    parts: Sequence[tuple[Any, list[int]]],
    head: str,
    blank: str,
    label: Callable[[Any, list[int]], str],
    ids: Callable[[list[int]], str],
    aff: Callable[[list[int], list[int]], tuple[float, float]],
    runs: Callable[[list[int], list[int]], int],
    days: Callable[[list[int]], str],
) -> None:
    """One table row per part; the largest part first, its affinity and runs left empty
    (the others are measured against it)."""
    main_part = parts[0][1]
    for n, (key, idx) in enumerate(parts):
        a = r = ""
        if n:
            a = "{:.2f} / {:.2f}".format(*aff(idx, main_part))
            r = str(runs(idx, main_part))
        print(
            f"| {head if n == 0 else blank} | {label(key, idx)} | {ids(idx)} "
            f"| {days(idx)} | {a} | {r} |"
        )


if __name__ == "__main__":
    main()
