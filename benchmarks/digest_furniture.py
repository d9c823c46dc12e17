"""Cross-story page furniture in digests (docs/stories.md, "Digests").

A digest passes ``furniture=digest_furniture(stories)`` to every summary: sentences printed
verbatim in three or more of the stories at hand. This prints, for the DUC 2003 pile (wire
copy: any sentence found is a false alarm unless it is real furniture) and for the
web-style pages of ``cluster_web_stories`` (made-up stories inside three made-up sites'
furniture): the number of stories, of furniture sentences found, how long finding them
takes, and how many summary sentences (min-sources 1, 100 words) are site furniture with
and without the cross-story check. DUC is read from ../shared at run time, never copied.

    python benchmarks/digest_furniture.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
sys.path.insert(0, str(ROOT))


def _duc() -> list[dict[str, str]]:
    seen: set[str] = set()
    out = []
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            for d in json.loads(line)["documents"]:
                if d["id"] not in seen:
                    seen.add(d["id"])
                    out.append({"id": d["id"], "text": d["text"]})
    return out


def _furniture_lines() -> set[str]:
    from benchmarks.cluster_web_stories import SITES

    return {
        " ".join(line.split()).lower()
        for top, bottom in SITES.values()
        for line in (top + bottom).splitlines()
        if line.strip()
    }


def _is_site_text(sentence: str, site_lines: set[str]) -> bool:
    """The sentence is (part of) a line the sites print on every page."""
    norm = " ".join(sentence.split()).lower()
    return any(norm in line for line in site_lines)


def measure(name: str, items: list[dict[str, str]], site_lines: set[str]) -> dict[str, object]:
    from newsbrief.stories.cluster import cluster
    from newsbrief.stories.digest import as_stored, digest, digest_furniture, select

    stories = [as_stored(s) for s in cluster(items)]
    t0 = time.process_time()
    furniture = digest_furniture(stories)
    cpu_ms = 1000 * (time.process_time() - t0)
    chosen = select(stories, min_sources=1)
    row: dict[str, object] = {
        "input": name,
        "articles": len(items),
        "stories": len(stories),
        "furniture_sentences": len(furniture),
        "find_cpu_ms": round(cpu_ms, 1),
    }
    for label, keys in (("without", frozenset()), ("with", furniture)):
        items_out = digest(chosen, fmt="json", words=100, furniture=keys)
        sents = [s["text"] for it in items_out for s in it.section["sentences"]]
        bad = [s for s in sents if _is_site_text(s, site_lines)]
        row[f"summary_sentences_{label}"] = len(sents)
        row[f"furniture_in_summaries_{label}"] = len(bad)
    return row


def main(argv: list[str] | None = None) -> None:
    import argparse

    # no options: --help says what is measured (and how long it runs) instead of starting
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args(argv)
    from benchmarks.cluster_web_stories import pages

    site_lines = _furniture_lines()
    rows = [
        measure("DUC 2003 task 2 (wire)", _duc(), site_lines),
        measure("web-style pages", [p for p, _ in pages()], site_lines),
    ]
    keys = list(rows[0])
    print(" | ".join(keys))
    for r in rows:
        print(" | ".join(str(r[k]) for k in keys))
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
