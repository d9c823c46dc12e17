"""Digest headlines on the 30 DUC 2003 task 2 stories, as ``newsbrief digest`` makes them
(news first, the briefing's order, 100 words): how many a reader would find said twice
(a headline cut "…" from a summary sentence printed in full below it), and how well the
headlines agree with the four human summaries (``benchmarks/headlines.py``'s score:
**agree** is the share of the headline's content words at least two of the four humans
used, **any** the share any of them used), odd clusters (dev) and even ones apart.

    python benchmarks/digest_headlines.py [--data ../shared/data/duc2003/task2.jsonl]
        [--show]

About 40 s of CPU. To compare with an earlier rule, run it at that commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from statistics import mean

import newsbrief
from newsbrief.stories.digest import _headline, without_headline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.headlines import DATA, score


def said_twice(headline: str, sentences: list[str]) -> bool:
    """Whether a cut headline's words open a sentence printed below it."""
    if not headline.endswith("…"):
        return False
    start = " ".join(headline[:-1].split())
    return any(" ".join(s.split()).startswith(start) for s in sentences)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="print every headline")
    args = ap.parse_args()
    stories = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    parts: dict[str, list[tuple[float, float, int]]] = {"dev": [], "even": []}
    twice = 0
    for k, story in enumerate(stories):
        summary = newsbrief.summarize(
            story["documents"], words=100, briefing=True, latest_first=True, analysis=False
        )
        headline = _headline(summary, latest_first=True)
        body = [s.text for s in without_headline(summary, headline).sentences]
        twice += said_twice(headline, body)
        a, b = score(headline, story["references"])
        parts["dev" if k % 2 == 0 else "even"].append((a, b, len(headline.split())))
        if args.show:
            print(f"{story['id']}: {headline}")
    d, e = parts["dev"], parts["even"]
    print("| stories | said twice | dev agree | dev any | even agree | even any | words |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {len(stories)} | {twice} | {mean(x[0] for x in d):.3f} | {mean(x[1] for x in d):.3f} "
        f"| {mean(x[0] for x in e):.3f} | {mean(x[1] for x in e):.3f} "
        f"| {mean(x[2] for x in d + e):.1f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
