"""``attribute`` checks a summary against the articles it can read and names any it could
not (one in Japanese among English ones): never a silent loss, and exit 1 as summarize."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main

EN = "The mayor opened the new river bridge on Monday. Traffic was light on the first day.\n"
EN2 = "The new river bridge was opened by the mayor on Monday. Drivers praised it.\n"
JA = "市長は月曜日に新しい橋を開通させた。初日の交通は少なかった。\n"


def _story(tmp_path: Path, **texts: str) -> tuple[Path, Path]:
    story = tmp_path / "story"
    story.mkdir()
    for name, text in texts.items():
        (story / f"{name}.txt").write_text(text, encoding="utf-8")
    claim = tmp_path / "claim.txt"
    claim.write_text("The mayor opened the new bridge on Monday.\n", encoding="utf-8")
    return story, claim


def test_an_article_in_an_unsupported_script_is_named_and_exits_1(tmp_path: Path, capsys) -> None:
    story, claim = _story(tmp_path, herald=EN, shimbun=JA, courier=EN2)
    out = tmp_path / "out.json"
    assert main(["attribute", "--summary", str(claim), str(story), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "newsbrief: skipped" in err and "shimbun.txt" in err and "not supported yet" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sentences"][0]["supported"]  # the others are still searched
    assert [d["id"] for d in data["dropped"]] == ["shimbun"]
    assert "not supported yet" in data["dropped"][0]["reason"]


def test_a_story_it_can_read_whole_exits_0_and_drops_nothing(tmp_path: Path, capsys) -> None:
    story, claim = _story(tmp_path, herald=EN, courier=EN2)
    out = tmp_path / "out.json"
    assert main(["attribute", "--summary", str(claim), str(story), "-o", str(out)]) == 0
    assert "skipped" not in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["dropped"] == []
