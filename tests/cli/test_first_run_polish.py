"""What a new user meets on a first run: every argument explained in --help, a mistaken
input answered with what to do instead, Ctrl-C saying what was (not) written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import newsbrief.stories.io
from newsbrief.cli import COMMAND_NAMES, build_parser, main

from ..conftest import EXAMPLE, STORY_A


@pytest.mark.parametrize("command", sorted(COMMAND_NAMES))
def test_every_argument_of_every_command_says_what_it_is_for(command: str) -> None:
    parser = build_parser(command)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    unexplained = [
        a.dest
        for a in sub.choices[command]._actions
        if not isinstance(a, argparse._HelpAction) and not a.help
    ]
    assert unexplained == []


def test_attribute_never_reads_the_summary_file_as_one_more_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    for p in EXAMPLE.glob("*.txt"):
        (story / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    # kept beside the articles, as a user keeps it; its second sentence no outlet reports
    summary = story / "summary.txt"
    summary.write_text("Baghdadi released an audio message. He urged attacks in Peru.\n")
    assert main(["attribute", str(story), "--summary", str(summary), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert f"{summary}: the --summary file is not read as an article" in captured.err
    report = json.loads(captured.out)
    assert [a["id"] for a in report["articles"]] == ["fox-news", "nbc-news"]
    released, peru = report["sentences"]
    assert {e["document"] for e in released["supported_by"]} <= {"fox-news", "nbc-news"}
    assert not peru["supported"] and peru["supported_by"] == []


def test_a_file_of_articles_given_to_summarize_points_to_cluster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"newsbrief: error: {path}:1 (id a1): story has no 'documents' list")
    assert "'newsbrief cluster' reads a file of articles" in err


@pytest.mark.parametrize("with_store", [False, True])
def test_ctrl_c_in_cluster_says_nothing_was_written_and_what_the_store_holds(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    with_store: bool,
) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    out = tmp_path / "stories.jsonl"
    db = tmp_path / "news.sqlite"

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C while the stories are written

    monkeypatch.setattr(newsbrief.stories.io, "write_stories", interrupted)
    args = ["cluster", str(path), "-o", str(out), *(["--db", str(db)] if with_store else [])]
    assert main(args) == 130
    last = capsys.readouterr().err.strip().splitlines()[-1]
    said = f"newsbrief: interrupted: nothing written to {out}"
    assert last == said + (
        f"; {db} holds the new articles (rerun to write {out})" if with_store else ""
    )
    assert not out.exists()
    if with_store:  # the rerun writes every stored story
        monkeypatch.undo()
        assert main(["cluster", "--db", str(db), "-o", str(out)]) == 0
        assert sum(len(json.loads(x)["documents"]) for x in out.read_text().splitlines()) == 3


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_a_mistyped_store_path_is_an_error_not_a_new_empty_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    db = tmp_path / "nwes.sqlite"
    assert main([command, "--db", str(db), "-o", str(tmp_path / "out.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"newsbrief: error: {db}: no story store here (check the path, or give INPUT to start one)"
    )
    assert not db.exists() and not (tmp_path / "out.txt").exists()


def test_cluster_with_a_store_and_no_input_writes_the_stored_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    db, out = tmp_path / "news.sqlite", tmp_path / "stories.jsonl"
    assert main(["cluster", str(path), "--db", str(db), "-o", str(tmp_path / "first.jsonl")]) == 0
    assert main(["cluster", "--db", str(db), "-o", str(out)]) == 0
    assert out.read_text() == (tmp_path / "first.jsonl").read_text()


def test_ctrl_c_while_cluster_prints_stories_says_the_printed_ones_are_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    write = newsbrief.stories.io.write_stories

    def interrupted(stories, out):  # type: ignore[no-untyped-def]
        write(stories[:1], out)  # one story printed, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(newsbrief.stories.io, "write_stories", interrupted)
    assert main(["cluster", str(path), "-o", "-"]) == 130
    captured = capsys.readouterr()
    assert captured.out  # printed before Ctrl-C: not "nothing written"
    last = captured.err.strip().splitlines()[-1]
    assert last == "newsbrief: interrupted: the stories on standard output are incomplete"
