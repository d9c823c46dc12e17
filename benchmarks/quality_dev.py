"""Dev-set quality experiments: ROUGE of selector variants on DUC-style JSONL stories.

    python benchmarks/quality_dev.py [STORIES.jsonl] --words 100 --subset all|first2 \
        --variant coverage --variant ilp --variant coverage:lead_bonus=0 ... [--show]

A variant is a registered ``--method`` name, optionally followed by ``:key=value,...``
overrides of :class:`newsbrief.select.coverage.CoverageConfig` (coverage only), or
``coverage-exact`` (the default's objective solved exactly by the ILP), ``lead-first``;
``pronouns=1`` in the overrides keeps pronoun-opening sentences as candidates, and
``overview_first=0`` / ``names_first=0`` switch off those rules of ``order_sentences``
(the order of the sentences, which changes ROUGE-2 only by the bigrams across
sentence boundaries). Stories are
prepared once; scoring is ``newsbrief eval``'s (ROUGE recall, Porter, cut at ``--words``,
averaged over references then stories). ``--subset first2`` keeps each story's first two
articles in the given order, a proxy for two-source web stories; ``lead-first`` is then the
web-news lead baseline (the first words of the articles in the order given). ``--show``
prints each story's summary per variant instead of scoring (to read them).
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
from newsbrief.eval.oracle import oracle_summary
from newsbrief.eval.rouge import average, score_summary
from newsbrief.ingest import iter_jsonl_lines, parse_story_line
from newsbrief.order import order_sentences
from newsbrief.select.coverage import CoverageConfig, select_with

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2003" / "task2.jsonl"


def make_problem(
    prepared: Prepared, words: int, method: str, *, pronouns: bool = False
) -> sel.Problem:
    """The selector's input exactly as ``api.summarize_prepared`` builds it."""
    voting_ids = {a.id for a in prepared.voting}
    candidates = tuple(
        s
        for s in prepared.sentences
        if s.article_id in voting_ids
        and (method == "lead" or is_eligible(s, allow_pronoun_openers=pronouns))
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


ORDER_KEYS = ("overview_first", "names_first")


def split_order(over: str) -> tuple[str, dict[str, bool]]:
    """The overrides without the keys of ``order_sentences``, and those as keywords."""
    kept, order = [], {}
    for item in filter(None, over.split(",")):
        k, _, v = item.partition("=")
        if k in ORDER_KEYS:
            order[k] = bool(int(v))
        else:
            kept.append(item)
    return ",".join(kept), order


def parse_config(over: str) -> CoverageConfig:
    """``key=value,...`` overrides of the default method's configuration."""
    kinds = {f.name: f.type for f in fields(CoverageConfig)}
    kw: dict[str, object] = {}
    for item in filter(None, over.split(",")):
        k, v = item.split("=")
        kind = kinds[k] if isinstance(kinds[k], str) else kinds[k].__name__
        kw[k] = {"int": int, "bool": lambda x: bool(int(x))}.get(kind, float)(v)
    return replace(CoverageConfig(), **kw)  # type: ignore[arg-type]


# Greedy / exact objective per story, filled by the "coverage-exact" variant.
OBJECTIVE_RATIOS: list[float] = []


def exact_coverage(problem: sel.Problem, config: CoverageConfig) -> list[sel.Choice]:
    """The default method's objective solved exactly by the ILP (for the ablation)."""
    from newsbrief.select.coverage import fill_choice, greedy_cover, weigh_concepts
    from newsbrief.select.ilp import solve_coverage

    wc = weigh_concepts(problem, config)
    table = ConceptTable((), wc.weights, wc.by_candidate)
    picked = solve_coverage(replace(problem, concepts=table), __import__("numpy").array(wc.weights))
    greedy = greedy_cover(problem, wc, config)

    def value(chosen: list[int]) -> float:
        return sum(wc.weights[c] for c in {c for j in chosen for c in wc.by_candidate[j]})

    if value(picked) > 0:
        OBJECTIVE_RATIOS.append(value(greedy) / value(picked))
    out = [sel.Choice(j, 0.0) for j in sorted(picked)]
    extra = fill_choice(problem, wc, picked)
    return out if extra is None else [*out, extra]


def run_variant(prepared: Prepared, words: int, variant: str) -> tuple[str, float]:
    name, _, over = variant.partition(":")
    # "pronouns=1" lets sentences that open on a pronoun stand alone (ablation).
    over = over.replace("pronouns=", "pronoun_openers=")
    over, order_kw = split_order(over)
    problem = make_problem(prepared, words, name)
    t0 = time.perf_counter()
    if name == "coverage" and over:
        choices = select_with(problem, parse_config(over))
    elif name == "coverage-exact":
        choices = exact_coverage(problem, parse_config(over))
    else:
        choices = sel.REGISTRY[name](problem)
    dt = time.perf_counter() - t0
    items = [(problem.candidates[c.index], c.filler) for c in choices]
    order = order_sentences(items, prepared.articles, **order_kw)
    return "\n".join(items[k][0].text for k in order), dt


def lead_first(prepared: Prepared, words: int) -> str:
    """Web-news lead: the first ``words`` words of the articles in the order given."""
    out: list[str] = []
    for a in prepared.articles:
        out.extend(a.text.split())
        if len(out) >= words:
            break
    return " ".join(out[:words])


Story = tuple[str, Prepared, tuple[str, ...]]


def load_stories(path: str, subset: str = "all") -> list[Story]:
    """Prepared stories; ``firstK`` keeps each story's first K articles in the given order."""
    stories = []
    for n, line in iter_jsonl_lines(path):
        st = parse_story_line(line, n, path)  # validates the line
        # The documents as dicts, so ``prepare`` cleans them as the API does for batch input.
        docs = list(json.loads(line)["documents"])
        if subset.startswith("first"):
            docs = docs[: int(subset[5:])]
        stories.append((st.id, prepare(docs), tuple(st.references)))
    return stories


def score_variants(
    stories: list[Story], words: int, variants: list[str], su4: bool = False
) -> dict[str, dict[str, float]]:
    """Mean ROUGE recall (x100), its standard error over stories, and selection ms/story."""
    rows: dict[str, list[dict[str, float]]] = {}
    secs: dict[str, float] = {}
    for _sid, prepared, refs in stories:
        for v in variants:
            if v == "lead-first":
                text, dt = lead_first(prepared, words), 0.0
            elif v == "oracle":
                text, dt = oracle_summary(prepared.sentences, refs, words), 0.0
            else:
                text, dt = run_variant(prepared, words, v)
            rows.setdefault(v, []).append(_score(text, refs, words, su4))
            secs[v] = secs.get(v, 0.0) + dt
    table: dict[str, dict[str, float]] = {}
    for v, r in rows.items():
        avg = average(r)
        out = {k: round(100 * x, 2) for k, x in avg.items()}
        for k in ("rouge1_r", "rouge2_r"):
            xs = [100 * row[k] for row in r]
            mean = sum(xs) / len(xs)
            var = sum((x - mean) ** 2 for x in xs) / max(len(xs) - 1, 1)
            out[k + "_se"] = round((var / len(xs)) ** 0.5, 2)
        out["ms"] = round(1000 * secs[v] / len(stories), 2)
        table[v] = out
    return table


def print_table(table: dict[str, dict[str, float]]) -> None:
    print(f"{'variant':<48}{'R-1':>7}{'R-2':>7}{'SU4':>7}{'ms/story':>10}")
    for v, t in table.items():
        su4 = t.get("rougeSU4_r", 0.0)
        print(f"{v:<48}{t['rouge1_r']:7.2f}{t['rouge2_r']:7.2f}{su4:7.2f}{t['ms']:10.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--subset", default="all", help="all | firstK (first K articles)")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--su4", action="store_true", help="also ROUGE-SU4 (slower)")
    ap.add_argument("--json", help="write the table as JSON here")
    ap.add_argument(
        "--show",
        action="store_true",
        help="print each story's summary per variant instead (to read, e.g. for repeats)",
    )
    args = ap.parse_args(argv)
    variants = args.variant or ["coverage", "ilp", "lead"]
    stories = load_stories(args.stories, args.subset)
    if args.show:
        for sid, prepared, _refs in stories:
            for v in variants:
                text, _ = run_variant(prepared, args.words, v)
                print(f"===== {sid} {v}")
                print("\n".join(f"  [{k}] {line}" for k, line in enumerate(text.split("\n"))))
        return 0
    table = score_variants(stories, args.words, [*variants, "lead-first"], args.su4)
    print(f"{len(stories)} stories, subset {args.subset}, {args.words} words")
    print_table(table)
    if OBJECTIVE_RATIOS:
        r = OBJECTIVE_RATIOS
        print(
            f"greedy/exact objective: mean {sum(r) / len(r):.4f}, min {min(r):.4f}, "
            f"equal on {sum(x > 0.9999 for x in r)}/{len(r)} stories"
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
