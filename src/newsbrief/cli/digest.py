"""``newsbrief digest``: cluster, then summarize the widely covered stories, ranked."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from . import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PARTIAL,
    check_jobs,
    check_store_output,
    check_store_to_read,
    check_threshold_flag,
    fetch_options,
    output_format,
    web_args,
)

FORMATS = ("text", "markdown", "json", "html")


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "digest",
        help="a ranked briefing: every story covered by enough outlets, summarized",
        description="Cluster the articles into stories and summarize each story that at "
        "least --min-sources distinct outlets reported, ranked by recent coverage (its "
        "outlets, counted half for every three days of the story's age, its median "
        "article's day; a story of one outlet never above one of several of the same days), "
        "each with its sources and cross-source analysis in every format; a developing "
        "story opens on its latest news. With --db the articles "
        "are added to a story store and only stories changed since the last digest are "
        "summarized again.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="articles as cluster reads them (none: digest the --db store as it is)",
    )
    p.add_argument("--db", metavar="STORE.sqlite", help="story store to add to and read from")
    p.add_argument(
        "--since",
        metavar="DATE",
        help="only stories with news on or after this day (YYYY-MM-DD); it only filters: "
        "the stories kept are ranked as without it",
    )
    p.add_argument(
        "--min-sources",
        type=int,
        default=2,
        help="show only stories at least this many outlets reported (default 2)",
    )
    p.add_argument("--words", type=int, default=100, help="words per summary (default 100)")
    p.add_argument("--limit", type=int, default=50, help="most stories shown (default 50)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="text (default), markdown, json or html (one self-contained page); without "
        "it, -o's extension chooses (.html, .md, .json)",
    )
    p.add_argument(
        "--latest-first",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a story told over several days is headed by its current state and opens on "
        "its latest development, the rest in time order (the default); "
        "--no-latest-first opens on the story's overview",
    )
    p.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    p.add_argument(
        "--threshold", type=float, default=None, help="clustering threshold (see cluster)"
    )
    p.add_argument(
        "--on-error",
        choices=("raise", "skip"),
        default="raise",
        help="a bad input line or article, or a story whose summary fails: stop at it "
        "(raise, the default), or name it on stderr, write the rest of the digest and "
        "exit 1 (skip)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="worker processes summarizing the stories (default 1; 0 = all cores); the "
        "digest is the same whatever the number",
    )
    web_args(p)


def run(args: argparse.Namespace) -> int:
    import logging
    import os
    import time

    from ..errors import InputError, OptionsError
    from ..outfile import check_output, write_output
    from ..stories.digest import progress_bar, render_digest
    from ..stories.docs import day_number
    from ..stories.io import load_articles
    from .cluster import _count, check_store_path, report_skipped

    check_threshold_flag(args.threshold)
    check_jobs(args.jobs)
    if args.min_sources < 1:
        raise OptionsError(f"--min-sources must be at least 1, got {args.min_sources}")
    # the example as summarize gives it (digest said only "got 0")
    for flag, value, example in (("--words", args.words, 100), ("--limit", args.limit, 50)):
        if value < 1:
            raise OptionsError(
                f"{flag} must be a positive integer, got {value}", hint=f"e.g. {flag} {example}"
            )
    if args.since and day_number(args.since) is None:
        raise OptionsError(
            f"unreadable --since date {args.since!r}", hint="use YYYY-MM-DD, e.g. 2026-11-29"
        )
    if not args.paths and not args.db:
        raise InputError("nothing to digest", hint="give INPUT files or a --db store")
    check_store_path(args.db)
    check_store_to_read(args.db, args.paths)
    check_store_output(args.db, args.output)
    check_output(args.output, args.paths)
    # after the store's checks: -o naming the --db store is said as that, not as a format
    args.format = output_format(args.format, args.output, FORMATS)
    if args.db and os.path.exists(args.db):
        from ..stories.store import StoryStore

        # A file that is no story store is refused now, before any input is read (as
        # cluster --db does; a new one is made only once there are articles to store).
        StoryStore(args.db).close()
    t0 = time.perf_counter()
    docs, skipped = (
        load_articles(args.paths, fetch_options(args), on_error=args.on_error)
        if args.paths
        else ([], [])
    )
    report_skipped(skipped)
    if not docs and not args.db:
        from .cluster import no_articles

        raise no_articles("digest", args.paths, said_why=bool(skipped))
    empty: list[Any] = []  # articles the API left out (no text after cleaning)
    failed: list[Any] = []  # stories whose summary failed (--on-error skip)
    hidden: list[Any] = []  # what --min-sources and --limit left out (one NotShown)
    bar = progress_bar()
    done = [0, 0]  # stories summarized, stories to summarize

    def progress(n: int, total: int) -> None:
        done[:] = [n, total]
        if bar:
            bar(n, total)

    stage = ["grouping"]  # then "stored" (--db: the articles committed), "summarizing"
    update: list[str] = []  # --db: what adding the inputs did to the store
    try:
        items, n_candidates, most = _digest_items(
            args, docs, progress, empty, failed, stage, hidden, update
        )
    except KeyboardInterrupt:
        if bar and done[0] < done[1]:
            print(file=sys.stderr)  # end the progress bar's line
        if stage[0] != "summarizing":
            print(
                f"newsbrief: {_interrupted_before_summaries(args, docs, stage[0])}", file=sys.stderr
            )
            return EXIT_INTERRUPTED
        kept = (
            f"; {'it is' if done[0] == 1 else f'those {done[0]} are'} kept in {args.db}, "
            "so a rerun summarizes only the rest"
            if args.db and done[0]
            # the store's add was committed before summarizing began
            else f"; the articles are stored in {args.db}, so a rerun need not read them again"
            if args.db and docs
            else ""
        )
        print(
            f"newsbrief: interrupted: {done[0]} of {done[1] or '?'} stories summarized, "
            f"nothing written to {'standard output' if args.output == '-' else args.output}"
            f"{kept}",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    logging.getLogger("newsbrief").info(
        "digest: %s read (%d skipped, %d empty); %s, %d with %d+ outlets shown "
        "(%d summarized, %d from the store's cache) in %.0f ms",
        _count(len(docs) - len(empty), "article"),
        len(skipped),
        len(empty),
        _count(n_candidates, "story"),
        len(items),
        args.min_sources,
        sum(1 for it in items if not it.cached),
        sum(1 for it in items if it.cached),
        1000 * (time.perf_counter() - t0),
    )
    # an empty digest is a digest (exit 0: a cron job's quiet day is no failure); its
    # page says why it is empty, and stderr says it with the option that shows more
    undated = hidden[0].undated if hidden else 0
    why, fix = (
        _none_shown(n_candidates, most, args, undated) if not items and not failed else ("", "")
    )
    if why:
        print(f"newsbrief: warning: {why}{fix}", file=sys.stderr)
    shown = render_digest(
        items, args.format, failed=failed, hidden=hidden[0] if hidden else None, why_empty=why
    )
    write_output(shown, args.output, args.paths)
    if args.db:
        print(f"newsbrief: {_store_report(update, items)}", file=sys.stderr)
    report_skipped(failed)
    if skipped or empty or failed:
        # articles and stories are counted apart: "2 skipped" of one each would read as
        # two of either
        left_out = [f"{len(skipped) + len(empty)} skipped"] if skipped or empty else []
        if failed:
            left_out.append(f"{_count(len(failed), 'story')} not summarized")
        print(
            f"newsbrief: {_count(len(items), 'story')} in the digest, {', '.join(left_out)}",
            file=sys.stderr,
        )
        return EXIT_PARTIAL
    return EXIT_OK


def _store_report(update: list[str], items: list[Any]) -> str:
    """What a ``digest --db`` run did, in the one line ``cluster --db`` gives, with the
    summaries it made: ``0 new articles; 24 already stored; 0 stories summarized, 6 from
    the store's cache``. Why: a rerun printed nothing, so an editor could not tell
    whether anything was new since the last digest (before, only -v said it)."""
    from .cluster import _count

    fresh = sum(1 for it in items if not it.cached)
    made = f"{_count(fresh, 'story')} summarized, {len(items) - fresh} from the store's cache"
    # no INPUT: the store is only read ("no input: 5 stories summarized" read as if
    # summaries came from nothing)
    return "; ".join([*update, made]) if update else f"no articles added; {made}"


def _interrupted_before_summaries(args: argparse.Namespace, docs: list[Any], stage: str) -> str:
    """What a Ctrl-C before the first summary leaves: no "0 of ? stories summarized"
    (nothing was being summarized yet), and whether the store took the articles (its add
    is one transaction: interrupted, it is rolled back)."""
    if stage == "grouping" and docs:
        said = "interrupted while grouping articles: nothing written"
        return said + ("; nothing added to the store" if args.db else "")
    if stage != "stored":
        return "interrupted before summarizing: nothing written"  # reading the store
    return (
        "interrupted before summarizing: nothing written; "
        f"the articles are stored in {args.db}, so a rerun need not read them again"
    )


def _digest_items(
    args: argparse.Namespace,
    docs: list[Any],
    progress: Callable[[int, int], None],
    empty: list[Any],
    failed: list[Any],
    stage: list[str] | None = None,
    hidden: list[Any] | None = None,
    update: list[str] | None = None,
) -> tuple[list[Any], int, int]:
    """The digest's entries, how many stories they were chosen from, and the most
    outlets any of those (with news since ``--since``) has; the articles clustering left
    out are named on stderr (before summarizing starts) and put in ``empty``, the stories
    whose summary failed (``--on-error skip``) in ``failed``, what --min-sources and
    --limit left out (``stories.digest.NotShown``) in ``hidden``, what a --db update did
    to the store (``cluster.what_the_update_did``) in ``update``; ``stage[0]`` says how
    far it got, for a Ctrl-C."""
    stage = stage if stage is not None else [""]
    hidden = hidden if hidden is not None else []
    from ..engine import TerminalProgress
    from ..stories.cluster import cluster
    from ..stories.digest import (
        as_stored,
        digest,
        digest_furniture,
        n_outlets,
        not_shown,
        select,
    )
    from .cluster import (
        in_articles,
        no_articles,
        report_kept_text,
        report_skipped,
        what_the_update_did,
    )

    update = update if update is not None else []
    if args.db:
        from ..stories.store import StoryStore

        with StoryStore(args.db, threshold=args.threshold) as store:
            if docs:
                known = {d.id for d in docs if store.story_of(d.id) is not None}
                before = store.story_ids()
                with TerminalProgress(sys.stderr, "articles") as bar:
                    added = store.add(docs, progress=in_articles(bar, len(docs)))
                empty.extend(report_skipped(added.skipped))
                report_kept_text(added.changed, args.db)
                stage[0] = "stored"
                update.append(what_the_update_did(store, added, known, before))
            n, _ = store.count()
            stored = store.stories(limit=max(n, 1))
            # every story stored: an empty digest says how many --since found older
            n_candidates = n
            # --since as for files: by the dates the articles give (a story none of whose
            # articles gives one is undated, whatever day the store filed it at)
            recent = select(stored, min_sources=1, since=args.since) if args.since else stored
            most = max((n_outlets(s) for s in recent), default=0)
            eligible = select(stored, min_sources=args.min_sources, since=args.since)
            hidden.append(
                not_shown(
                    stored,
                    eligible,
                    min_sources=args.min_sources,
                    limit=args.limit,
                    since=args.since,
                )
            )
            chosen = eligible[: args.limit]
            # furniture is seen across every story with news since --since, not only
            # those shown
            furniture = digest_furniture(recent)
            stage[0] = "summarizing"
            if chosen:  # a Ctrl-C now says "0 of N", never "0 of ?"
                progress(0, len(chosen))
            items = digest(
                chosen,
                fmt=args.format,
                words=args.words,
                store=store,
                progress=progress,
                furniture=furniture,
                on_error=args.on_error,
                failed=failed,
                latest_first=args.latest_first,
                jobs=args.jobs,
            )
    else:
        # the bar moves while the articles are grouped too (seconds for a day's articles),
        # as in ``newsbrief cluster``, then story by story
        with TerminalProgress(sys.stderr, "articles") as bar:
            clustered = cluster(
                docs, threshold=args.threshold, progress=in_articles(bar, len(docs))
            )
        empty.extend(report_skipped(clustered.skipped))
        if not clustered:
            raise no_articles("digest", args.paths, said_why=bool(empty))
        stories = [as_stored(s) for s in clustered]
        n_candidates = len(stories)
        recent = select(stories, min_sources=1, since=args.since) if args.since else stories
        most = max((n_outlets(s) for s in recent), default=0)
        eligible = select(stories, min_sources=args.min_sources, since=args.since)
        hidden.append(
            not_shown(
                stories, eligible, min_sources=args.min_sources, limit=args.limit, since=args.since
            )
        )
        chosen = eligible[: args.limit]
        # furniture is seen across every story at hand, not only those shown
        furniture = digest_furniture(stories)
        stage[0] = "summarizing"
        if chosen:
            progress(0, len(chosen))
        items = digest(
            chosen,
            fmt=args.format,
            words=args.words,
            progress=progress,
            furniture=furniture,
            on_error=args.on_error,
            failed=failed,
            latest_first=args.latest_first,
            jobs=args.jobs,
        )
    return items, n_candidates, most


def _none_shown(
    n_stories: int, most: int, args: argparse.Namespace, undated: int = 0
) -> tuple[str, str]:
    """Why the digest is empty and the option that shows more
    (:func:`newsbrief.stories.digest.why_none_shown`, the service's words too)."""
    from ..stories.digest import why_none_shown

    return why_none_shown(
        n_stories, most, min_sources=args.min_sources, since=args.since, undated=undated
    )
