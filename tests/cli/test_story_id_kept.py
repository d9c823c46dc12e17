"""A story given whole (a batch-schema JSONL story) keeps the id its user gave it."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newsbrief.cli import main

from ..conftest import STORY_A


def _story_line(story_id: str) -> str:
    return json.dumps({"id": story_id, "documents": STORY_A}) + "\n"


def test_summarize_of_a_story_file_reports_the_story_id(tmp_path: Path, capsys) -> None:
    path = tmp_path / "story.jsonl"
    path.write_text(_story_line("elm-bridge-2026"))
    assert main(["summarize", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "elm-bridge-2026"


def test_summarize_of_a_story_on_stdin_reports_the_story_id(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(_story_line("piped-story")))
    assert main(["summarize", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "piped-story"


def test_a_numeric_story_id_is_kept_as_written(tmp_path: Path, capsys) -> None:
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": 30001, "documents": STORY_A}) + "\n")
    assert main(["summarize", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "30001"


def test_articles_from_several_inputs_get_an_id_made_for_them(tmp_path: Path, capsys) -> None:
    """A story file plus another article is no longer that story: its id would mislead."""
    path = tmp_path / "story.jsonl"
    path.write_text(_story_line("elm-bridge-2026"))
    extra = tmp_path / "extra.txt"
    extra.write_text(STORY_A[0]["text"].replace("7-2", "8-1"))
    assert main(["summarize", str(path), str(extra), "--format", "json"]) == 0
    story_id = json.loads(capsys.readouterr().out)["id"]
    assert story_id and story_id != "elm-bridge-2026"
