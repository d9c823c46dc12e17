"""``newsbrief.load_articles`` reads what ``newsbrief summarize`` reads: a feed gives its
items (here an Atom file whose entries hold the whole article, so nothing is fetched:
the fetcher refuses every request), and a missing item's input is named, not raised."""

from __future__ import annotations

from pathlib import Path

import httpx

import newsbrief
from newsbrief.ingest.fetch import Fetcher, FetchOptions

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def _offline() -> Fetcher:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"fetched {request.url}")

    return Fetcher(
        FetchOptions(use_cache=False), client=httpx.Client(transport=httpx.MockTransport(refuse))
    )


def test_a_feed_file_gives_its_items_with_their_dates_and_outlet() -> None:
    with _offline() as fetcher:
        docs, skipped = newsbrief.load_articles([str(PAGES / "roundup.atom")], fetcher=fetcher)
    assert not skipped
    assert [d.id for d in docs] == ["commute-guide", "council-report"]
    assert {d.source for d in docs} == {"Harbor District Notes"}
    assert docs[0].published == "2025-03-12T17:00:00Z"  # ISO, in UTC


def test_the_items_summarize_as_one_story() -> None:
    with _offline() as fetcher:
        docs, _ = newsbrief.load_articles([str(PAGES / "roundup.atom")], fetcher=fetcher)
    summary = newsbrief.summarize(docs, words=60)
    assert summary.sentences
    assert {s.article_id for s in summary.sentences} <= {d.id for d in docs}
