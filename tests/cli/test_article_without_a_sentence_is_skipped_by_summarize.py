"""``summarize`` leaves out an article with no usable text as ``cluster`` and ``digest``
do (README "Exit status"): a page's menu, a headline alone or an empty file is skipped,
named on stderr, listed in the JSON ``dropped`` list, and the exit status is 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE

NOT_ARTICLES = {
    "menu.txt": "Home | News | Sports\n",
    "headline.txt": "Storm hits coast\n",
    "empty.txt": "",
}


@pytest.mark.parametrize("name", sorted(NOT_ARTICLES))
@pytest.mark.parametrize("command", ["summarize", "cluster", "digest"])
def test_an_article_without_text_is_skipped_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    path = tmp_path / name
    path.write_text(NOT_ARTICLES[name], encoding="utf-8")
    extra = ["-o", str(tmp_path / "stories.jsonl")] if command == "cluster" else []
    assert main([command, str(path), str(EXAMPLE), *extra]) == 1
    err = capsys.readouterr().err
    assert f"newsbrief: skipped {path}: no article text after cleaning" in err


def test_summarize_json_lists_the_skipped_article_and_not_as_a_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    menu = tmp_path / "menu.txt"
    menu.write_text(NOT_ARTICLES["menu.txt"], encoding="utf-8")
    assert main(["summarize", str(menu), str(EXAMPLE), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["fox-news", "nbc-news"]
    assert data["dropped"] == [{"id": str(menu), "reason": "empty", "duplicate_of": None}]
    assert all(row["document"] != "menu" for row in data["coverage"])


def test_the_example_story_is_summarized_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["fox-news", "nbc-news"]
    assert data["dropped"] == [] and len(data["sentences"]) >= 3


def test_a_story_of_only_articles_without_text_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for name, text in NOT_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    assert main(["summarize", *paths]) == 2
    err = capsys.readouterr().err
    assert err.count("newsbrief: error:") == 1 and "empty after cleaning" in err


def test_attribute_skips_it_as_summarize_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    menu = tmp_path / "menu.txt"
    menu.write_text(NOT_ARTICLES["menu.txt"], encoding="utf-8")
    claim = tmp_path / "claim.txt"
    claim.write_text("Al-Baghdadi spoke in an audio recording.\n", encoding="utf-8")
    args = ["attribute", str(menu), str(EXAMPLE), "--summary", str(claim), "--format", "json"]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert f"newsbrief: skipped {menu}: no article text after cleaning" in err
    assert [d["id"] for d in json.loads(out)["dropped"]] == ["menu"]
