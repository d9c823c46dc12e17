"""``newsbrief serve``: the HTTP service and web page (the ``[serve]`` extra)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

# Every address the service answers (tests/service/test_serve_cli.py checks this list
# against the app's routes, so --help cannot fall behind a new endpoint).
ENDPOINTS = (
    ("POST /v1/summarize", "summarize one story (the JSON summarize --format json prints)"),
    ("POST /v1/articles", "add articles to the story store"),
    ("GET  /v1/stories", "stories, ranked as the digest ranks them"),
    ("GET  /v1/stories/{id}", "one story with its summary"),
    ("GET  /v1/digest", "the digest (digest --db STORE --format json)"),
    ("GET  /healthz", "liveness and version"),
    ("GET  /openapi.json", "the API's specification"),
    ("GET  /", "page: the stories"),
    ("GET  /stories/{id}", "page: one story"),
    ("GET  /digest", "page: the digest"),
    ("GET  /summarize", "page: paste articles or URLs to summarize (POST sends it)"),
)
SERVE_DESCRIPTION = (
    "Serve the JSON API and the web pages:\n\n"
    + "\n".join(f"  {path:<22} {what}" for path, what in ENDPOINTS)
    + "\n\nWrites need 'Authorization: Bearer TOKEN' when NEWSBRIEF_API_TOKEN is set. "
    "Needs newsbrief[serve]."
)


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "serve",
        help="run the HTTP service and web page",
        description=SERVE_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default %(default)s)")
    p.add_argument(
        "--db",
        metavar="STORE.sqlite",
        help="the story store (the same as 'newsbrief cluster --db'); without it stories "
        "are kept in a temporary store removed on exit",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--max-body",
        type=int,
        default=10_000_000,
        metavar="BYTES",
        help="largest request body (default 10 MB; larger gets 413)",
    )
    p.add_argument(
        "--max-articles", type=int, default=200, help="documents per request (default 200)"
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="per-request time limit (default 30; over it answers 503)",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="let documents' URLs reach private, loopback or link-local addresses",
    )
    p.add_argument(
        "--shutdown-grace",
        type=int,
        default=3,
        metavar="SECONDS",
        help="on Ctrl-C or SIGTERM, how long requests in progress may finish before they are "
        "answered 503 (default %(default)s)",
    )


def run(args: argparse.Namespace) -> int:
    from ..errors import MissingExtraError, OptionsError
    from ..service.settings import TOKEN_ENV, Settings, is_loopback

    for name, value in (
        ("--workers", args.workers),
        ("--max-body", args.max_body),
        ("--max-articles", args.max_articles),
    ):
        if value < 1:
            raise OptionsError(f"{name} must be at least 1, got {value}")
    if not 0 < args.port < 65536:
        raise OptionsError(f"--port must be 1-65535, got {args.port}")
    if not args.time_limit > 0:
        raise OptionsError(f"--time-limit must be positive, got {args.time_limit}")
    if args.shutdown_grace < 0:
        raise OptionsError(f"--shutdown-grace must be 0 or more, got {args.shutdown_grace}")
    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
        import uvicorn
    except ImportError:
        raise MissingExtraError("newsbrief serve", "serve") from None
    _check_address(args.host, args.port)
    token = os.environ.get(TOKEN_ENV) or None
    if not token and not is_loopback(args.host):
        print(
            f"newsbrief: warning: serving on {args.host} without {TOKEN_ENV}: anyone who can "
            "reach this address can add articles (set the variable to require a token)",
            file=sys.stderr,
        )
    db = os.path.abspath(args.db) if args.db else None
    if db:
        # A store that cannot be opened is a one-line error now, not a failed start-up.
        from ..stories.store import StoryStore
        from .cluster import check_store_path

        check_store_path(db)
        StoryStore(db).close()
    settings = Settings(
        db=db,
        token=token,
        max_body=args.max_body,
        max_articles=args.max_articles,
        time_limit=args.time_limit,
        allow_private=args.allow_private,
        shutdown_grace=args.shutdown_grace,
    )
    temporary = None
    if args.workers > 1 and db is None:
        # Workers are separate processes: they must share one store, not one each.
        import tempfile

        temporary = tempfile.mkdtemp(prefix="newsbrief-serve-")
        settings = Settings(
            **{**settings.__dict__, "db": os.path.join(temporary, "stories.sqlite")}
        )
    where = settings.db or "a temporary store (removed on exit; --db to keep stories)"
    print(
        f"newsbrief: serving on http://{_url_host(args.host)}:{args.port}/ with {where}",
        file=sys.stderr,
    )
    # -v: uvicorn's info log (start-up, one line per request) on stderr
    log_level = "info" if getattr(args, "verbose", 0) else "warning"
    try:
        if args.workers == 1:
            from ..service import create_app

            uvicorn.run(
                create_app(settings),
                host=args.host,
                port=args.port,
                log_level=log_level,
                timeout_graceful_shutdown=settings.shutdown_grace,
            )
        else:
            os.environ.update(settings.to_env())
            uvicorn.run(
                "newsbrief.service.app:create_app",
                factory=True,
                host=args.host,
                port=args.port,
                workers=args.workers,
                log_level=log_level,
                timeout_graceful_shutdown=settings.shutdown_grace,
            )
    finally:
        if temporary:
            import shutil

            shutil.rmtree(temporary, ignore_errors=True)
    return 0


def _check_address(host: str, port: int) -> None:
    """A taken port or an unknown host as one line, before uvicorn starts and logs a trace."""
    import socket

    from ..errors import OptionsError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise OptionsError(f"cannot listen on {host}: {exc}", hint="check --host") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as exc:
            raise OptionsError(
                f"cannot listen on {host}:{port}: {exc.strerror}",
                hint="choose another --port, or stop what is using it",
            ) from None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
