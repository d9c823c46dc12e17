"""``newsbrief summarize`` on pages, URLs and feeds, end to end, including skipped inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from .conftest import FEED_ITEMS, PAGES, Server, rss_feed


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "cache"))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_page_url_and_feed_file_end_to_end(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss_feed(server.base, FEED_ITEMS[1:]))
    args = [
        "summarize",
        str(PAGES / "herald-bridge.html"),
        server.url("/pages/gazette-cp1252.html"),
        str(feed),
        "--allow-private",
        "--format",
        "json",
        "--words",
        "150",
    ]
    code, out, err = run(args, capsys)
    assert code == 0, err
    data = json.loads(out)
    sources = [a["source"] for a in data["articles"]]
    assert sources[:3] == ["Lakeside Herald", "East Bank Gazette", "Valley Courier"]
    assert all(a["published"] for a in data["articles"])
    assert data["dropped"] == []
    by_id = {a["id"]: a for a in data["articles"]}
    times = [by_id[s["article_id"]]["published"] for s in data["sentences"]]
    # the summary follows publication time; its opening may be a later sentence moved
    # to the front so that a reader can place it (order.py, place_opening)
    assert times[1:] == sorted(times[1:])


def test_skipped_inputs_reported_everywhere(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    good = str(PAGES / "herald-bridge.html")
    bad = server.url("/missing")
    code, out, err = run(["summarize", good, bad, "--allow-private", "--format", "json"], capsys)
    assert code == 1
    assert f"newsbrief: skipped {bad}: HTTP 404 Not Found" in err.splitlines()
    dropped = json.loads(out)["dropped"]
    assert dropped == [{"id": bad, "reason": "skipped: HTTP 404 Not Found", "duplicate_of": None}]
    code, out, _ = run(["summarize", good, bad, "--allow-private", "--format", "markdown"], capsys)
    assert code == 1
    assert f"- {bad}: not used (skipped: HTTP 404 Not Found)" in out
    assert "**Lakeside Herald**" in out


def test_nothing_usable_exits_2(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["summarize", server.url("/doc.pdf"), server.url("/index"), "--allow-private"]
    code, out, err = run(args, capsys)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 3  # one per skipped input, then the error
    assert lines[-1].startswith("newsbrief: error: nothing to summarize")
    assert "Traceback" not in err


def test_loopback_refused_without_flag(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url("/pages/herald-bridge.html")
    code, _, err = run(["summarize", str(PAGES / "courier-bridge.html"), url], capsys)
    assert code == 1
    assert "resolves to non-public address 127.0.0.1" in err
    assert "--allow-private" in err


def test_file_url_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["summarize", "file:///etc/passwd"], capsys)
    assert code == 2
    assert "unsupported URL scheme 'file'" in err


def test_no_cache_fetches_again(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url("/pages/courier-bridge.html?cli-cache")
    base = ["summarize", url, "--allow-private"]
    assert run(base, capsys)[0] == 0
    assert run(base, capsys)[0] == 0
    assert server.hits["/pages/courier-bridge.html?cli-cache"] == 1
    assert run([*base, "--no-cache"], capsys)[0] == 0
    assert server.hits["/pages/courier-bridge.html?cli-cache"] == 2


def test_bad_timeout_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["summarize", str(PAGES / "herald-bridge.html"), "--timeout", "0"], capsys)
    assert code == 2 and "--timeout must be positive" in err


def test_text_inputs_unchanged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(["summarize", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "no such file or folder" in err


def test_url_documents_in_jsonl_obey_allow_private(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = {
        "id": "web",
        "documents": [
            {"id": "page", "url": server.url("/pages/gazette-cp1252.html")},
            {"id": "file", "html": (PAGES / "herald-bridge.html").read_text()},
        ],
    }
    src = tmp_path / "story.jsonl"
    src.write_text(json.dumps(story) + "\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["batch", str(src), "-o", str(out)], capsys)
    assert code == 2 and "--allow-private" in err
    code, _, err = run(["batch", str(src), "-o", str(out), "--allow-private"], capsys)
    assert code == 0, err
    row = json.loads(out.read_text())
    assert row["id"] == "web" and row["summary"]
    code, text, err = run(["summarize", str(src), "--allow-private"], capsys)
    assert code == 0 and text.strip(), err
