""" "Reported by several outlets" lists the story's facts beyond the summary: a summary
sentence two outlets report is said once, in the summary with its outlets, never again
in that list: not in markdown, not in HTML, not in the JSON's ``facts.shared``. A shared
fact the summary leaves out is still listed. A story written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.api import summarize
from newsbrief.model import Article, Summary
from newsbrief.render import render, summary_dict

HERALD = (
    "Flood water broke through the river wall at Dunmore on Tuesday night and forced 400 "
    "families from their homes. The county opened two shelters in school halls, officials "
    "said. Engineers had warned in March that the wall was weak."
)
VALLEY = (
    "Flood water broke through the river wall at Dunmore on Tuesday night, forcing 400 "
    "families from their homes. The county opened two shelters in school halls on "
    "Wednesday. A pumping crew from the coast arrived to drain the low streets."
)
SHELTERS = "The county opened two shelters"


def _summary(words: int) -> Summary:
    arts = [Article("a", HERALD, source="Coast Herald"), Article("b", VALLEY, source="Valley News")]
    return summarize(arts, words=words)


def _shared_sentences(summary: Summary) -> list[str]:
    texts = [s.text for s in summary.sentences if len({e.source for e in s.supported_by}) > 1]
    assert texts, "the story needs a summary sentence both outlets report"
    return texts


@pytest.mark.parametrize("words", [25, 40])
def test_markdown_says_a_shared_summary_sentence_once(words: int) -> None:
    summary = _summary(words)
    page = render(summary, "markdown")
    for text in _shared_sentences(summary):
        assert page.count(text) == 1, text


@pytest.mark.parametrize("words", [25, 40])
def test_html_lists_no_summary_sentence_among_the_shared_facts(words: int) -> None:
    summary = _summary(words)
    page = render(summary, "html")
    facts = page.split("<h2>Reported by several outlets</h2>")
    listed = facts[1].split("</ul>")[0] if len(facts) > 1 else ""
    for text in _shared_sentences(summary):
        assert text not in listed


@pytest.mark.parametrize("words", [25, 40])
def test_the_json_lists_no_summary_sentence_among_the_shared_facts(words: int) -> None:
    summary = _summary(words)
    shared = [f["text"] for f in summary_dict(summary)["facts"]["shared"]]
    for text in _shared_sentences(summary):
        assert text not in shared


def test_a_shared_fact_the_summary_leaves_out_is_still_listed() -> None:
    summary = _summary(25)
    assert not any(s.text.startswith(SHELTERS) for s in summary.sentences)
    page = render(summary, "markdown").split("## Reported by several outlets")[1]
    assert SHELTERS in page.split("##")[0]
    data = summary_dict(summary)
    assert any(f["text"].startswith(SHELTERS) for f in data["facts"]["shared"])
