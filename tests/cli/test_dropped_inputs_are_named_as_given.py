"""Every entry of the JSON ``dropped`` list names the input as the user gave it (a file by
its path, a JSONL document by its id), and every input that could not be used says
"skipped: REASON" (docs/ingest.md), an article in an unsupported script included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import DUC

CHINESE = "北京时间周一，官员表示谈判将在下周继续。部长说双方接近达成协议。" * 3


@pytest.fixture
def texts() -> list[str]:
    story = json.loads(DUC.read_text(encoding="utf-8").splitlines()[0])
    return [d["text"] for d in story["documents"][:2]]


def test_a_folders_dropped_files_are_named_by_their_paths(
    tmp_path: Path, texts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(texts[0], encoding="utf-8")
    (folder / "b.txt").write_text(texts[1], encoding="utf-8")
    (folder / "copy.txt").write_text(texts[0], encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "zh.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    assert main(["summarize", str(folder), "--format", "json"]) == 1
    dropped = {d["id"]: d for d in json.loads(capsys.readouterr().out)["dropped"]}
    names = {str(folder / f) for f in ("copy.txt", "empty.txt", "zh.txt", "photo.txt")}
    assert set(dropped) == names
    assert dropped[str(folder / "copy.txt")]["duplicate_of"] == str(folder / "a.txt")
    assert dropped[str(folder / "empty.txt")]["reason"] == "empty"
    assert dropped[str(folder / "copy.txt")]["reason"] == "duplicate"
    for name in ("zh.txt", "photo.txt"):
        assert dropped[str(folder / name)]["reason"].startswith("skipped: "), name
    assert "not supported yet" in dropped[str(folder / "zh.txt")]["reason"]


def test_a_stories_dropped_documents_are_named_by_their_ids(
    tmp_path: Path, texts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [
        {"id": "x1", "text": texts[0]},
        {"id": "x2", "text": texts[1]},
        {"id": "again", "text": texts[0]},
        {"id": "zh", "text": CHINESE},
    ]
    path = tmp_path / "story.jsonl"
    line = {"id": "s1", "documents": docs}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["summarize", str(path), "--format", "json"]) == 1
    dropped = json.loads(capsys.readouterr().out)["dropped"]
    assert [(d["id"], d["reason"].split(":")[0], d["duplicate_of"]) for d in dropped] == [
        ("zh", "skipped", None),
        ("again", "duplicate", "x1"),
    ]
