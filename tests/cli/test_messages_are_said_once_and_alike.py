"""One wording for one fault across commands: a missing input is "no such file or
folder" in every command, and a bad ``NEWSBRIEF_MAX_ARTICLE_BYTES`` is one settings
error (exit 2), not a skipped line for each file or story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE, STORY_A


def _one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_a_missing_input_is_said_alike_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone_txt, gone_jsonl = str(tmp_path / "gone.txt"), str(tmp_path / "gone.jsonl")
    out = str(tmp_path / "out.jsonl")
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"story": "s", "claim_id": "c", "claim": "x."}\n')
    for args, gone in (
        (["summarize", gone_txt], gone_txt),
        (["summarize", gone_jsonl], gone_jsonl),
        (["batch", gone_jsonl, "-o", out], gone_jsonl),
        (["eval", gone_jsonl], gone_jsonl),
        (["cluster", gone_txt, "-o", out], gone_txt),
        (["cluster", gone_jsonl, "-o", out], gone_jsonl),
        (["digest", gone_jsonl], gone_jsonl),
        (["attribute", "--batch", gone_jsonl, "--claims", str(claims)], gone_jsonl),
        (["attribute", str(EXAMPLE), "--summary", gone_txt], gone_txt),
    ):
        assert main(args) == 2, args
        assert _one_error(capsys) == f"newsbrief: error: {gone}: no such file or folder", args


@pytest.mark.parametrize(
    "command",
    [
        ["summarize", str(EXAMPLE)],
        ["digest", str(EXAMPLE)],
        ["cluster", str(EXAMPLE), "-o", "{tmp}/out.jsonl"],
        ["cluster", "{tmp}/articles.jsonl", "-o", "{tmp}/out.jsonl", "--on-error", "skip"],
        ["batch", "{tmp}/stories.jsonl", "-o", "{tmp}/out.jsonl", "--on-error", "skip"],
    ],
)
def test_a_bad_size_setting_is_one_error_for_the_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    (tmp_path / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    stories = [{"id": f"s{k}", "documents": STORY_A} for k in range(2)]
    (tmp_path / "stories.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories))
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "abc")
    assert main([a.format(tmp=tmp_path) for a in command]) == 2
    line = _one_error(capsys)
    assert line.startswith("newsbrief: error: NEWSBRIEF_MAX_ARTICLE_BYTES must be a positive")
    assert "on-error" not in line
    assert not (tmp_path / "out.jsonl").exists()
