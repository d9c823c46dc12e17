"""Helpers shared by the CLI tests."""

from __future__ import annotations

import pytest


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The one ``newsbrief: error`` line a user mistake prints, with no traceback."""
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.startswith("newsbrief: error")]
    assert len(lines) == 1, err
    return lines[0]
