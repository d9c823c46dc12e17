"""Pages, feeds and mixed inputs into documents: metadata, extraction, per-item skips."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from newsbrief.api import summarize
from newsbrief.errors import FetchError, InputError, MissingExtraError
from newsbrief.ingest import load_documents, load_documents_report
from newsbrief.ingest.fetch import Fetcher, FetchOptions
from newsbrief.ingest.web import doc_id_for_url, document_from_json_web

from .conftest import PAGES, Server

BOILERPLATE = [
    "We use cookies",
    "Sign up for our newsletter",
    "Related stories",
    "Canal Avenue repaving delayed",
    "falling apart for years",  # a reader comment
    "Traffic cones block",  # a photo caption
    "All rights reserved",
    "Share on Facebook",
    "Obituaries",
]


def test_html_file_text_and_metadata() -> None:
    docs, skipped = load_documents_report([str(PAGES / "herald-bridge.html")])
    assert not skipped
    (doc,) = docs
    assert doc.id == "herald-bridge"
    assert doc.source == "Lakeside Herald"
    assert doc.title == "Harbor Street Bridge closed after inspectors find cracks"
    assert doc.author == "Dana Whitfield"
    assert doc.published == "2025-03-11T13:15:00Z"  # -05:00 in the page, UTC here
    assert doc.url == (
        "https://www.lakesideherald.example/news/2025/03/11/harbor-street-bridge-closed"
    )
    assert not doc.title_line  # main text already extracted: no headline line to find
    assert doc.text.startswith("Port Alder officials closed")  # headline is metadata, not body
    assert "slowest day in months" in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text


def test_url_fetch_extracts_like_file(server: Server, opts: FetchOptions) -> None:
    docs, skipped = load_documents_report([server.url("/pages/courier-bridge.html")], opts)
    assert not skipped
    (doc,) = docs
    assert doc.source == "Valley Courier"
    assert doc.published == "2025-03-11T16:40:00Z"
    assert doc.url == "https://valleycourier.example/local/cracked-beams-shut-bridge"
    for junk in ("Subscribe from $1", "Most read", "Join the conversation", "Courier photo"):
        assert junk not in doc.text


def test_outlet_falls_back_to_host(server: Server, opts: FetchOptions) -> None:
    (doc,), _ = load_documents_report([server.url("/pages/wire-bridge.html")], opts)
    assert doc.source == server.base.split("//")[1]  # the page names no outlet: its host does
    assert doc.published == "2025-03-12T10:05:00Z"
    assert "contributed to this report" not in doc.text


def test_feed_url_expands_to_items(server: Server, opts: FetchOptions) -> None:
    docs, skipped = load_documents_report([server.url("/feed.xml")], opts)
    assert not skipped
    host = server.base.split("//")[1]
    assert [d.source for d in docs] == ["Lakeside Herald", "Valley Courier", host]
    assert [d.published for d in docs] == [
        "2025-03-11T13:15:00Z",
        "2025-03-11T16:40:00Z",
        "2025-03-12T10:05:00Z",
    ]


def test_feed_dead_item_skipped_rest_kept(server: Server, opts: FetchOptions) -> None:
    docs, skipped = load_documents_report([server.url("/feed-with-dead.xml")], opts)
    assert len(docs) == 2
    (bad,) = skipped
    assert bad.input == server.url("/missing")
    assert "HTTP 404" in bad.reason and "item of feed" in bad.reason


def test_atom_file_full_content_needs_no_fetch() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"fetched {request.url}")

    fetcher = Fetcher(
        FetchOptions(use_cache=False), client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    docs, skipped = load_documents_report([str(PAGES / "roundup.atom")], fetcher=fetcher)
    assert not skipped
    assert [d.id for d in docs] == ["commute-guide", "council-report"]
    first = docs[0]
    assert first.source == "Harbor District Notes"
    assert first.author == "Ines Calder"
    assert first.url == "https://harbornotes.example/2025/03/commute-guide"
    assert first.published == "2025-03-12T17:00:00Z"
    assert "Map: the three crossings" not in first.text  # figure caption dropped
    assert len(first.text.splitlines()) == 4


def test_mixed_inputs_keep_order_and_skip_bad(
    server: Server, opts: FetchOptions, tmp_path: Path
) -> None:
    txt = tmp_path / "note.txt"
    txt.write_text(
        "Ferry times change\n\nThe harbor ferry will run every twenty minutes from Wednesday."
    )
    inputs = [
        str(PAGES / "herald-bridge.html"),
        server.url("/missing"),
        server.url("/doc.pdf"),
        str(txt),
        str(PAGES / "broken-feed.xml"),
        server.url("/index"),
        server.url("/pages/wire-bridge.html"),
    ]
    docs, skipped = load_documents_report(inputs, opts)
    assert [d.id for d in docs] == ["herald-bridge", "note", "wire-bridge"]
    reasons = {s.input: s.reason for s in skipped}
    assert reasons[server.url("/missing")] == "HTTP 404 Not Found"
    assert "not an HTML page" in reasons[server.url("/doc.pdf")]
    assert reasons[str(PAGES / "broken-feed.xml")].startswith("malformed feed (XML error at line")
    assert reasons[server.url("/index")].startswith("no article text found")


def test_folder_with_html_and_feed_files(tmp_path: Path) -> None:
    for name in ("herald-bridge.html", "roundup.atom", "index-page.html"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    docs, skipped = load_documents_report([str(tmp_path)], FetchOptions(use_cache=False))
    assert [d.id for d in docs] == ["herald-bridge", "commute-guide", "council-report"]
    assert [s.input for s in skipped] == [str(tmp_path / "index-page.html")]


def test_strict_loader_raises_on_bad_url(server: Server, opts: FetchOptions) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        load_documents([server.url("/missing")], opts)


def test_batch_documents_with_html_and_url(server: Server, opts: FetchOptions) -> None:
    html = (PAGES / "courier-bridge.html").read_text()
    doc = document_from_json_web({"html": html, "source": "VC"}, "d1", "story.jsonl:1")
    assert doc.id == "d1" and doc.source == "VC" and doc.title.startswith("Cracked beams")
    doc2 = document_from_json_web(
        {"url": server.url("/pages/wire-bridge.html")}, "d2", "story.jsonl:1", opts
    )
    assert doc2.id == "d2" and doc2.published == "2025-03-12T10:05:00Z"


def test_summary_ordered_by_publication_time(server: Server, opts: FetchOptions) -> None:
    # Input order is newest first; the summary must follow publication time instead.
    inputs = [server.url("/pages/wire-bridge.html"), str(PAGES / "herald-bridge.html")]
    docs, _ = load_documents_report(inputs, opts)
    summary = summarize(docs, words=300)
    ids = [s.article_id for s in summary.sentences]
    published = {a.id: a.published for a in summary.articles}
    times = [published[i] for i in ids]
    assert times == sorted(times)
    assert len(set(ids)) == 2


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingExtraError) as info:
        load_documents_report([str(PAGES / "herald-bridge.html")])
    assert "newsbrief[html]" in str(info.value)


def test_missing_httpx_names_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)
    with pytest.raises(MissingExtraError, match=r"newsbrief\[html\]"):
        load_documents_report(["http://news.test/a"])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/news/2025/bridge-closed.html", "bridge-closed"),
        ("https://x.example/", "x.example"),
        ("https://x.example/a/b%20c/", "b-c"),
    ],
)
def test_doc_ids_from_urls(url: str, expected: str) -> None:
    assert doc_id_for_url(url) == expected


def test_text_input_needs_no_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("httpx", "trafilatura", "httpcore"):
        monkeypatch.setitem(sys.modules, name, None)
    note = tmp_path / "note.txt"
    note.write_text("Ferry times change\n\nThe ferry will run every twenty minutes from today.")
    docs, skipped = load_documents_report([str(note)])
    assert [d.id for d in docs] == ["note"] and not skipped


def test_feed_without_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml", None)
    with pytest.raises(MissingExtraError, match=r"newsbrief\[html\]"):
        load_documents_report([str(PAGES / "roundup.atom")])


def test_batch_document_url_must_be_an_article(server: Server, opts: FetchOptions) -> None:
    with pytest.raises(InputError, match="is a feed, not an article"):
        document_from_json_web({"url": server.url("/feed.xml")}, "d", "s.jsonl:3", opts)
    with pytest.raises(FetchError) as info:
        document_from_json_web({"url": server.url("/missing")}, "d", "s.jsonl:3", opts)
    assert info.value.where == "s.jsonl:3" and "/missing: HTTP 404" in info.value.message


def test_feed_item_cap_is_reported(server: Server, opts: FetchOptions) -> None:
    from dataclasses import replace

    docs, skipped = load_documents_report(
        [server.url("/feed.xml")], replace(opts, max_feed_items=2)
    )
    assert len(docs) == 2
    assert [s.reason for s in skipped] == ["1 feed items after the first 2 not read"]
