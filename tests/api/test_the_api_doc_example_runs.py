"""docs/api.md opens with a session a notebook user can paste, and it runs as written from
a clone's root. Before s34 the page held a table of calls and no line of Python to start
from; the example's first line, ``load_articles("examples/baghdadi-mosul")``, read that
name letter by letter."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "api.md"


def _python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.M | re.S)


def test_the_api_doc_example_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _python_blocks()
    assert blocks, "docs/api.md shows no Python"
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(out):
        for block in blocks:
            exec(compile(block, str(DOC), "exec"), namespace)
    printed = out.getvalue()
    assert "al-Baghdadi" in printed  # the example story's summary
    assert "['Elm Gazette', 'Valley News']" in printed  # the claim both outlets report
    assert "bridge The city council voted" in printed  # the batch's one story
    assert "words must be a positive integer" in printed  # the error, caught
    assert "Traceback" not in printed
