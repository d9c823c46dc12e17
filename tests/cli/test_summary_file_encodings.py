"""``attribute --summary FILE`` reads the summary as an article file is read: a summary
saved by the same editor as the articles (a UTF-8 BOM, Windows-1252, UTF-16) is checked,
not refused, and no invisible BOM sticks to its first sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A

CLAIM = "The city council voted 7-2 on Monday to approve a new bridge over the Elm River."


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for doc in STORY_A:
        (folder / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbf" + CLAIM.encode("utf-8"), CLAIM),  # Notepad's "UTF-8 with BOM"
        (CLAIM.encode("utf-16"), CLAIM),  # "Unicode"
        (CLAIM.encode("cp1252").replace(b"7-2", b"7\x962"), CLAIM.replace("7-2", "7\u20132")),
    ],
    ids=["utf8-bom", "utf16", "cp1252-en-dash"],
)
def test_a_summary_saved_in_a_windows_encoding_is_checked(
    data: bytes, text: str, story: Path, tmp_path: Path, capsys
) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_bytes(data)
    assert main(["attribute", str(story), "--summary", str(summary), "--format", "json"]) == 0
    (sentence,) = json.loads(capsys.readouterr().out)["sentences"]
    assert sentence["text"] == text  # decoded, and no invisible BOM in front


def test_a_summary_with_a_bom_is_supported_as_without(story: Path, tmp_path: Path, capsys) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_bytes(b"\xef\xbb\xbf" + CLAIM.encode("utf-8"))
    assert main(["attribute", str(story), "--summary", str(summary), "--format", "json"]) == 0
    (sentence,) = json.loads(capsys.readouterr().out)["sentences"]
    assert sentence["supported"]


def test_a_binary_summary_file_is_refused_by_name(story: Path, capsys) -> None:
    png = story.parent / "chart.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["attribute", str(story), "--summary", str(png)]) == 2
    assert f"{png}: looks like a binary file, not text" in capsys.readouterr().err
