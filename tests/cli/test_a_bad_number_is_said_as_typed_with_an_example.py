"""A number option out of range is said as the user typed it (``got 0``, not ``got
0.0``) with an example to copy, in every command, as ``summarize --words 0`` says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE


@pytest.mark.parametrize(
    ("command", "flag", "value", "said"),
    [
        ("summarize", "--timeout", "0", "--timeout must be positive, got 0 (e.g. --timeout 20)"),
        (
            "cluster",
            "--quiet-days",
            "-5",
            "--quiet-days must be positive, got -5 (e.g. --quiet-days 14)",
        ),
        ("digest", "--words", "0", "--words must be a positive integer, got 0 (e.g. --words 100)"),
        ("digest", "--limit", "0", "--limit must be a positive integer, got 0 (e.g. --limit 50)"),
    ],
)
def test_an_out_of_range_number_is_said_as_typed_with_an_example(
    command: str,
    flag: str,
    value: str,
    said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = ["-o", str(tmp_path / "out.jsonl")] if command == "cluster" else []
    assert main([command, str(EXAMPLE), *out, flag, value]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"newsbrief: error: {said}"
