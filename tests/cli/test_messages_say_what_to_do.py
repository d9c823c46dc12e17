"""Messages a first run meets say what is wrong and what to do, in one line, exit 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A
from .conftest import one_error_line


def test_a_bad_story_keeps_both_its_own_hint_and_the_on_error_advice(
    tmp_path: Path, capsys
) -> None:
    src = tmp_path / "in.jsonl"
    twice = [STORY_A[0], dict(STORY_A[1], id=STORY_A[0]["id"])]
    src.write_text(json.dumps({"id": "dup", "documents": twice}) + "\n")
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 2
    line = one_error_line(capsys)
    assert "give each document of a story its own id" in line
    assert "use --on-error skip to finish the other stories" in line


def test_summarize_of_an_empty_story_file_says_it_holds_no_story(tmp_path: Path, capsys) -> None:
    src = tmp_path / "story.jsonl"
    src.write_text("")
    assert main(["summarize", str(src)]) == 2
    line = one_error_line(capsys)
    assert f"{src}: holds no story" in line
    assert "newsbrief batch" not in line  # "for many stories" is no help with none


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_an_empty_article_file_is_named_not_pointed_above(
    command: str, tmp_path: Path, capsys
) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text("\n")
    out = ["-o", str(tmp_path / "out.jsonl")] if command == "cluster" else []
    assert main([command, str(src), *out]) == 2
    line = one_error_line(capsys)
    assert str(src) in line and "holds none" in line
    assert "lines above" not in line  # nothing above says why


def test_an_empty_digest_says_which_criterion_left_every_story_out(tmp_path: Path, capsys) -> None:
    src = tmp_path / "articles.jsonl"
    # one outlet only: the default --min-sources 2 leaves the story out
    src.write_text("".join(json.dumps(dict(d, source="Ledger")) + "\n" for d in STORY_A))
    assert main(["digest", str(src)]) == 0
    err = capsys.readouterr().err
    assert "none was reported by 2 or more outlets" in err
    assert "--min-sources 1" in err
    assert main(["digest", str(src), "--min-sources", "1"]) == 0
    assert "criteria" not in capsys.readouterr().err


def test_an_empty_digest_suggests_a_min_sources_that_shows_a_story(tmp_path: Path, capsys) -> None:
    src = tmp_path / "articles.jsonl"
    # two outlets at most: --min-sources 4 less one (3) would still show nothing
    outlets = ["Ledger", "Courier", "Ledger"]
    src.write_text(
        "".join(json.dumps(dict(d, source=o)) + "\n" for d, o in zip(STORY_A, outlets, strict=True))
    )
    assert main(["digest", str(src), "--min-sources", "4"]) == 0
    err = capsys.readouterr().err
    assert "the most any has is 2 outlets (use --min-sources 2)" in err
    assert main(["digest", str(src), "--min-sources", "2"]) == 0
    assert "criteria" not in capsys.readouterr().err


def test_a_misspelt_flag_gets_the_commands_usage_and_the_closest_flag(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["summarize", "story/", "--wrods", "60"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: newsbrief summarize")
    assert "unrecognized arguments: --wrods 60 (did you mean --words?)" in err


def test_a_misspelt_flag_before_the_command_gets_the_top_level_usage(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--wrods", "summarize", "story/"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    # the flag was given to newsbrief itself, not to summarize
    assert err.startswith("usage: newsbrief [") and "usage: newsbrief summarize" not in err
    assert "unrecognized arguments: --wrods (did you mean --words?" in err
    assert "newsbrief summarize --words ..." in err


def test_a_file_named_again_inside_its_folder_is_named_with_the_fix(tmp_path: Path, capsys) -> None:
    for i, doc in enumerate(STORY_A):
        (tmp_path / f"a{i}.txt").write_text(doc["text"])
    one = tmp_path / "a0.txt"
    assert main(["summarize", str(tmp_path), str(one)]) == 2
    line = one_error_line(capsys)
    assert f"{one}: the same article is given twice" in line
    assert "a folder already includes the files in it" in line


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_summarize_dash_on_a_terminal_says_what_it_waits_for(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal(STORY_A[0]["text"]))
    assert main(["summarize", "-"]) == 0
    assert "reading the article from the terminal: paste it, then press Ctrl-D" in (
        capsys.readouterr().err
    )


def test_summarize_dash_from_a_pipe_prints_no_prompt(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(STORY_A[0]["text"]))
    assert main(["summarize", "-"]) == 0
    assert "terminal" not in capsys.readouterr().err


def test_batch_warns_about_stories_left_with_an_empty_summary(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(story_jsonl), "-o", str(out), "--words", "3"]) == 0
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["summary"] for r in records] == ["", ""]  # the contract: a line each, in order
    err = capsys.readouterr().err
    assert (
        "warning: 2 stories have an empty summary: no sentence fits the budget; "
        "raise --words, or --fill (bridge, bridge-2)"
    ) in err
    assert main(["batch", str(story_jsonl), "-o", str(out), "--words", "60"]) == 0
    assert "empty summary" not in capsys.readouterr().err


def test_an_empty_digest_since_a_later_day_says_so_plainly_and_on_its_page(
    tmp_path: Path, capsys
) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text(
        "".join(
            json.dumps(dict(d, source="Ledger", published="2026-11-20")) + "\n" for d in STORY_A
        )
    )
    out = tmp_path / "digest.txt"
    # a quiet day is no failure: exit 0, the page and the warning say why it is empty
    assert (
        main(["digest", str(src), "--since", "2030-01-01", "--min-sources", "1", "-o", str(out)])
        == 0
    )
    (warning,) = capsys.readouterr().err.splitlines()
    assert "no story has news on or after 2030-01-01" in warning
    assert "; use an earlier --since" in warning
    assert "or more outlets" not in warning
    page = out.read_text(encoding="utf-8")
    assert "No story has news on or after 2030-01-01" in page
    assert "--since" not in page  # the page says why; the option is for the one who ran it
