"""Ingest messages say what the input is: UTF-16 text without its byte-order mark is
named so (not "binary"), and a blank line of an articles file has no *article*."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.ingest import decode_text

TEXT = "Harbor board votes to rebuild the pier\r\n\r\nThe board voted on Tuesday.\r\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_named(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert main(["summarize", str(path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "looks like UTF-16 text without a byte-order mark" in line
    assert "save it as UTF-8" in line


@given(
    st.text(
        alphabet=st.characters(min_codepoint=32, max_codepoint=0xFF, exclude_categories=("Cc",)),
        min_size=4,
    )
)
def test_any_latin_text_in_utf16_without_a_mark_is_named_not_called_binary(text: str) -> None:
    with pytest.raises(InputError, match="UTF-16 text without a byte-order mark"):
        decode_text(text.encode("utf-16-le"), "x.txt")


def test_a_binary_file_is_still_called_binary() -> None:
    data = bytes(range(256)) * 4
    with pytest.raises(InputError, match="looks like a binary file"):
        decode_text(data, "report.txt")


def test_a_blank_line_of_an_articles_file_has_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "The bridge on Elm Street was closed on Thursday after a crack was found."
    src = tmp_path / "articles.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": text})
        + "\n\n"
        + json.dumps({"id": "b", "text": text})
        + "\n"
    )
    main(["cluster", str(src), "-o", str(tmp_path / "s.jsonl")])
    err = capsys.readouterr().err
    assert f"{src}:2: blank line, no article to read" in err
    assert "no story to read" not in err
