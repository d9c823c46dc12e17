"""``newsbrief batch``: many JSONL stories in, one JSONL summary per line out."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING, Any

from . import (
    EXIT_PARTIAL,
    budget,
    budget_args,
    check_jobs,
    engine_args,
    fetch_options_or_default,
    interrupted,
    output_format,
    report_skipped,
    web_args,
)

if TYPE_CHECKING:
    from ..batch import BatchReport


def add_parser(subparsers: Any) -> None:
    b = subparsers.add_parser(
        "batch",
        help="summarize many JSONL stories",
        description="One story per JSONL line in; one summary per line out, in the same order.",
    )
    b.add_argument("input", metavar="IN.jsonl", help="stories, one per line (- for stdin)")
    b.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.jsonl",
        help="one summary per input line, in order (written whole; never over an input)",
    )
    budget_args(b)
    engine_args(b)
    web_args(b)


def run(args: argparse.Namespace) -> int:
    from ..batch import run_batch
    from ..engine import check_engine, resolve_jobs
    from ..options import SummaryOptions
    from ..outfile import open_output
    from ..render.progress import LineCounter, count_lines, lines_kept

    words, sentences = budget(args)
    output_format(None, args.output, ("jsonl",))  # -o out.html is refused, not filled
    opts = SummaryOptions(
        words=words, sentences=sentences, fill=args.fill, method=args.method
    ).validate()
    check_jobs(args.jobs)
    resolve_jobs(args.jobs)
    check_engine(args.engine, args.scheduler)
    fetch = fetch_options_or_default(args)
    counter: LineCounter | None = None
    try:
        # run_batch draws the progress bar (stderr, only on a terminal)
        with open_output(args.output, [args.input], partial_on_interrupt=True) as out:
            counter = LineCounter(out)
            report = run_batch(
                args.input,
                counter,  # type: ignore[arg-type]
                opts,
                jobs=args.jobs,
                on_error=args.on_error,
                fetch=fetch,
                engine=args.engine,
                scheduler=args.scheduler,
            )
    except KeyboardInterrupt:
        written = lines_kept(counter, args.output)
        return interrupted(written, count_lines(args.input), "stories", args.output)
    t = report.times
    logging.getLogger("newsbrief").info(
        "batch: %d %s, %d skipped; clean %.0f ms, split %.0f ms, select %.0f ms, "
        "other %.0f ms (summed over workers)",
        report.done,
        "story" if report.done == 1 else "stories",
        len(report.skipped),
        1000 * t.clean,
        1000 * t.split,
        1000 * t.select,
        1000 * t.other,
    )
    _warn_empty(report, args.method, words is not None and not args.fill)
    for line in report.left_out:
        # summarized without this article; the batch line has no place to say so
        logging.getLogger("newsbrief").warning("left out %s", line)
    status = report_skipped(report.skipped, report.done, "stories summarized")
    # an article left out is input not used, as with summarize: exit 1, every line written
    return EXIT_PARTIAL if report.left_out else status


def _warn_empty(report: BatchReport, method: str, raise_words: bool) -> None:
    """One warning per reason the stories left with an empty summary have (the reasons
    of ``summarize``'s warning, api.empty_reason): each must be true of its stories."""
    from .summarize import chosen_none

    reasons = {
        "budget": "no sentence fits the budget"
        + ("; raise --words, or --fill" if raise_words else ""),
        "alone": "no sentence can stand alone as a summary sentence (headlines, fragments, "
        "or sentences that refer back to the one before)",
        "chosen": chosen_none(method),
    }
    by_kind: dict[str, list[str]] = {}
    for story, kind in zip(report.empty, report.empty_why, strict=True):
        by_kind.setdefault(kind, []).append(story)
    for kind, stories in by_kind.items():
        ids = ", ".join(stories[:5]) + (f" and {len(stories) - 5} more" if len(stories) > 5 else "")
        n = len(stories)
        logging.getLogger("newsbrief").warning(
            "%d %s an empty summary: %s (%s)",
            n,
            "story has" if n == 1 else "stories have",
            reasons[kind],
            ids,
        )
