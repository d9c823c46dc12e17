"""A development point binds who or what did what it counts: a figure for several events
together ("The storms have killed 120") is no point of the line that follows one of them
("Typhoon Kiri killed 40 ... 55 ... 61"). Small stories written for these tests."""

from __future__ import annotations

from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.developments import story_developments


def _lines(docs: list[dict[str, str]]) -> list[tuple[list[str], list[str]]]:
    prepared = prepare(docs)
    devs = story_developments(StoryIndex(prepared.articles, prepared.sentences))
    return [([p.value for p in d.points], [p.article_id for p in d.points]) for d in devs]


def _story(total_lead: str) -> list[dict[str, str]]:
    return [
        {
            "id": "sat",
            "published": "2001-09-01",
            "text": "Typhoon Kiri killed 40 people in the Northland islands on Saturday, "
            "officials said.\n\nThe storm also destroyed hundreds of homes.\n",
        },
        {
            "id": "sun",
            "published": "2001-09-02",
            "text": "Typhoon Kiri has killed 55 people in the Northland islands, officials "
            "said Sunday.\n\nA second typhoon, Lana, was moving toward the islands.\n",
        },
        {
            "id": "mon",
            "published": "2001-09-03",
            "text": "Typhoon Kiri killed 61 people in the Northland islands, officials said "
            "Monday.\n",
        },
        {"id": "wed", "published": "2001-09-05", "text": total_lead},
    ]


def test_a_total_of_several_storms_is_not_a_point_of_one_storms_toll() -> None:
    lead = (
        "The storms have killed at least 120 people in the Northland islands, officials "
        "said Wednesday.\n\nTyphoon Lana struck the islands on Tuesday.\n"
    )
    assert _lines(_story(lead)) == [
        (["40 people", "55 people", "61 people"], ["sat", "sun", "mon"])
    ]


def test_a_counted_plural_or_two_names_are_several_doers() -> None:
    for lead in (
        "The two typhoons have killed at least 120 people in the Northland islands, "
        "officials said Wednesday.\n",
        "Kiri and Lana have killed at least 120 people in the Northland islands, officials "
        "said Wednesday.\n",
    ):
        assert _lines(_story(lead)) == [
            (["40 people", "55 people", "61 people"], ["sat", "sun", "mon"])
        ]


def test_the_same_storm_named_again_stays_on_the_line() -> None:
    lead = "The storm has killed 70 people in the Northland islands, officials said Wednesday.\n"
    assert _lines(_story(lead)) == [
        (["40 people", "55 people", "61 people", "70 people"], ["sat", "sun", "mon", "wed"])
    ]


def test_a_toll_from_a_cause_is_the_toll_not_the_cause() -> None:
    # "The death toll from three weeks of frosts": its subject is the toll
    docs = [
        {
            "id": "d1",
            "published": "2001-01-08",
            "text": "The freeze in Norland has killed 30 people, police said Monday.\n\n"
            "The lowest temperature was minus 30 degrees.\n",
        },
        {
            "id": "d2",
            "published": "2001-01-12",
            "text": "The death toll from two weeks of freezing temperatures in Norland has "
            "reached 41, police said.\n",
        },
    ]
    assert _lines(docs) == [(["30 people", "41"], ["d1", "d2"])]
