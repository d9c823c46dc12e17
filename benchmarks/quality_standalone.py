"""Dangling references in summaries, before and after a change: counted by the detectors,
and printed for reading.

    python benchmarks/quality_standalone.py [--base VARIANT] [--variant VARIANT] \
        [--stories d30003t,d30005t,...] [--words 100] [--print]

For each story, both variants' 100-word ``--fill`` summaries (the DUC convention of
``quality_cv_seeds.py``) and, for the example story, its plain 100-word summary. Counted
per summary sentence: a surname used alone before any summary sentence names the long
form (``eligible.Surnames``, names written family name first included; names the story
is about excepted), a sentence that leans on the one before it in its article
(``eligible.refers_to``, or ``eligible.points_back``: "... not stopping there.") without
that sentence right before it, a definite description of the opening clause that
neither the sentence's article before it, nor the story's topic, nor an earlier summary
sentence introduces (``eligible.unintroduced``: "held back the crowds"), a definite
subject or reporting source whose noun its article named before and no earlier summary
sentence names (``eligible.named_before``: "The memo, dated ..." after the article's "a
memo"), and a sentence that only announces what follows (``eligible.announces``).
The detectors are the selector's own, so the counts show that the rules hold, not that
every dangling reference is found: read the printed summaries for the rest. ``--base`` defaults to
the briefing round's rules off (selection and order).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_dev import DEFAULT, load_stories, make_problem, parse_config, split_order

from newsbrief import select as sel
from newsbrief.api import Prepared, prepare
from newsbrief.eligible import (
    Surnames,
    TopicWords,
    announces,
    mentions,
    named_before,
    points_back,
    refers_to,
    unintroduced,
)
from newsbrief.ingest import load_documents
from newsbrief.model import Sentence
from newsbrief.order import order_sentences
from newsbrief.select.coverage import select_with

TEN = "d30003t d30005t d30010t d30012t d30016t d30020t d30025t d30028t d30034t d30040t"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "baghdadi-mosul"


def summary(prepared: Prepared, words: int, variant: str, fill: bool) -> list[Sentence]:
    name, _, over = variant.partition(":")
    over, order_kw = split_order(over)
    problem = make_problem(prepared, words, name)
    if not fill:
        from dataclasses import replace

        problem = replace(problem, fill=False)
    choices = select_with(problem, parse_config(over)) if over else sel.REGISTRY[name](problem)
    items = [(problem.candidates[c.index], c.filler) for c in choices]
    return [items[k][0] for k in order_sentences(items, prepared.articles, **order_kw)]


def dangling(prepared: Prepared, sentences: list[Sentence]) -> list[str]:
    """What each sentence leaves unintroduced: 'surname X: ...' or 'refers back: ...'."""
    arts = prepared.voting
    names = Surnames([a.text for a in arts])
    topics = TopicWords([a.text for a in arts], [a.title or "" for a in arts])
    before = {
        (s.article_id, s.index): p
        for p, s in zip(prepared.sentences, prepared.sentences[1:], strict=False)
        if p.article_id == s.article_id
    }
    out: list[str] = []
    introduced: set[str] = set()
    prev: Sentence | None = None
    by_id = {a.id: a for a in prepared.articles}
    shown: list[str] = []
    for s in sentences:
        art = by_id[s.article_id]
        earlier = f"{(art.title or '').lower()}\n{art.text[: s.start].lower()}"
        for noun in sorted(unintroduced(s.text, earlier, topics, demonstratives=True)):
            if not any(mentions(noun, t) for t in shown):
                out.append(f"description '{noun}': {s.text}")
        for noun in sorted(named_before(s.text, earlier, topics)):
            if not any(mentions(noun, t) for t in shown):
                out.append(f"named before '{noun}': {s.text}")
        shown.append(s.text.lower())
        if announces(s.text):
            out.append(f"announces: {s.text}")
        named, bare = names.of(s.text)
        for k in sorted(bare - introduced):
            if k.lower() not in topics:
                out.append(f"surname {k}: {s.text}")
        introduced |= named
        p = before.get((s.article_id, s.index))
        shown_before = prev is not None and p is not None and prev.start == p.start
        shown_before = shown_before and prev is not None and prev.article_id == s.article_id
        if not shown_before and (
            refers_to(s.text, p.text if p is not None else None, topics) or points_back(s.text)
        ):
            out.append(f"refers back: {s.text}")
        prev = s
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--base",
        default=(
            "coverage:surnames_family_first=0,definite_introduced=0,demonstratives=0,"
            "announcements=0,no_comment=0,"
            "points_back=0,overview_first=0,names_first=0"
        ),
    )
    ap.add_argument("--variant", default="coverage")
    ap.add_argument("--stories", default=",".join(TEN.split()))
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--print", action="store_true", help="print the summaries")
    args = ap.parse_args(argv)
    wanted = set(args.stories.split(","))
    stories = [(sid, p) for sid, p, _ in load_stories(str(DEFAULT)) if sid in wanted]
    stories.append(("example", prepare(load_documents([str(EXAMPLE)]))))
    totals = {args.base: 0, args.variant: 0}
    for sid, prepared in stories:
        for v in (args.base, args.variant):
            got = summary(prepared, args.words, v, fill=sid != "example")
            found = dangling(prepared, got)
            totals[v] += len(found)
            print(f"== {sid} {v}: {len(found)} dangling")
            for d in found:
                print("   !", d)
            if args.print:
                for s in got:
                    print("   ", s.text)
    for v, n in totals.items():
        print(f"total {v}: {n} dangling in {len(stories)} summaries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
