"""A file in a folder that is no article is skipped like a dead URL; a named one is an error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


def _folder_with_a_binary(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "story"
    shutil.copytree(EXAMPLE, folder)
    bad = folder / "photo.txt"  # a download saved under the wrong name
    bad.write_bytes(BINARY)
    return folder, bad


def test_binary_file_in_a_folder_is_skipped_and_the_rest_summarized(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, bad = _folder_with_a_binary(tmp_path)
    out = tmp_path / "out.json"
    assert main(["summarize", str(folder), "--format", "json", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"newsbrief: skipped {bad}: looks like a binary file" in err
    assert "error" not in err and "Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sentences"]
    assert {a["id"] for a in data["articles"]} == {p.stem for p in EXAMPLE.glob("*.txt")}
    dropped = [d for d in data["dropped"] if d["id"] == str(bad)]
    assert dropped and dropped[0]["reason"].startswith("skipped: looks like a binary file")


def test_oversized_file_in_a_folder_is_skipped_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    shutil.copytree(EXAMPLE, folder)
    biggest = max(p.stat().st_size for p in folder.glob("*.txt"))
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", str(biggest))
    (folder / "dump.txt").write_text("word " * biggest, encoding="utf-8")
    assert main(["summarize", str(folder), "-o", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert f"skipped {folder / 'dump.txt'}: article is" in err and "over the limit" in err
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").strip()


def test_folder_with_nothing_usable_left_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "only"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BINARY)
    assert main(["summarize", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"skipped {folder / 'a.txt'}" in err
    assert err.count("newsbrief: error: nothing to summarize") == 1 and "Traceback" not in err


def test_binary_file_named_on_the_command_line_stays_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, bad = _folder_with_a_binary(tmp_path)
    good = sorted(EXAMPLE.glob("*.txt"))
    assert main(["summarize", str(good[0]), str(bad), "-o", str(tmp_path / "o.txt")]) == 2
    err = capsys.readouterr().err
    assert f"newsbrief: error: {bad}: looks like a binary file" in err
    assert not (tmp_path / "o.txt").exists()


def test_inputs_keep_their_order_around_a_folder(tmp_path: Path) -> None:
    from newsbrief.ingest import load_documents_report

    folder, bad = _folder_with_a_binary(tmp_path)
    single = tmp_path / "single.txt"
    single.write_text("A later report on the same story.\n", encoding="utf-8")
    docs, skipped = load_documents_report([str(single), str(folder)])
    assert [d.id for d in docs] == ["single", *sorted(p.stem for p in EXAMPLE.glob("*.txt"))]
    assert [s.input for s in skipped] == [str(bad)]
