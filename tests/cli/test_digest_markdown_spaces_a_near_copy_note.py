"""The markdown digest's sources line names a near-copy as the text digest does, with a
space before its note: ``a4 (near-copy of a1)``, never ``a4(near-copy of a1)``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A


def test_a_near_copy_is_named_with_a_space_before_its_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [{**d, "source": "Wire"} for d in STORY_A]
    # a re-send of a1 with one word changed: a near-copy, set aside
    docs.append({**docs[0], "id": "a4", "text": docs[0]["text"].replace("Critics", "Opponents")})
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert main(["digest", str(path), "--min-sources", "1", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "a4 (near-copy of a1)" in out, out
    assert "a4(near-copy" not in out
