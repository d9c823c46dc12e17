"""A story's page opens on what a reader needs first: a long list of facts or quotes is
folded under a line that counts it, and the article texts of a story of several articles
are folded under their outlets' names (``<details>``, no script); a short list and the
texts of a two-article paste stay open. (A DUC story's page was 23,000 px.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .conftest import make_client


def _section(page: str, heading: str) -> str:
    start = page.index(f"<h2>{heading}</h2>")
    end = page.find("<section", start)
    return page[start : end if end > 0 else len(page)]


def _paste(tmp_path: Path, docs: list[dict[str, Any]], quotes: bool = False) -> str:
    # each article opens with its outlet (front matter), as the form says to name it
    pasted = [f"---\nsource: {d['source']}\n---\n{d['text']}" for d in docs]
    form = {"articles": "\n".join(pasted), "words": "100"}
    if quotes:
        form["quotes"] = "on"
    with make_client(tmp_path) as c:
        answer = c.post("/summarize", data=form)
    assert answer.status_code == 200
    return answer.text


def test_long_lists_are_folded_under_their_count(
    tmp_path: Path, example_docs: list[dict[str, Any]]
) -> None:
    page = _paste(tmp_path, example_docs, quotes=True)
    for heading, noun in (("Reported by one outlet only", "facts"), ("Quotes", "quotes")):
        part = _section(page, heading)
        items = len(re.findall(r"<li[ >]", part)) if noun == "facts" else part.count("<blockquote>")
        assert items > 8, (heading, items)  # the example story's lists are long
        folded = re.search(r'<details class="fold"><summary>(\d+) ', part)
        assert folded and int(folded.group(1)) == items, heading
        assert '<details class="fold" open' not in part


def test_a_short_list_and_a_two_article_paste_stay_open(
    tmp_path: Path, example_docs: list[dict[str, Any]], bridge_docs: list[dict[str, Any]]
) -> None:
    page = _paste(tmp_path, example_docs)
    articles = _section(page, "Articles")
    assert len(example_docs) == 2
    assert articles.count("<details open>") == len(example_docs)
    page = _paste(tmp_path, bridge_docs[:2])
    assert 'class="fold"' not in page  # nothing long enough to fold


def test_the_texts_of_a_story_of_several_articles_are_folded(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    assert len(bridge_docs) == 3
    articles = _section(_paste(tmp_path, bridge_docs), "Articles")
    assert articles.count("<details>") == len(bridge_docs)
    assert "<details open>" not in articles
    # each folded text is named by its outlet in the line that opens it
    assert len(re.findall(r"<summary><h3>", articles)) == len(bridge_docs)
