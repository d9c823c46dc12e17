"""Two files of one name in two folders (``sites/fox/index.html``,
``sites/nbc/index.html``: how scraped pages are often saved) are two articles named by
their paths in ``cluster`` and ``digest``, as ``summarize`` names them; before, both
refused them as one article id (``index``) used twice with different text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE


def _two_folders(tmp_path: Path) -> list[str]:
    paths = []
    for folder, name in (("fox", "fox-news.txt"), ("nbc", "nbc-news.txt")):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE / name, tmp_path / folder / "story.txt")
        paths.append(str(tmp_path / folder / "story.txt"))
    return paths


def test_cluster_keeps_both_files_of_one_name_under_their_paths(tmp_path: Path) -> None:
    paths = _two_folders(tmp_path)
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", *paths, "-o", str(out)]) == 0
    (story,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["id"] for d in story["documents"]) == paths


def test_digest_counts_both_files_of_one_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _two_folders(tmp_path)
    assert main(["digest", *paths, "--min-sources", "1"]) == 0
    shown = capsys.readouterr().out
    assert "2 articles" in shown
    assert all(p in shown for p in paths)


def test_one_file_given_twice_is_still_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(EXAMPLE), str(EXAMPLE / "fox-news.txt"), "-o", str(out)]) == 0
    (story,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["id"] for d in story["documents"]) == ["fox-news", "nbc-news"]
    assert "kept once" in capsys.readouterr().err
