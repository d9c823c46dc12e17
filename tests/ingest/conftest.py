"""A real HTTP server on loopback serving the pages in ``tests/data/pages`` and bad cases.

Everything is written for these tests (no third-party text). The server runs in a thread
for the whole session; ``hits`` counts requests per path so tests can see retries and
cache hits.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsbrief.ingest.fetch import FetchOptions

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
ARTICLES = ("herald-bridge.html", "courier-bridge.html", "wire-bridge.html")
PLAIN = (
    "Ferry service doubles during bridge closure\n\n"
    "The Port Alder transit authority doubled ferry service across the harbor on Wednesday "
    "while the Harbor Street Bridge stays closed for repairs. Boats now leave every twenty "
    "minutes from six in the morning until ten at night, the authority said.\n"
)


def rss_feed(base: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed whose items link to ``base + path``; items are (title, path, date)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel><title>Port Alder Press Roundup</title>",
        f"<link>{base}/</link><description>Local stories</description>",
    ]
    for title, path, date in items:
        parts.append(
            f"<item><title>{title}</title><link>{base}{path}</link>"
            f"<pubDate>{date}</pubDate><description>Teaser for {title}.</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)


FEED_ITEMS = [
    ("Bridge closed", "/pages/herald-bridge.html", "Tue, 11 Mar 2025 13:15:00 GMT"),
    ("Beams cracked", "/pages/courier-bridge.html", "Tue, 11 Mar 2025 16:40:00 GMT"),
    ("State weighs money", "/pages/wire-bridge.html", "Wed, 12 Mar 2025 10:05:00 GMT"),
]


@dataclass
class Server:
    base: str
    hits: Counter[str] = field(default_factory=Counter)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else each response waits on a 40 ms delayed ACK

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str, status: int = 302) -> None:
            self.send(status, b"", "text/plain", {"Location": location})

        def do_GET(self) -> None:
            server.hits[self.path] += 1
            n = server.hits[self.path]
            path = self.path.split("?", 1)[0]  # routes ignore the query; hits count it
            html = "text/html; charset=utf-8"
            if path.startswith("/pages/"):
                f = PAGES / path[len("/pages/") :]
                if not f.is_file():
                    return self.send(404, b"<h1>Not found</h1>", html)
                ctype = "text/html" if "cp1252" in f.name else html  # charset only in the page
                return self.send(200, f.read_bytes(), ctype)
            if path == "/feed.xml":
                body = rss_feed(server.base, FEED_ITEMS).encode()
                return self.send(200, body, "application/rss+xml")
            if path == "/feed-with-dead.xml":
                items = [*FEED_ITEMS[:2], ("Gone", "/missing", "Wed, 12 Mar 2025 11:00:00 GMT")]
                return self.send(200, rss_feed(server.base, items).encode(), "application/rss+xml")
            if path == "/malformed.xml":
                return self.send(200, b"<rss><channel><item><title>oops</channel>", "text/xml")
            if path.startswith("/redirect/"):
                hops = int(path.rsplit("/", 1)[1])
                if hops <= 0:
                    return self.redirect("/pages/herald-bridge.html")
                return self.redirect(f"/redirect/{hops - 1}")
            if path == "/to-file":
                return self.redirect("file:///etc/passwd")
            if path == "/to-ftp":
                return self.redirect("ftp://127.0.0.1/story.html")
            if path == "/missing":
                return self.send(404, b"<h1>Not found</h1>", html)
            if path == "/gone":
                return self.send(410, b"<h1>Gone</h1>", html)
            if path == "/error500":
                return self.send(500, b"<h1>Internal error</h1>", html)
            if path == "/flaky":
                if n == 1:
                    return self.send(503, b"<h1>Busy</h1>", html)
                return self.send(200, (PAGES / "wire-bridge.html").read_bytes(), html)
            if path == "/slow":
                time.sleep(3)
                return self.send(200, (PAGES / "wire-bridge.html").read_bytes(), html)
            if path == "/doc.pdf":
                return self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
            if path == "/pdf-as-html":
                return self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", html)
            if path == "/photo.png":
                return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
            if path == "/huge":
                # 5.6 MB of paragraphs, sent chunked with no Content-Length: the cap must hold.
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                para = b"<p>" + b"Filler words for a page far too big to be one article. " * 20
                chunk = b"<html><body>" + para * 5000
                for piece in (chunk[i : i + 65536] for i in range(0, len(chunk), 65536)):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
                return None
            if path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.send_header("Content-Length", "900000000")
                self.end_headers()
                self.wfile.write(b"<html>")
                return None
            if path == "/broken-encoding":
                body = (
                    b"<html><head><meta charset='utf-8'></head><body><article><p>"
                    + bytes(range(128, 256)) * 40
                    + b"</p></article></body></html>"
                )
                return self.send(200, body, html)
            if path == "/index":
                return self.send(200, (PAGES / "index-page.html").read_bytes(), html)
            if path == "/plain.txt":
                body = PLAIN.encode()
                return self.send(200, body, "text/plain; charset=utf-8")
            if path.startswith("/bulk/"):
                return self.send(200, (PAGES / "herald-bridge.html").read_bytes(), html)
            return self.send(404, b"<h1>Not found</h1>", html)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 stalls concurrent fetches

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up on purpose (size cap, timeouts) are expected here


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    srv = Server(base="")
    httpd = _QuietServer(("127.0.0.1", 0), _handler(srv))
    srv.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield srv
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def opts(tmp_path: Path) -> FetchOptions:
    """Loopback allowed, cache in tmp, short timeouts and backoff so failures are quick."""
    return FetchOptions(
        allow_private=True,
        cache_dir=tmp_path / "cache",
        connect_timeout=2.0,
        read_timeout=1.0,
        retries=1,
        backoff=0.01,
    )
