"""A bad number on the command line is said with the flag the user typed (``--jobs``,
``--threshold``, eval's ``--words``), as typed ("-1", not "-1.0"), never with the Python
API's keyword ("jobs must be ...", "words=100")."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE
from .conftest import one_error_line


def _story_file(tmp_path: Path) -> str:
    path = tmp_path / "story.jsonl"
    path.write_text('{"id": "s1", "documents": [{"id": "a", "text": "A man spoke."}]}\n')
    return str(path)


@pytest.mark.parametrize("command", ["batch", "attribute"])
def test_negative_jobs_names_the_jobs_flag(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _story_file(tmp_path)
    out = str(tmp_path / "out.jsonl")
    argv = {
        "batch": ["batch", story, "-o", out, "--jobs", "-1"],
        "attribute": ["attribute", "--batch", story, "--claims", story, "--jobs", "-1"],
    }[command]
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert line == (
        "newsbrief: error: --jobs must be 0 (all cores) or a positive integer, got -1 "
        "(e.g. --jobs 2)"
    )
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(("command", "value"), [("cluster", "-1"), ("digest", "11")])
def test_threshold_out_of_range_names_the_flag_as_typed(
    command: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [command, str(EXAMPLE), "--threshold", value]
    if command == "cluster":
        argv += ["-o", str(tmp_path / "c.jsonl")]
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert line.startswith("newsbrief: error: --threshold must be above 0 and at most 10")
    assert f"got {value} (the default is 1.25)" in line


@pytest.mark.parametrize(
    ("flag", "example"), [("--words", "--words 100"), ("--sentences", "--sentences 3")]
)
def test_eval_budget_below_one_names_the_flag(
    flag: str, example: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", _story_file(tmp_path), flag, "0"]) == 2
    line = one_error_line(capsys)
    assert line == f"newsbrief: error: {flag} must be a positive integer, got 0 (e.g. {example})"
