"""A title an article gives is a headline, short by design: two content words can name
the story. Over several articles each of those words must be one their text uses: a page
label ("NATIONAL FORECAST" over reports that say "the nation's" but never "forecast")
does not head the story, a short headline about it does."""

from __future__ import annotations

import newsbrief
from newsbrief import Article
from newsbrief.render import story_heading

# Written for this test: four reports of one flood, two of them saying "the nation".
TEXTS = [
    "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes in the "
    "nation's worst flood in a decade. Twelve people died, county officials said.",
    "Twelve people died when the Elm River flooded Riverton, officials said on Tuesday. "
    "Shelters at two schools took in 300 people from across the nation.",
    "Floodwaters in Riverton began to recede on Wednesday after the Elm River crested at "
    "31 feet. The flood killed twelve people, officials said.",
    "Riverton residents returned to flooded homes on Thursday as the Elm River fell. "
    "Officials said twelve people died.",
]


def _heading(title: str) -> str:
    articles = [
        Article(f"a{k}", text, source=f"Outlet {k}", title=title if k == 3 else None)
        for k, text in enumerate(TEXTS)
    ]
    return story_heading(newsbrief.summarize(articles, words=60)).title


def test_a_two_word_label_with_a_word_no_article_uses_does_not_head_the_story() -> None:
    assert _heading("NATIONAL FORECAST") != "NATIONAL FORECAST"


def test_a_two_word_headline_in_the_storys_words_heads_it() -> None:
    assert _heading("Riverton floods") == "Riverton floods"
