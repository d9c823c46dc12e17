"""Main text and metadata of a news page, via trafilatura.

trafilatura finds the article body and drops navigation, cookie banners, share bars and
related-story lists; we add what it leaves out for our use: a full publication timestamp
(its date is day-only, and several outlets publish the same day, so the time decides the
order of the summary), the headline removed from the body (it is metadata, not a
sentence to select), and a readable outlet name when the page names none.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from ..errors import FetchError, MissingExtraError
from ..model import Article
from .dates import iso_datetime  # re-exported: feeds and tests import it from here

MIN_WORDS = 25  # fewer words than this is a stub, a paywall teaser or an error page

# Pull quotes repeat a body sentence in large type; kept, they give the summarizer the same
# sentence twice. trafilatura keeps them (they sit inside the article), so prune them first.
_PRUNE = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' pull-quote ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' pullquote ')"
    " or contains(@class, 'pull_quote')]"
)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
)


_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _trafilatura(where: str | None = None) -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        error = MissingExtraError("HTML input", "html")
        error.where = where
        raise error from exc
    return trafilatura


def _meta_published(tree: Any) -> str | None:
    """Publication timestamp from meta tags or JSON-LD, which usually carry the time."""
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in _DATE_META:
            value = iso_datetime(node.get("content"))
            if value:
                return value
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            continue
        for obj in _walk_json(data):
            value = iso_datetime(obj.get("datePublished")) if isinstance(obj, dict) else None
            if value:
                return value
    for node in tree.iter("time"):
        if node.get("pubdate") is not None or "publish" in (node.get("class") or "").lower():
            value = iso_datetime(node.get("datetime"))
            if value:
                return value
    return None


def _walk_json(data: Any, depth: int = 0) -> list[Any]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [x for item in data for x in _walk_json(item, depth + 1)]
    if isinstance(data, dict):
        out = [data]
        graph = data.get("@graph")
        if graph is not None:
            out += _walk_json(graph, depth + 1)
        return out
    return []


def outlet_from_url(url: str | None) -> str | None:
    """``www.citytimes.example`` -> ``citytimes.example``: the best name when a page has none."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _strip_title(text: str, title: str | None) -> str:
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if first.strip().rstrip(".").casefold() == title.strip().rstrip(".").casefold():
        return rest.lstrip("\n")
    return text


def extract_html(
    html: str,
    *,
    doc_id: str,
    where: str,
    url: str | None = None,
) -> Article:
    """One article from one page; :class:`FetchError` when the page holds no article text."""
    trafilatura = _trafilatura(where)
    from lxml import html as lxml_html

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input that declares bytes
    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        raise FetchError("page is not parseable HTML", where=where) from exc
    meta_published = _meta_published(tree)  # before extraction, which may prune the tree
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        prune_xpath=_PRUNE,
        # Without this htmldate falls back to any year in the body ("the invasion in 2003")
        # and reports it as the publication date; a page without a dated header has none.
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or not (doc.text or "").strip():
        raise FetchError("no article text found in the page", where=where)
    title = (doc.title or "").strip() or None
    text = _strip_title(doc.text, title)
    if len(text.split()) < MIN_WORDS:
        raise FetchError(
            f"no article text found in the page (only {_words(len(text.split()))})",
            where=where,
        )
    canonical = doc.url or url
    published = meta_published or iso_datetime(doc.date)
    source = (doc.sitename or "").strip() or outlet_from_url(canonical)
    return Article(
        id=doc_id,
        text=text,
        title=title,
        source=source,
        url=canonical,
        published=published,
        author=authors_only(doc.author),
        where=where,
    )


# Words of a date or of a time stamp: trafilatura cuts a byline at its commas and keeps
# the pieces as authors, dropping digits, so "By Mara Lind, November 24, 2026" gives
# "Mara Lind; November" and "By Mara Lind | Updated Tuesday 10:00" "Mara Lind; Updated
# Tuesday".
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today "
    "yesterday updated published posted last modified on at am pm a.m p.m gmt utc et est "
    "edt".split()
)
_AUTHOR_WORD = re.compile(r"[^\s,.:|]+")


def authors_only(author: str | None) -> str | None:
    """A page's author names without the date of its byline: an entry made only of
    date words and numbers ("November", "Updated Tuesday", "Nov") is no author. A name
    that is a month alone ("April") cannot be told from one, and a byline's date is far
    more common."""
    if not author:
        return None
    kept = []
    for part in author.split(";"):
        part = part.strip()
        words = _AUTHOR_WORD.findall(part.lower())
        if part and not all(w in _DATE_WORDS or w.isdigit() for w in words):
            kept.append(part)
    return "; ".join(kept) or None


def html_fragment_text(fragment: str) -> str:
    """Plain paragraphs of an HTML fragment (a feed item's full content), one per line."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    for bad in root.xpath(".//script|.//style|.//figure|.//figcaption|.//iframe|.//noscript"):
        bad.drop_tree()
    blocks = root.xpath(".//p|.//h2|.//h3|.//h4|.//li|.//blockquote")
    if not blocks:
        text = root.text_content()
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())
    lines = []
    for b in blocks:
        if b.xpath("ancestor::p|ancestor::li|ancestor::blockquote"):
            continue  # nested block: its text is inside the parent's
        line = " ".join(b.text_content().split())
        if line:
            lines.append(line)
    return "\n".join(lines)


def _words(n: int) -> str:
    return f"{n} word" if n == 1 else f"{n} words"
