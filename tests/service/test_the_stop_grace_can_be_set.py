"""``Settings.shutdown_grace`` is settable: ``serve --shutdown-grace``, and workers read it."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from newsbrief.cli import main
from newsbrief.service.settings import Settings


@pytest.fixture
def started(monkeypatch) -> list[dict[str, Any]]:
    """Records what uvicorn would serve instead of serving it."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def _free_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def test_serve_hands_the_grace_it_is_given_to_uvicorn(started) -> None:
    assert main(["serve", "--shutdown-grace", "11", "--port", _free_port()]) == 0
    assert started[0]["timeout_graceful_shutdown"] == 11


def test_the_grace_travels_to_worker_processes(monkeypatch) -> None:
    for name, value in Settings(shutdown_grace=7).to_env().items():
        monkeypatch.setenv(name, value)
    assert Settings.from_env().shutdown_grace == 7


def test_a_negative_grace_is_a_one_line_error(capsys, started) -> None:
    assert main(["serve", "--shutdown-grace", "-1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--shutdown-grace" in err[0]
    assert not started
