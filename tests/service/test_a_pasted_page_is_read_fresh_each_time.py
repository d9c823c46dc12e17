"""The service keeps no page cache: a URL pasted (or posted) again is fetched again, so an
updated article is read as it is now. (The CLI keeps fetched pages 24 h; the service
never used that cache, and docs/service.md says so.)"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .conftest import make_client

pytest.importorskip("trafilatura")

PAGE = (
    "<html><head><title>Council approves Elm River bridge</title></head><body><article>"
    "<h1>Council approves Elm River bridge</h1>"
    "<p>The city council voted 7-2 on Monday to approve a new bridge over the Elm River, "
    "ending a debate that lasted three years.</p>"
    "<p>The bridge will cost {cost} million and will be paid for by a state grant and a "
    "local bond, officials said on Monday.</p></article></body></html>"
)


@pytest.fixture
def changing_page() -> Iterator[tuple[str, list[str]]]:
    """A loopback page whose figure the test changes between two fetches."""
    cost = ["$40"]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = PAGE.format(cost=cost[0]).encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/bridge.html", cost
    server.shutdown()
    server.server_close()


def test_a_url_pasted_again_is_fetched_again(
    tmp_path: Path, changing_page: tuple[str, list[str]]
) -> None:
    url, cost = changing_page
    with make_client(tmp_path, allow_private=True) as client:
        first = client.post("/summarize", data={"articles": "", "urls": url})
        cost[0] = "$45"
        second = client.post("/summarize", data={"articles": "", "urls": url})
    assert first.status_code == second.status_code == 200
    assert "$40 million" in html.unescape(first.text)
    assert "$45 million" in html.unescape(second.text)
