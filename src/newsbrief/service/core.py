"""The work behind each route, as plain functions over the Python API.

Routes run these in worker threads (they are CPU-bound, or wait on URL fetches) so
the event loop keeps answering other requests; nothing here knows about HTTP.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from ..errors import FetchError, InputError, OptionsError
from ..ingest import (
    Skipped,
    _doc_from_json,
    _text_size,
    check_article_size,
    looks_like_html,
    max_article_bytes,
)
from ..model import Article, Summary
from ..options import SummaryOptions


class ClientGone(Exception):
    """The client of a request closed its connection: work not yet started is dropped."""


# The job thread's "client gone" event (``app.run_job`` sets it): a request naming many
# URLs whose client has gone stops before fetching the URLs not yet started.
CLIENT_GONE: ContextVar[threading.Event | None] = ContextVar("client_gone", default=None)


class ServerMisconfigured(Exception):
    """A server setting is wrong: the operator's to fix, never the sender's (a 500, logged)."""


def article_limit() -> int:
    """The per-article cap (``NEWSBRIEF_MAX_ARTICLE_BYTES``), read before any document:
    a bad value is the server's setting, so it must not reach a sender as "document 1: ..."
    with a hint to change what they sent."""
    try:
        return max_article_bytes()
    except OptionsError as exc:
        raise ServerMisconfigured(exc.message) from None


@dataclass(frozen=True)
class SummaryRequest:
    words: int | None = 100
    sentences: int | None = None
    fill: bool = False
    method: str = "default"
    quotes: bool = False
    analysis: bool = True


@dataclass(frozen=True)
class Summarized:
    """A summary as the JSON contract, plus each article's text as given (for highlighting)."""

    data: dict[str, Any]
    texts: dict[str, str]
    # why the summary is empty, in a reader's words (None when it has sentences): the
    # page said "No sentence fits the budget" whatever the reason was
    why_empty: str | None = None
    empty_kind: str | None = None  # ``api.EmptyReason.kind``: "alone", "budget", "chosen"


# What a refused private address tells an HTTP client: the switch is the server's.
SERVER_PRIVATE_HINT = "the server fetches such hosts only when started with --allow-private"


def parse_documents(
    docs: Sequence[dict[str, Any]],
    *,
    label: str,
    allow_private: bool = False,
    skipped: list[tuple[str, str]] | None = None,
    left_out: list[Skipped] | None = None,
    stored: bool = False,
) -> list[Article]:
    """Batch-schema dicts to documents; HTML is extracted and URLs fetched (``[html]``).

    URL documents are fetched concurrently (at most ``FetchOptions.concurrency`` at once,
    as the CLI fetches), so a request naming eight pages waits about as long as its
    slowest page, not the sum. Errors name the document by its place in the request
    (``documents[2]``) and its id; when several fail, the first in request order is
    the one reported, whatever finished first. With ``skipped`` (the paste form), a
    document whose URL gives no article is left out and listed there as
    ``(url, reason)``, in request order, as the CLI skips a dead URL.

    A URL that is an RSS/Atom feed gives its items, as ``newsbrief summarize FEED_URL``
    reads them (:func:`newsbrief.ingest.web.documents_from_json_web`); the items that
    give no article go to ``left_out`` and the rest are kept. Item ids are the CLI's
    (from each link), made unique in the request by the link; with ``stored``, an item's
    id is its link, so the same article posted from two feeds (both ``bridge-closed``)
    stays two articles in the store and posting a feed again changes nothing.
    """
    from ..ingest.fetch import FetchOptions

    article_limit()
    # The caller of an HTTP API has no command line nor FetchOptions: the switch is the server's.
    fetch = FetchOptions(
        allow_private=allow_private, use_cache=False, private_hint=SERVER_PRIVATE_HINT
    )
    for i, obj in enumerate(docs):
        if obj.get("text") is None and not obj.get("html") and not obj.get("url"):
            named = f" (id {obj['id']})" if obj.get("id") is not None else ""
            raise InputError(
                "document has no 'text', 'html' or 'url'",
                where=f"{label}[{i}]" + named,
                hint="each document needs one of them",
            )
    # each date read once, here, as ISO 8601: the story store orders and ranks by ISO
    # dates only, so a feed's "Mon, 30 Nov 2026 10:00:00 GMT" left the story undated
    docs = [_with_iso_published(obj, f"{label}[{i}]") for i, obj in enumerate(docs)]
    notes: dict[int, list[Skipped]] = {}
    feeds: set[int] = set()  # the documents whose URL was a feed

    def read(i: int) -> list[Article]:
        if not _fetched(docs[i]):
            return [_doc_from_json(docs[i], f"{label}[{i}]", i, fetch)]
        from ..ingest.web import documents_from_json_web

        obj = docs[i]
        doc_id = str(obj["id"]) if obj.get("id") is not None else f"doc{i}"
        web = documents_from_json_web(
            obj, doc_id, f"{label}[{i}] document {doc_id}", fetch, feeds=True
        )
        if web.feed:
            feeds.add(i)
            notes[i] = web.skipped
        return web.articles

    gone = CLIENT_GONE.get()

    def one(i: int) -> list[Article] | None:
        if gone is not None and gone.is_set() and _fetched(docs[i]):
            raise ClientGone  # nobody would read the answer: fetch nothing more
        try:
            return read(i)
        except FetchError as exc:
            if skipped is None:
                raise
            url = str(docs[i].get("url") or "")
            reason = exc.message.removeprefix(f"{url}: ")
            failed[i] = (url or f"{label}[{i}]", reason + (f" ({exc.hint})" if exc.hint else ""))
            return None
        except InputError as exc:
            # a line of the paste form that is no web address: that URL is left out like
            # a dead one, said in the form's words (it was the whole paste refused as
            # "url[0] document y-1: document y-1 'url' is not ...")
            if exc.hint and "NEWSBRIEF_MAX_ARTICLE_BYTES" in exc.hint:
                # the per-article cap: an HTTP caller can set no variable of the server's,
                # and sends documents, not files
                exc.hint = "the limit is the server's: send a shorter article, one per document"
            url = str(docs[i].get("url") or "")
            if skipped is None or not _fetched(docs[i]) or "'url' is " not in exc.message:
                raise
            failed[i] = (url, exc.message.split("'url' is ", 1)[1])
            return None

    failed: dict[int, tuple[str, str]] = {}
    remote = [i for i, obj in enumerate(docs) if _fetched(obj)]
    if len(remote) <= 1 or fetch.concurrency <= 1:
        got = [one(i) for i in range(len(docs))]
    else:
        pending = _fetch_in_daemons(one, remote, min(fetch.concurrency, len(remote)))
        try:
            # In request order: the first bad document is the one reported.
            got = [pending[i].result() if i in pending else one(i) for i in range(len(docs))]
        finally:
            for future in pending.values():
                future.cancel()  # an error stops fetches not yet started
    if skipped is not None:
        skipped.extend(failed[i] for i in sorted(failed))
    if left_out is not None:
        left_out.extend(
            replace(s, where=s.where or f"{label}[{i}]") for i in sorted(notes) for s in notes[i]
        )
    given = [d for i, articles in enumerate(got) if i not in feeds for d in articles or ()]
    taken = {d.id for d in given}
    out: list[Article] = []
    for i, articles in enumerate(got):
        for doc in articles or ():
            if i in feeds:
                doc = _item_id(doc, taken, stored)
                taken.add(doc.id)
            out.append(doc)
    return out


def _item_id(doc: Article, taken: set[str], stored: bool) -> Article:
    """A feed item's id: the CLI's short one (from its link), else, when stored or when
    another article of the request has it, its link (unique, and the same on a re-post)."""
    if (stored or doc.id in taken) and doc.url:
        return replace(doc, id=doc.url)
    if stored or doc.id in taken:  # an item read from the feed's own text, with no link
        return replace(doc, id=doc.where or doc.id)  # "FEED_URL item 3"
    return doc


def _with_iso_published(obj: dict[str, Any], place: str) -> dict[str, Any]:
    """The document with its ``published`` as ISO 8601; an unreadable one is refused,
    naming it: the CLI drops one with a warning on its user's console, but an HTTP caller
    never sees the server's console, so the date was lost without a word."""
    from ..ingest.dates import read_date, unknown_zone

    value = obj.get("published")
    if not isinstance(value, str) or not value.strip():
        return obj
    iso = read_date(value)
    if iso is None:
        named = f" (id {obj['id']})" if obj.get("id") is not None else ""
        zone = unknown_zone(value)
        raise InputError(
            f"unreadable date {value!r}" + (f" (unknown time zone {zone!r})" if zone else ""),
            where=f"{place}{named}.published",
            hint="give the zone as an offset, e.g. 2026-11-29T14:30:00+01:00"
            if zone
            else "use ISO 8601, e.g. 2026-11-29 or 2026-11-29T14:30:00Z",
        )
    return {**obj, "published": iso}


def _fetch_in_daemons(
    one: Callable[[int], list[Article] | None], indices: Sequence[int], workers: int
) -> dict[int, Future[list[Article] | None]]:
    """``one(i)`` for each index, on ``workers`` daemon threads, as futures.

    Why not a ``ThreadPoolExecutor``: Python joins its threads at exit, so a server
    stopped while a request's URL hung (its client gone, or answered 503) waited for
    every retry of the fetch before exiting."""
    import queue

    futures: dict[int, Future[list[Article] | None]] = {i: Future() for i in indices}
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in indices:
        todo.put(i)

    def worker() -> None:
        while True:
            try:
                i = todo.get_nowait()
            except queue.Empty:
                return
            future = futures[i]
            if not future.set_running_or_notify_cancel():
                continue  # cancelled: an earlier document failed
            try:
                future.set_result(one(i))
            except BaseException as exc:  # raised in request order by the caller
                future.set_exception(exc)

    for _ in range(workers):
        threading.Thread(target=worker, name="newsbrief-fetch", daemon=True).start()
    return futures


def _fetched(obj: dict[str, Any]) -> bool:
    """A document whose text comes from the network (a URL, no text or markup given)."""
    return obj.get("text") is None and not obj.get("html") and bool(obj.get("url"))


def stored_answer(docs: Sequence[Article], added: Any, *, label: str) -> dict[str, Any]:
    """The answer to a post of ``docs`` from the store's ``added`` result
    (:class:`newsbrief.stories.docs.AddResult`): each stored article's story, and each
    article left out (no text after cleaning) named by its place in the request, and each
    one already stored with another text (``kept_stored_text``: the stored text stays).

    A request none of whose articles could be stored is an error (422), as ``cluster``
    with nothing usable is one; otherwise the rest are stored, as a batch goes on.
    """
    place = {doc.id: f"{label}[{i}] (id {doc.id})" for i, doc in enumerate(docs)}
    skipped = [
        {"id": s.article_id, "where": place.get(s.article_id, s.where), "reason": s.reason}
        for s in added.skipped
    ]
    if skipped and not len(added):
        first = skipped[0]
        raise InputError(
            "document is empty after cleaning"
            + (f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""),
            where=first["where"],
            hint="check the document holds article text",
        )
    # re-adding an id changes nothing; one whose text differs is said to be kept as stored
    kept = [{"id": aid, "where": place.get(aid, aid), "reason": KEPT_TEXT} for aid in added.changed]
    return {
        "articles": [{"id": a, "story": s} for a, s in added],
        "skipped": skipped,
        "kept_stored_text": kept,
    }


KEPT_TEXT = "already stored with other text: kept the stored text"


def pasted_documents(
    text: str,
    urls: str,
    *,
    allow_private: bool = False,
    skipped: list[tuple[str, str]] | None = None,
) -> list[Article]:
    """The paste form: articles separated by a line holding only ``---``, URLs one a line.

    Pasted text is read like a text file (a short first line without final punctuation
    is the headline), so a copied article keeps its title. With ``skipped``, a URL that
    gives no article is listed there (``(url, reason)``) and the rest are summarized;
    when nothing is left, the first URL's reason is the error.
    """
    docs: list[Article] = []
    limit = article_limit()
    chunks = [c for c in _split_pasted(text) if c.strip()]
    for k, chunk in enumerate(chunks, 1):
        _check_pasted_size(chunk, k, limit)
        if looks_like_html(chunk):
            docs.append(_pasted_page(chunk, k))
            continue
        docs.append(
            Article(id=f"pasted-{k}", text=chunk, where=f"pasted article {k}", title_line=True)
        )
    links = [u.strip() for u in urls.splitlines() if u.strip()]
    if links:
        from ..ingest.web import doc_id_for_url

        objs = []
        for k, url in enumerate(links, 1):
            objs.append({"id": f"{doc_id_for_url(url)}-{k}", "url": url})
        failed: list[tuple[str, str]] = []
        items: list[Skipped] = []  # a feed's items that gave no article
        docs += parse_documents(
            objs,
            label="url",
            allow_private=allow_private,
            skipped=None if skipped is None else failed,
            left_out=items,
        )
        failed += [(s.input, s.reason) for s in items]
        if failed and not docs:
            url, reason = failed[0]
            rest = len(failed) - 1
            more = f" (and {rest} more URL{'s' if rest > 1 else ''})" if rest else ""
            raise FetchError(f"nothing to summarize: {url}: {reason}{more}")
        if skipped is not None:
            skipped.extend(failed)
    if not docs:
        raise InputError("nothing to summarize", hint="paste at least one article or URL")
    return docs


def _pasted_page(html: str, k: int) -> Article:
    """A page's HTML source pasted as an article (it opens with ``<!doctype html`` or
    ``<html``), read as ``newsbrief summarize -`` reads one piped in: its main text,
    title, outlet and date, not its markup. Read as text it gave an empty summary said
    to be "No sentence fits the budget", the markup shown as the article."""
    from ..errors import MissingExtraError
    from ..ingest.html import extract_html

    where = f"pasted article {k}"
    try:
        page = extract_html(html, doc_id=f"pasted-{k}", where=where)
    except MissingExtraError as exc:
        exc.message = (
            f"{where} looks like an HTML page; reading one needs the optional "
            f"dependencies of newsbrief[{exc.extra}]"
        )
        exc.hint = "paste the article's text instead of the page's source"
        raise
    return replace(page, where=where)


def _check_pasted_size(chunk: str, k: int, limit: int) -> None:
    """The per-article cap of every other input (``/v1/summarize``, files), said in the
    form's words: a paste is no file and the limit is the server's setting."""
    try:
        check_article_size(_text_size(chunk), f"pasted article {k}", limit)
    except InputError as exc:
        raise InputError(
            exc.message,
            where=f"pasted article {k}",
            hint="paste a shorter article, or separate articles by a line holding only ---",
        ) from None


def _split_pasted(text: str) -> list[str]:
    """The pasted articles: the text cut at each line holding only ``---``, where a
    piece made only of front-matter lines (``source: AP``, ``title: ...``: the block a
    text may open on, ``clean.front_matter``) opens the next piece, as its front matter
    between its two ``---`` lines, not an article of its own. Why: the paste form names
    an article's outlet this way (``---`` / ``source: AP`` / ``---`` / the text), and
    cut at every ``---`` the block was an article "source: AP" and the text had no
    outlet (each pasted article counted as an outlet of its own, ``pasted-1``...)."""
    from ..clean import front_matter

    chunks: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip() == "---":
            chunks.append([])
        else:
            chunks[-1].append(line)
    pieces = ["\n".join(c) for c in chunks]
    out: list[str] = []
    block: str | None = None  # front matter waiting for the article it opens
    for piece in pieces:
        if block is not None and piece.strip():
            out.append(f"---\n{block}\n---\n{piece}")
            block = None
            continue
        if block is not None:
            continue  # an empty piece ("---" twice) between the block and its text
        if piece.strip() and front_matter(f"---\n{piece.strip()}\n---\n")[0]:
            block = piece.strip()
            continue
        out.append(piece)
    if block is not None:
        out.append(block)  # front matter with no text after it: kept as pasted
    return out


def summarize_documents(
    docs: Sequence[Any], request: SummaryRequest, story_id: str | None = None
) -> Summary:
    """The analysed summary of one story (supports, disagreements, facts, quotes)."""
    import newsbrief

    # the request's budget as given: "sentences" with the default "words" caps both, as
    # the service always has (``newsbrief.summarize``'s keywords refuse both given)
    options = SummaryOptions(
        words=request.words,
        sentences=request.sentences,
        fill=request.fill,
        method=request.method,
    )
    return newsbrief.summarize(
        list(docs),
        story_id=story_id,
        options=options,
        quotes=request.quotes,
        analysis=request.analysis,
    )


def summarize_json(
    docs: Sequence[Article],
    request: SummaryRequest,
    story_id: str | None = None,
) -> Summarized:
    """The summary as ``summarize --format json`` prints it (a stored story's headline
    is the digest's: ``Stories.headline``)."""
    from ..render import summary_dict

    summary = summarize_documents(docs, request, story_id)
    texts = {d.id: d.text for d in docs}
    if summary.sentences:
        return Summarized(summary_dict(summary), texts)
    kind, why = why_empty(summary, request)
    return Summarized(summary_dict(summary), texts, why, kind)


def why_empty(summary: Summary, request: SummaryRequest) -> tuple[str, str]:
    """Why no sentence was chosen (its kind, and the sentence a page says), as
    ``newsbrief summarize`` warns it (:func:`newsbrief.api.empty_reason`), in the page's
    words: a form has no flags."""
    from ..api import empty_reason

    why = empty_reason(summary, request.words, request.fill)
    if why.kind == "alone":
        return why.kind, (
            f"No sentence can stand alone as a summary sentence ({why.read} read: headlines, "
            "fragments, or sentences that refer back to the one before)."
        )
    if why.kind == "budget":
        return why.kind, (
            f"No sentence fits the budget of {request.words} words "
            f"(the shortest has {why.shortest} words)."
        )
    return why.kind, (
        "No sentence was chosen (those that fit the budget refer back to a sentence before "
        "them, or are page furniture or repeats)."
    )
