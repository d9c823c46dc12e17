"""A fact two articles of one outlet report is not shown as two outlets reporting it."""

from __future__ import annotations

import newsbrief
from newsbrief import Article
from newsbrief.model import Evidence
from newsbrief.render import outlets_line, render


def _ev(article: str, source: str) -> Evidence:
    return Evidence(article, source, 0, 5, "text.", 1.0)


def test_each_outlet_is_named_once_with_its_article_count() -> None:
    spans = [_ev("a1", "NYT"), _ev("a2", "APW"), _ev("a3", "NYT"), _ev("a3", "NYT")]
    assert outlets_line(spans) == "NYT (2 articles), APW"
    assert outlets_line([_ev("a1", "NYT"), _ev("a2", "APW")]) == "NYT, APW"


def test_markdown_shows_the_count_for_one_outlets_articles() -> None:
    text = (
        "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes. Twelve "
        "people died in the flood, county officials said."
    )
    arts = [
        Article("g1", text, source="Riverton Gazette"),
        Article("g2", text.replace("Monday", "Monday night"), source="Riverton Gazette"),
    ]
    md = render(newsbrief.summarize(arts, words=60), "markdown")
    shared = md.split("## Reported by several outlets", 1)[1].split("\n## ", 1)[0]
    assert "*(Riverton Gazette (2 articles))*" in shared
