"""A burst of requests beyond the server's turns waits for them without a thread each.

Each request's job runs in a thread of its own, started once the request has one of the
server's ``jobs`` turns: requests still waiting wait in the event loop, so a burst of
many at once never starts many threads (before s33 fxS each one started a thread that
waited for a turn; 60 requests meant 60 threads). The app is driven as a server drives
it (ASGI); the jobs are held until the test lets them go.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from fastapi import Request

from newsbrief.service import Settings, create_app
from newsbrief.service.app import run_job

BURST = 60


def _scope(path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


class StayingClient:
    """An ASGI client that sends no body and stays until its answer has come."""

    def __init__(self) -> None:
        self.sent = False
        self.answered = asyncio.Event()
        self.status: int | None = None

    async def receive(self) -> dict[str, Any]:
        if not self.sent:
            self.sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await self.answered.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        elif message["type"] == "http.response.body" and not message.get("more_body"):
            self.answered.set()


def _job_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "newsbrief-job" and t.is_alive())


def test_a_burst_of_requests_starts_no_more_job_threads_than_turns(tmp_path: Path) -> None:
    jobs = 2
    app = create_app(Settings(db=str(tmp_path / "s.sqlite"), cpu_jobs=jobs, time_limit=60))
    release = threading.Event()
    started = threading.Semaphore(0)

    @app.get("/held")
    async def held(request: Request) -> dict[str, bool]:
        def work() -> bool:
            started.release()
            return release.wait(timeout=60)

        return {"done": await run_job(request, work)}

    clients = [StayingClient() for _ in range(BURST)]
    most = 0

    async def scenario() -> None:
        nonlocal most
        before = _job_threads()
        requests = [asyncio.ensure_future(app(_scope("/held"), c.receive, c.send)) for c in clients]
        for _ in range(jobs):  # the turns are all taken
            await asyncio.to_thread(started.acquire, True, 30)
        for _ in range(50):  # every other request has had its chance to start a thread
            await asyncio.sleep(0.01)
            most = max(most, _job_threads() - before)
        release.set()
        await asyncio.wait_for(asyncio.gather(*requests), timeout=60)

    asyncio.run(scenario())
    assert most <= jobs
    assert [c.status for c in clients] == [200] * BURST  # each got its turn in the end
