"""A feed's address, posted or pasted, gives the feed's items as articles, as the CLI reads it.

A loopback HTTP server started by the test serves an RSS feed whose items link to the
article pages written for the ingest tests (nothing reaches the internet); one feed has
an item whose page is gone and whose teaser holds no sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsbrief
from newsbrief.ingest.fetch import FetchOptions

from ..ingest.conftest import FEED_ITEMS, PAGES, rss_feed
from .conftest import make_client

GONE = ("Gone", "/missing", "Wed, 12 Mar 2025 11:00:00 GMT")
# An item that carries its whole article and no link (written for this test).
FULL_TEXT = " ".join(
    f"<p>The Port Alder ferry board met for the {n} time this winter on Thursday evening "
    f"and agreed to keep the harbor crossing running every twenty minutes until the "
    f"Harbor Street Bridge reopens, its chair told residents in the town hall.</p>"
    for n in ("first", "second", "third", "fourth", "fifth")
)
LINKLESS_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
    "<title>Harbor Board Notes</title><item><title>Ferry stays frequent</title>"
    "<pubDate>Thu, 13 Mar 2025 19:00:00 GMT</pubDate>"
    f"<content:encoded><![CDATA[{FULL_TEXT}]]></content:encoded></item></channel></rss>"
)


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FeedServer

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        base = self.server.base
        rss = "application/rss+xml"
        if self.path == "/feed.xml":
            return self._send(200, rss_feed(base, FEED_ITEMS).encode(), rss)
        if self.path == "/feed-with-dead.xml":
            return self._send(200, rss_feed(base, [*FEED_ITEMS[:2], GONE]).encode(), rss)
        if self.path == "/linkless.xml":
            return self._send(200, LINKLESS_FEED.encode(), rss)
        if self.path == "/feed-all-dead.xml":
            return self._send(200, rss_feed(base, [GONE]).encode(), rss)
        page = PAGES / self.path.removeprefix("/pages/")
        if self.path.startswith("/pages/") and page.is_file():
            return self._send(200, page.read_bytes(), "text/html; charset=utf-8")
        return self._send(404, b"<h1>Not found</h1>", "text/html")


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    srv = FeedServer()
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _client(tmp_path: Path, **settings: object) -> TestClient:
    return make_client(tmp_path, allow_private=True, **settings)


def test_a_feed_posted_to_summarize_gives_the_articles_the_cli_reads(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/feed.xml")
    # what `newsbrief summarize FEED_URL` reads (the command calls this)
    cli_docs, cli_skipped = newsbrief.load_articles(
        [url], fetch=FetchOptions(allow_private=True, use_cache=False)
    )
    with _client(tmp_path) as client:
        r = client.post("/v1/summarize", json={"documents": [{"id": "roundup", "url": url}]})
    assert r.status_code == 200, r.text
    data = r.json()
    assert [a["id"] for a in data["articles"]] == [d.id for d in cli_docs]
    assert len(cli_docs) == len(FEED_ITEMS) and not cli_skipped
    assert data["sentences"]
    assert not [d for d in data["dropped"] if d["reason"].startswith("skipped")]


def test_a_dead_feed_item_is_named_and_the_other_items_summarized(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/feed-with-dead.xml")
    with _client(tmp_path) as client:
        r = client.post("/v1/summarize", json={"documents": [{"id": "roundup", "url": url}]})
    assert r.status_code == 200, r.text
    data = r.json()
    assert len(data["articles"]) == 2
    (dead,) = [d for d in data["dropped"] if d["reason"].startswith("skipped")]
    assert dead["id"] == feeds.url("/missing") and "404" in dead["reason"]


def test_a_feed_none_of_whose_items_is_readable_is_refused_naming_it(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/feed-all-dead.xml")
    with _client(tmp_path) as client:
        r = client.post("/v1/summarize", json={"documents": [{"id": "roundup", "url": url}]})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["where"].startswith("documents[0]")
    assert url in body["message"] and "no item of the feed gave an article" in body["message"]


def test_a_feed_posted_to_the_store_is_stored_item_by_item_with_iso_dates(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/feed-with-dead.xml")
    post = {"articles": [{"id": "roundup", "url": url, "source": "Port Alder Press"}]}
    with _client(tmp_path) as client:
        r = client.post("/v1/articles", json=post)
        assert r.status_code == 200, r.text
        first = r.json()
        again = client.post("/v1/articles", json=post).json()
        stories = client.get("/v1/stories").json()["stories"]
    ids = [a["id"] for a in first["articles"]]
    assert len(ids) == 2 and all(i.startswith("http") for i in ids)  # each under its link
    (dead,) = first["skipped"]
    assert dead["id"] == feeds.url("/missing") and dead["where"].startswith("articles[0]")
    assert again["articles"] == first["articles"] and not again["kept_stored_text"]
    stored = {d["id"]: d for s in stories for d in s["documents"]}
    assert set(stored) == set(ids) and all(stored[i]["url"] == i for i in ids)
    assert {d["source"] for d in stored.values()} == {"Port Alder Press"}
    # the courier page carries no date: the feed's RFC 822 date is stored as ISO 8601
    dates = sorted(d["published"] for d in stored.values())
    assert dates[-1].startswith("2025-03-11T16:40:00")


def test_feed_items_over_the_article_cap_are_refused_naming_the_cap(
    tmp_path: Path, feeds: FeedServer
) -> None:
    doc = {"id": "roundup", "url": feeds.url("/feed.xml")}
    with _client(tmp_path, max_articles=2) as client:
        r = client.post("/v1/summarize", json={"documents": [doc]})
    assert r.status_code == 413, r.text
    body = r.json()
    assert body["error"] == "TooManyDocuments"
    assert f"{len(FEED_ITEMS)} documents" in body["message"] and "limit is 2" in body["message"]


def test_feed_text_over_the_body_cap_is_refused_naming_the_cap(
    tmp_path: Path, feeds: FeedServer
) -> None:
    doc = {"id": "roundup", "url": feeds.url("/feed.xml")}
    with _client(tmp_path, max_body=1500) as client:
        r = client.post("/v1/articles", json={"articles": [doc]})
        assert not client.get("/v1/stories").json()["stories"]  # nothing stored
    assert r.status_code == 413, r.text
    body = r.json()
    assert body["error"] == "PayloadTooLarge" and "limit is 1500 bytes" in body["message"]


def test_a_pasted_feed_address_gives_its_items_and_names_a_dead_one(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/feed-with-dead.xml")
    with _client(tmp_path) as client:
        r = client.post("/summarize", data={"urls": url, "words": "60"})
    assert r.status_code == 200, r.text
    assert "is a feed" not in r.text
    assert feeds.url("/missing") in r.text  # the dead item, named on the page


def test_a_stored_item_without_a_link_is_named_by_its_place_in_the_feed(
    tmp_path: Path, feeds: FeedServer
) -> None:
    url = feeds.url("/linkless.xml")
    post = {"articles": [{"id": "board", "url": url}]}
    with _client(tmp_path) as client:
        r = client.post("/v1/articles", json=post)
    assert r.status_code == 200, r.text
    assert [a["id"] for a in r.json()["articles"]] == [f"{url} item 1"]  # not "item1"
