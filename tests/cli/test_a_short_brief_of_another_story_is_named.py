"""A short brief of another story among the articles of one story is named in a warning,
even when it shares a few everyday words with them ("Thursday", "officials"); a short
brief of the same story, which names its people and places, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.coherence import MIN_CONTENT_WORDS, mixed_story_outliers, names, uncorroborated
from newsbrief.model import Article
from newsbrief.text import content_stems

from ..conftest import EXAMPLE

# Written for this test: a port strike, nothing to do with the Mosul story of EXAMPLE,
# but with the everyday words of any report ("officials said on Thursday").
OTHER_STORY = (
    "Dock workers at the port of Halvik walked off the job on Thursday, officials said. "
    "Union leader Marta Solberg said the strike would stop ferries to Kestrelholm "
    "until Nordmark Shipping agreed to talks over wages."
)
# Written for this test: the same story as EXAMPLE, told in a few lines.
SAME_STORY = (
    "Islamic State leader Abu Bakr al-Baghdadi urged his fighters in Mosul to hold out "
    "against Iraqi forces in an audio message released on Wednesday, his first in months."
)


def _story() -> list[Article]:
    return [Article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLE.glob("*.txt"))]


def test_the_briefs_are_short_and_name_people_and_places() -> None:
    for text in (OTHER_STORY, SAME_STORY):
        assert len(content_stems(text)) < MIN_CONTENT_WORDS
    assert len(names(OTHER_STORY)) >= 4


def test_a_brief_of_another_story_among_two_articles_of_one_story_is_named() -> None:
    articles = [*_story(), Article("brief", OTHER_STORY)]
    found = mixed_story_outliers(articles)
    assert [(o.article_id, o.no_name_shared) for o in found] == [("brief", True)]
    # it shares a few everyday words, so it is not one that shares nothing (not moved)
    assert uncorroborated(articles) == []


def test_a_brief_of_the_same_story_is_not_named() -> None:
    assert mixed_story_outliers([*_story(), Article("brief", SAME_STORY)]) == []
    assert mixed_story_outliers([Article("brief", SAME_STORY), *_story()]) == []


@pytest.mark.parametrize(("brief", "warned"), [(OTHER_STORY, True), (SAME_STORY, False)])
def test_summarize_warns_about_the_brief_of_another_story_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], brief: str, warned: bool
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(brief, encoding="utf-8")
    assert main(["summarize", *map(str, sorted(EXAMPLE.glob("*.txt"))), str(path)]) == 0
    err = capsys.readouterr().err
    warnings = [x for x in err.splitlines() if "another story" in x]
    if warned:
        assert len(warnings) == 1
        assert warnings[0].startswith(f"newsbrief: warning: {path} names no one and no place")
    else:
        assert "story" not in err
