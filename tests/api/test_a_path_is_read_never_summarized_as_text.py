"""A notebook user hands the API a file's or folder's name where it wants one: the name is
read, or refused with the call that reads it; it is never summarized as if it were text.

Before s34, ``load_articles("stories/")`` read the name letter by letter (``/`` being the
root folder: "folder holds no .txt ... files"), ``summarize(["story.txt"])`` answered a
summary whose one sentence was ``story.txt``, and ``summarize_batch("stories.jsonl")``
refused every character of the name as a story (a ``Path`` was a ``TypeError``
traceback), while ``evaluate`` took the same path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief import InputError

FERRY = (
    "Ferry service resumes\n\n"
    "Ferry service to the islands resumed on Thursday after a week of storms, the ferry "
    "company said. The first boat left the harbour at 7 a.m. with 40 passengers aboard."
)
FERRY_2 = (
    "Boats sail again\n\n"
    "The ferry company restarted its island service on Thursday after storms stopped it "
    "for a week. Ticket prices are unchanged, the company said."
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FERRY_2, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("as_given", [str, Path], ids=["str", "Path"])
def test_one_folder_name_is_one_source(folder: Path, as_given: type) -> None:
    docs, skipped = newsbrief.load_articles(as_given(folder))
    listed, _ = newsbrief.load_articles([str(folder)])
    assert not skipped
    assert [d.text for d in docs] == [d.text for d in listed]
    assert len(docs) == 2


def test_a_path_object_in_the_list_is_read(folder: Path) -> None:
    docs, _ = newsbrief.load_articles([folder / "a.txt", str(folder / "b.txt")])
    assert [d.text for d in docs] == [FERRY, FERRY_2]


def test_a_file_name_given_as_an_article_is_refused_naming_the_reading_call(
    folder: Path,
) -> None:
    name = str(folder / "a.txt")
    with pytest.raises(InputError) as err:
        newsbrief.summarize([name, str(folder / "b.txt")])
    assert err.value.where == "article 1"
    assert name in str(err.value)
    assert "load_articles" in (err.value.hint or "")


@pytest.mark.parametrize(
    "given",
    [lambda f: [f / "a.txt"], lambda f: f, lambda f: str(f)],
    ids=["a Path in the list", "a folder Path", "a folder name alone"],
)
def test_a_path_where_articles_belong_says_how_to_read_it(folder: Path, given: object) -> None:
    with pytest.raises(InputError) as err:
        newsbrief.summarize(given(folder))  # type: ignore[operator]
    assert "load_articles" in (err.value.hint or "")


def test_text_that_names_no_file_is_still_summarized(folder: Path) -> None:
    assert newsbrief.summarize([FERRY, FERRY_2], words=40).sentences


@pytest.mark.parametrize("marker", [".", "..", "/"])
def test_a_text_of_punctuation_is_text_not_the_folder_it_spells(marker: str) -> None:
    """A "." names the working folder, but no article file is named without a letter or
    digit: the text is summarized with the rest, not refused as a path."""
    summary = newsbrief.summarize([FERRY, FERRY_2, marker], words=40)
    assert summary.sentences


def test_summarize_batch_reads_a_jsonl_path_as_the_batch_command_does(tmp_path: Path) -> None:
    stories = [
        {"id": "ferry", "documents": [{"id": "a", "text": FERRY}, {"id": "b", "text": FERRY_2}]},
        {"id": "ferry-2", "documents": [{"id": "c", "text": FERRY_2}]},
    ]
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    expected = [(r.story_id, r.summary.text) for r in newsbrief.summarize_batch(stories)]  # type: ignore[union-attr]
    for given in (path, str(path)):
        got = [(r.story_id, r.summary.text) for r in newsbrief.summarize_batch(given)]  # type: ignore[union-attr]
        assert got == expected


def test_summarize_batch_names_a_missing_file_when_called(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError) as err:
        newsbrief.summarize_batch(missing)
    assert err.value.where == str(missing)
