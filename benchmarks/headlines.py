"""How well a story's title (the digest headline) says what the story is, on DUC 2003.

DUC articles carry no titles, so every story's title comes from its sentences. For each
of the 30 task-2 clusters this summarizes the story (100 words, the default method), makes
its title with each candidate rule, and scores the title against the cluster's four human
summaries: the share of the title's content words (stemmed, stop words out) that at least
two of the four humans used (``agree``: is it about what people found central?), and the
share found in any of them (``any``). Rules are compared on the odd-numbered clusters
(development) and reported on the even ones too (never looked at while choosing).

    python benchmarks/headlines.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from statistics import mean

import newsbrief
from newsbrief.eligible import is_eligible
from newsbrief.model import Summary
from newsbrief.render import _shorten, clause_trim, rank_titles, story_heading
from newsbrief.segment import split_sentences
from newsbrief.text import content_stems

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "duc2003" / "task2.jsonl"


def first_sentence(summary: Summary) -> str:
    """The rule before this change: the first summary sentence cut at 12 words."""
    return _shorten(summary.sentences[0].text) if summary.sentences else ""


def most_central(summary: Summary) -> str:
    return story_heading(summary).title


def _central(texts: list[str], summary: Summary) -> str:
    ranked = rank_titles(summary.articles, [(t, clause_trim(t)) for t in texts])
    return ranked[0][0] if ranked else ""


def central_lede(summary: Summary) -> str:
    """An alternative: each article's lede (first sentence fit for a summary)."""
    ledes = []
    for a in summary.articles:
        lede = next((s.text for s in split_sentences(a) if is_eligible(s)), None)
        if lede:
            ledes.append(lede)
    return _central(ledes, summary)


def central_of_both(summary: Summary) -> str:
    ledes = [central_lede(Summary(summary.story_id, (), (a,))) for a in summary.articles]
    return _central(
        [t.rstrip("…") for t in ledes if t] + [s.text for s in summary.sentences], summary
    )


RULES: dict[str, Callable[[Summary], str]] = {
    "first summary sentence, 12 words (before)": first_sentence,
    "most central summary sentence (new: story_heading)": most_central,
    "most central lede": central_lede,
    "most central of ledes and summary sentences": central_of_both,
}


def score(title: str, refs: list[str]) -> tuple[float, float]:
    words = set(content_stems(title))
    if not words:
        return 0.0, 0.0
    ref_sets = [set(content_stems(r)) for r in refs]
    agree = sum(1 for w in words if sum(w in r for r in ref_sets) >= 2) / len(words)
    anyone = sum(1 for w in words if any(w in r for r in ref_sets)) / len(words)
    return agree, anyone


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="print every title")
    args = ap.parse_args()
    stories = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rows: dict[str, dict[str, list[tuple[float, float, int]]]] = {
        r: {"dev": [], "held": []} for r in RULES
    }
    for k, story in enumerate(stories):
        part = "dev" if k % 2 == 0 else "held"  # clusters 1, 3, 5, ... develop
        summary = newsbrief.summarize(story["documents"], words=100, analysis=False)
        for name, rule in RULES.items():
            title = rule(summary)
            a, b = score(title, story["references"])
            rows[name][part].append((a, b, len(title.split())))
            if args.show:
                print(f"{story['id']} [{name[:12]}] {title}")
    print("| rule | dev agree | dev any | held-out agree | held-out any | words |")
    print("|---|---|---|---|---|---|")
    for name, parts in rows.items():
        d, h = parts["dev"], parts["held"]
        print(
            f"| {name} | {mean(x[0] for x in d):.3f} | {mean(x[1] for x in d):.3f} "
            f"| {mean(x[0] for x in h):.3f} | {mean(x[1] for x in h):.3f} "
            f"| {mean(x[2] for x in d + h):.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
