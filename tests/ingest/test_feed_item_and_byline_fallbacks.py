"""What a page or a feed item says about itself is used, and only that.

A byline's date is no author ("By Mara Lind, November 24, 2026" named "Mara Lind;
November"), and a feed item whose page cannot be read keeps its own description when it
holds a sentence, with a warning, instead of being dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsbrief.ingest import load_documents_report
from newsbrief.ingest.fetch import FetchOptions
from newsbrief.ingest.html import authors_only, extract_html

from .conftest import Server

BODY = (
    "<p>The Elm City council voted 7-2 on Monday to approve a new bridge over the Elm River, "
    "ending a decade of debate about traffic and cost.</p>"
    "<p>The bridge will cost $40 million and is due to open in 2029, Mayor Ana Ruiz said, "
    "adding that work would start next spring.</p>"
)


def _page(byline: str) -> str:
    return (
        "<html><head><title>Council approves bridge</title></head><body><article>"
        f'<h1>Council approves bridge</h1><p class="byline">{byline}</p>{BODY}'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Mara Lind, November 24, 2026", "Mara Lind"),
        ("By Mara Lind and Tom Roe, Nov. 24, 2026", "Mara Lind; Tom Roe"),
        ("By Mara Lind | Updated Tuesday 24 November 2026 10:00", "Mara Lind"),
    ],
)
def test_a_byline_date_is_not_an_author(byline: str, author: str) -> None:
    pytest.importorskip("trafilatura")
    doc = extract_html(_page(byline), doc_id="p", where="page.html")
    assert doc.author == author


def test_author_entries_made_of_date_words_are_dropped_names_kept() -> None:
    assert authors_only("Mara Lind; November") == "Mara Lind"
    assert authors_only("April Ryan; Sun Wei") == "April Ryan; Sun Wei"
    assert authors_only("Updated Tuesday") is None
    assert authors_only(None) is None


def _feed(tmp_path: Path, link: str, description: str) -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title>'
        f"<item><title>Elm bridge gets green light</title><link>{link}</link>"
        "<pubDate>Tue, 24 Nov 2026 12:00:00 GMT</pubDate>"
        f"<description>{description}</description></item></channel></rss>",
        encoding="utf-8",
    )
    return path


def test_a_dead_items_short_description_is_used_with_a_warning(
    server: Server, opts: FetchOptions, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("lxml")
    text = (
        "The Elm River bridge was approved by the city council on Monday in a 7-2 vote. "
        "It will cost $45 million, the mayor said."
    )
    feed = _feed(tmp_path, server.url("/missing"), text)
    with caplog.at_level(logging.WARNING):
        docs, skipped = load_documents_report([str(feed)], opts)
    assert not skipped
    (doc,) = docs
    assert doc.text == text and doc.source == "Valley News"
    assert "short description" in caplog.text and "HTTP 404" in caplog.text


def test_a_dead_items_teaser_without_a_sentence_is_still_skipped(
    server: Server, opts: FetchOptions, tmp_path: Path
) -> None:
    pytest.importorskip("lxml")
    feed = _feed(tmp_path, server.url("/missing"), "Read more")
    docs, skipped = load_documents_report([str(feed)], opts)
    assert docs == []
    assert len(skipped) == 1 and "HTTP 404" in skipped[0].reason
