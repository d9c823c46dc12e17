"""A summary sentence only one outlet reports is said once on a page: under "Summary
sentences from a single source" (markdown) or by its "only" badge (HTML, the story
page), never again under "Reported by one outlet only", which lists the story's other
one-outlet facts. The analysis's facts lists are the story's facts beyond the summary,
so the JSON lists no summary sentence among them either: its sources and its
single-source flag are on the sentence itself."""

from __future__ import annotations

import pytest

from newsbrief.api import summarize
from newsbrief.model import Article, Summary
from newsbrief.render import render, summary_dict
from newsbrief.service.view import build_page

# Written for this test: two outlets on one council vote, each with a line of its own.
GAZETTE = (
    "The Riverton council approved a new harbor bridge on Monday by a vote of seven to two. "
    "The bridge will cost 40 million dollars and open in 2028. Mayor Ana Ruiz said the "
    "crossing would end decades of ferry delays for commuters. Work crews will begin "
    "clearing the north bank in March, the city engineer said."
)
VALLEY = (
    "Riverton's council voted seven to two on Monday to approve a harbor bridge. The 40 "
    "million dollar bridge is due to open in 2028. Two council members said the money "
    "should have gone to road repairs instead."
)


@pytest.fixture(scope="module")
def summary() -> Summary:
    arts = [
        Article("a", GAZETTE, source="Riverton Gazette"),
        Article("b", VALLEY, source="Valley News"),
    ]
    return summarize(arts, words=60)


def _one_outlet_sentences(summary: Summary) -> list[str]:
    assert summary.analysis is not None
    texts = [summary.sentences[x.sentence].text for x in summary.analysis.single_source]
    assert texts, "the story needs a summary sentence from one outlet"
    return texts


def test_markdown_lists_a_single_source_summary_sentence_once(summary: Summary) -> None:
    page = render(summary, "markdown")
    for text in _one_outlet_sentences(summary):
        # once in the summary, once under "Summary sentences from a single source"
        assert page.count(text) == 2, text
        only = page.split("## Reported by one outlet only")[-1].split("## Summary sentences")[0]
        assert text not in only
    assert "Mayor Ana Ruiz said the crossing" in page  # the other one-outlet facts stay


def test_html_lists_a_single_source_summary_sentence_once(summary: Summary) -> None:
    page = render(summary, "html")
    facts = page.split("<h2>Reported by one outlet only</h2>")[1].split("</ul>")[0]
    for text in _one_outlet_sentences(summary):
        assert text not in facts
    assert "Mayor Ana Ruiz said the crossing" in facts


def test_the_story_page_lists_a_single_source_summary_sentence_once(summary: Summary) -> None:
    data = summary_dict(summary)
    page = build_page(data, {a.id: a.text for a in summary.articles})
    listed = [text for text, _, _ in page.single_facts]
    for text in _one_outlet_sentences(summary):
        assert text not in listed
    assert any("Mayor Ana Ruiz" in t for t in listed)


def test_the_json_facts_hold_no_summary_sentence(summary: Summary) -> None:
    data = summary_dict(summary)
    said = {s["text"] for s in data["sentences"]}
    spans = {(s["article_id"], s["start"], s["end"]) for s in data["sentences"]}
    facts = [*data["facts"]["shared"], *data["facts"]["single_source"]]
    assert not said & {f["text"] for f in facts}
    assert not any(
        (x["document"], x["start"], x["end"]) in spans for f in facts for x in f["sources"]
    )
    # the summary sentence's own sources still say who reported it
    only = {x["sentence"] for x in data["single_source"]}
    assert only and all(data["sentences"][i]["supported_by"] for i in only)
    assert any("Mayor Ana Ruiz" in f["text"] for f in data["facts"]["single_source"])
