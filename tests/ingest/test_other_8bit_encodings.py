"""Text files in another 8-bit code page are flagged, and no invisible control character
(C1, U+0080-U+009F) ever reaches an article's text.

Texts here are written for these tests (not third-party text).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.ingest import decode_text, read_text_file

RUSSIAN = (
    "Совет города одобрил новый мост\n\n"
    "Городской совет в понедельник одобрил строительство нового моста через реку. "
    "Работы начнутся весной и продлятся два года, сообщили чиновники.\n"
)
FRENCH = (
    "Le café rouvre après les travaux\n\n"
    "Le café de la place a rouvert lundi après trois mois de travaux, a déclaré le "
    "propriétaire, qui prévoit une fête samedi.\n"
)


def test_a_windows_1251_file_is_read_with_a_warning_to_convert_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ru1251.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert main(["summarize", str(path), "--fill"]) == 0
    err = capsys.readouterr().err
    assert (
        f"{path}: looks like another 8-bit encoding (e.g. Windows-1251): convert it to UTF-8" in err
    )


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_latin_script_text_gives_no_encoding_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, encoding: str
) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="newsbrief"):
        assert read_text_file(path).text == FRENCH
    assert "encoding" not in caplog.text


def test_bytes_windows_1252_leaves_undefined_are_replaced_one_for_one(tmp_path: Path) -> None:
    data = b"The ferry \x81\x8d runs again\x9d on Monday, \x93crews\x94 said."
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    text = read_text_file(path).text
    assert len(text) == len(data)  # offsets: one character per byte, as decoded
    assert text == "The ferry \ufffd\ufffd runs again\ufffd on Monday, “crews” said."


def test_c1_controls_in_utf8_text_are_read_as_the_windows_1252_characters_meant() -> None:
    text = decode_text("He said \u0093yes\u0094 \u0085 and left.".encode(), "f.txt")
    assert text == "He said “yes” … and left."


@given(st.binary(max_size=300).filter(lambda b: b"\x00" not in b))
def test_no_decoded_text_holds_a_c1_control_character(data: bytes) -> None:
    text = decode_text(data, "f.txt")
    assert not any("\x80" <= c <= "\x9f" for c in text)
