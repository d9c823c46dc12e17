"""What a reader of a summary expects: the shared facts, each once, the latest version of
each, sentences that make sense on their own, and no page furniture.

The flood and budget stories (tests/data/pages/furniture/stories.jsonl) were written for
these tests and laid out like scraped pages, furniture included.
"""

import json
from pathlib import Path

import pytest

from newsbrief import summarize
from newsbrief.api import prepare, summarize_prepared
from newsbrief.eligible import refers_to
from newsbrief.ingest import load_documents
from newsbrief.options import SummaryOptions

from ..conftest import EXAMPLE
from .dated_stories import FERRY, HARBOR_FIRE
from .stories import MUSEUM, WILDFIRE

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages" / "furniture" / "stories.jsonl"


def _stories() -> dict[str, dict]:
    return {s["id"]: s for s in map(json.loads, PAGES.read_text().splitlines())}


def _summary(docs, words: int):
    return summarize_prepared(prepare(docs), SummaryOptions(words=words))


def test_example_story_states_both_shared_facts_once() -> None:
    summary = summarize(load_documents([str(EXAMPLE)]), words=100)
    text = summary.text
    # Both outlets report the message released on Wednesday and the calls for attacks in
    # Saudi Arabia and Turkey.
    assert "Wednesday" in text and ("recording" in text or "statement" in text)
    assert "Saudi Arabia and Turkey" in text
    # Each outlet's announcement of the release is the same event: at most one is shown.
    ledes = ("The head of the Islamic State released", "A day after Iraq said")
    assert sum(text.count(x) for x in ledes) + text.count("audio recording released") <= 2
    assert not all(x in text for x in ledes)


def _raw_texts(docs) -> dict[str, str]:
    if isinstance(docs[0], dict):
        return {d["id"]: d["text"] for d in docs}
    return {p.stem: p.read_text() for p in EXAMPLE.glob("*.txt")}


def test_a_sentence_that_refers_back_comes_right_after_what_it_refers_to() -> None:
    stories = [load_documents([str(EXAMPLE)]), WILDFIRE, MUSEUM]
    stories += [s["documents"] for s in _stories().values()]
    checked = 0
    for docs in stories:
        raw = _raw_texts(docs)
        for words in (10, 40, 100, 250):
            prev = None
            for s in _summary(docs, words).sentences:
                if refers_to(s.text, None):  # "He called for...", "Seconds later", ...
                    checked += 1
                    assert prev is not None and prev.article_id == s.article_id, s.text
                    assert raw[s.article_id][prev.end : s.start].strip() == "", s.text
                prev = s
    assert checked  # the stories do hold such sentences, and they were shown correctly


def test_outdated_claims_give_way_to_the_later_report() -> None:
    flood = _stories()["riverton-flood"]["documents"]
    for words in (60, 100, 250):
        text = _summary(flood, words).text
        assert "expect the river to crest again" not in text
        assert "12 people" in text or "Twelve people" in text


def test_main_fact_reported_by_every_outlet_is_in_a_short_summary() -> None:
    flood = _stories()["riverton-flood"]["documents"]
    text = _summary(flood, 60).text
    assert "killed 12" in text or "killing 12" in text or "Twelve people died" in text


@pytest.mark.parametrize("words", [60, 100, 250])
def test_no_page_furniture_datelines_or_credits_in_summaries(words) -> None:
    for story in _stories().values():
        for s in _summary(story["documents"], words).sentences:
            for debris in story["debris"]:
                assert debris.lower() not in s.text.lower(), (debris, s.text)


def test_datelines_are_trimmed_but_offsets_still_point_into_the_article() -> None:
    for story in _stories().values():
        raw = _raw_texts(story["documents"])
        for s in _summary(story["documents"], 250).sentences:
            assert raw[s.article_id][s.start : s.end] == s.text
            assert not s.text.split()[0].isupper() or len(s.text.split()[0]) < 3


@pytest.mark.parametrize("method", ["ilp", "submodular", "lexrank"])
def test_reference_methods_show_only_sentences_that_stand_alone(method) -> None:
    for docs in (load_documents([str(EXAMPLE)]), WILDFIRE, MUSEUM):
        for s in summarize(docs, words=250, method=method).sentences:
            assert not refers_to(s.text, None), s.text


@pytest.mark.parametrize(
    ("docs", "stale", "current", "event"),
    [
        (HARBOR_FIRE, "Fourteen people", "22 people", "fire"),
        (FERRY, "Nine passengers", "17 passengers", "ran aground"),
    ],
)
@pytest.mark.parametrize("words", [30, 60, 100, 250])
def test_a_count_a_later_day_raised_gives_way_to_the_current_figure(
    docs, stale, current, event, words
) -> None:
    summary = _summary(docs, words)
    assert stale not in summary.text
    assert current in summary.text
    # it opens on the event, not on the superseded detail (the fire: on the lede two
    # outlets give, or on the current count's sentence, which tells the event too)
    assert event in summary.sentences[0].text


def test_without_publication_times_no_count_is_taken_as_superseded() -> None:
    undated = [{k: v for k, v in d.items() if k != "published"} for d in FERRY]
    dated, plain = _summary(FERRY, 100), _summary(undated, 100)
    assert "Nine passengers" not in dated.text
    assert "Nine passengers" in plain.text  # no order in time: no report is the later one
