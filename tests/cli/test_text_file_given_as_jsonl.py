"""A text file where JSONL is expected is one clear error, not a warning per blank line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A

TEXT = (
    "Harbor board votes to rebuild the pier\n\n"
    "The harbor board voted on Tuesday to rebuild the north pier.\n\n"
    "Work starts next spring, the board said.\n\n\n"
)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(TEXT)
    return path


@pytest.mark.parametrize("on_error", ["raise", "skip"])
def test_batch_of_a_text_file_says_it_is_not_jsonl_in_one_line(
    text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], on_error: str
) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(text_file), "-o", str(out), "--on-error", on_error]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"newsbrief: error: {text_file}: not JSONL (one JSON story per line); for text files "
        "use 'newsbrief summarize', or 'newsbrief cluster' to build JSONL"
    ]
    assert not out.exists()


def test_attribute_with_a_text_file_of_claims_says_it_is_not_jsonl(
    text_file: Path, story_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["attribute", "--batch", str(story_jsonl), "--claims", str(text_file)])
    assert rc == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{text_file}: not JSONL (one JSON claim per line)" in err[0]


def test_attribute_with_a_text_file_of_stories_says_it_is_not_jsonl(
    text_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["attribute", "--batch", str(text_file), "--claims", str(text_file)])
    assert rc == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not JSONL (one JSON story per line)" in err[0]


def test_blank_lines_around_stories_are_each_warned_in_line_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = json.dumps({"id": "s", "documents": STORY_A})
    src = tmp_path / "gaps.jsonl"
    src.write_text("\n" + story + "\n\n" + json.dumps({"id": "t", "documents": STORY_A}) + "\n")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 0
    warned = [x for x in capsys.readouterr().err.splitlines() if "blank line" in x]
    assert [w.split(f"{src}:")[1].split(":")[0] for w in warned] == ["1", "3"]
    assert len(out.read_text().splitlines()) == 2


def test_blank_lines_before_a_bad_story_are_warned_before_its_error(
    tmp_path: Path, story_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text("\n\n" + '{"id": "s", "documents": [}\n' + "\n")
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"story": "s", "claim_id": "c", "claim": "A vote."}) + "\n")
    assert main(["attribute", "--batch", str(src), "--claims", str(claims)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [x.split(": ")[2] for x in err] == [f"{src}:1", f"{src}:2", f"{src}:3"]
    assert "malformed JSON" in err[-1]
