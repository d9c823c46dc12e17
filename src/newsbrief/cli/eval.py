"""``newsbrief eval``: ROUGE against each story's references (DUC convention)."""

from __future__ import annotations

import argparse
from typing import Any

from . import EXIT_INTERRUPTED, EXIT_OK, budget_args, check_budget_flags


def add_parser(subparsers: Any) -> None:
    e = subparsers.add_parser(
        "eval",
        help="ROUGE against each story's references (DUC convention)",
        description="ROUGE-1/2/SU4/L recall against each story's references, each summary cut "
        "at --words (default 100) words. When eval summarizes, --fill is always on (the DUC "
        "convention: the last sentence may run past N words and is cut there). Needs "
        "newsbrief[eval].",
    )
    e.add_argument(
        "input", metavar="IN.jsonl", help='stories with their "references" (human summaries)'
    )
    e.add_argument(
        "--summaries",
        metavar="OUT.jsonl",
        help="score these summaries instead of summarizing first",
    )
    _budget_args(e)
    e.add_argument(
        "--baseline",
        action="append",
        choices=("lead",),
        default=[],
        help="also score a baseline (lead: the opening of the newest article, --method lead)",
    )
    e.add_argument("--oracle", action="store_true", help="also score the greedy R-2 oracle")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")


def _budget_args(p: argparse.ArgumentParser) -> None:
    """summarize's budget options as eval uses them: ``--words`` is the cut every summary
    is scored at, whatever ``--sentences`` says, and ``--fill`` is always on (the DUC
    convention), so it is accepted, as scripts pass it, but not offered."""
    budget_args(
        p,
        words=(
            "N",
            "cut every summary at N words and score that (default 100); words are "
            "whitespace tokens",
        ),
        sentences=("K", "when eval summarizes: choose at most K sentences (still cut at --words)"),
        fill=argparse.SUPPRESS,
    )


def run(args: argparse.Namespace) -> int:
    import json
    import logging
    import sys
    import time
    from collections.abc import Iterable, Iterator

    from ..engine import TerminalProgress
    from ..errors import OptionsError
    from ..eval.rouge import _rouge_score
    from ..eval.run import evaluate, format_table, load_summaries, read_stories
    from ..model import Story
    from ..options import SummaryOptions
    from ..render.progress import count_lines

    if args.summaries and (args.method != "default" or args.sentences is not None):
        raise OptionsError(
            "--method and --sentences choose how eval summarizes; with --summaries it "
            "scores the given summaries instead",
            hint="drop --method/--sentences, or drop --summaries",
        )
    words = 100 if args.words is None else args.words
    check_budget_flags(words, args.sentences)
    # Scoring follows DUC: the summary may run past N words and is cut at N, so --fill is
    # always on when eval summarizes.
    opts = SummaryOptions(
        words=words, sentences=args.sentences, fill=True, method=args.method
    ).validate()
    _rouge_score()  # a missing extra is said before any story is read
    total = count_lines(args.input)
    done = 0
    t0 = time.perf_counter()

    def counted(stories: Iterable[Story]) -> Iterator[Story]:
        # a story is counted once scored: evaluate asks for the next one when done
        nonlocal done
        for story in stories:
            yield story
            done += 1
            bar(done, total)

    # rouge-score logs through the root logger, and logging's first root call installs a
    # stderr handler there that would print every newsbrief message a second time: a
    # handler of our own on the root, for this run, keeps it from doing so.
    guard = logging.NullHandler()
    logging.root.addHandler(guard)
    try:
        with TerminalProgress(sys.stderr, "stories") as bar:
            result = evaluate(
                counted(read_stories(args.input)),
                summaries=load_summaries(args.summaries) if args.summaries else None,
                words=words,
                options=opts,
                baselines=args.baseline,
                oracle=args.oracle,
                where=args.summaries,
            )
    except KeyboardInterrupt:
        of = f" of {total}" if total is not None else ""
        print(
            f"newsbrief: interrupted: {done}{of} stories scored, no scores printed",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        logging.root.removeHandler(guard)
    logging.getLogger("newsbrief").info(
        "eval: %d stories scored in %.1f s (%s)",
        result.n_stories,
        time.perf_counter() - t0,
        ", ".join(result.systems),
    )
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(format_table(result))
    return EXIT_OK
