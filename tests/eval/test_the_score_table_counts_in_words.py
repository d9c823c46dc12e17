"""The score table's heading counts as a reader says it: "1 story", never "1 stories"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from .test_summary_file_errors import STORY


def test_one_story_is_one_story_and_two_are_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps(STORY) + "\n")
    assert main(["eval", str(one)]) == 0
    heading = capsys.readouterr().out.splitlines()[0]
    assert ", 1 story, cut at 100 words" in heading
    two = tmp_path / "two.jsonl"
    two.write_text(json.dumps(STORY) + "\n" + json.dumps({**STORY, "id": "s2"}) + "\n")
    assert main(["eval", str(two)]) == 0
    assert ", 2 stories, cut at" in capsys.readouterr().out.splitlines()[0]
