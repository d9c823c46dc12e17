"""How often a summary states one fact twice: pairs of summary sentences counted by two
tests, before and after a change, and printed for reading.

    python benchmarks/quality_redundancy.py [STORIES.jsonl] [--variant VARIANT ...] \
        [--words 100] [--share 0.5] [--mode batch|digest] [--pairs] [--json OUT]

Each story's summary is made as ``quality_dev.py`` makes it (``--mode batch``: 100 words,
``--fill``, the DUC convention) or as ``digest`` selects it (``--mode digest``: no fill,
the latest development taken first by ``recency.take_latest``, which chooses the rest
knowing that sentence is shown, ``Problem.given``; ``--mode digest-blind``: the rest
chosen blind to it, as before the s34 sqR round); the example story
(``examples/baghdadi-mosul``) is added with its plain 100-word summary. For every pair of
summary sentences (A, B), two tests say whether one states the other's main fact:

* **aligner**: the attribution aligner's own check of B, read as a claim, against A's
  window of its article (``StoryIndex.window_check``: A with its neighbours and lead),
  passing the main-event rule (``attribution.rules.support_rule``), one way or the other.
  Only pairs from two articles (A's window in its own article holds B's neighbours).
* **overlap**: B's content stems, each weighted by its inverse sentence frequency in the
  story (a word every sentence has says little), of which at least ``--share`` are in A
  (one way or the other). A pairwise test: the selector's ``restate_share`` compares a
  sentence with the whole summary, unweighted.

``--pairs`` prints every flagged pair with both figures (development data only: the
DUC 2003 clusters are read; never run this on held-out sets). The counts are what the
tests say, not a reader's judgement: read the pairs.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_dev import DEFAULT, load_stories, make_problem, parse_config, split_order

from newsbrief import select as sel
from newsbrief.api import Prepared, prepare
from newsbrief.eval.rouge import average, score_summary
from newsbrief.ingest import load_documents
from newsbrief.model import Sentence
from newsbrief.order import order_sentences
from newsbrief.select.coverage import select_with
from newsbrief.text import content_stems

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "baghdadi-mosul"


def summary(prepared: Prepared, words: int, variant: str, mode: str, fill: bool) -> list[Sentence]:
    """The summary's sentences in reading order, as ``batch`` (or ``digest``) selects."""
    name, _, over = variant.partition(":")
    over, order_kw = split_order(over)
    problem = replace(make_problem(prepared, words, name), fill=fill)
    config = parse_config(over)

    def selector(p: sel.Problem) -> list[sel.Choice]:
        return select_with(p, config) if name == "coverage" else sel.REGISTRY[name](p)

    choices = selector(problem)
    if mode.startswith("digest"):
        from newsbrief.recency import take_latest

        def blind(p: sel.Problem) -> list[sel.Choice]:
            return selector(replace(p, given=()))

        choices, _ = take_latest(problem, choices, blind if mode == "digest-blind" else selector)
    items = [(problem.candidates[c.index], c.filler) for c in choices]
    return [items[k][0] for k in order_sentences(items, prepared.articles, **order_kw)]


class Idf:
    """Inverse sentence frequency of content stems over a story's sentences."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.n = len(sentences)
        self.df: Counter[str] = Counter()
        for s in sentences:
            self.df.update(set(content_stems(s.text)))

    def __call__(self, stem: str) -> float:
        return math.log((self.n + 1) / (self.df.get(stem, 0) + 1)) + 1e-9


def overlap(a: str, b: str, idf: Idf) -> float:
    """Share of ``b``'s content (stems weighted by ``idf``) that ``a`` states."""
    sa, sb = set(content_stems(a)), set(content_stems(b))
    total = sum(map(idf, sb))
    return sum(map(idf, sa & sb)) / total if total else 0.0


@dataclass
class Pair:
    story: str
    a: Sentence
    b: Sentence
    overlap_ab: float  # share of b in a
    overlap_ba: float
    aligner_ab: bool  # a's window states b's main fact
    aligner_ba: bool


class Aligned:
    """The aligner's main-event check of one sentence against another's window."""

    def __init__(self, prepared: Prepared) -> None:
        from newsbrief.attribution.align import StoryIndex

        voters = {a.id for a in prepared.voting}
        own = [s for s in prepared.sentences if s.article_id in voters]
        self.index = StoryIndex(prepared.voting, own)
        self.at = {
            (aid, s.start): k for aid, ss in self.index.sentences.items() for k, s in enumerate(ss)
        }

    def supports(self, a: Sentence, b: Sentence) -> bool:
        """Whether ``a``'s window states ``b``'s main event."""
        from newsbrief.attribution.clauses import undated
        from newsbrief.attribution.rules import support_rule

        k = self.at.get((a.article_id, a.start))
        if k is None or a.article_id == b.article_id:
            return False
        claim, _ = self.index.claim_search(undated(b.text), self.index.published.get(b.article_id))
        check, _ = self.index.window_check(a.article_id, claim, k, k)
        return support_rule(check) == "main event"


def pairs_of(sid: str, prepared: Prepared, sents: list[Sentence]) -> list[Pair]:
    idf = Idf(prepared.sentences)
    aligned = Aligned(prepared)
    out = []
    for i, a in enumerate(sents):
        for b in sents[i + 1 :]:
            out.append(
                Pair(
                    sid,
                    a,
                    b,
                    overlap(a.text, b.text, idf),
                    overlap(b.text, a.text, idf),
                    aligned.supports(a, b),
                    aligned.supports(b, a),
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--share", type=float, default=0.5)
    ap.add_argument("--mode", choices=("batch", "digest", "digest-blind"), default="batch")
    ap.add_argument("--no-example", action="store_true")
    ap.add_argument("--pairs", action="store_true", help="print each flagged pair (dev data)")
    ap.add_argument("--json", help="write the counts as JSON here")
    args = ap.parse_args(argv)
    stories = [(sid, p, refs) for sid, p, refs in load_stories(args.stories)]
    if not args.no_example:
        stories.append(("example", prepare(load_documents([str(EXAMPLE)])), ()))
    table: dict[str, dict[str, float]] = {}
    for v in args.variant or ["coverage"]:
        n_pairs = n_sents = 0
        flagged = {"aligner": 0, "overlap": 0, "either": 0}
        stories_with = {"aligner": 0, "overlap": 0, "either": 0}
        scores = []
        for sid, prepared, refs in stories:
            fill = args.mode == "batch" and sid != "example"
            sents = summary(prepared, args.words, v, args.mode, fill)
            n_sents += len(sents)
            if refs:
                scores.append(score_summary("\n".join(s.text for s in sents), refs, args.words))
            got = pairs_of(sid, prepared, sents)
            n_pairs += len(got)
            hit = {"aligner": 0, "overlap": 0, "either": 0}
            for p in got:
                al = p.aligner_ab or p.aligner_ba
                ov = max(p.overlap_ab, p.overlap_ba) >= args.share
                for k, yes in (("aligner", al), ("overlap", ov), ("either", al or ov)):
                    hit[k] += yes
                if (al or ov) and args.pairs:
                    print(
                        f"== {sid} {v} overlap {p.overlap_ab:.2f}/{p.overlap_ba:.2f}"
                        f" aligner {int(p.aligner_ab)}/{int(p.aligner_ba)}"
                    )
                    print(f"   A [{p.a.article_id}] {p.a.text}")
                    print(f"   B [{p.b.article_id}] {p.b.text}")
            for k in hit:
                flagged[k] += hit[k]
                stories_with[k] += hit[k] > 0
        rouge = {k: round(100 * x, 2) for k, x in average(scores).items()} if scores else {}
        row = {
            **rouge,
            "summaries": len(stories),
            "sentences": n_sents,
            "pairs": n_pairs,
            **{f"pairs_{k}": x for k, x in flagged.items()},
            **{f"summaries_{k}": x for k, x in stories_with.items()},
        }
        table[v] = row
        print(
            f"{v} ({args.mode}, {args.words} words, share {args.share}): "
            f"{len(stories)} summaries, {n_sents} sentences, {n_pairs} pairs; flagged pairs "
            f"aligner {flagged['aligner']}, overlap {flagged['overlap']}, either "
            f"{flagged['either']}; summaries with one: aligner {stories_with['aligner']}, "
            f"overlap {stories_with['overlap']}, either {stories_with['either']}; "
            f"R-1 {rouge.get('rouge1_r', 0):.2f} R-2 {rouge.get('rouge2_r', 0):.2f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
