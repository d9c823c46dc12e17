"""A story summarized without one of its articles says so: the batch line has no place for
it, so the end of the run names the article and why (never silent loss)."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main

EN = "The mayor opened the new river bridge on Monday. Traffic was light on the first day.\n"
EN2 = "The new river bridge was opened by the mayor on Monday. Drivers praised it.\n"
JA = "市長は月曜日に新しい橋を開通させた。初日の交通は少なかった。\n"


def test_a_story_summarized_without_an_unsupported_article_names_it_and_exits_1(
    tmp_path: Path, capsys
) -> None:
    story = {
        "id": "bridge",
        "documents": [
            {"id": "herald", "text": EN},
            {"id": "shimbun", "text": JA},
            {"id": "courier", "text": EN2},
        ],
    }
    other = {"id": "other", "documents": [{"id": "a", "text": EN}, {"id": "b", "text": EN2}]}
    src = tmp_path / "stories.jsonl"
    src.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in (story, other)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 1  # input not used: as summarize
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["bridge", "other"]  # every line still written
    assert all(x["summary"] for x in lines)
    err = capsys.readouterr().err
    assert "left out bridge/shimbun" in err
    assert "not supported yet" in err


def test_a_story_of_supported_articles_warns_about_nothing(tmp_path: Path, capsys) -> None:
    story = {"id": "bridge", "documents": [{"id": "herald", "text": EN}, {"id": "c", "text": EN2}]}
    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps(story) + "\n", encoding="utf-8")
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "left out" not in capsys.readouterr().err
