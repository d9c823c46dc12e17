"""summarize of an empty file says the file holds no text, not that cleaning emptied it."""

from __future__ import annotations

from pathlib import Path

from newsbrief.cli import main


def test_an_empty_file_is_said_to_hold_no_text(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["summarize", str(empty)]) == 2
    err = capsys.readouterr().err
    assert f"{empty}: is empty: it holds no text" in err and "after cleaning" not in err


def test_a_file_of_only_a_menu_is_still_said_to_be_emptied_by_cleaning(
    tmp_path: Path, capsys
) -> None:
    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSports\n", encoding="utf-8")
    assert main(["summarize", str(menu)]) == 2
    assert "empty after cleaning" in capsys.readouterr().err


def test_an_empty_file_beside_an_article_is_dropped_not_fatal(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    article = tmp_path / "fire.txt"
    article.write_text(
        "Harbor fire\n\nA fire destroyed a grain warehouse at the Riverton harbor on "
        "Thursday night, the fire department said.\n",
        encoding="utf-8",
    )
    # exit 1: an input was left out, named on stderr; the other is summarized
    assert main(["summarize", str(tmp_path / "empty.txt"), str(article)]) == 1
    captured = capsys.readouterr()
    assert "grain warehouse" in captured.out and "skipped" in captured.err
