"""A result typed in a notebook prints a few informative lines, not every article's text:
a ``Summary`` (and a ``BatchResult``, ``ClaimResult``, ``Story``, ``Article`` holding
one) names its ids and counts and shows the summary cut to one line. The types stay
frozen dataclasses with the same equality."""

from __future__ import annotations

import dataclasses

import pytest

import newsbrief
from newsbrief import Article, Story

from ..conftest import STORY_A

# Long articles, as a DUC story's are: the filler repeats a sentence the summary may skip.
FILLER = " Residents of the east side have waited for a crossing for decades, a resident said."
LONG = [{**doc, "text": doc["text"] + FILLER * 60} for doc in STORY_A]
STORY = Story("elm-bridge", tuple(Article(d["id"], d["text"]) for d in LONG))
REPR_LIMIT = 800  # characters: a few lines in a notebook


def test_a_summary_prints_its_ids_and_counts_not_the_articles() -> None:
    summary = newsbrief.summarize(STORY, words=60, quotes=True)
    shown = repr(summary)
    assert len(shown) < REPR_LIMIT, len(shown)
    assert FILLER.strip()[:40] not in shown
    assert "elm-bridge" in shown and all(repr(a.id) in shown for a in STORY.articles)
    assert f"{len(summary.sentences)} sentences" in shown
    assert summary.sentences[0].text[:30] in shown  # the summary's opening, on one line
    assert "\n" not in shown


def test_a_batch_result_and_a_claim_result_print_short() -> None:
    (result,) = newsbrief.summarize_batch([STORY], newsbrief.SummaryOptions(words=60))
    claims = [{"story": "elm-bridge", "claim_id": "c1", "claim": "The council approved a bridge."}]
    (claim,) = newsbrief.attribute_batch([STORY], claims)
    for shown in (repr(result), repr(claim)):
        assert len(shown) < REPR_LIMIT, shown
        assert FILLER.strip()[:40] not in shown
    assert "'a1'" in repr(claim)  # who supports it


def test_a_story_and_an_article_print_ids_and_the_texts_length() -> None:
    shown = repr(STORY)
    assert len(shown) < 200 and "'elm-bridge'" in shown and "3 articles" in shown
    article = STORY.articles[0]
    shown = repr(article)
    assert len(shown) < 200 and f"{len(article.text)} chars" in shown and "'a1'" in shown


def test_results_stay_frozen_and_compare_as_before() -> None:
    one = newsbrief.summarize(STORY, words=60)
    two = newsbrief.summarize(STORY, words=60)
    assert one == two and repr(one) == repr(two)
    assert one != dataclasses.replace(one, sentences=one.sentences[:1])
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.story_id = "x"  # type: ignore[misc]
    assert dataclasses.is_dataclass(one) and dataclasses.is_dataclass(STORY.articles[0])
