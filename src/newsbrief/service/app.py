"""The FastAPI application: limits, security headers and error mapping, then the routes.

Every route parses, calls the API in a worker thread under the per-request time limit,
and renders; the error tree (``newsbrief.errors``) is mapped to HTTP once, here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import FetchError, InputError, MissingExtraError, NewsbriefError, OptionsError
from ..model import Article
from .core import CLIENT_GONE, ClientGone, ServerMisconfigured
from .settings import Settings

log = logging.getLogger("newsbrief.service")

T = TypeVar("T")

# What a 499 says. Nobody reads it (the client has gone; uvicorn sends nothing to a
# gone client and writes no access-log line for it): it ends the request's handling.
CLIENT_LEFT = "the client closed the connection before this request's work was done"

# What a 503 tells the sender of documents (a route without its own hint).
TIME_LIMIT_HINT = "send fewer documents, or retry later"


class StoreUnavailable(NewsbriefError):
    """The story store cannot be used by this installation."""


# One mapping for the whole error tree: a user's bad document or option is a 422 naming
# it; a feature this server was installed without is a 501 naming the extra.
STATUS = (
    (MissingExtraError, 501),
    (StoreUnavailable, 501),
    (InputError, 422),
    (OptionsError, 422),
    (FetchError, 422),
    (NewsbriefError, 400),
)

# No script may run, whatever an article holds; styles only from our own stylesheet.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class ServiceError(HTTPException):
    """An HTTP-level refusal (too large, too slow, no token) with a JSON body like the rest."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        hint: str | None = None,
        *,
        limit: int | None = None,
    ):
        super().__init__(status_code=status, detail=message)
        self.error = error
        self.message = message
        self.hint = hint
        self.limit = limit  # the limit passed, for a page to say in a reader's words

    def to_dict(self) -> dict[str, str | None]:
        return {"error": self.error, "message": self.message, "where": None, "hint": self.hint}


# Paths of the JSON API; every other path is a page a browser opens, whose errors are
# shown as a page in words (a reader must never meet a JSON blob or a traceback).
API_PATHS = ("/v1/", "/healthz", "/openapi.json", "/static/")

# What a page says for each refusal, in a reader's words: (heading, hint).
PAGE_WORDS = {
    "PayloadTooLarge": ("Too much text at once", None),
    "TooManyDocuments": ("Too many articles at once", None),
    "TimeLimit": ("This took too long", "Try again in a moment."),
    "ServerStopping": ("The server is stopping", "Try again once it is back."),
    "NotFound": ("No such page", None),
    "MethodNotAllowed": ("No such page", None),
    "InternalError": ("Something went wrong", None),
    "ServerMisconfigured": (
        "Something went wrong",
        "This is the server's fault, not what you sent: tell whoever runs it.",
    ),
}
# The paste form is the one page a reader sends articles to: only there is "paste fewer
# or shorter articles" something the reader can do (a story page is slow for the server's
# own reasons).
PASTE_FORM = "/summarize"
PASTE_HINTS = {
    "PayloadTooLarge": "Paste fewer or shorter articles at a time.",
    "TooManyDocuments": "Paste fewer articles at a time.",
    "TimeLimit": "Try fewer or shorter articles, or try again in a moment.",
}


def is_page(path: str) -> bool:
    """A page for a browser (``/``, ``/summarize``, ``/stories/...``), not the JSON API."""
    return not (path in ("/v1", "/healthz", "/openapi.json") or path.startswith(API_PATHS))


def error_page(
    status: int,
    error: str,
    message: str,
    headers: Mapping[str, str] | None = None,
    *,
    path: str = "",
    limit: int | None = None,
) -> HTMLResponse:
    """A refusal on a page, as a page: what happened in words, a hint that fits the page
    asked for (``path``) and a way back to the form."""
    from .routes import render_page

    heading, hint = PAGE_WORDS.get(error, ("This did not work", None))
    if path == PASTE_FORM:
        hint = PASTE_HINTS.get(error, hint)
    if error == "PayloadTooLarge" and limit is not None:  # 10,000,000 as a reader reads it
        message = f"what was sent is over the limit of {limit:,} bytes"
    html = render_page("error.html", heading=heading, message=_sentence(message), hint=hint)
    return HTMLResponse(html, status_code=status, headers=headers)


def page_words(exc: NewsbriefError) -> str:
    """An error as a page says it: a query parameter by its name (``since``), never the
    API's field path (``query.since``, read on a page as "Query.since")."""
    where = exc.where or ""
    if where.startswith("query."):
        hint = f" ({exc.hint})" if exc.hint else ""
        return f"{exc.message} in the {where.removeprefix('query.')} parameter{hint}"
    return str(exc)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


class BodyLimit:
    """Refuses a request body over ``max_body`` bytes with 413, before or while reading it."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    def too_large(self) -> ServiceError:
        return ServiceError(
            413,
            "PayloadTooLarge",
            f"request body over {self.max_body} bytes",
            hint="send fewer or shorter documents per request",
            limit=self.max_body,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        for name, value in scope.get("headers") or []:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                exc = self.too_large()
                answer: Response = (
                    error_page(413, exc.error, exc.message, path=path, limit=exc.limit)
                    if is_page(path)
                    else JSONResponse(exc.to_dict(), status_code=413)
                )
                await answer(scope, receive, send)
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    # An HTTPException passes FastAPI's body parsing unchanged (others
                    # would become a 400), so the handler below answers 413.
                    raise self.too_large()
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Adds the CSP and the other hardening headers to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def error_body(exc: NewsbriefError) -> tuple[int, dict[str, Any]]:
    status = next(code for cls, code in STATUS if isinstance(exc, cls))
    return status, exc.to_dict()


def _validation_where(loc: tuple[Any, ...], body: Any) -> str:
    """``('body', 'documents', 2, 'text')`` as ``documents[2] (id x).text``."""
    parts = [p for p in loc if p != "body"]
    out = ""
    node = body
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
            node = node[p] if isinstance(node, list) and p < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), (str, int)):
                out += f" (id {node['id']})"
        else:
            out += ("." if out else "") + str(p)
            node = node.get(p) if isinstance(node, dict) else None
    return out or "request body"


# pydantic's error types for a body that is not an object (text, a list, a number)
_NOT_AN_OBJECT = frozenset({"model_attributes_type", "model_type", "dict_type"})


# The most of a refused value a 422's ``details`` echoes back.
ECHO_CHARS = 80


def _readable(error: Any) -> Any:
    """One validation error as JSON a client reads: a body sent as bytes is shown as its
    text (``"hello"``), never a Python repr (``"b'hello'"``); an ``input`` longer than
    :data:`ECHO_CHARS` as JSON is cut to its first characters and "…" (a refused request
    of whole articles echoed every article back: the client has what it sent)."""
    error = dict(error)
    if isinstance(error.get("input"), (bytes, bytearray)):
        error["input"] = bytes(error["input"]).decode("utf-8", errors="replace")
    error = json.loads(json.dumps(error, default=str))
    given = error.get("input")
    if given is not None:
        text = given if isinstance(given, str) else json.dumps(given, ensure_ascii=False)
        if len(text) > ECHO_CHARS:
            error["input"] = text[:ECHO_CHARS] + "…"
    return error


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    from .stories import Stories

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.stories = Stories.open(settings)
        # the list's first page gets its summaries made now, not by its first reader
        app.state.stories.warm_first_page(app.state.busy)
        try:
            yield
        except asyncio.CancelledError:
            # a second Ctrl-C (uvicorn's forced exit) cancels the lifespan: the store is
            # closed below all the same, and the stop is no traceback on the console
            pass
        finally:
            app.state.stories.close(wait=settings.shutdown_grace)

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Multi-source news summaries, every sentence traced to its sources.",
        docs_url=None,  # Swagger UI needs scripts from a CDN: the spec is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.busy = threading.BoundedSemaphore(settings.jobs)

    @app.exception_handler(NewsbriefError)
    async def newsbrief_error(request: Request, exc: NewsbriefError) -> Response:
        status, body = error_body(exc)
        if is_page(request.url.path):
            return error_page(status, exc.error_name, page_words(exc), path=request.url.path)
        return JSONResponse(body, status_code=status)

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        if exc.status_code == 503:
            headers = {"Retry-After": "5"}
        if is_page(request.url.path):
            return error_page(
                exc.status_code,
                exc.error,
                exc.message,
                headers,
                path=request.url.path,
                limit=exc.limit,
            )
        return JSONResponse(exc.to_dict(), status_code=exc.status_code, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # Starlette's own refusals (unknown path, wrong method) in the same shape as ours.
        name = {404: "NotFound", 405: "MethodNotAllowed"}.get(exc.status_code, "HTTPError")
        body = {"error": name, "message": str(exc.detail), "where": None, "hint": None}
        if is_page(request.url.path):
            message = {404: "there is nothing at this address", 405: "this address is not a form"}
            words = message.get(exc.status_code, str(exc.detail))
            return error_page(exc.status_code, name, words, exc.headers, path=request.url.path)
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        # A bug, not a user's mistake: logged with its traceback, answered without it.
        # This answer leaves outside the header middleware, so it carries them itself.
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        body = {
            "error": "InternalError",
            "message": "the server failed on this request (a bug; it is logged)",
            "where": None,
            "hint": None,
        }
        headers = {k.decode(): v.decode() for k, v in SECURITY_HEADERS}
        if is_page(request.url.path):
            return error_page(500, "InternalError", str(body["message"]), headers)
        return JSONResponse(body, status_code=500, headers=headers)

    @app.exception_handler(ServerMisconfigured)
    async def misconfigured(request: Request, exc: ServerMisconfigured) -> Response:
        # The server's setting, not the sender's document: logged for the operator, and
        # the reader is not told to change what they sent.
        log.error("%s %s: the server is misconfigured: %s", request.method, request.url.path, exc)
        body = {
            "error": "ServerMisconfigured",
            "message": "the server is misconfigured (its log says how)",
            "where": None,
            "hint": "tell whoever runs this server",
        }
        if is_page(request.url.path):
            return error_page(500, "ServerMisconfigured", str(body["message"]))
        return JSONResponse(body, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        from .invalid import MEMBERS, in_words

        errors = exc.errors() or [{"loc": (), "msg": "invalid request"}]
        first = errors[0]
        loc = tuple(first.get("loc") or ())
        if len(loc) > 1 and str(loc[-1]) in MEMBERS:
            loc = loc[:-1]  # the union member tried (``id``'s ``str``) is no field
        where = _validation_where(loc, exc.body)
        # plain words naming the field; the validator's own list stays in ``details``
        message = in_words(errors, where)
        if first.get("type") == "json_invalid":
            # loc is ("body", character offset): say so, not "[0]"
            loc = tuple(first.get("loc") or ())
            at = loc[-1] if loc and isinstance(loc[-1], int) else None
            where = "request body" + (f" at character {at}" if at is not None else "")
            ctx = first.get("ctx")
            why = ctx.get("error") if isinstance(ctx, dict) else None
            message = "the request body is not valid JSON" + (f" ({why})" if why else "")
        hint = "see /openapi.json for the request schema"
        if tuple(first.get("loc") or ()) == ("body",) and first.get("type") in _NOT_AN_OBJECT:
            # a body that is no JSON object (plain text, a JSON list): said in words, not
            # pydantic's "valid dictionary or object to extract fields from"
            message = "the request body is not a JSON object"
            where = "request body"
            hint = "send a JSON object with content-type: application/json"
        body = {
            "error": "InputError",
            "message": message,
            "where": where,
            "hint": hint,
            "details": [_readable(e) for e in errors],
        }
        return JSONResponse(body, status_code=422)

    from .routes import api_router, page_router

    app.include_router(api_router)
    app.include_router(page_router)
    return _wrap(app, settings)


def _wrap(app: FastAPI, settings: Settings) -> FastAPI:
    # The last added is the outermost: headers go on every answer, early 413s included.
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders)
    return app


async def run_job(
    request: Request, fn: Callable[..., T], *args: Any, hint: str = TIME_LIMIT_HINT
) -> T:
    """Run CPU-bound or fetching work in a worker thread, within the request's time limit.

    At most ``Settings.jobs`` jobs run at once per process, and waiting for a turn counts
    towards the limit. A request waits for its turn in the event loop, and its thread is
    started only once it holds one: a burst of requests costs no thread per request. A
    job past the limit is answered 503 and abandoned: if it has not started it never
    does; if it has, it keeps its turn until it ends (bounded by the body and article
    caps), so abandoned work can never pile up beyond ``jobs`` threads. A client that
    leaves is answered 499 ``ClientGone`` at once (read by nobody: it ends the request),
    its job abandoned the same way.
    ``hint``: what the caller of this route can do about a 503 (a GET has no documents
    to send fewer of).
    """
    settings: Settings = request.app.state.settings
    busy: threading.BoundedSemaphore = request.app.state.busy
    deadline = time.monotonic() + settings.time_limit
    gone = threading.Event()  # set when the client closes its connection
    watcher = asyncio.ensure_future(_watch_client(request, gone))

    async def in_turn() -> T:
        # the turn is waited for here, in the event loop, and a thread started only
        # once it is held: a burst of requests waits as coroutines, never as one
        # thread each (threads stay at most ``jobs``, plus the background summaries)
        await _take_turn(busy, gone)
        try:
            job = start_daemon_thread(guarded)  # ``guarded`` gives the turn back
        except BaseException:
            busy.release()  # no thread was started (the OS refused one): nor will it
            raise
        either: set[asyncio.Future[Any]] = {job, watcher}
        try:
            # a client that leaves is answered (499) at once, not when the job ends
            await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
            if gone.is_set() and not job.done():
                raise ClientGone
            return await job
        finally:
            job.cancel()  # abandoned unless done: the thread keeps its turn to its end

    def guarded() -> T:
        try:
            if time.monotonic() >= deadline:
                raise TimeoutError  # its caller has given up already
            if gone.is_set():
                raise ClientGone  # nobody would read the answer: the turn goes to others
            CLIENT_GONE.set(gone)  # checked before each URL document is fetched
            return fn(*args)
        finally:
            busy.release()

    try:
        with anyio.fail_after(settings.time_limit):
            return await in_turn()
    except ClientGone:
        # 499: nginx's "client closed request"; the client is not there to read it
        raise ServiceError(499, "ClientGone", CLIENT_LEFT) from None
    except asyncio.CancelledError:
        if gone.is_set():  # cancelled because its client left: a 499, not a stop's 503
            raise ServiceError(499, "ClientGone", CLIENT_LEFT) from None
        # Not the time limit (anyio says that as TimeoutError): the server dropping the
        # request as it stops (``Settings.shutdown_grace``). Answered, not left to
        # escape as a traceback on the operator's console; its work is abandoned.
        raise ServiceError(
            503,
            "ServerStopping",
            "the server stopped before this request was finished",
            hint="retry once the server is back",
        ) from None
    except TimeoutError:
        raise ServiceError(
            503,
            "TimeLimit",
            f"the request took longer than the limit of {_seconds(settings.time_limit)}",
            hint=hint,
        ) from None
    finally:
        watcher.cancel()


async def _watch_client(request: Request, gone: threading.Event) -> None:
    """Set ``gone`` when the client disconnects. Runs only after the route has read the
    body (every route has, before its job), so the messages left are the disconnect; it
    is cancelled when the job's answer is ready."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            gone.set()
            return


# How often a request waiting for a turn looks again (seconds, doubling up to the
# second figure): a turn is a job slot, so a waiter polls; its wait costs no thread.
TURN_POLL = (0.005, 0.05)


async def _take_turn(busy: threading.BoundedSemaphore, gone: threading.Event) -> None:
    """Wait for one of the server's turns without a thread; raises ``ClientGone`` if the
    client leaves first. Cancelled (time limit, stop) while waiting, it holds no turn."""
    pause = TURN_POLL[0]
    while not busy.acquire(blocking=False):
        if gone.is_set():
            raise ClientGone
        await asyncio.sleep(pause)
        pause = min(pause * 2, TURN_POLL[1])


async def in_daemon_thread(fn: Callable[[], T]) -> T:
    """``fn()`` in a daemon thread of its own, awaited; a cancelled await abandons it.

    Why not ``anyio.to_thread``: its worker threads are no daemons, so a stop (Ctrl-C)
    after a request was given up (503, or its client gone) waited at exit for the work
    nobody would read (a URL that never answers held the process for over a minute).
    """
    return await start_daemon_thread(fn)


def start_daemon_thread(fn: Callable[[], T]) -> asyncio.Future[T]:
    """Start ``fn()`` in a daemon thread now; the future gets its result. Cancelling the
    future abandons the thread's result (the thread itself runs to its end)."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(value: Any, error: BaseException | None) -> None:
        if done.done():  # abandoned: its caller has gone
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(value)

    def work() -> None:
        value: Any = None
        error: BaseException | None = None
        try:
            value = fn()
        except BaseException as exc:  # handed to the awaiting request, raised there
            error = exc
        # a closed event loop (RuntimeError): the server stopped and nobody waits
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, value, error)

    threading.Thread(target=work, name="newsbrief-job", daemon=True).start()
    return done


def _seconds(value: float) -> str:
    return f"{math.ceil(value)} s" if value >= 1 else f"{value:g} s"


def check_count(request: Request, n: int, what: str) -> None:
    limit = request.app.state.settings.max_articles
    if n > limit:
        raise ServiceError(
            413,
            "TooManyDocuments",
            f"{n} {what} in one request; the limit is {limit}",
            hint="split them over several requests",
        )


def check_read(settings: Settings, docs: Sequence[Article], what: str) -> None:
    """The request's caps again once its URLs are read: a feed's address is one document
    of the request but gives up to ``FetchOptions.max_feed_items`` articles, so
    ``max_articles`` counts the articles read and ``max_body`` bounds the bytes of their
    text, as it bounds a body sent."""
    from ..ingest import _text_size
    from ..ingest.fetch import FetchOptions

    if len(docs) > settings.max_articles:
        raise ServiceError(
            413,
            "TooManyDocuments",
            f"{len(docs)} {what} read from this request; the limit is {settings.max_articles}",
            hint="send fewer per request (a feed's address gives up to "
            f"{FetchOptions().max_feed_items} articles)",
        )
    total = sum(_text_size(d.text) for d in docs)
    if total > settings.max_body:
        raise ServiceError(
            413,
            "PayloadTooLarge",
            f"the {what} read hold {total} bytes of text; the limit is {settings.max_body} "
            "bytes per request",
            hint="post fewer feeds or URLs per request",
            limit=settings.max_body,
        )
