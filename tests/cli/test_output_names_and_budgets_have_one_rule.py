"""Every command that writes a file agrees on what ``-o``'s name means: its extension
chooses the format (none: text), and an extension that names a format the command does
not write, or none newsbrief writes (``out.pdf``), is refused in one line before any work,
with nothing written; ``--format``, when given, wins. ``--words`` and ``--sentences`` are
alternatives: given both, the command says so in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE
from .conftest import one_error_line


@pytest.mark.parametrize("command", ["summarize", "digest"])
@pytest.mark.parametrize("name", ["out.pdf", "out.docx", "out.out"])
def test_an_output_name_no_format_writes_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str
) -> None:
    out = tmp_path / name
    assert main([command, str(EXAMPLE), "-o", str(out)]) == 2
    line = one_error_line(capsys)
    assert f"-o {out} ends in {out.suffix}" in line
    assert "text, markdown, json or html" in line and "--format" in line
    assert not out.exists()


def test_attribute_refuses_a_pdf_name_as_summarize_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("Baghdadi released an audio message on Wednesday.\n")
    out = tmp_path / "check.pdf"
    assert main(["attribute", str(EXAMPLE), "--summary", str(claims), "-o", str(out)]) == 2
    assert "writes text or json" in one_error_line(capsys)
    assert not out.exists()


def test_an_explicit_format_writes_under_any_name(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["summarize", str(EXAMPLE), "--format", "text", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("ISIS leader releases message")


def test_a_dated_name_has_no_extension_and_is_written_as_text(tmp_path: Path) -> None:
    out = tmp_path / "digest.2026-12-01"
    assert main(["summarize", str(EXAMPLE), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("ISIS leader releases message")


def test_jsonl_writers_refuse_a_name_of_another_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story_jsonl: Path
) -> None:
    for command in (["batch", str(story_jsonl)], ["cluster", str(EXAMPLE)]):
        for name in ("out.html", "out.pdf"):
            out = tmp_path / name
            assert main([*command, "-o", str(out)]) == 2
            assert "this command writes JSONL (name the file .jsonl)" in one_error_line(capsys)
            assert not out.exists()
    out = tmp_path / "out.ndjson"
    assert main(["batch", str(story_jsonl), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("command", ["summarize", "batch"])
def test_words_and_sentences_together_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story_jsonl: Path, command: str
) -> None:
    target = str(EXAMPLE) if command == "summarize" else str(story_jsonl)
    out = tmp_path / "out.jsonl"
    extra = ["-o", str(out)] if command == "batch" else []
    assert main([command, target, "--words", "10", "--sentences", "2", *extra]) == 2
    assert "give --words or --sentences, not both" in one_error_line(capsys)
    assert not out.exists()
