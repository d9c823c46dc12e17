"""Dev-set quality experiments: ROUGE of selector variants on DUC-style JSONL stories.

    python benchmarks/quality_dev.py [STORIES.jsonl] --words 100 --subset all|first2 \
        --variant coverage --variant ilp --variant coverage:lead_bonus=0 ...

A variant is a registered ``--method`` name, optionally followed by ``:key=value,...``
overrides of :class:`newsbrief.select.coverage.CoverageConfig` (coverage only). Stories are
prepared once; scoring is ``newsbrief eval``'s (ROUGE recall, Porter, cut at ``--words``,
averaged over references then stories). ``--subset first2`` keeps each story's first two
articles in the given order, a proxy for two-source web stories; ``lead-first`` is then the
web-news lead baseline (the first words of the articles in the order given).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

from newsbrief import select as sel
from newsbrief.api import Prepared, prepare
from newsbrief.concepts import ConceptTable, build_concepts
from newsbrief.eligible import is_eligible
from newsbrief.eval.rouge import average, score_summary
from newsbrief.ingest import iter_jsonl_lines, parse_story_line
from newsbrief.order import order_sentences
from newsbrief.select.coverage import CoverageConfig, select_with

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2003" / "task2.jsonl"


def make_problem(prepared: Prepared, words: int, method: str) -> sel.Problem:
    """The selector's input exactly as ``api.summarize_prepared`` builds it."""
    voting_ids = {a.id for a in prepared.voting}
    candidates = tuple(
        s
        for s in prepared.sentences
        if s.article_id in voting_ids and (method == "lead" or is_eligible(s))
    )
    concepts = build_concepts(prepared.sentences, [a.id for a in prepared.voting])
    pos = {(s.article_id, s.start): k for k, s in enumerate(prepared.sentences)}
    table = ConceptTable(
        concepts.names,
        concepts.weights,
        tuple(concepts.by_sentence[pos[(s.article_id, s.start)]] for s in candidates),
    )
    return sel.Problem(
        candidates=candidates,
        concepts=table,
        lengths=tuple(s.n_words for s in candidates),
        articles=prepared.voting,
        all_sentences=prepared.sentences,
        words=words,
        sentences=None,
        fill=True,
    )


def run_variant(prepared: Prepared, words: int, variant: str) -> tuple[str, float]:
    name, _, over = variant.partition(":")
    problem = make_problem(prepared, words, name)
    t0 = time.perf_counter()
    if name == "coverage" and over:
        kinds = {f.name: f.type for f in fields(CoverageConfig)}
        kw: dict[str, object] = {}
        for item in over.split(","):
            k, v = item.split("=")
            kind = kinds[k] if isinstance(kinds[k], str) else kinds[k].__name__
            kw[k] = {"int": int, "bool": lambda x: bool(int(x))}.get(kind, float)(v)
        choices = select_with(problem, replace(CoverageConfig(), **kw))  # type: ignore[arg-type]
    else:
        choices = sel.REGISTRY[name](problem)
    dt = time.perf_counter() - t0
    items = [(problem.candidates[c.index], c.filler) for c in choices]
    order = order_sentences(items, prepared.articles)
    return "\n".join(items[k][0].text for k in order), dt


def lead_first(prepared: Prepared, words: int) -> str:
    """Web-news lead: the first ``words`` words of the articles in the order given."""
    out: list[str] = []
    for a in prepared.articles:
        out.extend(a.text.split())
        if len(out) >= words:
            break
    return " ".join(out[:words])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--subset", default="all", help="all | firstK (first K articles)")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--su4", action="store_true", help="also ROUGE-SU4 (slower)")
    ap.add_argument("--json", help="write the table as JSON here")
    args = ap.parse_args(argv)
    variants = args.variant or ["coverage", "ilp", "lead"]
    stories = []
    for n, line in iter_jsonl_lines(args.stories):
        st = parse_story_line(line, n, args.stories)
        docs = list(st.documents)
        if args.subset.startswith("first"):
            docs = docs[: int(args.subset[5:])]
        stories.append((st.id, prepare(docs), st.references))
    rows: dict[str, list[dict[str, float]]] = {}
    secs: dict[str, float] = {}
    for _sid, prepared, refs in stories:
        for v in variants:
            text, dt = run_variant(prepared, args.words, v)
            rows.setdefault(v, []).append(_score(text, refs, args.words, args.su4))
            secs[v] = secs.get(v, 0.0) + dt
        rows.setdefault("lead-first", []).append(
            _score(lead_first(prepared, args.words), refs, args.words, args.su4)
        )
    table = {}
    print(f"{len(stories)} stories, subset {args.subset}, {args.words} words")
    print(f"{'variant':<48}{'R-1':>7}{'R-2':>7}{'SU4':>7}{'ms/story':>10}")
    for v, r in rows.items():
        avg = average(r)
        ms = 1000 * secs.get(v, 0.0) / len(stories)
        table[v] = {k: round(100 * x, 2) for k, x in avg.items()} | {"ms": round(ms, 2)}
        su4 = 100 * avg.get("rougeSU4_r", 0.0)
        print(
            f"{v:<48}{100 * avg['rouge1_r']:7.2f}{100 * avg['rouge2_r']:7.2f}{su4:7.2f}{ms:10.2f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1))
    return 0


def _score(text: str, refs: tuple[str, ...], words: int, su4: bool) -> dict[str, float]:
    s = score_summary(text, refs, words)
    if not su4:
        s.pop("rougeSU4_r", None)
    return s


if __name__ == "__main__":
    sys.exit(main())
