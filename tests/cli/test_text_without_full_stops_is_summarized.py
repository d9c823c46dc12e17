"""Text typed or pasted without final punctuation is article text: lines that read as
sentences (long, in lower case) are summarized and searched, not refused as "empty",
while headlines, menus and Title Case lines still are no sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from newsbrief.api import prepare
from newsbrief.cli import main
from newsbrief.eligible import is_eligible
from newsbrief.text import has_sentence, unpunctuated_sentence

# Written for these tests.
ARREST = "Police arrested two men in Springfield on Monday after a fire destroyed the old mill"
REBUILD = "The mayor said the town would rebuild it within a year"


def test_two_lines_without_full_stops_are_summarized(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(f"{ARREST}\n{REBUILD}\n")
    assert main(["summarize", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "empty" not in err
    # the first line reads as a sentence, not as a headline: it is summary text
    assert ARREST in out.splitlines()[3:]


def test_a_last_sentence_without_its_full_stop_can_be_chosen() -> None:
    prepared = prepare([f"{ARREST}. {REBUILD}"])
    assert [s.text for s in prepared.sentences] == [f"{ARREST}.", REBUILD]
    assert all(is_eligible(s) for s in prepared.sentences)


def test_attribute_searches_text_without_full_stops(tmp_path: Path, capsys) -> None:
    story = tmp_path / "mill.txt"
    story.write_text(f"{ARREST}\n{REBUILD}\n")
    claim = tmp_path / "claim.txt"
    claim.write_text("The mayor said the town would rebuild the mill within a year.\n")
    assert main(["attribute", "--summary", str(claim), str(story)]) == 0
    out, err = capsys.readouterr()
    assert "supported by mill" in out
    assert "skipped" not in err


def test_a_short_headline_over_text_stays_the_title() -> None:
    text = f"Fire destroys old mill in Springfield\n\n{ARREST}.\n\n{REBUILD}."
    summary = newsbrief.summarize([text], analysis=False)
    assert summary.articles[0].title == "Fire destroys old mill in Springfield"
    assert all("Fire destroys" not in s.text for s in summary.sentences)


@pytest.mark.parametrize(
    "line",
    [
        "Storm hits coast",  # a headline
        "Home | News | Sports | World | Business | Tech | Science | Health | Travel | Style",
        "Police Arrest Two Men in Springfield After a Fire Destroys the Old Mill on Monday",
        "The New York Times said in an editorial on Sunday about the vote in the Senate:",
        "In a statement released late on Monday night the company said that it would,",
    ],
)
def test_headlines_menus_and_broken_off_lines_are_still_no_sentence(line: str) -> None:
    assert not unpunctuated_sentence(line)
    assert not has_sentence(line)


def test_text_left_out_says_what_counts_as_article_text(tmp_path: Path, capsys) -> None:
    path = tmp_path / "heads.txt"
    path.write_text("Fire destroys old mill\nTown vows to rebuild\n")
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert "every article is empty after cleaning" in err
    assert "sentences ending with a full stop, or lines of 11 words or more" in err
