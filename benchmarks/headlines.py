"""How well a story's title (the digest headline) says what the story is, on DUC 2003.

DUC articles carry no titles, so every story's title comes from its sentences. For each
of the 30 task-2 clusters this summarizes the story (100 words, the default method), makes
its title with each candidate rule, and scores the title against the cluster's four human
summaries: the share of the title's content words (stemmed, stop words out) that at least
two of the four humans used (``agree``: is it about what people found central?), and the
share found in any of them (``any``). Rules are compared on the odd-numbered clusters
(development) and reported on the even ones too (held out at first; read since, so
now development figures as well: docs/cli.md says which round saw what).

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
from newsbrief.model import Summary
from newsbrief.render import (
    _shorten,
    ledes,
    rank_titles,
    reaches_main_verb,
    sentence_title,
    story_heading,
)
from newsbrief.text import content_stems

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "duc2003" / "task2.jsonl"


def first_sentence(summary: Summary) -> str:
    """The first rule: the first summary sentence cut at 12 words."""
    return _shorten(summary.sentences[0].text) if summary.sentences else ""


def _central(summary: Summary, texts: list[str], news_first: bool) -> str:
    ranked = rank_titles(
        summary.articles, [(t, sentence_title(t)) for t in texts], news_first=news_first
    )
    return ranked[0][0] if ranked else ""


def _sentences(summary: Summary) -> list[str]:
    return [s.text for s in summary.sentences]


def central_sentence(summary: Summary) -> str:
    """The rule before the news-first round: the most central summary sentence."""
    return _central(summary, _sentences(summary), news_first=False)


def central_sentence_news(summary: Summary) -> str:
    return _central(summary, _sentences(summary), news_first=True)


def central_lede(summary: Summary) -> str:
    """Each article's lede (first sentence fit for a summary) only."""
    return _central(summary, ledes(summary.articles), news_first=True)


def central_of_both(summary: Summary) -> str:
    return _central(summary, _sentences(summary) + ledes(summary.articles), news_first=False)


def central_of_both_news(summary: Summary) -> str:
    """Every lede, even one cut before its main verb; no-event sentences last."""
    return _central(summary, _sentences(summary) + ledes(summary.articles), news_first=True)


def before_reading(summary: Summary) -> str:
    """``story_heading`` before the briefing round: no state counted as no event, and
    announcements, pro-forms at the end and unintroduced descriptions not ranked last."""
    candidates = [(s.text, sentence_title(s.text)) for s in summary.sentences]
    for lede in ledes(summary.articles):
        title = sentence_title(lede)
        if reaches_main_verb(title):
            candidates.append((lede, title))
    ranked = rank_titles(summary.articles, candidates, reading=False)
    return ranked[0][0] if ranked else ""


def story_title(summary: Summary) -> str:
    """What ``story_heading`` gives: summary sentences and the ledes whose title reaches
    its main verb, no-event ones last."""
    return story_heading(summary).title


RULES: dict[str, tuple[str, Callable[[Summary], str]]] = {
    "first summary sentence, 12 words (first rule)": ("first", first_sentence),
    "most central summary sentence (before)": ("sent", central_sentence),
    "most central summary sentence, no-event sentences last": ("sent+news", central_sentence_news),
    "most central article lede, no-event sentences last": ("lede+news", central_lede),
    "most central of ledes and summary sentences": ("both", central_of_both),
    "most central of ledes and summary sentences, no-event sentences last": (
        "both+news",
        central_of_both_news,
    ),
    "same, a lede only when its title reaches its main verb": ("verb", before_reading),
    "same, states as no event; announcements, pro-forms, unintroduced descriptions last (now)": (
        "now",
        story_title,
    ),
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
        for name, (label, rule) in RULES.items():
            title = rule(summary)
            a, b = score(title, story["references"])
            rows[name][part].append((a, b, len(title.split())))
            if args.show:
                print(f"{story['id']} [{label}] {title}")
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
