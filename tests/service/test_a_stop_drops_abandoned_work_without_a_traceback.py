"""Ctrl-C on ``newsbrief serve`` while a request's URL never answers: the server stops
(it used to wait for every retry of the abandoned fetch, over a minute), the request
still waiting is answered 503 ``ServerStopping``, and nothing is printed as a traceback.

The slow page is a loopback socket that accepts and never answers, so the fetch can only
end by its read timeout (20 s, three tries); the server gets far less than that to stop.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a subprocess")

pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

# What a stop may take: the grace for requests in progress (3 s) and start-up slack;
# far below the abandoned fetch's 60 s of retries it used to wait for.
STOP_WITHIN = 25


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def silent_page() -> Iterator[str]:
    """A loopback URL that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/story.html"
    stop.set()
    thread.join(2)
    for conn in held:
        conn.close()
    listener.close()


def _serve(*extra: str, tmp: str | None = None) -> tuple[subprocess.Popen[str], str]:
    port = _free_port()
    command = [sys.executable, "-m", "newsbrief", "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--allow-private", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NEWSBRIEF_API_TOKEN": "", **({"TMPDIR": tmp} if tmp else {})},
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("newsbrief serve did not start: " + proc.communicate()[1])


def _post(base: str, url: str, timeout: float) -> tuple[int, dict[str, Any]]:
    body = json.dumps({"documents": [{"id": "a", "url": url}]}).encode()
    request = urllib.request.Request(
        base + "/v1/summarize", data=body, headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _stop(proc: subprocess.Popen[str]) -> tuple[int | None, str]:
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=STOP_WITHIN)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        return None, err
    return proc.returncode, err


def test_a_request_its_client_gave_up_does_not_hold_the_stop(silent_page: str) -> None:
    proc, base = _serve()
    with pytest.raises(OSError):  # the client gives up (a timeout), the fetch goes on
        _post(base, silent_page, timeout=1.5)
    code, err = _stop(proc)
    assert code == 0, f"the server did not stop on Ctrl-C: {err}"
    assert "Traceback" not in err


def test_a_request_answered_503_does_not_hold_the_stop(silent_page: str) -> None:
    proc, base = _serve("--time-limit", "1")
    status, body = _post(base, silent_page, timeout=30)
    assert (status, body["error"]) == (503, "TimeLimit")
    code, err = _stop(proc)
    assert code == 0, f"the server did not stop on Ctrl-C: {err}"
    assert "Traceback" not in err


def test_a_request_still_waiting_is_told_the_server_stopped(silent_page: str) -> None:
    proc, base = _serve()
    answers: list[tuple[int, dict[str, Any]]] = []
    waiting = threading.Thread(target=lambda: answers.append(_post(base, silent_page, 60)))
    waiting.start()
    time.sleep(1.0)  # the request is in, its fetch hanging
    code, err = _stop(proc)
    waiting.join(5)
    assert code == 0, f"the server did not stop on Ctrl-C: {err}"
    assert "Traceback" not in err
    assert answers and answers[0][0] == 503
    assert answers[0][1]["error"] == "ServerStopping"


def test_a_second_ctrl_c_stops_without_a_traceback_and_removes_the_temporary_store(
    silent_page: str, tmp_path: Path
) -> None:
    proc, base = _serve(tmp=str(tmp_path))
    store = json.loads(urllib.request.urlopen(base + "/healthz", timeout=5).read())["store"]
    assert store == "temporary" and list(tmp_path.glob("newsbrief-serve-*"))
    waiting = threading.Thread(target=lambda: _post(base, silent_page, 60), daemon=True)
    waiting.start()
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.5)
    code, err = _stop(proc)
    assert code == 0, f"the server did not stop on a second Ctrl-C: {err}"
    assert "Traceback" not in err
    assert not list(tmp_path.glob("newsbrief-serve-*"))
