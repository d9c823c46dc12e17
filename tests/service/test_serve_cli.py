"""``newsbrief serve``: options checked up front, a warning when writes are open to a network."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from newsbrief.cli import main


def _free_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


@pytest.fixture
def started(monkeypatch) -> list[dict[str, Any]]:
    """Records what uvicorn would serve instead of serving it."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_open_writes_on_a_network_address_warn(monkeypatch, capsys, started) -> None:
    monkeypatch.delenv("NEWSBRIEF_API_TOKEN", raising=False)
    port = _free_port()
    assert main(["serve", "--host", "0.0.0.0", "--port", port]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "NEWSBRIEF_API_TOKEN" in err
    assert started[0]["host"] == "0.0.0.0" and started[0]["port"] == int(port)


def test_loopback_or_a_token_needs_no_warning(monkeypatch, capsys, started) -> None:
    monkeypatch.delenv("NEWSBRIEF_API_TOKEN", raising=False)
    assert main(["serve", "--port", _free_port()]) == 0
    assert "warning" not in capsys.readouterr().err
    monkeypatch.setenv("NEWSBRIEF_API_TOKEN", "s3cret")
    assert main(["serve", "--host", "0.0.0.0", "--port", _free_port()]) == 0
    assert "warning" not in capsys.readouterr().err
    assert started[0]["host"] == "127.0.0.1"


def test_several_workers_share_one_store(monkeypatch, tmp_path, started) -> None:
    from newsbrief.service.settings import _ENV

    for name in _ENV.values():  # serve sets these for its workers; restored after the test
        monkeypatch.setenv(name, "")
    db = tmp_path / "news.sqlite"
    assert main(["serve", "--workers", "2", "--db", str(db), "--port", _free_port()]) == 0
    call = started[0]
    assert call["workers"] == 2 and call["factory"] is True
    import os

    assert os.environ["NEWSBRIEF_SERVE_DB"] == str(db)


def test_a_port_in_use_is_a_one_line_error(capsys, started) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = str(s.getsockname()[1])
        assert main(["serve", "--port", taken]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot listen" in err[0]
    assert not started


@pytest.mark.parametrize(
    "args", [["--workers", "0"], ["--port", "70000"], ["--time-limit", "0"], ["--max-body", "0"]]
)
def test_bad_options_are_one_line_errors(args, capsys, started) -> None:
    assert main(["serve", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsbrief: error:")
    assert not started


def test_an_unusable_store_is_a_one_line_error(tmp_path, capsys, started) -> None:
    bad = tmp_path / "not-a-store.sqlite"
    bad.write_text("this is not SQLite " * 100)
    assert main(["serve", "--db", str(bad), "--port", _free_port()]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "story store" in err[0]
    assert not started
