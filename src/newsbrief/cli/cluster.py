"""``newsbrief cluster``: articles in, stories out in the batch input schema."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from . import web_args


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "cluster",
        help="group articles into stories (JSONL for newsbrief batch)",
        description="Group articles into stories; every article lands in exactly one. "
        "INPUT: anything summarize reads, or a .jsonl of articles (one per line). OUT holds "
        "one story per line in the batch input schema. With --db, articles already stored "
        "stay in their stories, new ones join one or start one, and OUT holds every "
        "stored story.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="article files, folders, URLs or .jsonl (none with --db: write the store's stories)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="STORIES.jsonl",
        help="the stories, one a line (what 'newsbrief batch' reads)",
    )
    p.add_argument("--db", metavar="STORE.sqlite", help="incremental mode: this story store")
    p.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="affinity an article needs to join a story, in standard deviations above its "
        "background similarity (default 1.25; higher: more, smaller stories)",
    )
    p.add_argument(
        "--quiet-days",
        type=float,
        default=None,
        help="--db: stories with nothing new for this many days are closed (default 14)",
    )
    on_error_arg(p)
    web_args(p)


def on_error_arg(p: argparse.ArgumentParser) -> None:
    """``--on-error`` as ``batch`` has it, for the articles of JSONL inputs."""
    p.add_argument(
        "--on-error",
        choices=("raise", "skip"),
        default="raise",
        help="a bad line of a JSONL input (malformed, no text): stop at it (raise, the "
        "default), or name it on stderr, go on with the rest and exit 1 (skip)",
    )


def run(args: argparse.Namespace) -> int:
    # [the store took this run's articles (its add is one transaction), writing began]
    stored = [False, False]
    try:
        return _run(args, stored)
    except KeyboardInterrupt:
        where = "standard output" if args.output == "-" else args.output
        store = (
            f"; {args.db} holds the new articles (rerun to write {where})"
            if stored[0]
            else (f"; {args.db} is as it was" if args.db else "")
        )
        # a file appears only whole; standard output has the lines printed before Ctrl-C
        said = (
            "the stories on standard output are incomplete"
            if stored[1] and args.output == "-"
            else f"nothing written to {where}"
        )
        print(f"newsbrief: interrupted: {said}{store}", file=sys.stderr)
        from . import EXIT_INTERRUPTED

        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace, stored_flag: list[bool]) -> int:
    import logging
    import os
    import time
    from datetime import timedelta

    from ..engine import TerminalProgress
    from ..errors import InputError, OptionsError
    from ..outfile import check_output, open_output
    from ..stories.cluster import cluster
    from ..stories.io import load_articles, write_stories
    from . import (
        EXIT_OK,
        EXIT_PARTIAL,
        check_store_output,
        check_store_to_read,
        check_threshold_flag,
        fetch_options,
        output_format,
    )

    check_threshold_flag(args.threshold)
    if args.quiet_days is not None and not args.quiet_days > 0:
        raise OptionsError(
            f"--quiet-days must be positive, got {args.quiet_days:g}", hint="e.g. --quiet-days 14"
        )
    if not args.paths and not args.db:
        raise InputError("nothing to cluster", hint="give INPUT files, or --db to write a store")
    check_store_path(args.db)
    check_store_to_read(args.db, args.paths)
    check_store_output(args.db, args.output)
    check_output(args.output, args.paths)
    output_format(None, args.output, ("jsonl",))  # -o out.html is refused, not filled
    if args.db and os.path.exists(args.db):
        from ..stories.store import StoryStore

        # A file that is no story store is refused now, before any input is read (a new
        # one is made only once there are articles to store).
        StoryStore(args.db).close()
    t0 = time.perf_counter()
    docs, skipped = (
        load_articles(args.paths, fetch_options(args), on_error=args.on_error)
        if args.paths
        else ([], [])
    )
    t_read = time.perf_counter() - t0
    report_skipped(skipped)
    # an unreadable 'published' is named once, where the articles are read for
    # clustering (stories.docs.to_docs), for the store and a plain run alike
    if not docs and not args.db:
        raise no_articles("cluster", args.paths, said_why=bool(skipped))
    empty: Sequence[Any] = ()
    update = ""  # --db: what this update did to the store
    if args.db:
        from ..model import Story
        from ..stories.store import StoryStore

        quiet = timedelta(days=14 if args.quiet_days is None else args.quiet_days)
        with StoryStore(args.db, quiet_after=quiet, threshold=args.threshold) as store:
            if docs:
                known = {d.id for d in docs if store.story_of(d.id) is not None}
                before = store.story_ids()
                with TerminalProgress(sys.stderr, "articles") as bar:
                    added = store.add(docs, progress=in_articles(bar, len(docs)))
                empty = report_skipped(added.skipped)
                report_kept_text(added.changed, args.db)
                stored_flag[0] = True
                update = what_the_update_did(store, added, known, before)
            n_stories, _ = store.count()
            stored = store.stories(limit=n_stories or 1)
            stories = [Story(s.id, s.articles) for s in stored]
    else:
        with TerminalProgress(sys.stderr, "articles") as bar:
            clustered = cluster(
                docs, threshold=args.threshold, progress=in_articles(bar, len(docs))
            )
        empty = report_skipped(clustered.skipped)
        if not clustered:
            raise no_articles("cluster", args.paths, said_why=bool(skipped or empty))
        stories = list(clustered)
    t_cluster = time.perf_counter() - t0 - t_read
    stored_flag[1] = True
    with open_output(args.output, args.paths) as out:
        write_stories(stories, out)
    logging.getLogger("newsbrief").info(
        "cluster: %s read in %.0f ms (%d skipped, %d empty); %s in %.0f ms",
        _count(len(docs) - len(empty), "article"),
        1000 * t_read,
        len(skipped),
        len(empty),
        (f"store {args.db} now holds " if args.db else "") + _count(len(stories), "story"),
        1000 * t_cluster,
    )
    n = sum(len(s.articles) for s in stories)
    left_out = len(skipped) + len(empty)
    if update:
        print(f"newsbrief: {update}", file=sys.stderr)
    print(
        f"newsbrief: {_count(n, 'article')} in {_count(len(stories), 'story')}"
        + (f", {left_out} skipped" if left_out else ""),
        file=sys.stderr,
    )
    return EXIT_PARTIAL if skipped or empty else EXIT_OK


def what_the_update_did(
    store: Any,
    added: Sequence[tuple[str, str]],
    known: set[str],
    before: set[str] | None = None,
) -> str:
    """What one ``cluster --db`` (or ``digest --db``) update did, said before the store's
    totals (which read the same whether it added 21 articles or re-sent 21 stored ones):
    ``21 new articles: 15 joined 4 stories, 6 in 3 new stories; 2 already stored``, or,
    when every story is new, ``289 new articles: 27 new stories`` ("289 started 27
    stories" read as if each article started one). A story is joined when it holds an
    article stored before this update (a story the update merged into an older one
    included), new when all its articles are new. ``before``: the ids stored before the
    update; a stored story the update merged into another is named with the one it
    merged into (``story s590… merged into s4cf… (its id now resolves there)``): stable
    ids are the store's promise, so an id that leaves the output must be accounted for."""
    new = {aid: sid for aid, sid in added if aid not in known}
    already = len({aid for aid, _ in added if aid in known})
    joined: set[str] = set()
    started: set[str] = set()
    for sid in set(new.values()):
        story = store.story(sid)
        old = story is not None and any(a.id not in new for a in story.articles)
        (joined if old else started).add(sid)
    n_joined = sum(1 for sid in new.values() if sid in joined)
    parts = []
    if joined:
        parts.append(f"{n_joined} joined {_count(len(joined), 'story')}")
    if started and joined:
        parts.append(f"{len(new) - n_joined} in {_count(len(started), 'new story')}")
    elif started:
        parts.append(_count(len(started), "new story"))
    said = f"{_count(len(new), 'new article')}" + (f": {', '.join(parts)}" if parts else "")
    return f"{said}; {already} already stored" + merges_said(store, before)


def merges_said(store: Any, before: set[str] | None) -> str:
    """``; story A merged into B (its id now resolves there)`` for each story stored
    before an update that the update merged into another (several: ``; 2 stories merged:
    A into B, C into D (their ids now resolve there)``); "" for none."""
    if not before:
        return ""
    gone = sorted(before - store.story_ids())
    if not gone:
        return ""
    pairs = [f"{old} into {store.resolve(old)}" for old in gone]
    if len(pairs) == 1:
        return (
            f"; story {pairs[0].replace(' into ', ' merged into ', 1)} (its id now resolves there)"
        )
    return f"; {len(pairs)} stories merged: {', '.join(pairs)} (their ids now resolve there)"


def in_articles(bar: Callable[[int, int | None], None], n: int) -> Callable[[int, int], None]:
    """The API's progress (work units done of a total) shown as the share of the ``n``
    articles' clustering done, so the bar counts articles as the user sees them."""

    def show(done: int, total: int) -> None:
        bar(n * done // total if total else n, n)

    return show


def no_articles(what: str, paths: Sequence[str], *, said_why: bool) -> Exception:
    """The error for inputs that gave no article: points at the reasons printed above,
    or, when nothing was printed (an empty file), says the input holds none."""
    from ..errors import InputError

    if said_why:
        return InputError(f"no articles to {what}", hint="see the lines above for why")
    return InputError(
        f"no articles to {what}: the input holds none",
        where=", ".join(paths),
        hint='give article files, or a .jsonl with one {"id", "text"} article a line',
    )


def report_skipped(items: Sequence[Any]) -> Sequence[Any]:
    """Name on stderr each input or article the API left out (``where: reason``)."""
    for item in items:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    return items


def check_store_path(db: str | None) -> None:
    """Say what is wrong with a --db path SQLite cannot open, instead of its "unable to
    open database file" (which names neither the folder nor why)."""
    if not db:
        return
    import os

    from ..errors import InputError

    if os.path.isdir(db):
        raise InputError(
            "is a folder, not a story store file",
            where=db,
            hint=f"give --db a file name, e.g. {os.path.join(db, 'stories.sqlite')}",
        )
    folder = os.path.dirname(os.path.abspath(db))
    if not os.path.isdir(folder):
        raise InputError(
            f"the folder {folder} does not exist",
            where=db,
            hint="create the folder first, or give --db a file in an existing folder",
        )


def report_kept_text(ids: Sequence[str], db: str) -> None:
    """Say which articles were already stored with another text: re-adding an id changes
    nothing (a story's articles do not move), but an updated article must not vanish
    without a word."""
    if not ids:
        return
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    logging.getLogger("newsbrief").warning(
        "%s: %s already stored with other text: kept the stored text (%s)",
        db,
        _count(len(ids), "article"),
        shown,
    )


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
