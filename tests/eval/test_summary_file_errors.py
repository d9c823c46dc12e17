"""A broken ``eval --summaries`` file is named by file and line, in words a user can act on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.eval.run import load_summaries

STORY = {
    "id": "s1",
    "documents": [
        {"id": "a", "text": "A storm hit the coast on Monday, officials said. Roads were closed."},
        {"id": "b", "text": "The storm closed roads along the coast on Monday."},
    ],
    "references": ["A storm hit the coast on Monday and closed roads."],
}


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps(STORY) + "\n")
    return path


def test_a_line_cut_inside_its_summary_says_the_string_does_not_end(
    stories: Path, tmp_path: Path, capsys
) -> None:
    cut = tmp_path / "cut.jsonl"
    cut.write_text('{"id": "s1", "summary": "cut\n')
    assert main(["eval", str(stories), "--summaries", str(cut)]) == 2
    err = capsys.readouterr().err
    assert f"{cut}:1" in err
    assert "does not end on this line" in err
    assert "control character" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_line_that_is_no_object_is_named(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "summary": "ok"}\n["s1", "text"]\n')
    with pytest.raises(InputError, match="JSON object") as info:
        load_summaries(str(path))
    assert info.value.where == f"{path}:2"


def test_a_line_without_summary_says_what_to_write(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "ok"}\n')
    with pytest.raises(InputError, match="'id' and 'summary'") as info:
        load_summaries(str(path))
    assert '"summary"' in (info.value.hint or "")


def test_good_summaries_are_scored(stories: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "s1", "summary": "A storm hit the coast on Monday."}) + "\n")
    assert load_summaries(str(path)) == {"s1": "A storm hit the coast on Monday."}
    assert main(["eval", str(stories), "--summaries", str(path)]) == 0
