"""An article listed twice with the same text (DUC 2003 files 9 articles under two topics)
is clustered once, with one warning for all of them; ``-v`` names each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from .conftest import DUC


def _repeated_ids() -> set[str]:
    seen: set[str] = set()
    again: set[str] = set()
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            for d in json.loads(line)["documents"]:
                (again if d["id"] in seen else seen).add(d["id"])
    return again


@pytest.mark.parametrize("verbose", [False, True])
def test_articles_listed_twice_get_one_warning_and_are_named_with_v(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    repeated = _repeated_ids()
    assert len(repeated) > 1  # the data holds several, the point of one summary line
    out = tmp_path / "stories.jsonl"
    assert main(["-v"] * verbose + ["cluster", str(DUC), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    warnings = [line for line in err if line.startswith("newsbrief: warning:")]
    assert warnings == [
        f"newsbrief: warning: {len(repeated)} articles were listed again with the same id "
        "and text, each kept once" + ("" if verbose else " (-v names them)")
    ]
    named = {line.split(": article ")[1].split()[0] for line in err if " repeats " in line}
    assert named == (repeated if verbose else set())
    # each clustered once
    ids = [
        d["id"]
        for line in out.read_text(encoding="utf-8").splitlines()
        for d in json.loads(line)["documents"]
    ]
    assert len(ids) == len(set(ids)) and repeated <= set(ids)
