"""Fetching against a real loopback server: limits, retries, redirects, refusals, cache."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from newsbrief.errors import FetchError
from newsbrief.ingest.fetch import Fetcher, FetchOptions, decode_body, sniff_kind

from .conftest import Server


def fetch(opts: FetchOptions, url: str):
    with Fetcher(opts) as f:
        return f.fetch(url)


def fetch_error(opts: FetchOptions, url: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(opts, url)
    assert info.value.where == url  # every error names the input the user gave
    return info.value


def test_fetches_page_and_reruns_from_cache(server: Server, opts: FetchOptions) -> None:
    url = server.url("/pages/herald-bridge.html?cache-test")
    page = fetch(opts, url)
    assert page.kind == "html" and not page.from_cache
    assert b"Harbor Street Bridge" in page.body
    again = fetch(opts, url)
    assert again.from_cache and again.body == page.body
    assert server.hits["/pages/herald-bridge.html?cache-test"] == 1
    fetch(replace(opts, use_cache=False), url)
    assert server.hits["/pages/herald-bridge.html?cache-test"] == 2


def test_private_cache_entry_not_served_to_strict_run(server: Server, opts: FetchOptions) -> None:
    url = server.url("/pages/wire-bridge.html?strict")
    fetch(opts, url)
    err = fetch_error(replace(opts, allow_private=False), url)
    assert "non-public address 127.0.0.1" in err.message


def test_loopback_refused_unless_allowed(server: Server, opts: FetchOptions) -> None:
    err = fetch_error(replace(opts, allow_private=False), server.url("/pages/herald-bridge.html"))
    assert "refused" in err.message and "127.0.0.1" in err.message
    assert "--allow-private" in (err.hint or "")


def test_follows_redirects_and_caps_them(server: Server, opts: FetchOptions) -> None:
    page = fetch(opts, server.url("/redirect/2"))
    assert page.final_url.endswith("/pages/herald-bridge.html")
    err = fetch_error(replace(opts, max_redirects=3), server.url("/redirect/5"))
    assert "more than 3 redirects" in err.message


@pytest.mark.parametrize(("path", "scheme"), [("/to-file", "file"), ("/to-ftp", "ftp")])
def test_redirect_to_other_scheme_refused(
    server: Server, opts: FetchOptions, path: str, scheme: str
) -> None:
    err = fetch_error(opts, server.url(path))
    assert f"refused to follow a {scheme}: URL" in err.message


def test_404_is_not_retried(server: Server, opts: FetchOptions) -> None:
    before = server.hits["/gone"]
    err = fetch_error(replace(opts, retries=3), server.url("/gone"))
    assert err.message == "HTTP 410 Gone"
    assert server.hits["/gone"] == before + 1


def test_5xx_is_retried_then_reported(server: Server, opts: FetchOptions) -> None:
    before = server.hits["/error500"]
    err = fetch_error(replace(opts, retries=2), server.url("/error500"))
    assert "HTTP 500" in err.message and "3 tries" in err.message
    assert server.hits["/error500"] == before + 3


def test_transient_failure_recovers(server: Server, opts: FetchOptions) -> None:
    page = fetch(replace(opts, use_cache=False), server.url("/flaky"))
    assert b"emergency money" in page.body
    assert server.hits["/flaky"] == 2


def test_slow_server_times_out(server: Server, opts: FetchOptions) -> None:
    err = fetch_error(replace(opts, read_timeout=0.3, retries=0), server.url("/slow"))
    assert "timed out" in err.message


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/doc.pdf", "content type application/pdf"),
        ("/photo.png", "content type image/png"),
        ("/pdf-as-html", "the body is a PDF"),
    ],
)
def test_non_html_refused(server: Server, opts: FetchOptions, path: str, expected: str) -> None:
    err = fetch_error(opts, server.url(path))
    assert "not an HTML page" in err.message and expected in err.message


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_oversized_page_refused(server: Server, opts: FetchOptions, path: str) -> None:
    err = fetch_error(opts, server.url(path))  # default 5 MB cap
    assert "page too large" in err.message


def test_broken_encoding_reported(server: Server, opts: FetchOptions) -> None:
    url = server.url("/broken-encoding")
    page = fetch(opts, url)
    with pytest.raises(FetchError, match="broken text encoding"):
        decode_body(page.body, page.charset, url)


def test_charset_from_meta_tag(server: Server, opts: FetchOptions) -> None:
    page = fetch(opts, server.url("/pages/gazette-cp1252.html"))
    assert page.charset is None  # the server did not say; the page does
    text = decode_body(page.body, page.charset, page.url)
    assert "Renée Dubois" in text and "crêpe" in text and "“We had" in text


def test_fetch_many_keeps_order_and_returns_errors(server: Server, opts: FetchOptions) -> None:
    urls = [server.url("/pages/wire-bridge.html"), server.url("/missing"), server.url("/index")]
    with Fetcher(opts) as f:
        results = f.fetch_many(urls)
    assert [type(r).__name__ for r in results] == ["Fetched", "FetchError", "Fetched"]
    assert results[0].url == urls[0] and results[2].url == urls[2]


# --- injected transports: what a real server cannot show from loopback -------------------

PUBLIC = "93.184.216.34"


def test_redirect_to_private_address_refused_without_request() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "news.test":
            return httpx.Response(302, headers={"Location": "http://intranet.test/admin"})
        return httpx.Response(200, text="secret")

    addresses = {"news.test": [PUBLIC], "intranet.test": ["10.1.2.3"]}
    client = httpx.Client(transport=httpx.MockTransport(handler))
    fetcher = Fetcher(
        FetchOptions(use_cache=False), client=client, resolver=lambda h, p: addresses[h]
    )
    with pytest.raises(FetchError) as info:
        fetcher.fetch("http://news.test/story")
    assert "intranet.test resolves to non-public address 10.1.2.3" in info.value.message
    assert info.value.message.startswith("redirected to http://intranet.test/admin, refused")
    assert info.value.where == "http://news.test/story"
    assert seen == ["http://news.test/story"]


@pytest.mark.parametrize(
    "addr",
    [
        "127.0.0.1",
        "10.0.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_non_global_addresses_refused(addr: str) -> None:
    client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    fetcher = Fetcher(FetchOptions(use_cache=False), client=client, resolver=lambda h, p: [addr])
    with pytest.raises(FetchError, match="non-public address"):
        fetcher.fetch("http://somewhere.test/")


def test_dns_rebinding_caught_at_connect(server: Server) -> None:
    """The name looks public when checked, then resolves to loopback at connect time."""
    answers = iter([[PUBLIC]])

    def resolver(host: str, port: int) -> list[str]:
        return next(answers, ["127.0.0.1"])

    port = int(server.base.rsplit(":", 1)[1])
    url = f"http://rebind.test:{port}/pages/herald-bridge.html"
    before = sum(server.hits.values())
    options = FetchOptions(use_cache=False, retries=0)
    with Fetcher(options, resolver=resolver) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert "non-public address 127.0.0.1" in info.value.message
    assert info.value.where == url
    assert sum(server.hits.values()) == before  # nothing reached the server


def test_sends_clear_user_agent() -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return httpx.Response(200, html="<p>hello</p>")

    client = httpx.Client(transport=httpx.MockTransport(handler))
    fetcher = Fetcher(FetchOptions(use_cache=False), client=client, resolver=lambda h, p: [PUBLIC])
    fetcher.fetch("https://news.test/a")
    assert agents and agents[0].startswith("newsbrief/")


def test_malformed_url_is_a_clear_error(opts: FetchOptions) -> None:
    err = fetch_error(opts, "http://[::1/oops")
    assert "malformed URL" in err.message


@pytest.mark.parametrize(
    ("ctype", "body", "kind"),
    [
        ("text/html", b'<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">', "feed"),
        ("", b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("text/html", b"<html><div class='feedback'><feed>", "html"),
        ("application/rss+xml", b"<!DOCTYPE html><html>", "html"),
        ("application/xml", b"<sitemap/>", "feed"),  # parsed as a feed: a clear 'not a feed'
        ("text/plain", b"Just text.", "text"),
    ],
)
def test_sniff_kind(ctype: str, body: bytes, kind: str) -> None:
    assert sniff_kind(ctype, body) == kind
