"""What attribution adds to summarizing a story, in milliseconds (one process, one core).

For each 10-article DUC 2003 story (``../shared/data/duc2003/task2.jsonl``; falls back to
the bundled example) the story is prepared and summarized to 100 words as ``newsbrief
summarize`` does, then timed separately:

* ``index``: content words of every sentence of the story (once per story; the other
  facts of a sentence are read when a claim first aligns with it);
* ``attribute``: attributing the 100-word summary's sentences against all articles;
* ``analysis``: everything ``summarize`` adds (supports + coverage, disagreements, the
  story's shared/single-source facts), without and with ``--quotes``.

``index + attribute`` is the cost of attributing a 100-word summary (target: <= 300 ms, issue 11).

    taskset -c 0 python benchmarks/attribution_speed.py [--stories N] [--json OUT]
        [--budget-only]         # time index + attribute only (five runs fit in minutes)
        [--set clauses=0 ...]   # a constant overridden, as in attribution_real_eval.py
        [--set parse=1]         # with the [parse] extra's dependency parse (cold cache)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def _stories(limit: int) -> list[list[dict]]:
    if DUC.exists():
        lines = DUC.read_text(encoding="utf-8").splitlines()[:limit]
        return [json.loads(x)["documents"] for x in lines]
    folder = ROOT / "examples" / "baghdadi-mosul"
    return [[{"id": p.stem, "text": p.read_text()} for p in sorted(folder.glob("*.txt"))]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--stories", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=3, help="best of N per story")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument(
        "--budget-only",
        action="store_true",
        help="time only what the budget counts (index + attribute), not summarize's analysis",
    )
    ap.add_argument(
        "--semantic",
        nargs="?",
        const="",
        metavar="MODEL",
        help="also time attribution with the [semantic] extra (first run, cold cache)",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a constant of newsbrief.attribution.config (as the eval's --set)",
    )
    args = ap.parse_args(argv)
    if args.set:
        from attribution_real_eval import apply_overrides

        apply_overrides(args.set)

    from newsbrief.api import prepare, summarize_prepared
    from newsbrief.attribution import attribute_prepared
    from newsbrief.attribution import config as attribution_config
    from newsbrief.attribution import parse as attribution_parse
    from newsbrief.attribution.align import StoryIndex
    from newsbrief.attribution.analysis import analyse
    from newsbrief.options import SummaryOptions

    parsing = bool(attribution_config.get().parse)
    if parsing:
        # the [parse] extra: the model loads once per process (timed apart); every
        # repeat below starts with an empty parse cache, so each story pays its parses
        t0 = time.perf_counter()
        attribution_parse.parse("The model loads once.")
        print(f"parse model load: {(time.perf_counter() - t0) * 1000:.0f} ms (once per process)")
    opts = SummaryOptions(words=100).validate()
    rows: dict[str, list[float]] = {"index": [], "attribute": []}
    if not args.budget_only:
        rows |= {"analysis": [], "quotes": []}
    embeddings = None
    if args.semantic is not None:
        from newsbrief.attribution.semantic import Embeddings

        embeddings = Embeddings(args.semantic or None)
        rows["semantic"] = []
    words: list[int] = []
    arts: list[int] = []
    for docs in _stories(args.stories):
        prepared = prepare(docs)
        summary = summarize_prepared(prepared, opts)
        best = {k: float("inf") for k in rows}
        for _ in range(args.repeat):
            if parsing:
                attribution_parse._CACHE.clear()
            t0 = time.perf_counter()
            index = StoryIndex(prepared.articles, prepared.sentences)
            t1 = time.perf_counter()
            attribute_prepared(index, summary.sentences)
            t2 = time.perf_counter()
            if not args.budget_only:
                analyse(summary)
            t3 = time.perf_counter()
            if not args.budget_only:
                analyse(summary, quotes=True)
            t4 = time.perf_counter()
            for k, v in (
                ("index", t1 - t0),
                ("attribute", t2 - t1),
                ("analysis", t3 - t2),
                ("quotes", t4 - t3),
            ):
                if k in best:
                    best[k] = min(best[k], v * 1000)
        if embeddings is not None:
            embeddings._cache.clear()
            t0 = time.perf_counter()
            sem_index = StoryIndex(prepared.articles, prepared.sentences, semantic=embeddings)
            attribute_prepared(sem_index, summary.sentences)
            best["semantic"] = (time.perf_counter() - t0) * 1000
        for k in rows:
            rows[k].append(best[k])
        words.append(sum(len(a.text.split()) for a in prepared.articles))
        arts.append(len(prepared.articles))
    report = {
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "stories": len(words),
        "articles_mean": statistics.mean(arts),
        "words_mean": statistics.mean(words),
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
    }
    print(
        f"{len(words)} stories, {report['articles_mean']:.1f} articles and "
        f"{report['words_mean']:.0f} words each; 100-word summaries; ms per story "
        f"(peak memory {report['peak_rss_mib']:.0f} MiB):"
    )
    print(f"{'stage':<34}{'mean':>8}{'median':>8}{'max':>8}")
    labels = {
        "index": "index the story",
        "attribute": "attribute the summary",
        "analysis": "summarize's analysis (all)",
        "quotes": "analysis with --quotes",
        "semantic": "index + attribute, --semantic",
    }
    total = [a + b for a, b in zip(rows["index"], rows["attribute"], strict=True)]
    for key, values in [*rows.items(), ("index+attribute", total)]:
        report[key] = {
            "mean": statistics.mean(values),
            "median": statistics.median(values),
            "max": max(values),
        }
        label = labels.get(key, "index + attribute (the budget)")
        print(
            f"{label:<34}{statistics.mean(values):>8.1f}{statistics.median(values):>8.1f}"
            f"{max(values):>8.1f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
