"""The routes: versioned JSON under ``/v1``, the pages at ``/`` and ``/stories/{id}``.

Each route parses, hands the work to :func:`~newsbrief.service.app.run_job` (a worker
thread, under the time limit) and renders. Writes need the API token when one is set.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .. import __version__
from ..dedup import distinct_texts
from ..errors import InputError, NewsbriefError, OptionsError
from ..ingest import Skipped
from .app import ServiceError, _seconds, check_count, check_read, error_body, run_job
from .core import (
    SummaryRequest,
    parse_documents,
    pasted_documents,
    stored_answer,
    summarize_json,
)
from .schemas import (
    ArticlesAnswer,
    ArticlesRequest,
    ErrorAnswer,
    Health,
    StoriesAnswer,
    SummarizeRequest,
)
from .stories import DIGEST_DEFAULTS, LISTED, Stories, story_item
from .view import (
    LONG_LIST,
    MARK_MEANINGS,
    MARK_MEANINGS_UNNAMED,
    OPEN_ARTICLES,
    build_page,
    format_when,
    outlet_of,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorAnswer, "description": what}
    for code, what in (
        (413, "body over the size cap, or too many documents"),
        (422, "a bad document or option; 'where' names it"),
        (501, "a feature this server was installed without (e.g. URLs need newsbrief[html])"),
        (503, "over the per-request time limit"),
    )
}


def known_query(request: Request) -> None:
    """Refuse a query parameter the route does not declare, naming it: a typo
    (``min-sources=1``, ``limt=5``) was ignored and the default answer given, which
    reads as if the option had been applied. (The pages, which a browser's links and
    trackers may decorate, still ignore them.)"""
    if not request.query_params:
        return
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    declared = list(dict.fromkeys(_query_names(dependant)))
    for name in request.query_params:
        if name not in declared:
            raise InputError(
                f"{name} is no query parameter of this address",
                where=f"query.{name}",
                hint=(
                    "it takes " + ", ".join(declared)
                    if declared
                    else "it takes no query parameters"
                ),
            )


def _query_names(dependant: Any) -> Iterator[str]:
    """The query parameters a route declares, its dependencies' (``_digest_query``)
    included: FastAPI's ``Dependant`` tree, walked by its public fields."""
    for param in dependant.query_params:
        yield param.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


api_router = APIRouter(dependencies=[Depends(known_query)])
page_router = APIRouter(include_in_schema=False)


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <NEWSBRIEF_API_TOKEN>`` when a token is set."""
    token = request.app.state.settings.token
    if not token:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        value.strip().encode(), token.encode()
    ):
        raise ServiceError(
            401,
            "Unauthorized",
            "this endpoint needs 'Authorization: Bearer <token>'",
            hint="the token is the server's NEWSBRIEF_API_TOKEN",
        )


def _stories(request: Request) -> Stories:
    return request.app.state.stories  # type: ignore[no-any-return]


@api_router.get("/healthz", response_model=Health, tags=["service"])
async def healthz(request: Request) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "store": _stories(request).label}


@api_router.post(
    "/v1/summarize",
    tags=["summaries"],
    responses={
        200: {"description": "the object `newsbrief summarize --format json` prints"},
        **ERRORS,
    },
)
async def summarize(body: SummarizeRequest, request: Request) -> JSONResponse:
    """Summarize one story; the answer is the CLI's JSON (offsets into the text as given)."""
    check_count(request, len(body.documents), "documents")
    options = SummaryRequest(body.words, body.sentences, body.fill, body.method, body.quotes)
    check_summary_options(options)
    settings = request.app.state.settings

    def work() -> dict[str, Any]:
        items: list[Skipped] = []  # a feed's items that gave no article
        docs = parse_documents(
            [d.as_batch_dict() for d in body.documents],
            label="documents",
            allow_private=settings.allow_private,
            left_out=items,
        )
        check_read(settings, docs, "documents")
        data = summarize_json(docs, options).data
        # named in the answer, as the CLI names a feed's dead item on stderr
        data["dropped"] = [
            *data["dropped"],
            *({"id": s.input, "reason": f"skipped: {s.reason}"} for s in items),
        ]
        return data

    return JSONResponse(await run_job(request, work))


@api_router.post(
    "/v1/articles",
    response_model=ArticlesAnswer,
    tags=["stories"],
    dependencies=[Depends(require_token)],
    responses={401: {"model": ErrorAnswer, "description": "token missing or wrong"}, **ERRORS},
)
async def add_articles(body: ArticlesRequest, request: Request) -> dict[str, Any]:
    """Add articles to the store; each is assigned to a story (re-adding an id changes nothing).

    An article with no text after cleaning is not stored and is listed in ``skipped``, as
    ``newsbrief cluster --db`` names it on stderr; a request that stores nothing is a 422.
    """
    check_count(request, len(body.articles), "articles")
    for i, a in enumerate(body.articles):
        if a.id is None or a.id == "":
            raise InputError(
                f"articles[{i}] has no 'id'",
                where=f"articles[{i}].id",
                hint="stored articles need an id so that posting them again changes nothing",
            )
    settings = request.app.state.settings
    stories = _stories(request)

    def work() -> dict[str, Any]:
        items: list[Skipped] = []  # a feed's items that gave no article
        docs = parse_documents(
            [a.as_batch_dict() for a in body.articles],
            label="articles",
            allow_private=settings.allow_private,
            left_out=items,
            stored=True,
        )
        check_read(settings, docs, "articles")
        # one call to the API, as `cluster --db` makes it: the store cleans each article
        # once and says which ones it left out
        answer = stored_answer(docs, stories.add(docs), label="articles")
        answer["skipped"] += [
            {"id": s.input, "where": s.where, "reason": f"feed item not read: {s.reason}"}
            for s in items
        ]
        return answer

    answer: dict[str, Any] = await run_job(request, work, hint=ARTICLES_HINT)
    # the stories that changed get their listed summaries made now, in the background,
    # so that the next story list does not wait for them
    stories.warm((a["story"] for a in answer["articles"]), request.app.state.busy)
    return answer


ARTICLES_HINT = "send fewer articles per request, or retry in a moment"
# A GET sends no documents: what its caller can change is how many stories it asks for.
LIST_HINT = (
    "ask for fewer stories at a time (limit=10), or retry in a moment: summaries once made are kept"
)
STORY_HINT = "retry in a moment: a story's summary once made is kept"


@api_router.get("/v1/stories", response_model=StoriesAnswer, tags=["stories"])
async def list_stories(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    since: Annotated[
        str | None, Query(description="only stories with news on or after this day (YYYY-MM-DD)")
    ] = None,
    summaries: Annotated[bool, Query(description="add each story's summary text")] = False,
) -> dict[str, Any]:
    """Stories ranked as ``newsbrief digest`` ranks them (by recent coverage: each outlet
    counted half for every day since its latest article on the story); page with
    ``limit`` and ``offset``."""
    stories = _stories(request)
    check_since(since)

    def work() -> list[dict[str, Any]]:
        try:
            found = stories.list(limit=limit + 1, offset=offset, since=since)
        except InputError as exc:  # the query parameter it came from, as for the others
            exc.where = exc.where or "query.since"
            raise
        items = []
        for story in found[:limit]:
            item = story_item(story)
            if summaries:
                try:
                    # the summary's text and title: no analysis needed (see LISTED)
                    made = stories.summary(story, LISTED)
                except NewsbriefError:  # one unsummarizable story does not hide the rest
                    made = None
                data = made.data if made is not None else {}
                item["summary"] = data.get("summary")
                # named by the digest's headline, as on its page and in /digest
                item["title"] = stories.headline(story)
            items.append(item)
        return items + ([{}] if len(found) > limit else [])

    items = await run_job(request, work, hint=LIST_HINT)
    more = bool(items) and items[-1] == {}
    items = [i for i in items if i]
    return {
        "stories": items,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


@api_router.get("/v1/stories/{story_id}", tags=["stories"], responses={404: {"model": ErrorAnswer}})
async def get_story(story_id: str, request: Request) -> JSONResponse:
    """One story: its documents and its summary with the cross-source analysis."""
    stories = _stories(request)

    def work() -> dict[str, Any] | None:
        story = stories.get(story_id)
        if story is None:
            return None
        item, made = story_item(story), stories.summary(story)
        # named by the digest's headline, as on its page, in the list and in /digest: one
        # story, one headline (the summary keeps `summarize`'s own title)
        title = stories.headline(story)
        return {**item, "title": title, "summary": made.data}

    found = await run_job(request, work, hint=STORY_HINT)
    if found is None:
        raise ServiceError(404, "NotFound", f"no story {story_id!r}")
    return JSONResponse(found)


def check_summary_options(options: SummaryRequest) -> None:
    """Refuse a bad option before any document is read, naming the request field it is
    in (``method``, as pydantic names ``words``), with the API's hint, never the CLI's."""
    from ..options import METHODS

    if options.method not in METHODS:
        raise OptionsError(
            f"unknown method {options.method!r}",
            where="method",
            hint="choose one of " + ", ".join(METHODS),
        )
    if options.words is None and options.sentences is None:
        raise OptionsError(
            "give a budget: words or sentences",
            where="words",
            hint='e.g. "words": 100 or "sentences": 3',
        )


DIGEST_HINT = (
    "retry in a moment: each story's digest entry is kept once made; "
    "or ask for fewer stories (limit=10)"
)


SINCE_HINT = "use YYYY-MM-DD, e.g. 2026-11-29"


def check_since(since: str | None) -> None:
    """Refuse an unreadable ``since`` with the one hint both endpoints give (the
    digest command's): "use ISO 8601" under a refused "2026", itself ISO 8601, read as
    a contradiction."""
    from ..stories.docs import day_number

    if since is not None and day_number(since) is None:
        raise InputError(f"unreadable date {since!r}", where="query.since", hint=SINCE_HINT)


def _digest_query(
    since: Annotated[
        str | None, Query(description="only stories with news on or after this day (YYYY-MM-DD)")
    ] = None,
    min_sources: Annotated[
        int, Query(ge=1, description="only stories this many outlets reported")
    ] = DIGEST_DEFAULTS["min_sources"],
    limit: Annotated[int, Query(ge=1, le=200, description="most stories shown")] = DIGEST_DEFAULTS[
        "limit"
    ],
    words: Annotated[int, Query(ge=1, description="words per summary")] = DIGEST_DEFAULTS["words"],
) -> dict[str, Any]:
    """The digest's options, as ``newsbrief digest`` takes them (same defaults)."""
    check_since(since)
    return {"since": since, "min_sources": min_sources, "limit": limit, "words": words}


@api_router.get(
    "/v1/digest",
    tags=["stories"],
    responses={
        200: {"description": "the object `newsbrief digest --db STORE --format json` prints"},
        **ERRORS,
    },
)
async def get_digest(
    request: Request, options: Annotated[dict[str, Any], Depends(_digest_query)]
) -> JSONResponse:
    """The store's digest: its stories with enough outlets, ranked by recent coverage,
    each summarized with its sources and cross-source analysis, as ``newsbrief digest
    --db`` prints it with ``--format json --on-error skip``."""
    stories = _stories(request)
    found = await run_job(request, lambda: stories.digest(**options), hint=DIGEST_HINT)
    return JSONResponse(found)


# -- pages ------------------------------------------------------------------------------


def _templates() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsbrief.service", "templates"),
        autoescape=select_autoescape(["html", "svg"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = format_when
    env.filters["names"] = names_list
    env.globals["mark_meanings"] = MARK_MEANINGS
    env.globals["mark_meanings_unnamed"] = MARK_MEANINGS_UNNAMED
    env.globals["long_list"] = LONG_LIST
    env.globals["open_articles"] = OPEN_ARTICLES
    return env


def names_list(names: Any, sep: str = ", ") -> Any:
    """Outlet names joined for running text, each isolated (``<bdi>``): two names in a
    right-to-left script side by side ("الجزيرة نت, הארץ") would otherwise be laid out as
    one right-to-left run, their order reversed and the comma moved."""
    from markupsafe import Markup, escape

    return Markup(sep).join(Markup("<bdi>%s</bdi>") % escape(str(n)) for n in names)


_ENV: Any = None
# Stories per page of ``/``: each needs its summary's first sentence when it has no title.
INDEX_PAGE = 20


def render_page(name: str, **context: Any) -> str:
    global _ENV
    if _ENV is None:
        _ENV = _templates()
    return str(_ENV.get_template(name).render(**context))


@page_router.get("/static/style.css")
async def stylesheet() -> Response:
    css = files("newsbrief.service").joinpath("static/style.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@page_router.get("/", response_class=HTMLResponse)
async def index(request: Request, offset: str = "0") -> HTMLResponse:
    stories = _stories(request)
    # A page a browser opens: a mangled ?offset= shows the first page, not a JSON error.
    start = max(0, int(offset)) if offset.strip().lstrip("-").isdigit() else 0

    wait = request.app.state.settings.time_limit
    return HTMLResponse(await run_job(request, lambda: _index_page(stories, wait, start)))


def _index_page(
    stories: Stories,
    time_limit: float,
    start: int = 0,
    form: dict[str, str] | None = None,
    error: str | None = None,
) -> str:
    """The story list and the paste form; after a bad paste, the same page with the form
    filled in and the error (the stories still listed, not "No stories yet").
    ``time_limit``: the server's limit a request, which the form says a long paste may take."""
    limit = INDEX_PAGE
    rows = []
    problem = None
    try:
        found = stories.list(limit=limit + 1, offset=start, since=None)
    except NewsbriefError as exc:
        found, problem = [], str(exc)
    for story in found[:limit]:
        item = story_item(story)
        item["title"] = stories.headline(story)
        item["outlets"] = list(dict.fromkeys(outlet_of(d) for d in item["documents"]))
        # one text posted under two ids is one article, of one outlet, as the digest
        # counts it (``dedup.distinct_texts``): "1 article (+1 copy of the same text)"
        item["n_articles"] = len(distinct_texts(story.articles))
        item["copies"] = len(item["documents"]) - item["n_articles"]
        rows.append(item)
    return render_page(
        "index.html",
        stories=rows,
        problem=problem,
        offset=start,
        next_offset=start + limit if len(found) > limit else None,
        prev_offset=max(0, start - limit) if start else None,
        form=form,
        error=error,
        time_limit=_seconds(time_limit),
    )


@page_router.get("/digest", response_class=HTMLResponse)
async def digest_page(request: Request, since: str = "", min_sources: str = "2") -> HTMLResponse:
    """The digest as a page: each story's headline (linking to its page), outlets and
    summary sentences with the outlets that report each, as ``GET /v1/digest`` gives them."""
    stories = _stories(request)
    # One rule for the page and GET /v1/digest: an unreadable parameter is refused (422)
    # and named, as an unreadable since is; left empty, it is the default.
    raw = min_sources.strip()
    if raw and not (raw.isdigit() and int(raw) > 0):
        raise InputError(
            f"unreadable number of outlets {min_sources!r}",
            where="query.min_sources",
            hint="use a whole number, 1 or more, e.g. min_sources=2",
        )
    least = int(raw) if raw else DIGEST_DEFAULTS["min_sources"]
    options = _digest_query(since=since.strip() or None, min_sources=least)

    def work() -> str:
        data = stories.digest(**options)
        return render_page("digest.html", digest=digest_view(data), options=options)

    return HTMLResponse(await run_job(request, work, hint=DIGEST_HINT))


def digest_view(data: dict[str, Any]) -> dict[str, Any]:
    """What the digest page shows of ``GET /v1/digest``'s answer."""
    rows = []
    for story in data.get("stories") or []:
        summary = story.get("summary") or {}
        sentences = []
        for s in summary.get("sentences") or []:
            names = [str(x.get("source") or x.get("document")) for x in s.get("supported_by") or []]
            # an outlet on both sides is named by its article on the contradicting one
            against = [
                str(x.get("document"))
                if x.get("source") in names
                else str(x.get("source") or x.get("document"))
                for x in s.get("contradicted_by") or []
            ]
            sentences.append(
                {
                    "text": s.get("text", ""),
                    "sources": list(dict.fromkeys(names)),
                    "against": list(dict.fromkeys(against)),
                }
            )
        rows.append(
            {
                **{k: story.get(k) for k in ("rank", "id", "headline", "sources", "n_articles")},
                "first_seen": story.get("first_seen"),
                "updated": story.get("updated"),
                "sentences": sentences,
                "disagreements": len(summary.get("disagreements") or []),
            }
        )
    notes = [f"Not summarized: story {x['id']}: {x['reason']}" for x in data.get("skipped") or []]
    notes += (data.get("not_shown") or {}).get("notes") or []
    return {
        "title": data.get("title") or "News digest",
        "stories": rows,
        "notes": notes,
        "why_empty": data.get("why_empty"),
    }


@page_router.get("/summarize")
async def summarize_form_address() -> RedirectResponse:
    """The address the paste form leaves the browser at, reopened or bookmarked: the
    page with the form (a 303, so the browser asks for it with GET)."""
    return RedirectResponse("/#paste", status_code=303)


@page_router.post("/summarize", response_class=HTMLResponse)
async def summarize_form(request: Request) -> HTMLResponse:
    """The paste form: articles (separated by ``---`` lines) and URLs to a summary page."""
    raw = await request.body()
    fields = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items() if v}
    form = {
        "articles": fields.get("articles", ""),
        "urls": fields.get("urls", ""),
        "words": fields.get("words", "100"),
        "quotes": "on" if fields.get("quotes") else "",
    }
    settings = request.app.state.settings

    def work() -> tuple[int, str]:
        try:
            words = int(form["words"] or 100)
            if words < 1:  # said here in the form's words, not the CLI's "--words"
                raise ServiceError(
                    422, "InputError", f"words must be a positive whole number, got {words}"
                )
            skipped: list[tuple[str, str]] = []
            docs = pasted_documents(
                form["articles"],
                form["urls"],
                allow_private=settings.allow_private,
                skipped=skipped,
            )
            check_read(settings, docs, "articles")
            result = summarize_json(docs, SummaryRequest(words=words, quotes=bool(form["quotes"])))
        except (NewsbriefError, ValueError, ServiceError) as exc:
            status = (
                error_body(exc)[0]
                if isinstance(exc, NewsbriefError)
                else (exc.status_code if isinstance(exc, ServiceError) else 422)
            )
            message = str(exc) if not isinstance(exc, ServiceError) else exc.message
            if isinstance(exc, ValueError) and not isinstance(exc, NewsbriefError):
                message = "words must be a whole number"
            return status, _index_page(
                _stories(request), settings.time_limit, form=form, error=message
            )
        # a URL that gave no article is named on the page, as the CLI names it on stderr
        data = dict(result.data)
        data["dropped"] = [
            *data["dropped"],
            *({"id": url, "reason": f"skipped: {why}"} for url, why in skipped),
        ]
        page = build_page(
            data, result.texts, why_empty=result.why_empty, empty_kind=result.empty_kind
        )
        # the form again, filled as sent: a reader changes the words or the articles here
        # instead of going back a page (the result page had no way back to the form)
        return 200, render_page(
            "story.html",
            page=page,
            stored=False,
            skipped=skipped,
            form=form,
            time_limit=_seconds(settings.time_limit),
        )

    status, html = await run_job(request, work)
    return HTMLResponse(html, status_code=status)


@page_router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(story_id: str, request: Request) -> HTMLResponse:
    stories = _stories(request)

    from ..stories.digest import zoned

    def work() -> str | None:
        story = stories.get(story_id)
        if story is None:
            return None
        result = stories.summary(story)
        updated = getattr(story, "updated", None)
        page = build_page(
            result.data,
            result.texts,
            title=stories.headline(story),
            updated=None if updated is None else zoned(str(updated)),  # UTC, said
            why_empty=result.why_empty,
            empty_kind=result.empty_kind,
        )
        return render_page("story.html", page=page, stored=True)

    html = await run_job(request, work)
    if html is None:
        return HTMLResponse(render_page("missing.html", story_id=story_id), status_code=404)
    return HTMLResponse(html)
