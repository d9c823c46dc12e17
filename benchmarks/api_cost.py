"""What the analysis costs on top of the summary, per story, through the public API.

    python benchmarks/api_cost.py [--duc PATH] [--stories N]

For each DUC 2003 task-2 cluster: ``newsbrief.summarize`` with ``analysis=False`` (what
``batch`` runs), with the analysis (the default: supports, disagreements, facts,
developments) and with ``quotes=True`` (what ``summarize --quotes`` runs); one core, warm.
Prints median and total milliseconds per setting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import newsbrief

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duc", type=Path, default=DUC)
    ap.add_argument("--stories", type=int, default=30)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.duc.read_text().splitlines() if line.strip()]
    stories = [
        newsbrief.Story(
            r["id"], tuple(newsbrief.Article(d["id"], d["text"]) for d in r["documents"])
        )
        for r in rows[: args.stories]
    ]
    newsbrief.summarize(stories[0])  # warm: imports, lexicons
    settings = {
        "summary only (analysis=False)": {"analysis": False},
        "with analysis (default)": {},
        "with analysis and quotes": {"quotes": True},
    }
    print(f"{len(stories)} stories, 100 words, one core, warm")
    for name, kwargs in settings.items():
        times = []
        for story in stories:
            t0 = time.perf_counter()
            newsbrief.summarize(story, **kwargs)  # type: ignore[arg-type]
            times.append(1000 * (time.perf_counter() - t0))
        print(
            f"{name:32} median {statistics.median(times):7.1f} ms  "
            f"max {max(times):7.1f} ms  total {sum(times) / 1000:6.2f} s"
        )


if __name__ == "__main__":
    main()
