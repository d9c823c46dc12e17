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


def test_two_articles_of_one_outlet_are_one_source_shown_with_their_count() -> None:
    text = (
        "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes. Twelve "
        "people died in the flood, county officials said."
    )
    arts = [
        Article("g1", text, source="Riverton Gazette"),
        Article("g2", text.replace("Monday", "Monday night"), source="Riverton Gazette"),
    ]
    md = render(newsbrief.summarize(arts, words=60), "markdown")
    assert "## Reported by several outlets" not in md  # one outlet is one source
    single = md.split("## Reported by one outlet only", 1)[1].split("\n## ", 1)[0]
    assert "*(only Riverton Gazette (2 articles))*" in single
    assert single.count("Twelve people died") == 1  # the repeat is not listed again
