"""A bad budget on the command line is said with the flag the user typed, not the
Python API's keyword ("words=100")."""

from __future__ import annotations

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE


@pytest.mark.parametrize(
    ("flag", "example"), [("--words", "--words 100"), ("--sentences", "--sentences 3")]
)
def test_a_budget_below_one_names_the_flag(
    flag: str, example: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(EXAMPLE), flag, "0"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"newsbrief: error: {flag} must be a positive integer, got 0 (e.g. {example})"
