"""How much body text does cleaning keep, and how much debris does it remove?

Measured on (1) the DUC 2003 wire articles, which carry almost no page debris, so every
removed paragraph there is a candidate false positive (printed for inspection), and (2) the
two scraped seed articles, whose debris and body paragraphs are labelled below by hand.

    python benchmarks/cleaning.py [--duc ../shared/data/duc2003/task2.jsonl] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsbrief.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baghdadi-mosul"

# Hand labels for the seed articles: paragraphs (by their first words) that are debris.
SEED_DEBRIS = {
    "fox-news.txt": ["More on this", "The Associated Press contributed", "Click here", "Load more"],
    "nbc-news.txt": [
        "Breaking News Emails",
        "Get breaking news",
        "/ Updated",
        "By Alex Johnson",
        "ISIS leader Abu Bakr al-Baghdadi in an image",
        "Lisa McNally",
    ],
}


def seed_report() -> dict[str, float]:
    body_total = body_kept = debris_total = debris_removed = 0
    for name, debris in SEED_DEBRIS.items():
        raw = (EXAMPLE / name).read_text()
        cleaned = clean_text(raw)
        paragraphs = [
            p.strip() for p in raw.splitlines() if p.strip() and p.strip() != cleaned.title
        ]
        for p in paragraphs:
            is_debris = any(p.startswith(d) for d in debris)
            kept = p in cleaned.text or p.replace("''", '"').replace("``", '"') in cleaned.text
            if is_debris:
                debris_total += 1
                debris_removed += not kept
            else:
                body_total += 1
                body_kept += kept
    return {
        "body_paragraphs": body_total,
        "body_kept": body_kept,
        "debris_paragraphs": debris_total,
        "debris_removed": debris_removed,
    }


def duc_report(path: Path) -> dict[str, object]:
    total = removed = 0
    removed_lines: list[str] = []
    for line in path.open():
        story = json.loads(line)
        for doc in story["documents"]:
            paragraphs = [p for p in doc["text"].splitlines() if p.strip()]
            cleaned = clean_text(doc["text"], detect_title=False)
            total += len(paragraphs)
            removed += len(cleaned.removed)
            removed_lines += [r[:80] for r in cleaned.removed]
    return {
        "paragraphs": total,
        "removed": removed,
        "kept_share": 1 - removed / max(total, 1),
        "removed_lines": removed_lines,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duc", default=str(ROOT.parent / "shared/data/duc2003/task2.jsonl"))
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    result: dict[str, object] = {"seeds": seed_report()}
    if Path(args.duc).exists():
        result["duc2003"] = duc_report(Path(args.duc))
    seeds = result["seeds"]
    print(
        f"seeds: body paragraphs kept {seeds['body_kept']}/{seeds['body_paragraphs']}, "
        f"debris removed {seeds['debris_removed']}/{seeds['debris_paragraphs']}"
    )
    if "duc2003" in result:
        duc = result["duc2003"]
        assert isinstance(duc, dict)
        print(
            f"duc2003: {duc['paragraphs']} paragraphs, {duc['removed']} removed "
            f"({100 * duc['kept_share']:.2f}% kept); removed: {duc['removed_lines']}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
