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


@example("\x00 opens with a NUL", "utf-16")  # a UTF-16 mark, then what UTF-32's adds
@given(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
    st.sampled_from(WIDE),
)
def test_any_text_reads_back_the_same_from_a_wide_unicode_file(text: str, encoding: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        _save(path, text, encoding)
        assert read_text_file(path).text == text


def test_a_broken_utf16_file_is_named_with_a_fix(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfeh\x00i\x00\x00\xd8")  # a lone high surrogate at the end
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: starts like UTF-16 text but is not valid UTF-16 (save it as UTF-8)" in err
