"""A rising toll is a development shown in time order, not a contradiction."""

from __future__ import annotations

import newsbrief
from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.developments import describe, story_developments

DOCS = [
    {
        "id": "day1",
        "published": "1998-10-30",
        "text": "A fire tore through a packed warehouse club in Varna Bay, killing 60 people "
        "and injuring 140 others, police said.\n\nThe cause was not known.\n",
    },
    {
        "id": "day2",
        "published": "1998-10-31",
        "text": "Investigators searched the burned warehouse club in Varna Bay on Saturday after a "
        "fire that killed 60 people.\n",
    },
    {
        "id": "day4",
        "published": "1998-11-02",
        "text": "Two more teenagers died on Monday, raising the toll of the Varna Bay club "
        "fire that killed 62 people.\n",
    },
]


def test_a_rising_toll_is_one_development_in_publication_order() -> None:
    prepared = prepare(DOCS)
    (dev,) = story_developments(StoryIndex(prepared.articles, prepared.sentences))
    assert [p.article_id for p in dev.points] == ["day1", "day2", "day4"]
    assert [p.value for p in dev.points] == ["60 people", "60 people", "62 people"]
    line = describe(dev)
    assert line.startswith("dead: 60 people (day1, 1998-10-30)")
    assert line.endswith("-> 62 people (day4, 1998-11-02)")
    # offsets point at the sentence in the text as given
    p = dev.points[-1]
    assert "62 people" in DOCS[2]["text"][p.start : p.end]


def test_a_later_figure_is_an_update_not_a_contradiction() -> None:
    (att,) = newsbrief.attribute(
        DOCS, ["A fire tore through a packed warehouse club in Varna Bay, killing 60 people."]
    )
    assert "day4" not in [e.article_id for e in att.contradicted_by]


def test_a_different_figure_the_same_day_is_a_contradiction() -> None:
    docs = [
        dict(DOCS[0]),
        {
            "id": "rival",
            "published": "1998-10-30",
            "text": "A fire tore through a packed warehouse club in Varna Bay, killing 65 people "
            "and injuring 140 others, police said.\n",
        },
    ]
    (att,) = newsbrief.attribute(
        docs,
        [
            "A fire tore through a packed warehouse club in Varna Bay, killing 60 people and "
            "injuring 140 others, police said."
        ],
    )
    assert [e.article_id for e in att.contradicted_by] == ["rival"]
    assert att.contradicted_by[0].explanation == "60 people vs 65 people"


def test_figures_that_go_up_and_down_are_no_development() -> None:
    docs = [dict(d) for d in DOCS]
    docs[2]["text"] = docs[2]["text"].replace("62", "41")
    prepared = prepare(docs)
    assert story_developments(StoryIndex(prepared.articles, prepared.sentences)) == ()


def test_counts_of_two_groups_are_no_development() -> None:
    # "two soldiers" held and then "100 people" held are two groups, not a rising total
    docs = [
        {
            "id": "a",
            "published": "1998-11-01",
            "text": "Rebels held two soldiers at a camp near the border, officials said.\n",
        },
        {
            "id": "b",
            "published": "1998-11-03",
            "text": "Rebels held 100 people at a camp near the border, officials said.\n",
        },
    ]
    prepared = prepare(docs)
    assert story_developments(StoryIndex(prepared.articles, prepared.sentences)) == ()
