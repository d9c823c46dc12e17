"""``cluster`` and ``digest`` stopped by one bad article line say how to finish the
others, as ``batch`` does for a bad story: ``use --on-error skip``, after the line's own
hint, for a document without text and for an id reused with other text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

GOOD = [
    {"id": f"a{i}", "text": f"Article {i} says the river rose on Monday. Officials spoke."}
    for i in range(3)
]
BAD = {
    "no_text": {"id": "z"},
    "id_reused": {"id": "a1", "text": "Other text entirely, about a fire on Tuesday."},
    "not_json": "{bad",
}


@pytest.mark.parametrize("fault", sorted(BAD))
@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_a_bad_article_line_says_use_on_error_skip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str, command: str
) -> None:
    bad = BAD[fault]
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(a) for a in GOOD] + [bad if isinstance(bad, str) else json.dumps(bad)]
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"  # no extension: cluster writes JSONL there, digest text
    assert main([command, str(path), "-o", str(out)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"newsbrief: error: {path}:4")
    assert line.endswith("use --on-error skip to finish the other articles)")
    assert not out.exists()
    # and the advice works: the other articles are used, the bad one named
    assert main([command, str(path), "-o", str(out), "--on-error", "skip"]) == 1
    assert f"skipped {path}:4" in capsys.readouterr().err
