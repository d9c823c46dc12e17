"""The ``newsbrief`` command: parse, call the API, render, set the exit code.

Each command is a module of this package with ``add_parser(subparsers) -> None`` and
``run(args) -> int`` (the exit status), registered by name below. Heavy imports belong
inside ``run`` so that ``newsbrief --help`` stays fast. Nothing outside this package
imports from it (``tests/test_architecture.py`` keeps it so).

Exit codes: 0 done; 1 some items were skipped (batch stories, summarize inputs); 2 a user
error (bad input or options), printed as one line.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import NewsbriefError, OptionsError
from ..options import METHODS

if TYPE_CHECKING:
    from ..ingest.fetch import FetchOptions

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2

# The core commands, in the order ``--help`` lists them.
CORE_COMMANDS: tuple[str, ...] = ("summarize", "batch", "attribute", "eval")

# Further commands live in their own modules of this package, each with
# ``add_parser(subparsers) -> None`` and ``run(args) -> int`` (exit status). Heavy imports
# belong inside ``run`` so that ``newsbrief --help`` stays fast.
COMMAND_MODULES: tuple[str, ...] = ("serve", "cluster", "digest")

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}
COMMAND_NAMES = frozenset((*CORE_COMMANDS, *COMMAND_MODULES))


def budget_args(
    p: argparse.ArgumentParser,
    default_words: int | None = None,
    *,
    words: tuple[str | None, str] = (
        None,
        "word budget (default 100, none when only --sentences is given); words are "
        "whitespace tokens",
    ),
    sentences: tuple[str | None, str] = (
        None,
        "sentence budget, instead of --words (give one of them)",
    ),
    fill: str = "let the last sentence run past the word budget (DUC convention)",
) -> None:
    """The budget options every command that summarizes takes (--words, --sentences,
    --fill, --method). ``words``, ``sentences``: (metavar, help) where a command reads
    them its own way (eval cuts every summary at --words); ``fill``: its help
    (``argparse.SUPPRESS`` to accept it without offering it)."""
    g = p.add_argument_group("budget")
    g.add_argument("--words", type=int, default=default_words, metavar=words[0], help=words[1])
    g.add_argument("--sentences", type=int, default=None, metavar=sentences[0], help=sentences[1])
    g.add_argument("--fill", action="store_true", help=fill)
    g.add_argument(
        "--method",
        choices=METHODS,
        default="default",
        help="selection method (default: 'default', the coverage method)",
    )


# --timeout's default; with it the connect timeout is 10 s, as in ``FetchOptions()``
DEFAULT_TIMEOUT = 20.0


def web_args(p: argparse.ArgumentParser) -> None:
    w = p.add_argument_group("web input (.html files, http(s):// URLs, RSS/Atom feeds)")
    w.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs on private, loopback or link-local addresses (refused by default)",
    )
    w.add_argument("--no-cache", action="store_true", help="fetch again even if cached")
    w.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds to wait for a server (default 20)",
    )


def engine_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("where the work runs")
    g.add_argument(
        "--jobs", type=int, default=1, help="worker processes (default 1; 0 = all cores)"
    )
    g.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes or a Dask cluster (newsbrief[dask]; default: %(default)s)",
    )
    g.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use (tcp://HOST:PORT); without it --engine dask starts a "
        "local cluster",
    )
    g.add_argument(
        "--on-error",
        choices=("raise", "skip"),
        default="raise",
        help="stop at the first bad item (raise, the default) or report it and go on (skip)",
    )


def budget(args: argparse.Namespace) -> tuple[int | None, int | None]:
    """(words, sentences): 100 words unless --sentences is given. The two are
    alternatives, as the README offers them: given both, which one the user meant is a
    guess (``--words 10 --sentences 2`` gave an empty summary and exit 0), so it is
    refused in one line. ``eval``, whose --words is the cut it scores at, has its own
    rule and does not come here."""
    words, sentences = args.words, args.sentences
    check_budget_flags(words, sentences)
    if words is not None and sentences is not None:
        raise OptionsError(
            "give --words or --sentences, not both",
            hint=f"--words {words} caps the summary's words, --sentences {sentences} its sentences",
        )
    if words is None and sentences is None:
        words = 100
    if args.fill and words is None:
        raise OptionsError("--fill needs a word budget", hint="add --words N")
    return words, sentences


def check_budget_flags(words: int | None, sentences: int | None) -> None:
    """``--words``/``--sentences`` below 1 said in the command line's words (the API's
    OptionsError says "words=100"); ``eval`` checks its own with this too."""
    for flag, value in (("--words", words), ("--sentences", sentences)):
        if value is not None and value < 1:
            raise OptionsError(
                f"{flag} must be a positive integer, got {value}",
                hint=f"e.g. {flag} 100" if flag == "--words" else f"e.g. {flag} 3",
            )


def check_jobs(jobs: int) -> None:
    """``--jobs`` said in the command line's words (the API's OptionsError says "jobs")."""
    if jobs < 0:
        raise OptionsError(
            f"--jobs must be 0 (all cores) or a positive integer, got {jobs}",
            hint="e.g. --jobs 2",
        )


def check_threshold_flag(threshold: float | None) -> None:
    """``--threshold`` said as the flag and as typed ("-1", not the API's "threshold ...
    got -1.0"); the range is the clustering's own (:func:`stories.cluster.check_threshold`)."""
    from ..stories.cluster import DEFAULT_THRESHOLD, check_threshold

    try:
        check_threshold(threshold)
    except OptionsError:
        raise OptionsError(
            f"--threshold must be above 0 and at most 10 (standard deviations above an "
            f"article's background similarity), got {threshold:g}",
            hint=f"the default is {DEFAULT_THRESHOLD:g}",
        ) from None


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    from ..ingest.fetch import FetchOptions

    if not args.timeout > 0:
        raise OptionsError(
            f"--timeout must be positive, got {args.timeout:g}",  # "0" as typed, not "0.0"
            hint=f"e.g. --timeout {DEFAULT_TIMEOUT:g}",
        )
    return FetchOptions(
        allow_private=args.allow_private,
        use_cache=not args.no_cache,
        connect_timeout=min(10.0, args.timeout),
        read_timeout=args.timeout,
    )


def fetch_options_or_default(args: argparse.Namespace) -> FetchOptions | None:
    """:func:`fetch_options`, or None (which means ``FetchOptions()``) when no web flag
    changes a default: a batch of stories without URLs then never imports the fetcher
    (threads, sockets: about 7 ms of every run)."""
    if args.allow_private or args.no_cache or args.timeout != DEFAULT_TIMEOUT:
        return fetch_options(args)
    return None


# What an output file's extension asks for when --format is not given (as pandoc does):
# `-o summary.html` writing plain text into an .html file is a trap, not a choice.
FORMAT_OF_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

_SUFFIX_OF_FORMAT = {
    "text": ".txt",
    "markdown": ".md",
    "json": ".json",
    "html": ".html",
    "jsonl": ".jsonl",
}

# An extension: a dot, a letter, then letters or digits. A dated name, ``digest.2026-12-01``
# or ``news.01``, has none (it is written as text).
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,9}", re.IGNORECASE)


def output_format(fmt: str | None, output: str, choices: Sequence[str]) -> str:
    """``--format`` when given (it always wins: the user chose it for that name), else
    the format ``-o``'s extension names (no extension, or stdout: text). An extension
    that names a format the command does not write (``attribute -o check.html``), or
    none that newsbrief writes (``-o out.pdf``), is refused before any work, in one line:
    plain text under such a name is a file no program opens right. One rule for every
    command that writes a file: ``summarize``, ``digest``, ``attribute`` here, and the
    JSONL writers (``batch``, ``cluster``, ``attribute --batch``) with ``("jsonl",)``."""
    if fmt:
        return fmt
    from pathlib import Path

    suffix = Path(output).suffix if output != "-" else ""
    if not _EXTENSION.fullmatch(suffix):
        suffix = ""
    guess = FORMAT_OF_SUFFIX.get(suffix.lower(), "") if suffix else choices[0]
    if guess not in choices:
        from ..errors import OptionsError

        writes = _either(["JSONL" if c == "jsonl" else c for c in choices])
        names = _either([_SUFFIX_OF_FORMAT.get(c, "." + c) for c in choices])
        what = f"names {guess}" if guess else f"ends in {suffix}, no format newsbrief writes"
        raise OptionsError(
            f"-o {output} {what}; this command writes {writes}",
            hint=f"name the file {names}"
            + (", or give --format" if "jsonl" not in choices else ""),
        )
    return guess


def _either(items: Sequence[str]) -> str:
    """``a, b or c``."""
    return " or ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)


def stdin_prompt(what: str) -> None:
    """Say what ``-`` waits for when stdin is a terminal, not a pipe: a first run that
    types ``newsbrief summarize -`` would otherwise see the command hang, silent."""
    stream = sys.stdin
    if stream is not None and hasattr(stream, "isatty") and stream.isatty():
        print(
            f"newsbrief: reading {what} from the terminal: paste it, then press Ctrl-D "
            "(Ctrl-Z then Enter on Windows)",
            file=sys.stderr,
        )


def report_skipped(skipped: Sequence[str], done: int, what: str) -> int:
    """Name every skipped item on stderr; the exit status says whether there were any."""
    for item in skipped:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    if not skipped:
        return EXIT_OK
    noun, _, verb = what.partition(" ")  # "stories summarized": "1 story summarized"
    if done == 1:
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    print(f"newsbrief: {done} {noun} {verb}, {len(skipped)} skipped", file=sys.stderr)
    return EXIT_PARTIAL


EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C


def check_store_to_read(db: str | None, paths: Sequence[str]) -> None:
    """A --db given with no input is only read: a path with no store there is a typo,
    not a new empty store (which would answer with nothing, and exit 0)."""
    from pathlib import Path

    if db and not paths and not Path(db).exists():
        from ..errors import InputError

        raise InputError(
            "no story store here", where=db, hint="check the path, or give INPUT to start one"
        )


def check_store_output(db: str | None, output: str) -> None:
    """``-o`` naming the ``--db`` store would replace the whole store (every story ever
    added) with this run's output: refused before anything is read or written, whether
    the store exists yet or not."""
    if not db or output == "-":
        return
    import os
    from pathlib import Path

    same = Path(db).resolve() == Path(output).resolve()
    if not same:
        try:
            same = os.path.samefile(db, output)  # a link or another spelling of one file
        except OSError:
            same = False
    if same:
        from ..errors import OptionsError

        raise OptionsError(
            "the output file is the --db story store; it would be overwritten",
            where=output,
            hint="write the output to another file",
        )


def interrupted(written: int, total: int | None, what: str, output: str) -> int:
    """After Ctrl-C: say how much of the output is there (whole lines), exit 130."""
    where = "standard output" if output == "-" else output
    of = f" of {total}" if total is not None else ""
    print(f"newsbrief: interrupted: {written}{of} {what} written to {where}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs, when only top-level ``-v`` flags come before it."""
    for token in argv:
        if token in COMMAND_NAMES:
            return token
        if token != "--verbose" and not (
            token[:1] == "-" and token[1:] and not token[1:].strip("v")
        ):
            return None  # --help, --version, a typo: the full parser answers
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``only`` builds just that command's subparser.

    Importing every command module and building its arguments is a few milliseconds of
    each run (of a batch worker's start-up too); a run that names its command needs only
    that one. Its parsing, messages and usage lines are those of the full parser.
    """
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="Summarize what several outlets report about one news story.",
    )
    parser.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log stage timings and counts"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (*CORE_COMMANDS, *COMMAND_MODULES):
        if only is not None and name != only:
            continue
        module = import_module(f".{name}", __name__)
        module.add_parser(sub)
        COMMANDS[name] = module.run
    for p in sub.choices.values():
        # -v after the command too (`newsbrief summarize -v ...`); SUPPRESS keeps an
        # earlier `newsbrief -v` when it is not repeated there.
        if not any("-v" in a.option_strings for a in p._actions):
            p.add_argument(
                "-v",
                "--verbose",
                action="count",
                default=argparse.SUPPRESS,
                help="log stage timings and counts (-vv: more)",
            )
    return parser


def _unknown_arguments(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    unknown: list[str],
    argv: Sequence[str],
) -> None:
    """Refuse arguments no option takes, as the parser they were given to: the command's
    (its usage line, not the bare ``newsbrief COMMAND ...``) for those after the command
    name, the top-level one for those before it (``newsbrief --wrods summarize``),
    naming the closest option to a misspelt flag (``--wrods``: did you mean --words?).
    Exits 2, as argparse does."""
    import difflib

    command = None
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and args.command:
            command = action.choices.get(args.command)
    tokens = list(argv)
    at = tokens.index(args.command) if args.command in tokens else len(tokens)
    before = command is not None and any(t in tokens[:at] for t in unknown)
    target = parser if before or command is None else command

    def flags(p: argparse.ArgumentParser) -> list[str]:
        return [o for a in p._actions for o in a.option_strings if o.startswith("--")]

    message = f"unrecognized arguments: {' '.join(unknown)}"
    # before the command, its own flags are candidates too (``--wrods`` is --words,
    # not --verbose): the closest wins
    known = flags(target) + (flags(command) if before and command is not None else [])
    for token in unknown if command else ():
        if not token.startswith("--"):
            continue
        name = token.split("=", 1)[0]
        # a weak match ("--bogus" for --verbose) misleads more than no suggestion
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        if not close:
            continue
        if close[0] in flags(target):
            message += f" (did you mean {close[0]}?)"
        elif close[0] == name:
            message += (
                f" ({name} is an option of {args.command}: put it after the command's name: "
                f"newsbrief {args.command} {name} ...)"
            )
        else:
            message += (
                f" (did you mean {close[0]}? {args.command}'s options come after its name: "
                f"newsbrief {args.command} {close[0]} ...)"
            )
        break
    target.error(message)


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Warnings as ``newsbrief: warning: ...`` on the stderr of the current run."""


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"newsbrief: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(verbose: int) -> None:
    logger = logging.getLogger("newsbrief")
    for h in list(logger.handlers):
        if isinstance(h, _CliHandler):
            logger.removeHandler(h)
    handler = _CliHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING - 10 * min(verbose, 2))


def _option_before_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> None:
    """Refuse a command's option given with its value before the command's name
    (``newsbrief --words 5 summarize``): argparse would take the value for the command
    and answer "invalid choice: '5'". Says whose option it is and where it goes."""
    at = next((k for k, t in enumerate(argv) if not t.startswith("-")), None)
    if not at or argv[at] in COMMAND_NAMES:
        return
    flag = argv[at - 1].split("=", 1)[0]
    if not flag.startswith("--") or flag in parser._option_string_actions:
        return
    owners = [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name, p in action.choices.items()
        if flag in p._option_string_actions
    ]
    if owners:
        # the example uses the command named later on the line, when it has the option
        named = next((t for t in argv[at:] if t in owners), owners[0])
        parser.error(
            f"{flag} is an option of {', '.join(owners)}: put it after the command's name "
            f"(newsbrief {named} {flag} {argv[at]} ...)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    parser = build_parser(_command_named(given))
    _option_before_command(parser, given)
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        _unknown_arguments(parser, args, unknown, sys.argv[1:] if argv is None else argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _setup_logging(args.verbose)
    try:
        code = COMMANDS[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk is said here, not as "Exception ignored"
        return code
    except NewsbriefError as exc:
        print(f"newsbrief: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        # commands that write as they go catch it themselves and say what was written;
        # the others write only at the end
        print("newsbrief: interrupted, nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        # a full disk under a write no command wraps: one line, not a traceback
        from ..outfile import WRITE_ERRORS

        if exc.errno not in WRITE_ERRORS:
            raise
        print(f"newsbrief: error: cannot write output: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
