"""A request whose client has closed its connection starts no work it has not started.

The app is driven as a server drives it (ASGI), with a client that sends its body and
then disconnects: a job still waiting for its turn is dropped (answered 499, which only
the access log reads), and a request naming more URLs than are fetched at once fetches
no further URL once its client has gone. A loopback server holds the first pages until
the test lets them go; nothing reaches the internet.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsbrief.ingest.fetch import FetchOptions
from newsbrief.service import Settings, create_app

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "herald-bridge.html"
AT_ONCE = FetchOptions().concurrency  # URL documents of one request fetched at once


class HeldPages(ThreadingHTTPServer):
    """Serves the herald page, but holds every request until ``release`` is set."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.release = threading.Event()
        self.lock = threading.Condition()
        self.hits = 0

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HeldPages

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.hits += 1
            self.server.lock.notify_all()
        self.server.release.wait(timeout=30)
        body = PAGE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def held() -> Iterator[HeldPages]:
    srv = HeldPages()
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


class GoneClient:
    """An ASGI client that sends a JSON body, then closes its connection when told."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.body = json.dumps(payload).encode()
        self.sent = False
        self.leave = asyncio.Event()  # set by the test: the client goes
        self.left = asyncio.Event()  # set once the app has been told
        self.status: int | None = None
        self.answer = b""

    async def receive(self) -> dict[str, Any]:
        if not self.sent:
            self.sent = True
            return {"type": "http.request", "body": self.body, "more_body": False}
        await self.leave.wait()
        self.left.set()
        return {"type": "http.disconnect"}

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        elif message["type"] == "http.response.body":
            self.answer += message.get("body", b"")

    def scope(self, path: str) -> dict[str, Any]:
        return {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [
                (b"host", b"testserver"),
                (b"content-type", b"application/json"),
                (b"content-length", str(len(self.body)).encode()),
            ],
            "client": ("127.0.0.1", 50000),
            "server": ("testserver", 80),
        }


async def _settle() -> None:
    """Let the app's tasks run what they can now (no time waited on)."""
    for _ in range(20):
        await asyncio.sleep(0)


async def _heard(client: GoneClient) -> None:
    """Wait until the app has been told the client went; an app that never listens is
    let go on after a bound (10 s), to fail on what it then does rather than hang."""
    try:
        await asyncio.wait_for(client.left.wait(), timeout=10)
    except TimeoutError:
        return
    await _settle()


def test_a_job_waiting_for_its_turn_is_dropped_when_its_client_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.service.routes as routes

    ran: list[object] = []
    monkeypatch.setattr(routes, "summarize_json", lambda *a, **k: ran.append(a))
    app = create_app(Settings(db=str(tmp_path / "s.sqlite"), cpu_jobs=1))
    client = GoneClient({"documents": [{"id": "a", "text": "A short article. It has text."}]})

    async def scenario() -> None:
        app.state.busy.acquire()  # the one turn is taken: the request waits for it
        request = asyncio.ensure_future(
            app(client.scope("/v1/summarize"), client.receive, client.send)
        )
        await _settle()
        client.leave.set()
        await _heard(client)
        app.state.busy.release()
        await asyncio.wait_for(request, timeout=30)

    asyncio.run(scenario())
    assert client.left.is_set()  # the app listened for the client going
    assert not ran  # the summary was never made
    assert client.status == 499 and b"ClientGone" in client.answer


def test_urls_not_yet_fetched_are_not_fetched_once_the_client_goes(
    tmp_path: Path, held: HeldPages
) -> None:
    app = create_app(Settings(db=str(tmp_path / "s.sqlite"), allow_private=True))
    n = AT_ONCE + 2
    docs = [{"id": f"p{k}", "url": f"{held.base}/pages/p{k}.html"} for k in range(n)]
    client = GoneClient({"documents": docs})

    async def scenario() -> None:
        request = asyncio.ensure_future(
            app(client.scope("/v1/summarize"), client.receive, client.send)
        )
        # the first AT_ONCE pages are requested, and held
        while held.hits < AT_ONCE:
            await asyncio.to_thread(_wait_for_hits, held, AT_ONCE)
        client.leave.set()
        await _heard(client)
        held.release.set()
        await asyncio.wait_for(request, timeout=60)

    asyncio.run(scenario())
    assert client.left.is_set()
    assert held.hits == AT_ONCE  # the last two were never requested
    assert client.status == 499


def _wait_for_hits(srv: HeldPages, n: int) -> None:
    with srv.lock:
        srv.lock.wait_for(lambda: srv.hits >= n, timeout=10)


def test_a_client_that_leaves_while_its_job_runs_is_answered_499_without_waiting_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.service.routes as routes

    running = threading.Event()
    release = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> Any:
        running.set()
        release.wait(timeout=60)
        return SimpleNamespace(data={"dropped": []})

    monkeypatch.setattr(routes, "summarize_json", slow)
    app = create_app(Settings(db=str(tmp_path / "s.sqlite"), cpu_jobs=1))
    client = GoneClient({"documents": [{"id": "a", "text": "A short article. It has text."}]})
    answered_while_running: list[bool] = []

    async def scenario() -> None:
        request = asyncio.ensure_future(
            app(client.scope("/v1/summarize"), client.receive, client.send)
        )
        await asyncio.to_thread(running.wait, 30)
        client.leave.set()
        # the request ends while its job is still held (it used to wait for the job)
        done, _ = await asyncio.wait({request}, timeout=20)
        answered_while_running.append(bool(done) and not release.is_set())
        release.set()
        await asyncio.wait_for(request, timeout=30)

    asyncio.run(scenario())
    assert answered_while_running == [True]
    assert client.status == 499 and b"ClientGone" in client.answer
