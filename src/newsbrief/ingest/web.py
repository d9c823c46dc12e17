"""HTML pages, URLs and RSS/Atom feeds into ``Article``s (text as given), with per-item failures.

People have links, saved pages and feeds, and some of those are dead, paywalled or not
articles at all. One bad link must not sink a story, and must not vanish either: every
input that yields no article comes back as a :class:`~newsbrief.ingest.Skipped` with the
reason, and the caller (the CLI) reports it. URLs are fetched concurrently; a feed expands
to its items, fetched concurrently too.

The heavy dependencies (httpx, trafilatura) load only when such input is present.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import FetchError, InputError
from ..model import Article
from . import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    Skipped,
    _load_one,
    folder_articles,
)
from .feed import Feed, parse_feed
from .fetch import Fetched, Fetcher, FetchOptions, decode_body
from .html import MIN_WORDS, extract_html, html_fragment_text

log = logging.getLogger(__name__)

FULL_CONTENT_WORDS = 120  # a feed item carrying this many words is the article itself


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def doc_id_for_url(url: str) -> str:
    """A readable id from a URL: its last path segment without extension, else its host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "page"
    segs = [unquote(s) for s in parts.path.split("/") if s]
    stem = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segs[-1], flags=re.I) if segs else ""
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.")[:60]
    return stem or (parts.hostname or "page")


@dataclass
class _Loader:
    options: FetchOptions
    fetcher: Fetcher | None = None
    docs: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    _owns_fetcher: bool = False

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.options)
            self._owns_fetcher = True
        return self.fetcher

    def close(self) -> None:
        if self._owns_fetcher and self.fetcher is not None:
            self.fetcher.close()

    def skip(self, exc: FetchError, fallback: str, context: str = "") -> None:
        reason = exc.message + (f" ({exc.hint})" if exc.hint else "")
        self.skipped.append(Skipped(exc.where or fallback, reason + context))

    # -- one kind each ---------------------------------------------------------------

    def page_docs(self, page: Fetched, doc_id: str | None = None) -> list[Article]:
        where = page.url
        kind = page.kind
        if kind == "feed":
            feed = parse_feed(page.body, where, base_url=page.final_url)
            return self.feed_docs(feed, where)
        text = decode_body(page.body, page.charset, where)
        if kind == "text":
            return [
                Article(
                    id=doc_id or doc_id_for_url(page.url),
                    text=text,
                    where=where,
                    url=page.final_url,
                    title_line=True,
                )
            ]
        return [
            extract_html(
                text,
                doc_id=doc_id or doc_id_for_url(page.final_url),
                where=where,
                url=page.final_url,
            )
        ]

    def feed_docs(self, feed: Feed, where: str) -> list[Article]:
        """The articles of a feed's items, in feed order; failed items are skipped."""
        items = feed.items[: self.options.max_feed_items]
        if not feed.items:
            raise FetchError("feed has no items", where=where)
        if len(feed.items) > len(items):
            extra = len(feed.items) - len(items)
            self.skipped.append(
                Skipped(where, f"{extra} feed items after the first {len(items)} not read")
            )
        slots: list[Article | None] = [None] * len(items)
        to_fetch: list[int] = []
        for k, item in enumerate(items):
            full = html_fragment_text(item.content_html) if item.content_html else ""
            if len(full.split()) >= FULL_CONTENT_WORDS:
                slots[k] = Article(
                    id=doc_id_for_url(item.link) if item.link else f"item{k + 1}",
                    text=full,
                    title=item.title,
                    source=feed.title,
                    url=item.link,
                    published=item.published,
                    author=item.author,
                    where=f"{where} item {k + 1}",
                )
            elif item.link:
                to_fetch.append(k)
            else:
                self.skipped.append(
                    Skipped(f"{where} item {k + 1}", "feed item has no link and no full text")
                )
        context = f" (item of feed {where})"
        if to_fetch:
            links = [items[k].link or "" for k in to_fetch]
            results = self.get_fetcher().fetch_many(links)
            for k, res in zip(to_fetch, results, strict=True):
                item = items[k]
                try:
                    if isinstance(res, FetchError):
                        raise res
                    doc = extract_html(
                        decode_body(res.body, res.charset, res.url),
                        doc_id=doc_id_for_url(res.final_url),
                        where=res.url,
                        url=res.final_url,
                    )
                except FetchError as exc:
                    fallback = _item_fallback_text(item)
                    if not fallback:
                        self.skip(exc, item.link or where, context)
                        continue
                    n = len(fallback.split())
                    log.warning(
                        "%s: %s; using the feed's own text instead (%s)",
                        item.link,
                        exc.message,
                        f"{n} words" if n >= MIN_WORDS else f"a short description, {n} words",
                    )
                    doc = Article(
                        id=doc_id_for_url(item.link or ""),
                        text=fallback,
                        where=f"{where} item {k + 1}",
                    )
                slots[k] = _with_item_metadata(doc, item, feed)
        return [d for d in slots if d is not None]


def _item_fallback_text(item: Any) -> str:
    """The feed's own text for an item whose page cannot be read: its full content or
    its description. A page needs ``MIN_WORDS`` so that a stub, a paywall teaser or an
    error page is no article; the feed's text is the outlet's own words about the item,
    with no page furniture to fear, so a shorter one is used when it holds a sentence a
    summary can show (``eligible.MIN_WORDS`` words or more, ending in a full stop, "?"
    or "!"). Only a teaser without a sentence ("Teaser for Gone.") is left out."""
    from ..eligible import MIN_WORDS as SENTENCE_WORDS

    texts = [html_fragment_text(h) if h else "" for h in (item.content_html, item.summary_html)]
    for text in texts:
        if len(text.split()) >= MIN_WORDS:
            return text
    for text in texts:
        if len(text.split()) >= SENTENCE_WORDS and text.rstrip().rstrip("\"'”’)")[-1:] in ".?!":
            return text
    return ""


def _with_item_metadata(doc: Article, item: Any, feed: Feed) -> Article:
    from dataclasses import replace

    published = doc.published
    if item.published and (not published or "T" not in published):
        published = item.published
    return replace(
        doc,
        title=doc.title or item.title,
        source=doc.source or feed.title,
        url=doc.url or item.link,
        published=published,
        author=doc.author or item.author,
    )


def load_documents_report(
    inputs: Sequence[str],
    options: FetchOptions | None = None,
    *,
    fetcher: Fetcher | None = None,
    story_ids: list[str] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Every article named by ``inputs``, plus the inputs that gave none and why.

    Local text/JSONL input errors still raise (a mistyped path is the user's to fix);
    URLs, pages and feeds that cannot be used become :class:`Skipped` entries instead.
    """
    if not inputs:
        raise InputError("no input given", hint="pass article files, URLs, a folder, a .jsonl or -")
    loader = _Loader(options or FetchOptions(), fetcher)
    try:
        leaves: list[str] = []
        for item in inputs:
            path = Path(item)
            if not is_url(item) and item != "-" and path.is_dir():
                leaves.extend(str(p) for p in folder_articles(path))
            else:
                leaves.append(item)
        urls = [x for x in leaves if is_url(x)]
        pages = dict(zip(urls, loader.get_fetcher().fetch_many(urls), strict=True)) if urls else {}
        for leaf in leaves:
            suffix = Path(leaf).suffix.lower()
            try:
                if leaf in pages:
                    page = pages[leaf]
                    if isinstance(page, FetchError):
                        raise page
                    loader.docs.extend(loader.page_docs(page))
                elif suffix in HTML_SUFFIXES and not is_url(leaf):
                    loader.docs.append(_html_file(Path(leaf)))
                elif suffix in FEED_SUFFIXES and not is_url(leaf):
                    data = _read(Path(leaf))
                    loader.docs.extend(loader.feed_docs(parse_feed(data, leaf), leaf))
                else:
                    loader.docs.extend(_load_one(leaf, loader.options, story_ids, loader.skipped))
            except FetchError as exc:
                loader.skip(exc, leaf)
    finally:
        loader.close()
    return loader.docs, loader.skipped


def _read(path: Path) -> bytes:
    """A page or feed file's bytes; a binary file (sniffed, whatever its name) refused."""
    from . import MAX_PAGE_BYTES, check_article_size, refuse_binary

    try:
        check_article_size(path.stat().st_size, str(path), MAX_PAGE_BYTES, what="page")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=str(path)) from exc
    refuse_binary(data, str(path))
    return data


def _html_file(path: Path) -> Article:
    text = decode_body(_read(path), None, str(path))
    return extract_html(text, doc_id=path.stem, where=str(path))


def _strict(docs: list[Article], skipped: list[Skipped]) -> list[Article]:
    if skipped:
        first = skipped[0]
        raise FetchError(first.reason, where=first.input)
    return docs


# --- entry points used by ``ingest._load_one`` (raise on the first failure) ----------------


def load_url(url: str, options: FetchOptions | None = None) -> list[Article]:
    return _strict(*load_documents_report([url], options))


def load_html_file(path: Path, options: FetchOptions | None = None) -> list[Article]:
    return [_html_file(path)]


def load_feed_file(path: Path, options: FetchOptions | None = None) -> list[Article]:
    return _strict(*load_documents_report([str(path)], options))


def document_from_json_web(
    obj: dict[str, Any], doc_id: str, where: str, options: FetchOptions | None = None
) -> Article:
    """A batch/API document given as ``html`` (a page's markup) or ``url`` (fetched).

    A feed's address is refused here: a batch line is one article, so a feed there is
    a mistake (the service, which takes feeds, calls :func:`documents_from_json_web`)."""
    (doc,) = documents_from_json_web(obj, doc_id, where, options).articles
    return doc


@dataclass(frozen=True)
class WebDocuments:
    """What one ``html``/``url`` document gave: its article, or a feed's items."""

    articles: list[Article]
    skipped: list[Skipped]  # a feed's items that gave no article (the rest are kept)
    feed: bool = False  # the URL was a feed: ``articles`` are its items, with their own ids


def documents_from_json_web(
    obj: dict[str, Any],
    doc_id: str,
    where: str,
    options: FetchOptions | None = None,
    *,
    feeds: bool = False,
) -> WebDocuments:
    """The article of a document given as ``html`` or ``url``; with ``feeds``, a ``url``
    that is an RSS/Atom feed gives its items, read as the CLI reads a feed URL (the same
    :meth:`_Loader.page_docs`: at most ``options.max_feed_items`` items, each fetched or
    taken from the feed's own text, the items that give no article listed as
    :class:`Skipped` and the rest kept). A feed none of whose items gives an article is
    a :class:`FetchError`, as a dead page is. The document's ``source`` names every item's
    outlet; its ``title``, ``published`` and ``author`` are one article's, so a feed's
    items keep their own."""
    html = obj.get("html")
    url = obj.get("url")
    if html is not None and not isinstance(html, str):
        raise InputError(f"document {doc_id} 'html' must be a string", where=where)
    if url is not None and not isinstance(url, str):
        raise InputError(f"document {doc_id} 'url' must be a string", where=where)
    from dataclasses import replace

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return None if value is None else str(value)

    if html:
        doc = extract_html(html, doc_id=doc_id, where=where, url=url or None)
    else:
        assert url
        if not is_url(url):
            raise InputError(f"document {doc_id} 'url' is not an http(s) URL", where=where)
        opts = options or FetchOptions()
        try:
            with Fetcher(opts) as fetcher:
                page = fetcher.fetch(url)
                loader = _Loader(opts, fetcher)
                if page.kind == "feed":
                    if not feeds:
                        raise InputError(
                            f"document {doc_id} 'url' is a feed, not an article",
                            where=where,
                            hint="give each article its own document",
                        )
                    items = loader.page_docs(page)
                    if not items:
                        first = loader.skipped[0]
                        more = len(loader.skipped) - 1
                        raise FetchError(
                            f"no item of the feed gave an article ({first.input}: "
                            f"{first.reason}" + (f"; and {more} more)" if more else ")"),
                            where=where,
                        )
                    source = opt("source")
                    items = [replace(d, source=source or d.source) for d in items]
                    return WebDocuments(items, loader.skipped, feed=True)
                (doc,) = loader.page_docs(page, doc_id=doc_id)
        except FetchError as exc:
            raise FetchError(f"{url}: {exc.message}", where=where, hint=exc.hint) from None

    doc = replace(
        doc,
        id=doc_id,
        title=opt("title") or doc.title,
        source=opt("source") or doc.source,
        published=opt("published") or doc.published,
        author=opt("author") or doc.author,
        where=where,
    )
    return WebDocuments([doc], [])
