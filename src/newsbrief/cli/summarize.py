"""``newsbrief summarize``: one story from files, folders, stdin, JSONL, pages or URLs."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import (
    EXIT_OK,
    EXIT_PARTIAL,
    budget,
    budget_args,
    fetch_options,
    output_format,
    web_args,
)

if TYPE_CHECKING:
    from ..ingest import Skipped
    from ..ingest.fetch import Fetched, FetchOptions
    from ..model import Article, Summary


FORMATS = ("text", "markdown", "json", "html")


def add_parser(subparsers: Any) -> None:
    s = subparsers.add_parser(
        "summarize",
        help="summarize one story from article files",
        description="Summarize one story. PATH: .txt/.md/.markdown files (one article "
        "each), folders of them, - for stdin, a .jsonl file with one story, or (with "
        "newsbrief[html]) .html files, http(s):// URLs and RSS/Atom feeds.",
    )
    s.add_argument("paths", nargs="+", metavar="PATH", help="the story's articles (see above)")
    budget_args(s)
    s.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="text (default), markdown, json (every offset and source) or html (one "
        "self-contained page); without it, -o's extension chooses (.html, .md, .json)",
    )
    s.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    s.add_argument(
        "--quotes",
        action="store_true",
        help="add direct quotes with their speakers (a Quotes section in every format)",
    )
    from .attribute import nli_arg, parse_arg

    nli_arg(s)
    parse_arg(s)
    web_args(s)


def run(args: argparse.Namespace) -> int:
    from . import EXIT_INTERRUPTED

    try:
        return _run(args)
    except KeyboardInterrupt:
        # the output is written whole at the end, or not at all
        print("newsbrief: interrupted, nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace) -> int:
    import time
    from dataclasses import replace

    from ..api import StageTimes, summarize
    from ..errors import InputError
    from ..ingest import given_name
    from ..language import OTHER_LANGUAGE
    from ..model import SITE_WALL, UNSUPPORTED_SCRIPT, Dropped
    from ..options import SummaryOptions
    from ..outfile import check_output, write_output
    from ..render import render
    from ..text import NO_TEXT, WALL_TEXT

    # Options first: a bad budget must not wait for every URL to be fetched.
    args.format = output_format(args.format, args.output, FORMATS)
    words, sentences = budget(args)
    options = SummaryOptions(
        words=words, sentences=sentences, fill=args.fill, method=args.method
    ).validate()
    from .attribute import nli_model, parse_switch, require_parse

    nli = nli_model(args)
    require_parse(args)  # a missing [parse] extra: an error before any article is read
    if "-" in args.paths:
        from . import stdin_prompt

        stdin_prompt("the article")
    t0 = time.perf_counter()
    story_ids: list[str] = []
    docs, skipped = _load(args.paths, fetch_options(args), story_ids)
    t_load = time.perf_counter() - t0
    inputs = [*args.paths, *(d.where for d in docs if d.where)]
    check_output(args.output, inputs)
    for item in skipped:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    if not docs:
        raise InputError(
            "nothing to summarize: " + _all_skipped(skipped, len(story_ids)),
            hint="see the lines above for why",
        )
    times = StageTimes()
    # a story given whole (one JSONL story) keeps its own id; any other mix gets one made up
    story_id = story_ids[0] if len(args.paths) == 1 and len(story_ids) == 1 else None
    with parse_switch(args):
        summary = summarize(
            docs, options=options, quotes=args.quotes, times=times, nli=nli, story_id=story_id
        )
    logging.getLogger("newsbrief").info(
        "%d inputs read in %.0f ms (%d skipped); %d articles, %d sentences -> %d chosen; "
        "clean %.0f ms, split %.0f ms, select %.0f ms, analyse %.0f ms",
        len(docs),
        1000 * t_load,
        len(skipped),
        times.counts.get("articles", 0),
        times.counts.get("sentences", 0),
        len(summary.sentences),
        1000 * times.clean,
        1000 * times.split,
        1000 * times.select,
        1000 * times.analyse,
    )
    where = {d.id: d.where for d in docs}
    names = {d.id: given_name(d) for d in docs}  # as the user gave each: path, URL, JSONL id
    _warn_mixed(summary)
    # an article newsbrief cannot read yet, or one with no text after cleaning (nothing
    # left, or no sentence: a menu, a headline alone): skipped and named, exit 1, as in
    # cluster and digest
    unreadable = False
    kept = {a.id for a in summary.articles}  # a near-duplicate is kept as a source
    for d in summary.dropped:
        if d.reason == "empty":
            unreadable = True
            print(
                f"newsbrief: skipped {where.get(d.article_id) or d.article_id}: "
                f"{WALL_TEXT if d.kind == SITE_WALL else NO_TEXT}",
                file=sys.stderr,
            )
        elif d.duplicate_of and d.article_id not in kept:
            print(
                f"newsbrief: warning: {where.get(d.article_id) or d.article_id}: the same "
                f"text as {names.get(d.duplicate_of, d.duplicate_of)}, counted once "
                "(a copy is not a second source)",
                file=sys.stderr,
            )
        elif d.kind in (UNSUPPORTED_SCRIPT, OTHER_LANGUAGE):
            unreadable = True
            print(
                f"newsbrief: skipped {where.get(d.article_id) or d.article_id}: {d.reason}",
                file=sys.stderr,
            )
    if not summary.sentences:
        print(
            f"newsbrief: warning: the summary is empty: {_why_empty(summary, words, args.fill)}",
            file=sys.stderr,
        )
    summary = replace(
        summary,
        dropped=tuple(
            replace(
                d,
                article_id=names.get(d.article_id, d.article_id),
                duplicate_of=d.duplicate_of and names.get(d.duplicate_of, d.duplicate_of),
            )
            for d in summary.dropped
        )
        + tuple(Dropped(x.input, f"skipped: {x.reason}") for x in skipped),
    )
    write_output(render(summary, args.format), args.output, inputs)
    return EXIT_PARTIAL if skipped or unreadable else EXIT_OK


def _all_skipped(skipped: Sequence[Skipped], n_stories: int) -> str:
    """What was skipped, in the user's terms: the inputs they named, and the documents of
    a story file (one story file whose two URLs are dead is "2 documents of the story",
    not "2 inputs")."""
    from .cluster import _count

    docs = sum(1 for s in skipped if s.where)
    named = len(skipped) - docs
    of = "the story" if n_stories <= 1 else f"the {n_stories} stories"
    if not docs:
        return "the input was skipped" if named == 1 else f"all {named} inputs were skipped"
    if not named:
        return (
            f"the only document of {of} was skipped"
            if docs == 1
            else f"all {docs} documents of {of} were skipped"
        )
    both = f"{_count(named, 'input')} and {_count(docs, 'document')} of {of}"
    return f"everything was skipped: {both}"


def _load(
    paths: list[str], fetch: FetchOptions, story_ids: list[str]
) -> tuple[list[Article], list[Skipped]]:
    """Read the inputs; with several URLs, a count of pages fetched on a terminal."""
    from ..api import load_articles
    from ..engine import TerminalProgress
    from ..ingest.web import is_url

    urls = [p for p in paths if is_url(p)]
    if len(urls) < 2:
        return load_articles(paths, fetch=fetch, story_ids=story_ids)
    from ..ingest.fetch import Fetcher
    from ..render.progress import Ticker

    with TerminalProgress(sys.stderr, "pages fetched") as bar:
        ticker = Ticker(bar, len(urls))

        class _Counting(Fetcher):
            def fetch(self, url: str) -> Fetched:
                try:
                    return super().fetch(url)
                finally:
                    ticker.tick()

        with _Counting(fetch) as fetcher:
            return load_articles(paths, fetch=fetch, fetcher=fetcher, story_ids=story_ids)


def _why_empty(summary: Summary, words: int | None, fill: bool) -> str:
    """Why no sentence was chosen, in the user's terms (:func:`newsbrief.api.empty_reason`)."""
    from ..api import empty_reason

    why = empty_reason(summary, words, fill)
    if why.kind == "alone":
        return (
            f"no sentence can stand alone as a summary sentence ({why.read} read: headlines, "
            "fragments, or sentences that refer back to the one before)"
        )
    if why.kind == "budget":
        return (
            f"no sentence fits the budget (the shortest has {why.shortest} words: "
            "raise --words, or --fill)"
        )
    return chosen_none(summary.method)


def chosen_none(method: str) -> str:
    """The empty-summary reason when sentences fit but none was chosen. The default
    selector takes the first sentence that fits when its reading rules leave nothing
    (select.coverage): only furniture, repeats and sentences that refer back are left
    out then; another method also leaves out sentences without the story's key words."""
    from ..options import DEFAULT_METHOD

    keys = (
        "" if method in ("default", DEFAULT_METHOD) else ", or carry none of the story's key words"
    )
    return (
        "no sentence was chosen (those that fit the budget refer back to a sentence "
        f"before them, or are page furniture or repeats{keys})"
    )


def apart(value: float, limit: float) -> tuple[str, str]:
    """Both numbers with two decimals, or as many more as it takes for them to differ on
    screen ("0.09, below 0.09" reads as a contradiction; "0.088, below 0.090" does not)."""
    for places in range(2, 7):
        a, b = f"{value:.{places}f}", f"{limit:.{places}f}"
        if a != b:
            break
    return a, b


def _warn_mixed(summary: Summary) -> None:
    """A warning when the articles look like more than one story (see ``coherence``); a
    duplicate set aside does not count as a second article agreeing with its original."""
    from ..coherence import MIXED_THRESHOLD, mixed_story_outliers

    aside = {d.article_id for d in summary.dropped}
    articles = [a for a in summary.articles if a.id not in aside]
    outliers = mixed_story_outliers(articles)
    if not outliers:
        return
    log = logging.getLogger("newsbrief")
    names = {a.id: a.where or a.id for a in articles}
    if len(outliers) == 1 and outliers[0].nothing_shared:
        log.warning(
            "%s shares (almost) no content word with the other articles: it may be about "
            "another story (nothing else confirms what it says)",
            names[outliers[0].article_id],
        )
    elif len(outliers) == 1 and outliers[0].no_name_shared:
        log.warning(
            "%s names no one and no place that the other articles name, and shares few "
            "words with them: it may be about another story",
            names[outliers[0].article_id],
        )
    elif len(outliers) == 1:
        o = outliers[0]
        best, limit = apart(o.best, MIXED_THRESHOLD)
        log.warning(
            "%s shares few words with the other articles (best match %s, similarity %s, "
            "below %s): it may be about another story",
            names[o.article_id],
            names[o.closest],
            best,
            limit,
        )
    else:
        log.warning(
            "these articles share few or no words with the others (similarity below %.2f): "
            "%s; the inputs may be about different stories",
            MIXED_THRESHOLD,
            ", ".join(names[o.article_id] for o in outliers),
        )
