"""A story file whose document names a dead URL: ``summarize`` keeps the other documents
and names the dead one (exit 1), as it does for a dead URL on the command line; ``batch``,
where the story is the item, still reports the story."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A
from .conftest import Server


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "cache"))


def _story(server: Server) -> str:
    docs = [*STORY_A[:2], {"id": "gone", "url": server.url("/missing")}]
    return json.dumps({"id": "elm", "documents": docs}) + "\n"


def test_summarize_keeps_the_story_and_names_the_dead_document(
    server: Server, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "story.jsonl"
    path.write_text(_story(server))
    code = main(["summarize", str(path), "--allow-private", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert f"newsbrief: skipped {path}:1 (id elm) document gone: " in err
    assert "404" in err
    data = json.loads(out)
    assert data["id"] == "elm"
    assert [a["id"] for a in data["articles"]] == ["a1", "a2"]
    assert data["sentences"]
    # the dropped document is named by its URL, as a dead URL on the command line is;
    # the place in the file is for the stderr line
    (dropped,) = data["dropped"]
    assert dropped["id"] == server.url("/missing")
    assert dropped["reason"].startswith("skipped: ") and "404" in dropped["reason"]
    assert str(path) not in dropped["reason"]


def test_a_story_on_stdin_obeys_the_web_flags(server: Server, monkeypatch, capsys) -> None:
    """--allow-private reaches the documents of a story piped in, as of a story file."""
    monkeypatch.setattr("sys.stdin", io.StringIO(_story(server)))
    assert main(["summarize", "-", "--allow-private"]) == 1
    err = capsys.readouterr().err
    assert "document gone" in err and "404" in err
    assert "non-public address" not in err


def test_batch_still_reports_the_story_as_the_bad_item(
    server: Server, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text(_story(server))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "-o", str(out), "--allow-private", "--on-error", "skip"]) == 1
    (line,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert line["id"] == "elm" and "document gone" in line["error"]


def test_a_story_whose_every_document_is_dead_is_counted_in_documents(
    server: Server, tmp_path: Path, capsys
) -> None:
    docs = [{"id": "gone", "url": server.url("/missing")}, {"id": "lost", "url": server.url("/x")}]
    path = tmp_path / "dead.jsonl"
    path.write_text(json.dumps({"id": "elm", "documents": docs}) + "\n")
    assert main(["summarize", str(path), "--allow-private"]) == 2
    err = capsys.readouterr().err
    # one input named: its two documents were skipped, not "all 2 inputs"
    assert "nothing to summarize: all 2 documents of the story were skipped" in err
    assert "inputs" not in err
