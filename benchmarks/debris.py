"""How much page debris reaches summaries: % of summary sentences that are debris.

    python benchmarks/debris.py [--duc ../shared/data/duc2003/task2.jsonl] [--json OUT]

Three sets, each summarized at 100 and 250 words with the default method:

* ``pages``: ``tests/data/pages/furniture/stories.jsonl``, stories written for this test,
  laid out like scraped pages (bylines with dates, datelines, media-player and gallery
  captions, newsletter prompts, agency credit lines, and a site notice repeated on every
  page of both stories). Each story lists its debris strings: a summary sentence holding
  one is debris.
* ``seeds``: the two scraped seed articles (``examples/baghdadi-mosul``) with furniture
  of every kind above inserted where sites put it (after the headline, between
  paragraphs, at the end), plus their own hand-labelled debris (benchmarks/cleaning.py).
* ``dev``: the DUC 2003 clusters (wire copy, no labels): the shape detector below, the
  same one applied to the human reference summaries for comparison.

The detector (``detect``) is written independently of ``clean.py``'s rules, by kind:
media/gallery text, newsletter and subscription prompts, credit lines, bylines with a
date, a dateline left at the start of a sentence, and cross-story furniture (a sentence
found verbatim in articles of three or more stories of the set).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsbrief.api import prepare, summarize_prepared
from newsbrief.furniture import FurnitureIndex, sentence_key
from newsbrief.options import SummaryOptions
from newsbrief.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages" / "furniture" / "stories.jsonl"
EXAMPLE = ROOT / "examples" / "baghdadi-mosul"
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))

KINDS = {
    "media": re.compile(
        r"media (?:playback|caption)|image \d+ of \d+|close image|\bembed\b|"
        r"listen to this|video player|slideshow|\bgallery\b",
        re.I,
    ),
    "prompt": re.compile(
        r"newsletters?\b|subscribe|sign up|click here|read more|follow us|download (?:our|the) app",
        re.I,
    ),
    "credit": re.compile(
        r"\((?:reporting|writing|editing)\b|\bediting by\b|\(ap photo|getty images|"
        r"contributed to this report|all rights reserved",
        re.I,
    ),
    "byline": re.compile(r"^by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*[·|,•—-]\s*\S", re.I),
    "dateline": re.compile(
        r"^[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3},?\s*(?:\([A-Za-z]+\)\s*)?[—–_-]{1,2}\s"
    ),
}

# Furniture inserted into the seed pages: one line of each kind, written for this test.
SEED_FURNITURE = {
    "after_title": [
        "By Dana Rivers · Nov. 3, 2016 | 9:14 a.m. ET",
        "Media playback is unsupported on your device Media caption Fighters gather near Mosul",
    ],
    "middle": [
        "Image 3 of 7 Caption Close Image",
        "You must select a newsletter to subscribe to.",
    ],
    "end": [
        "(Reporting By Dana Rivers; Editing by Sam Cole)",
        "View all World News newsletters.",
        "EMBED More News Videos",
    ],
}


def detect(sentence: str) -> str | None:
    """The kind of debris a sentence is, or None."""
    for kind, rx in KINDS.items():
        if rx.search(sentence):
            return kind
    return None


def seed_pages() -> tuple[list[dict[str, str]], list[str]]:
    from cleaning import SEED_DEBRIS

    docs = []
    labels: list[str] = [line for lines in SEED_FURNITURE.values() for line in lines]
    for path in sorted(EXAMPLE.glob("*.txt")):
        paras = [p for p in path.read_text().split("\n\n") if p.strip()]
        mid = len(paras) // 2
        paras = [
            paras[0],
            *SEED_FURNITURE["after_title"],
            *paras[1:mid],
            *SEED_FURNITURE["middle"],
            *paras[mid:],
            *SEED_FURNITURE["end"],
        ]
        docs.append({"id": path.stem, "text": "\n\n".join(paras)})
        labels += SEED_DEBRIS.get(path.name, [])
    return docs, labels


def summarize_story(docs: list[dict[str, str]], words: int, fill: bool = False) -> list[str]:
    prepared = prepare(docs)
    summary = summarize_prepared(prepared, SummaryOptions(words=words, fill=fill))
    return [s.text for s in summary.sentences]


def labelled(sets: list[tuple[list[dict[str, str]], list[str]]], words: int) -> dict[str, object]:
    n = bad = 0
    found: list[str] = []
    for docs, labels in sets:
        for text in summarize_story(docs, words):
            n += 1
            if any(lab.lower() in text.lower() for lab in labels) or detect(text):
                bad += 1
                found.append(text)
    return {
        "sentences": n,
        "debris": bad,
        "percent": round(100 * bad / max(n, 1), 2),
        "examples": found[:5],
    }


def dev_report(path: Path, words: int) -> dict[str, object]:
    stories = [json.loads(line) for line in path.open() if line.strip()]
    index = FurnitureIndex()
    for st in stories:
        index.add_story(
            s.text for a in prepare(st["documents"]).articles for s in split_sentences(a)
        )
    furniture = index.furniture_keys()
    kinds: Counter[str] = Counter()
    ref_kinds: Counter[str] = Counter()
    n = n_ref = 0
    for st in stories:
        for text in summarize_story(st["documents"], words, fill=True):
            n += 1
            kind = detect(text) or ("furniture" if sentence_key(text) in furniture else None)
            if kind:
                kinds[kind] += 1
        for ref in st.get("references", []):
            for line in re.split(r"(?<=[.!?])\s+", ref):
                if line.strip():
                    n_ref += 1
                    kind = detect(line)
                    if kind:
                        ref_kinds[kind] += 1
    return {
        "summary_sentences": n,
        "debris": sum(kinds.values()),
        "percent": round(100 * sum(kinds.values()) / max(n, 1), 2),
        "kinds": dict(kinds),
        "reference_sentences": n_ref,
        "reference_percent": round(100 * sum(ref_kinds.values()) / max(n_ref, 1), 2),
        "reference_kinds": dict(ref_kinds),
        "cross_story_furniture_sentences": len(furniture),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duc", default=str(DUC))
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    pages = [json.loads(line) for line in PAGES.open() if line.strip()]
    page_sets = [(p["documents"], p["debris"]) for p in pages]
    report: dict[str, object] = {}
    for words in (100, 250):
        report[f"pages@{words}"] = labelled(page_sets, words)
        report[f"seeds@{words}"] = labelled([seed_pages()], words)
    if Path(args.duc).exists():
        report["dev@100"] = dev_report(Path(args.duc), 100)
    for k, v in report.items():
        print(k, json.dumps(v))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
