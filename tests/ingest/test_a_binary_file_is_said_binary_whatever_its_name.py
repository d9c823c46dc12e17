"""A picture saved under an article's name (``x.html``, ``x.xml``, ``x.jsonl``) is said
to be a binary file, as a ``.txt`` one is: the bytes are sniffed, not the name trusted
(before, ``.html`` said "no article text found", a feed "malformed feed", JSONL "not
JSONL"). Text in UTF-16 with its byte-order mark is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.ingest import load_documents, load_documents_report

from ..cli.conftest import one_error_line
from ..conftest import EXAMPLE

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".htm", ".xml", ".rss", ".jsonl", ".md"])
def test_a_png_under_any_article_name_is_said_binary(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(PNG)
    assert main(["summarize", str(path)]) == 2
    assert one_error_line(capsys) == f"newsbrief: error: {path}: looks like a binary file, not text"


def test_a_png_named_html_in_a_folder_is_skipped_as_binary_and_the_rest_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    for article in EXAMPLE.iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "photo.html").write_bytes(PNG)
    docs, skipped = load_documents_report([str(folder)])
    assert len(docs) == len(list(EXAMPLE.iterdir()))
    assert [(Path(s.input).name, s.reason) for s in skipped] == [
        ("photo.html", "looks like a binary file, not text")
    ]


def test_a_utf16_page_with_its_mark_is_still_read(tmp_path: Path) -> None:
    body = " ".join(["The council voted on Tuesday to rebuild the old bridge."] * 8)
    page = (
        "<html><head><title>Bridge vote</title></head>"
        f"<body><article><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-16"))
    (doc,) = load_documents([str(path)])
    assert "rebuild the old bridge" in doc.text
