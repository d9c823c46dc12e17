"""A title one article gives is ranked with the story's sentences: a stray first line
sharing no word with the story does not name it, a headline about the story does."""

from __future__ import annotations

import newsbrief
from newsbrief import Article
from newsbrief.render import story_heading

# Written for this test: four reports of one flood.
TEXTS = [
    "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes. Twelve "
    "people died in the flood, county officials said.",
    "Twelve people died when the Elm River flooded Riverton, officials said on Tuesday. "
    "Shelters at two schools took in 300 people.",
    "Floodwaters in Riverton began to recede on Wednesday after the Elm River crested at "
    "31 feet. The flood killed twelve people, officials said.",
    "Riverton residents returned to flooded homes on Thursday as the Elm River fell. "
    "Officials said twelve people died.",
]


def _story(title: str) -> list[Article]:
    return [
        Article(f"a{k}", text, source=f"Outlet {k}", title=title if k == 3 else None)
        for k, text in enumerate(TEXTS)
    ]


def test_one_articles_title_that_shares_no_word_with_the_story_is_not_the_heading() -> None:
    for stray in ("WEEKEND MARKETS CALENDAR LISTINGS", "NATIONAL FORECAST"):
        summary = newsbrief.summarize(_story(stray), words=60)
        title = story_heading(summary).title
        assert title != stray
        assert "Riverton" in title or "Elm River" in title


def test_one_articles_title_about_the_story_still_names_it() -> None:
    summary = newsbrief.summarize(_story("Elm River flood kills twelve in Riverton"), words=60)
    assert story_heading(summary).title == "Elm River flood kills twelve in Riverton"
