"""attribute --batch: a claims file's repeated ids are warned about, integer ids are taken.

The output contract holds: one line per claim line, in order, ``claim_id`` a string.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main


def _run(story_jsonl: Path, tmp_path: Path, lines: list[str]) -> tuple[int, list[dict]]:
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["attribute", "--batch", str(story_jsonl), "--claims", str(claims), "-o", str(out)])
    return code, [json.loads(line) for line in out.read_text().splitlines()]


def _claim(cid: object, text: str) -> str:
    return json.dumps({"story": "bridge", "claim_id": cid, "claim": text})


def test_a_repeated_claim_id_is_warned_about_naming_both_lines(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    lines = [
        _claim("c1", "The council approved the bridge."),
        _claim("c2", "The bridge will cost money."),
        _claim("c1", "The mayor resigned."),
    ]
    code, rows = _run(story_jsonl, tmp_path, lines)
    assert code == 0
    assert [r["claim_id"] for r in rows] == ["c1", "c2", "c1"]  # one line per claim line
    err = capsys.readouterr().err
    assert "claims.jsonl:3: claim_id 'c1' was given before, on line 1" in err


def test_an_integer_claim_id_is_taken_and_written_as_a_string(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    code, rows = _run(story_jsonl, tmp_path, [_claim(5, "The council approved the bridge.")])
    assert code == 0 and rows[0]["claim_id"] == "5"
    assert "warning" not in capsys.readouterr().err


def test_the_same_id_as_integer_and_string_is_one_id(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    lines = [_claim(5, "The council approved the bridge."), _claim("5", "The mayor resigned.")]
    _run(story_jsonl, tmp_path, lines)
    assert "claims.jsonl:2: claim_id '5' was given before, on line 1" in capsys.readouterr().err


def test_a_blank_line_in_a_claims_file_is_called_a_claim(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    lines = [_claim("c1", "The council approved the bridge."), ""]
    code, rows = _run(story_jsonl, tmp_path, [*lines, _claim("c2", "The mayor resigned.")])
    assert code == 0 and [r["claim_id"] for r in rows] == ["c1", "c2"]
    err = capsys.readouterr().err
    assert "claims.jsonl:2: blank line, no claim to read" in err and "story" not in err
