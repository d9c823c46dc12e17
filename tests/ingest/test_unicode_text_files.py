"""A text file saved as "Unicode" (UTF-16 or UTF-32 with a byte-order mark, what Windows
Notepad and Word write) is read as text, not refused as a binary file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.ingest import read_text_file

from ..conftest import STORY_A

WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32"]


def _save(path: Path, text: str, encoding: str) -> None:
    # "utf-16" writes a BOM; the explicit-endian codecs do not, so add one as editors do
    bom = "\ufeff" if encoding in ("utf-16-le", "utf-16-be") else ""
    path.write_bytes((bom + text).encode(encoding))


@pytest.mark.parametrize("encoding", WIDE)
def test_a_wide_unicode_article_is_summarized_with_offsets_into_its_text(
    encoding: str, tmp_path: Path, capsys
) -> None:
    for i, doc in enumerate(STORY_A):
        _save(tmp_path / f"a{i}.txt", doc["text"], encoding)
    assert main(["summarize", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sentences"]
    for s in data["sentences"]:
        given = STORY_A[int(s["article_id"][1:])]["text"]
        assert given[s["start"] : s["end"]] == s["text"]


# What an article file holds: some character below U+0100 (a line break, a space, a
# digit, a Latin letter), which is what tells wide text from a one-byte file that merely
# starts with the bytes of a mark (see the Windows-1252 tests below).
ARTICLE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@example("\x00 opens with a NUL", "utf-16")  # a UTF-16 mark, then what UTF-32's adds
@example("北京大学", "utf-16")  # no character below U+0100, none unassigned: still text
@given(
    # A UTF-16 text that opens with NUL opens with the bytes of UTF-32's mark: no article
    # does, and no reader can tell the two apart ("\x00" alone is a UTF-32 empty file).
    ARTICLE_TEXT.filter(lambda t: any(ord(c) < 0x100 for c in t) and t[0] != "\x00"),
    st.sampled_from(WIDE),
)
def test_any_text_reads_back_the_same_from_a_wide_unicode_file(text: str, encoding: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        _save(path, text, encoding)
        assert read_text_file(path).text == _as_read(text)


def _as_read(text: str) -> str:
    """The text as an article holds it: a C1 control character (U+0080-U+009F) becomes the
    Windows-1252 character its byte stands for, one for one (U+FFFD where none)."""
    return "".join(
        bytes([ord(c)]).decode("cp1252", errors="replace") if "\x80" <= c <= "\x9f" else c
        for c in text
    )


def test_a_broken_utf16_file_is_named_with_a_fix(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfeh\x00i\x00\x00\xd8")  # a lone high surrogate at the end
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: starts like UTF-16 text but is not valid UTF-16 (save it as UTF-8)" in err


@pytest.mark.parametrize(
    "text",
    [
        "ÿþ Harbor notes: the ferry to Port Alder sails again on Monday, crews said.\n",
        "ÿþ\r\nGrain prices\r\n\r\nWheat rose 3% at the Varna exchange on Tuesday.\r\n",
        "ÿþÿþ no ferry today.",
    ],
)
def test_a_windows_1252_file_starting_with_the_characters_of_a_mark_reads_as_written(
    text: str, tmp_path: Path
) -> None:
    # written for this test: "ÿþ" in Windows-1252 is the bytes of UTF-16's LE mark; read
    # two bytes at a time the rest would be CJK and format characters, not the article
    path = tmp_path / "notes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_text_file(path).text == text
