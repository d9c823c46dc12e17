"""User mistakes give one clear line and a non-zero exit; nothing is lost or overwritten."""

import json
from pathlib import Path

import pytest

from newsbrief import InputError, summarize
from newsbrief.cli import main

from ..conftest import EXAMPLE, STORY_A
from .conftest import one_error_line


def test_batch_refuses_to_overwrite_its_input(story_jsonl: Path, capsys) -> None:
    before = story_jsonl.read_text()
    assert main(["batch", str(story_jsonl), "-o", str(story_jsonl)]) == 2
    assert "also an input" in one_error_line(capsys)
    assert story_jsonl.read_text() == before


def test_failed_batch_leaves_previous_output_intact(tmp_path: Path, capsys) -> None:
    old = tmp_path / "old.jsonl"
    old.write_text("previous results\n")
    assert main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(old)]) == 2
    one_error_line(capsys)
    assert old.read_text() == "previous results\n"


def test_unwritable_output_is_a_clear_error(story_jsonl: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "no" / "such" / "dir" / "out"
    assert main(["batch", str(story_jsonl), "-o", str(target)]) == 2
    assert "cannot write output" in one_error_line(capsys)
    assert main(["summarize", str(EXAMPLE), "-o", str(target)]) == 2
    assert "cannot write output" in one_error_line(capsys)


def test_non_utf8_jsonl_names_the_line(tmp_path: Path, story_jsonl: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(story_jsonl.read_bytes() + b'{"id": "x\xff\xfe"}\n')
    assert main(["batch", str(bad), "-o", str(tmp_path / "o.jsonl")]) == 2
    line = one_error_line(capsys)
    assert f"{bad}:3" in line and "UTF-8" in line
    scored = tmp_path / "scored.jsonl"
    story = {"id": "s", "documents": STORY_A, "references": ["The council approved it."]}
    scored.write_bytes(json.dumps(story).encode() + b"\n" + b'{"id": "\xff"}\n')
    assert main(["eval", str(scored)]) == 2
    line = one_error_line(capsys)
    assert f"{scored}:2" in line and "UTF-8" in line


def test_blank_lines_are_reported_not_silent(tmp_path: Path, story_jsonl: Path, capsys) -> None:
    lines = story_jsonl.read_text().splitlines()
    src = tmp_path / "gaps.jsonl"
    src.write_text(lines[0] + "\n\n" + lines[1] + "\n")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 0
    assert f"{src}:2: blank line" in capsys.readouterr().err
    assert len(out.read_text().splitlines()) == 2


def test_duplicate_document_ids_in_a_story(tmp_path: Path, capsys) -> None:
    src = tmp_path / "dup.jsonl"
    docs = [dict(STORY_A[0]), dict(STORY_A[1], id=STORY_A[0]["id"])]
    src.write_text(json.dumps({"id": "s1", "documents": docs}) + "\n")
    assert main(["batch", str(src), "-o", str(tmp_path / "o.jsonl")]) == 2
    line = one_error_line(capsys)
    assert f"{src}:1 (id s1)" in line and "appears twice" in line


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path, capsys) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
    (tmp_path / "a" / "report.txt").write_text(STORY_A[0]["text"])
    (tmp_path / "b" / "report.txt").write_text(STORY_A[1]["text"])
    assert main(["summarize", str(tmp_path / "a"), str(tmp_path / "b"), "--format", "json"]) == 0
    ids = {a["id"] for a in json.loads(capsys.readouterr().out)["articles"]}
    assert len(ids) == 2


def test_sentences_alone_is_not_capped_by_default_words(tmp_path: Path, capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--sentences", "8", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sentences"]) == 8
    assert sum(len(s["text"].split()) for s in data["sentences"]) > 100


def test_fill_without_words_budget_is_refused(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--sentences", "2", "--fill"]) == 2
    assert "--fill needs a word budget" in one_error_line(capsys)


def test_empty_article_and_empty_summary_are_warned(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_text("Load more..\n\nBy Ann Lee\n")
    # skipped and named, exit 1, as cluster and digest skip it (README "Exit status")
    assert main(["summarize", str(EXAMPLE / "fox-news.txt"), str(tmp_path / "empty.txt")]) == 1
    assert "skipped " in (err := capsys.readouterr().err)
    assert "empty.txt: no article text after cleaning" in err
    assert main(["summarize", str(EXAMPLE), "--words", "3"]) == 0
    # the warning says how to get a summary
    err = capsys.readouterr().err
    assert "the summary is empty: no sentence fits the budget (the shortest has" in err
    assert "raise --words, or --fill)" in err


def test_an_empty_summary_of_fragments_says_none_can_stand_alone(tmp_path: Path, capsys) -> None:
    (tmp_path / "bits.txt").write_text("A headline\n\nHe said so.\n\nThey did.\n")
    assert main(["summarize", str(tmp_path / "bits.txt"), "--words", "100"]) == 0
    err = capsys.readouterr().err
    assert "the summary is empty: no sentence can stand alone as a summary sentence" in err
    assert "budget" not in err


def test_folder_lists_what_it_does_not_read(tmp_path: Path, capsys) -> None:
    (tmp_path / "story.txt").write_text(STORY_A[0]["text"])
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    assert main(["summarize", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "notes.pdf" in err and "sub/" in err


def test_jsonl_story_on_stdin(monkeypatch, capsys) -> None:
    import io

    line = json.dumps({"id": "s", "documents": STORY_A}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    assert main(["summarize", "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["id"] for a in data["articles"]} == {"a1", "a2", "a3"}


def test_markdown_files_lose_their_markup(tmp_path: Path, capsys) -> None:
    md = tmp_path / "story.md"
    md.write_text(
        "# Council approves the Elm River bridge\n\n"
        "The **city council** voted 7-2 on Monday to approve a new bridge, "
        "according to [the minutes](https://example.org/minutes).\n\n"
        "- The bridge will cost $40 million and open in 2027, officials said.\n"
    )
    assert main(["summarize", str(md), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["title"] == "Council approves the Elm River bridge"
    text = data["summary"]
    assert "**" not in text and "](" not in text and "#" not in text
    assert "The bridge will cost $40 million" in text


def test_api_rejects_a_single_string() -> None:
    with pytest.raises(InputError, match="single string"):
        summarize("The council approved the bridge on Monday.")  # type: ignore[arg-type]


def test_skip_mode_skips_a_non_utf8_line(tmp_path: Path, story_jsonl: Path, capsys) -> None:
    lines = story_jsonl.read_bytes().splitlines()
    bad = tmp_path / "nb.jsonl"
    bad.write_bytes(lines[0] + b"\n" + b'{"id": "caf\xe9", "documents": []}\n' + lines[1] + b"\n")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(bad), "-o", str(out), "--on-error", "skip"]) == 1
    assert f"{bad}:2" in capsys.readouterr().err
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 3 and rows[1]["error"] and rows[0]["summary"] and rows[2]["summary"]


def test_output_inside_an_input_folder_is_refused(tmp_path: Path, capsys) -> None:
    import shutil

    folder = tmp_path / "story"
    shutil.copytree(EXAMPLE, folder)
    before = (folder / "fox-news.txt").read_text()
    assert main(["summarize", str(folder), "-o", str(folder / "fox-news.txt")]) == 2
    assert "also an input" in one_error_line(capsys)
    assert (folder / "fox-news.txt").read_text() == before


def test_dates_are_compared_as_dates(tmp_path: Path, capsys) -> None:
    docs = [dict(STORY_A[0], published="10 March 2024"), dict(STORY_A[1], published="5 March 2024")]
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "d", "documents": docs}) + "\n")
    assert main(["summarize", str(src), "--format", "json", "--method", "lead"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["id"]: a["published"] for a in data["articles"]} == {
        "a1": "2024-03-10",
        "a2": "2024-03-05",
    }
    assert {s["article_id"] for s in data["sentences"]} == {"a1"}


def test_eval_refuses_options_that_would_be_ignored(story_jsonl: Path, capsys) -> None:
    assert main(["eval", str(story_jsonl), "--summaries", str(story_jsonl), "--method", "ilp"]) == 2
    one_error_line(capsys)


def test_skip_summary_line_counts_in_plain_english(
    tmp_path: Path, story_jsonl: Path, capsys
) -> None:
    first = story_jsonl.read_bytes().splitlines()[0]
    bad = tmp_path / "one.jsonl"
    bad.write_bytes(first + b"\n{not json\n")
    assert main(["batch", str(bad), "-o", str(tmp_path / "o.jsonl"), "--on-error", "skip"]) == 1
    assert "newsbrief: 1 story summarized, 1 skipped" in capsys.readouterr().err
