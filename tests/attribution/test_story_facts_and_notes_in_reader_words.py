"""What the story analysis lists reads as a reader expects: one outlet's fact told twice
in other words is listed once, and no internal note ("around") is shown as a reason.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.analysis import story_facts
from newsbrief.model import Detail


def test_a_date_found_in_a_nearby_sentence_says_so_in_words() -> None:
    found = Detail("date", "agrees", "Tuesday", "Tuesday", "around")
    assert found.explanation == "Tuesday (in a nearby sentence)"
    assert "(around)" not in found.explanation


def test_one_outlets_fact_told_twice_in_other_words_is_listed_once() -> None:
    docs = [
        {
            "id": "APW1",
            "source": "APW",
            "published": "2001-11-06",
            "text": "A car bomb exploded Friday in a Portvale market crowded with shoppers "
            "buying food for the weekend.\n\nThe mayor called an emergency meeting of the "
            "city council for Saturday morning.\n",
        },
        {
            "id": "APW2",
            "source": "APW",
            "published": "2001-11-06",
            "text": "A car bomb blew up Friday in a Portvale market crowded with shoppers "
            "buying food for the weekend.\n\nRescue teams searched the stalls for hours "
            "after the blast.\n",
        },
        {
            "id": "NYT1",
            "source": "NYT",
            "published": "2001-11-07",
            "text": "Harbour workers in Kesto ended their strike on Saturday after the "
            "shipping company agreed to a new wage deal.\n",
        },
    ]
    summary = newsbrief.summarize(docs, words=20)
    assert summary.analysis is not None
    # the story's facts before the analysis leaves out what the summary states
    arts = summary.articles
    _, single = story_facts(StoryIndex(arts), arts, {a.id: a for a in arts})
    facts = [f for f in single if "car bomb" in f.text]
    assert len(facts) == 1
    # the summary tells the bombing: its lists do not tell it again in other words
    assert any("car bomb" in s.text for s in summary.sentences)
    assert not any("car bomb" in f.text for f in summary.analysis.single_source_facts)
    # its sources are what ``attribute`` says of the listed sentence: one judgement
    (att,) = newsbrief.attribute(docs, [facts[0].text])
    assert {e.article_id for e in facts[0].sources} == {e.article_id for e in att.supported_by}
