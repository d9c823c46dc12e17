"""``newsbrief cluster``: articles in, stories out in the batch input schema."""

from __future__ import annotations

import argparse
import sys
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
    p.add_argument("paths", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="STORIES.jsonl")
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
    web_args(p)


def run(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from ..errors import InputError, OptionsError
    from ..outfile import check_output, open_output
    from ..stories.cluster import check_threshold, cluster
    from ..stories.io import load_articles, write_stories
    from . import EXIT_OK, EXIT_PARTIAL, fetch_options

    check_threshold(args.threshold)
    if args.quiet_days is not None and not args.quiet_days > 0:
        raise OptionsError(f"--quiet-days must be positive, got {args.quiet_days}")
    check_output(args.output, args.paths)
    docs, skipped = load_articles(args.paths, fetch_options(args))
    for item in skipped:
        print(f"newsbrief: skipped {item}", file=sys.stderr)
    if not docs and not args.db:
        raise InputError("no articles to cluster", hint="see the lines above for why")
    if args.db:
        from ..model import Story
        from ..stories.store import StoryStore

        quiet = timedelta(days=14 if args.quiet_days is None else args.quiet_days)
        with StoryStore(args.db, quiet_after=quiet, threshold=args.threshold) as store:
            if docs:
                store.add(docs)
            n_stories, _ = store.count()
            stored = store.stories(limit=n_stories or 1)
            stories = [Story(s.id, s.articles) for s in stored]
    else:
        stories = cluster(docs, threshold=args.threshold)
    with open_output(args.output, args.paths) as out:
        write_stories(stories, out)
    n = sum(len(s.articles) for s in stories)
    print(f"newsbrief: {n} articles in {len(stories)} stories", file=sys.stderr)
    return EXIT_PARTIAL if skipped else EXIT_OK
