"""News first in digests: where a developing story's headline and first sentence come
from, and what it costs in ROUGE, on the 30 DUC 2003 task 2 stories.

For each story (its articles dated by their LDC ids), the digest's summary (100 words,
the briefing's reading order, as ``newsbrief digest`` makes it) and headline are made
with ``latest_first`` off (before) and on (the digest's default now). Printed: how many
headlines and first sentences come from the story's newest third of articles
(``recency.newest_articles``), and ROUGE recall of the summaries against the DUC
references (each cut at 100 words, as ``newsbrief eval``; no ``--fill``, as a digest).

    python benchmarks/digest_recency.py [--data ../shared/data/duc2003/task2.jsonl]
        [--central-share 0.5]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsbrief
from newsbrief import recency
from newsbrief.eval.rouge import average, score_summary
from newsbrief.recency import newest_articles
from newsbrief.stories.digest import _headline

ROOT = Path(__file__).resolve().parent.parent


def _norm(text: str) -> str:
    return " ".join(text.split())


def _in_order(words: str, text: str) -> bool:
    """Whether ``words`` occur in ``text`` in their order, one gap allowed: a headline
    that leaves out an aside after its subject ("Abdullah Ocalan [, leader of ...,] has
    been detained in Rome", ``stories.digest._without_aside``)."""
    parts = words.split()
    for k in range(1, len(parts)):
        head, tail = " ".join(parts[:k]), " ".join(parts[k:])
        at = text.find(head.rstrip(",") + ",")
        if at >= 0 and tail in text[at:]:
            return True
    return False


def _from_newest(title: str, summary: newsbrief.Summary, newest: frozenset[str]) -> bool:
    """Whether the headline's words are an article's of the newest third (a given title
    or a sentence of its text, or its main clause without an aside)."""
    words = _norm(title.rstrip("…")).lower()  # a title may capitalise a main clause
    for a in summary.articles:
        text = _norm(a.text).lower()
        if a.id in newest and (
            words in text or words == _norm(a.title or "").lower() or _in_order(words, text)
        ):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/duc2003/task2.jsonl"))
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument(
        "--central-share",
        type=float,
        default=None,
        help="try another recency.CENTRAL_SHARE (default: the module's)",
    )
    args = ap.parse_args()
    if args.central_share is not None:
        recency.CENTRAL_SHARE = args.central_share
    with open(args.data, encoding="utf-8") as f:
        stories = [json.loads(line) for line in f if line.strip()]
    table: dict[str, dict[str, float]] = {}
    rows_out = []
    for mode, latest in (("before (overview first)", False), ("after (latest first)", True)):
        heads = firsts = developing = 0
        scores = []
        for st in stories:
            summary = newsbrief.summarize(
                st["documents"], words=100, briefing=True, latest_first=latest, analysis=False
            )
            scores.append(score_summary(summary.text, st["references"], words=100))
            newest = newest_articles(summary.articles)
            if newest is None:
                continue
            developing += 1
            title = _headline(summary, latest)
            heads += _from_newest(title, summary, newest)
            firsts += summary.sentences[0].article_id in newest if summary.sentences else 0
            rows_out.append(
                {
                    "mode": mode,
                    "story": st["id"],
                    "headline": title,
                    "first": summary.sentences[0].text if summary.sentences else "",
                }
            )
        avg = average(scores)
        table[mode] = {
            "stories": len(stories),
            "over_several_days": developing,
            "headline_from_newest_third": heads,
            "first_sentence_from_newest_third": firsts,
            "rouge1_r": 100 * avg["rouge1_r"],
            "rouge2_r": 100 * avg["rouge2_r"],
            "rougeSU4_r": 100 * avg["rougeSU4_r"],
        }
    print(
        "| digest summaries (30 DUC stories, 100 words) | headline from newest third "
        "| first sentence from newest third | R-1 | R-2 | R-SU4 |"
    )
    print("|---|---|---|---|---|---|")
    for mode, t in table.items():
        n = t["over_several_days"]
        print(
            f"| {mode} | {t['headline_from_newest_third']:.0f}/{n:.0f} "
            f"| {t['first_sentence_from_newest_third']:.0f}/{n:.0f} "
            f"| {t['rouge1_r']:.2f} | {t['rouge2_r']:.2f} | {t['rougeSU4_r']:.2f} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table, "rows": rows_out}, indent=1))


if __name__ == "__main__":
    main()
