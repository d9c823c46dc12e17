"""How far into an article developments and stale counts are read, on DUC 2003.

    python benchmarks/developments_reach.py [STORIES.jsonl] [--limit N ...]

1. The development lines of every cluster with points read from each article's first
   ``--limit`` sentences (default 5, the module's ``LEAD_SENTENCES``, and 1000: whole
   articles), printed where they differ: why the lines stay read from leads.
2. On the first-K subsets (K = 2..5: dated stories of 2-5 articles, the ones the
   selector aligns), the statements ``developments.stale_statements`` lists beyond the
   lines' own points: what reading stale counts from whole articles adds.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsbrief.attribution.developments as dev
from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2003" / "task2.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, action="append", default=[])
    args = ap.parse_args()
    limits = args.limit or [dev.LEAD_SENTENCES, 1000]
    with open(args.stories, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f]
    lead = dev.LEAD_SENTENCES
    differ = 0
    for c in clusters:
        p = prepare(c["documents"])
        lines = []
        for n in limits:
            dev.LEAD_SENTENCES = n
            index = StoryIndex(p.articles, p.sentences)
            lines.append([dev.describe(d) for d in dev.story_developments(index)])
        dev.LEAD_SENTENCES = lead
        if any(x != lines[0] for x in lines):
            differ += 1
            print(c["id"])
            for n, got in zip(limits, lines, strict=True):
                print(f"  {n}: {got}")
    print(f"lines differ in {differ} of {len(clusters)} clusters ({limits})")
    stale = beyond = 0
    for k in (2, 3, 4, 5):
        for c in clusters:
            p = prepare(c["documents"][:k])
            index = StoryIndex(p.articles, p.sentences)
            for d, old in dev.stale_statements(index):
                points = {(q.article_id, q.start) for q in d.points}
                for q in old:
                    stale += 1
                    if (q.article_id, q.start) not in points:
                        beyond += 1
                        print(f"  {c['id']}/first{k}: {q.article_id} {q.value!r} (not a point)")
    print(f"first-K stale statements: {stale}, of which not a line point: {beyond}")


if __name__ == "__main__":
    main()
