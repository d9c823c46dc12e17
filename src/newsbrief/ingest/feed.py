"""RSS 2.0 / RSS 1.0 (RDF) / Atom 1.0 feeds into a list of items.

Parsed with lxml under a locked-down parser (no DTD loading, no entity expansion, no
network) because feeds come from third parties: a "billion laughs" or an external entity
must fail as a malformed feed, not expand. Only the fields newsbrief uses are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from ..errors import FetchError, MissingExtraError
from .html import iso_datetime

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
RSS1 = "http://purl.org/rss/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    link: str | None
    published: str | None  # ISO (see ``html.iso_datetime``)
    author: str | None
    content_html: str | None  # full content (content:encoded, atom:content)
    summary_html: str | None  # teaser (description, atom:summary)
    guid: str | None = None


@dataclass(frozen=True)
class Feed:
    title: str | None
    link: str | None
    items: tuple[FeedItem, ...]


def _parser() -> object:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        recover=False,
    )


def _text(node: object | None) -> str | None:
    if node is None:
        return None
    value = "".join(node.itertext()).strip()  # type: ignore[attr-defined]
    return value or None


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def parse_feed(data: bytes, where: str, base_url: str | None = None) -> Feed:
    """Parse feed bytes; :class:`FetchError` (naming ``where``) when it is not a usable feed."""
    try:
        from lxml import etree
    except ImportError as exc:
        error = MissingExtraError("RSS/Atom feed input", "html")
        error.where = where  # which input needs it, as for an .html file
        raise error from exc

    if not data.strip():
        raise FetchError("malformed feed (empty)", where=where)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = f" at line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        raise FetchError(f"malformed feed (XML error{line}: {exc.msg})", where=where) from None
    except ValueError as exc:
        raise FetchError(f"malformed feed ({exc})", where=where) from None
    tag = _local(root.tag)
    if tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise FetchError("malformed feed (RSS without a <channel>)", where=where)
        return _rss(channel, channel.findall("item"), base_url)
    if tag == "RDF":
        channel = root.find(f"{{{RSS1}}}channel")
        items = root.findall(f"{{{RSS1}}}item")
        return _rss(channel, items, base_url, ns=f"{{{RSS1}}}")
    if tag == "feed" and root.tag == f"{{{ATOM}}}feed":
        return _atom(root, base_url)
    raise FetchError(
        f"not an RSS or Atom feed (root element <{tag}>)",
        where=where,
        hint="newsbrief reads RSS 2.0, RSS 1.0 and Atom 1.0",
    )


def _rss(channel: object | None, items: list, base: str | None, ns: str = "") -> Feed:
    title = link = None
    if channel is not None:
        title = _text(channel.find(f"{ns}title"))  # type: ignore[attr-defined]
        link = _text(channel.find(f"{ns}link"))  # type: ignore[attr-defined]
    base = link or base
    out = []
    for item in items:
        link_text = _text(item.find(f"{ns}link"))
        guid_node = item.find("guid")
        guid = _text(guid_node)
        if not link_text and guid and guid_node.get("isPermaLink", "true").lower() != "false":
            link_text = guid
        published = _text(item.find("pubDate")) or _text(item.find(f"{{{DC}}}date"))
        author = _text(item.find(f"{{{DC}}}creator")) or _text(item.find("author"))
        out.append(
            FeedItem(
                title=_text(item.find(f"{ns}title")),
                link=_abs(link_text, base),
                published=iso_datetime(published),
                author=author,
                content_html=_text(item.find(f"{{{CONTENT}}}encoded")),
                summary_html=_text(item.find(f"{ns}description")),
                guid=guid,
            )
        )
    return Feed(title, link, tuple(out))


def _atom_link(node: object, base: str | None) -> str | None:
    best = None
    for link in node.findall(f"{{{ATOM}}}link"):  # type: ignore[attr-defined]
        rel = link.get("rel", "alternate")
        href = link.get("href")
        if not href:
            continue
        if rel == "alternate" and (link.get("type") in (None, "text/html")):
            return _abs(href, base)
        if rel == "alternate" and best is None:
            best = href
    return _abs(best, base)


def _atom_content(node: object | None) -> str | None:
    if node is None:
        return None
    from lxml import etree

    kind = node.get("type", "text")  # type: ignore[attr-defined]
    if kind == "xhtml":
        div = next(iter(node), None)  # type: ignore[call-overload]
        if div is None:
            return None
        inner = (div.text or "") + "".join(
            etree.tostring(child, encoding="unicode") for child in div
        )
        return inner.strip() or None
    text = _text(node)
    if text and kind == "text":
        from html import escape

        return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    return text


def _atom(root: object, base: str | None) -> Feed:
    a = f"{{{ATOM}}}"
    feed_link = _atom_link(root, base)
    base = feed_link or base
    out = []
    for entry in root.findall(f"{a}entry"):  # type: ignore[attr-defined]
        author = entry.find(f"{a}author")
        out.append(
            FeedItem(
                title=_text(entry.find(f"{a}title")),
                link=_atom_link(entry, base),
                published=iso_datetime(
                    _text(entry.find(f"{a}published")) or _text(entry.find(f"{a}updated"))
                ),
                author=_text(author.find(f"{a}name")) if author is not None else None,
                content_html=_atom_content(entry.find(f"{a}content")),
                summary_html=_atom_content(entry.find(f"{a}summary")),
                guid=_text(entry.find(f"{a}id")),
            )
        )
    return Feed(_text(root.find(f"{a}title")), feed_link, tuple(out))  # type: ignore[attr-defined]


def _abs(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    return urljoin(base, link) if base else link
