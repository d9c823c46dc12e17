"""``attribute --batch`` without ``-o`` writes to stdout as the batch contract writes a
file: the whole result, or (a run stopped by a bad claim) nothing at all, never the
first lines of a result that would look complete to the next program in a pipe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main


def _claims(tmp_path: Path, stories: Path, second_story: str) -> Path:
    story = json.loads(stories.read_text().splitlines()[0])["id"]
    rows = [
        {"story": story, "claim_id": "c1", "claim": "The council approved the bridge."},
        {"story": second_story, "claim_id": "c2", "claim": "The bridge was approved."},
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_a_claim_batch_stopped_by_a_bad_claim_prints_nothing(
    story_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _claims(tmp_path, story_jsonl, "no-such-story")
    assert main(["attribute", "--batch", str(story_jsonl), "--claims", str(claims)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("newsbrief: error:") == 1 and "no-such-story" in err


def test_a_claim_batch_to_stdout_prints_every_result_line(
    story_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _claims(tmp_path, story_jsonl, "bridge-2")
    assert main(["attribute", "--batch", str(story_jsonl), "--claims", str(claims)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["claim_id"] for r in rows] == ["c1", "c2"]
    assert all("error" not in r for r in rows)


def test_a_skipped_bad_claim_is_a_line_of_the_printed_result(
    story_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _claims(tmp_path, story_jsonl, "no-such-story")
    args = ["attribute", "--batch", str(story_jsonl), "--claims", str(claims)]
    assert main([*args, "--on-error", "skip"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["claim_id"] for r in rows] == ["c1", "c2"]
    assert "error" in rows[1] and "error" not in rows[0]
