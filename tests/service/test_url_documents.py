"""URL documents of one ``POST /v1/summarize`` are fetched together, and a bad one is named.

A loopback HTTP server started by the test serves the article pages written for the
ingest tests. Its gated pages answer only once several requests are in flight at once
(or after a few seconds), so the test sees concurrency without timing anything.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from .conftest import make_client

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
ARTICLES = ("herald-bridge.html", "courier-bridge.html", "wire-bridge.html")
GATE_WAIT = 3.0  # seconds a gated page waits for the others before answering anyway


class PageServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.lock = threading.Condition()
        self.in_flight = 0
        self.most_at_once = 0
        self.gate = 1  # a gated page answers once this many requests are in flight

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: PageServer

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        name = self.path.rsplit("/", 1)[-1]
        with srv.lock:
            srv.in_flight += 1
            srv.most_at_once = max(srv.most_at_once, srv.in_flight)
            srv.lock.notify_all()
            if self.path.startswith("/gated/"):
                srv.lock.wait_for(lambda: srv.in_flight >= srv.gate, timeout=GATE_WAIT)
        try:
            page = PAGES / name
            if name in ARTICLES and page.is_file():
                self._send(200, page.read_bytes())
            else:
                self._send(404, b"<h1>Not found</h1>")
        finally:
            with srv.lock:
                srv.in_flight -= 1


@pytest.fixture
def pages() -> Iterator[PageServer]:
    srv = PageServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def local_client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path, allow_private=True) as c:
        yield c


def test_url_documents_of_one_request_are_fetched_concurrently(
    local_client: TestClient, pages: PageServer
) -> None:
    pages.gate = len(ARTICLES)
    docs = [{"id": f"p{k}", "url": f"{pages.base}/gated/{a}"} for k, a in enumerate(ARTICLES)]
    r = local_client.post("/v1/summarize", json={"documents": docs, "words": 60})
    assert r.status_code == 200, r.text
    assert pages.most_at_once == len(ARTICLES)  # all three were on the wire together
    data = r.json()
    assert [a["id"] for a in data["articles"]] == ["p0", "p1", "p2"]  # request order kept
    assert data["sentences"]


def test_a_dead_url_among_others_is_named_by_its_place(
    local_client: TestClient, pages: PageServer, bridge_docs
) -> None:
    docs = [
        bridge_docs[0],
        {"id": "ok", "url": f"{pages.base}/pages/{ARTICLES[0]}"},
        {"id": "dead", "url": f"{pages.base}/pages/missing.html"},
        {"id": "ok2", "url": f"{pages.base}/pages/{ARTICLES[1]}"},
        {"id": "dead2", "url": f"{pages.base}/pages/gone.html"},
    ]
    r = local_client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "FetchError"
    assert body["where"].startswith("documents[2]")  # the first bad one in request order
    assert "dead" in body["where"] and "404" in body["message"]


def test_private_hosts_stay_refused_when_fetched_together(
    client: TestClient, pages: PageServer
) -> None:
    docs = [{"id": f"p{k}", "url": f"{pages.base}/pages/{a}"} for k, a in enumerate(ARTICLES)]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    body = r.json()
    assert body["where"].startswith("documents[0]")
    assert "--allow-private" in body["hint"] and "server" in body["hint"]
    assert pages.most_at_once == 0  # nothing was fetched
