"""Summary openings a reader cannot place, counted on the DUC 2003 batch summaries.

A summary's first sentence is read with nothing before it. It cannot be placed when it
uses, in its opening clause, a definite description no word of which it introduces
("The company said ...", "The storm killed ...": which one?), or opens on a surname
alone that the story elsewhere writes as part of a longer name ("Xu spent 12 years
..."). The test is the order's own (``order.opening_needs``), so the count shows that
the rule holds, not that every unplaceable opening is found: ``--print`` shows every
opening for reading. Unlike
``quality_standalone.py``, the story's topic words are *not* an excuse here: a reader of
the summary alone has not met "the storm" or "Xu" yet. Descriptions any news story
sets up ("the government", "the police") and those the sentence establishes itself (a
complement, a relative clause, a name in apposition) are not counted
(``eligible.unintroduced``).

    python benchmarks/unplaceable_openings.py [--task2 PATH] [--words 100] [--print]
        [--base] [--briefing] [--stories d30003t,...]

``--base`` runs the order before the fix (``order_sentences(place_opening=False)``) for
a before/after count on the same selection; ``--briefing`` the digest's order
(``SummaryOptions(briefing=True)``: overview and names in full first). Prints one line
per unplaceable opening and the count. DUC 2003 is development data for the summarizer
(docs/quality.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASK2 = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def unplaceable(text: str, articles: list) -> list[str]:  # type: ignore[type-arg]
    """Why a summary's first sentence cannot be placed: 'description NOUN' and
    'surname NAME' entries (empty when it can); ``order.opening_needs``, the test the
    order itself applies."""
    from newsbrief.order import _Names, opening_needs

    nouns, surnames = opening_needs(text, _Names(articles))
    return [f"description {n}" for n in sorted(nouns)] + [f"surname {k}" for k in sorted(surnames)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--task2", default=str(TASK2))
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--stories", help="comma-separated cluster ids (default: all)")
    ap.add_argument("--base", action="store_true", help="the order before the fix")
    ap.add_argument("--briefing", action="store_true", help="the digest's order (briefing)")
    ap.add_argument("--print", action="store_true", help="print every opening")
    args = ap.parse_args(argv)
    task2 = Path(args.task2)
    if not task2.exists():
        print(f"needs {task2} (the DUC 2003 data beside the clone)", file=sys.stderr)
        return 2

    from newsbrief import order as order_mod
    from newsbrief.api import SummaryOptions, prepare, summarize_prepared

    if args.base:
        plain = order_mod.order_sentences

        def before(*a, **kw):  # type: ignore[no-untyped-def]
            return plain(*a, **{**kw, "place_opening": False})

        order_mod.order_sentences = before  # type: ignore[assignment]
    wanted = set(args.stories.split(",")) if args.stories else None
    total = bad = 0
    with task2.open(encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            cluster = json.loads(raw)
            if wanted is not None and cluster["id"] not in wanted:
                continue
            prepared = prepare(cluster["documents"])
            options = SummaryOptions(words=args.words, briefing=args.briefing)
            summary = summarize_prepared(prepared, options)
            if not summary.sentences:
                continue
            total += 1
            first = summary.sentences[0].text
            why = unplaceable(first, list(prepared.articles))
            if why:
                bad += 1
                print(f"{cluster['id']} {'; '.join(why)} | {first[:110]}")
            elif args.print:
                print(f"{cluster['id']} ok | {first[:110]}")
    print(f"# {bad}/{total} summaries open on a sentence a reader cannot place")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
