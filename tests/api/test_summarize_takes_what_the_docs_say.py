"""``newsbrief.summarize`` and ``newsbrief.attribute`` take what docs/api.md promises and
refuse what the command line refuses: a story dict as a batch line holds it, words and
sentences as alternatives, and an empty summary text as a mistake."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief import InputError, OptionsError

from ..conftest import STORY_A

STORY = {"id": "elm-bridge", "documents": STORY_A}


def test_a_story_dict_is_summarized_as_its_documents() -> None:
    from_dict = newsbrief.summarize(STORY, analysis=False)
    from_docs = newsbrief.summarize(STORY_A, story_id="elm-bridge", analysis=False)
    assert from_dict.story_id == "elm-bridge"
    assert [s.text for s in from_dict.sentences] == [s.text for s in from_docs.sentences]


def test_a_story_dict_can_be_checked_against_a_claim() -> None:
    verdicts = newsbrief.attribute(STORY, "The city council approved a new bridge.")
    assert len(verdicts) == 1 and verdicts[0].supported_by


def test_a_story_inside_a_list_is_named_as_a_story() -> None:
    with pytest.raises(InputError) as info:
        newsbrief.summarize([STORY])
    assert "story" in info.value.message and "summarize(story)" in (info.value.hint or "")


def test_one_article_dict_alone_gets_advice_that_works() -> None:
    with pytest.raises(InputError) as info:
        newsbrief.summarize(STORY_A[0])
    assert "[article]" in (info.value.hint or "")
    assert newsbrief.summarize([STORY_A[0]], analysis=False).sentences


def test_words_and_sentences_together_are_refused_as_on_the_command_line() -> None:
    with pytest.raises(OptionsError) as info:
        newsbrief.summarize(STORY_A, words=10, sentences=2)
    assert "not both" in info.value.message


def test_sentences_alone_are_the_whole_budget() -> None:
    summary = newsbrief.summarize(STORY_A, sentences=1, analysis=False)
    assert len(summary.sentences) == 1
    assert summary.words is None


def test_an_empty_summary_text_is_an_input_error() -> None:
    with pytest.raises(InputError) as info:
        newsbrief.attribute(STORY_A, "")
    assert info.value.message == "the summary has no sentences"
