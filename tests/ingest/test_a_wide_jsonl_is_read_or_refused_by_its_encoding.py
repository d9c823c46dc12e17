"""A JSONL file saved as UTF-16 or UTF-32 with its byte-order mark (Windows "Unicode")
is read as a text file in that encoding is; one without the mark is refused with the
message a text file gets, naming the encoding. An encoding is never called "not JSONL"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

# Written for these tests.
DOCS = [
    {
        "id": "a",
        "source": "Herald",
        "text": "The old stone bridge in Harlow was closed on Friday after the River Lent "
        "flooded it.\r\nCounty engineer Petra Voss said divers would inspect it on Monday.",
    },
    {
        "id": "b",
        "source": "Courier",
        "text": "Harlow bridge will stay shut for a week after Friday's flood, county "
        "engineer Petra Voss said. About 40 homes were evacuated on Mill Lane.",
    },
]
STORY = json.dumps({"id": "s1", "documents": DOCS}) + "\r\n"


def _summary(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["summarize", str(path), "--format", "json"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_story_jsonl_with_a_byte_order_mark_summarizes_as_its_utf8_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    plain = tmp_path / "story.jsonl"
    plain.write_text(STORY, encoding="utf-8")
    wide = tmp_path / "wide.jsonl"
    data = STORY.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    wide.write_bytes(data)
    assert _summary(wide, capsys) == _summary(plain, capsys)


def test_a_utf16_jsonl_without_its_mark_is_refused_naming_the_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.jsonl"
    path.write_bytes(STORY.encode("utf-16-le"))
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert "looks like UTF-16 text without a byte-order mark" in err
    assert "not JSONL" not in err


def test_a_utf16_file_of_articles_is_clustered_with_its_bad_lines_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps(d) for d in DOCS] + ['{"id": "c", "source": "Post"}']
    path = tmp_path / "articles.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-16"))
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(path), "-o", str(out), "--on-error", "skip"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:3: document c has no 'text' string" in err
    ids = {d["id"] for s in map(json.loads, out.read_text().splitlines()) for d in s["documents"]}
    assert ids == {"a", "b"}


def test_an_empty_jsonl_says_it_holds_no_story_and_warns_of_no_blank_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert "holds no story" in err and "blank line" not in err
