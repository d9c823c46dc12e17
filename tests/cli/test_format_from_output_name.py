"""Without --format, ``-o``'s extension chooses the format: ``-o summary.html`` writes the
HTML page, not plain text in an .html file; a name of a format the command does not write
is refused; --format, when given, always wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.api import summarize
from newsbrief.cli import main
from newsbrief.ingest import load_documents
from newsbrief.render import render

from ..conftest import EXAMPLE


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("summary.html", "html"),
        ("summary.HTM", "html"),
        ("summary.md", "markdown"),
        ("summary.json", "json"),
        ("summary.txt", "text"),
        ("summary", "text"),
    ],
)
def test_summarize_writes_the_format_the_output_name_asks_for(
    name: str, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / name
    assert main(["summarize", str(EXAMPLE), "--words", "50", "-o", str(out)]) == 0
    expected = render(summarize(load_documents([str(EXAMPLE)]), words=50), fmt)
    assert out.read_text(encoding="utf-8") == expected


def test_an_explicit_format_wins_over_the_output_name(tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    assert main(["summarize", str(EXAMPLE), "--format", "text", "-o", str(out)]) == 0
    assert not out.read_text(encoding="utf-8").lstrip().startswith("<")


def test_stdout_stays_text(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--words", "50"]) == 0
    assert capsys.readouterr().out.startswith("ISIS leader releases message")


def test_attribute_writes_json_to_a_json_file(tmp_path: Path) -> None:
    summary = tmp_path / "claims.txt"
    summary.write_text("Baghdadi released an audio message on Wednesday.\n")
    out = tmp_path / "report.json"
    assert main(["attribute", str(EXAMPLE), "--summary", str(summary), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["sentences"][0]["supported"]


def test_digest_writes_a_page_to_an_html_file(tmp_path: Path) -> None:
    out = tmp_path / "today.html"
    assert main(["digest", str(EXAMPLE), "--words", "40", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("name", ["check.html", "check.md"])
def test_attribute_refuses_an_output_name_of_a_format_it_does_not_write(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "claims.txt"
    summary.write_text("Baghdadi released an audio message on Wednesday.\n")
    out = tmp_path / name
    assert main(["attribute", str(EXAMPLE), "--summary", str(summary), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    (line,) = err.splitlines()
    assert line.startswith("newsbrief: error:") and "text or json" in line
    assert not out.exists()
    # --format, when given, still wins: the user asked for text under that name
    assert (
        main(
            [
                "attribute",
                str(EXAMPLE),
                "--summary",
                str(summary),
                "-o",
                str(out),
                "--format",
                "text",
            ]
        )
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("1. ")
