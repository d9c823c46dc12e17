"""A development line is one counted quantity: the same thing counted, in the same place,
read from the figure the lead's own verb gives (never an earlier report or an increment).

Small stories written for these tests; the real dev clusters are in
``test_developments_on_real_wire_news.py``.
"""

from __future__ import annotations

from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.developments import story_developments


def _developments(docs: list[dict[str, str]]) -> list[tuple[str, list[str], list[str]]]:
    prepared = prepare(docs)
    devs = story_developments(StoryIndex(prepared.articles, prepared.sentences))
    return [
        (d.quantity, [p.value for p in d.points], [p.article_id for p in d.points]) for d in devs
    ]


def test_an_earlier_report_in_the_lead_does_not_replace_the_current_toll() -> None:
    # the first day's lead gives 60 and then the police's withdrawn 65: the toll is 60
    docs = [
        {
            "id": "mon",
            "published": "2001-03-05",
            "text": "A fire swept through a crowded ferry terminal in Portvale, killing 60 "
            "people, officials said.\n\nPolice earlier had reported 65 dead, but withdrew "
            "that figure in the evening.\n",
        },
        {
            "id": "wed",
            "published": "2001-03-07",
            "text": "The ferry terminal fire in Portvale has killed 62 people, officials "
            "said Wednesday.\n",
        },
    ]
    assert _developments(docs) == [("dead", ["60 people", "62 people"], ["mon", "wed"])]


def test_a_toll_for_the_whole_region_is_not_a_point_of_the_local_toll() -> None:
    docs = [
        {
            "id": "d1",
            "published": "2001-01-08",
            "text": "A cold wave has killed at least 70 people throughout Europe, officials "
            "said Monday.\n\nIn Norland, 30 people died of exposure, police said.\n",
        },
        {
            "id": "d2",
            "published": "2001-01-10",
            "text": "The cold wave in Norland has killed 45 people, police said Wednesday.\n",
        },
    ]
    devs = _developments(docs)
    assert [(values, ids) for _, values, ids in devs] == [
        (["30 people", "45 people"], ["d1", "d2"])
    ]


def test_a_death_toll_reaching_a_bare_figure_counts_the_dead() -> None:
    docs = [
        {
            "id": "d1",
            "published": "2001-01-08",
            "text": "The freeze in Norland has killed 30 people, police said Monday.\n",
        },
        {
            "id": "d2",
            "published": "2001-01-12",
            "text": "Two more homeless men froze in Norland, raising the death toll from "
            "the freeze to 41.\n",
        },
    ]
    devs = _developments(docs)
    assert [(values, ids) for _, values, ids in devs] == [(["30 people", "41"], ["d1", "d2"])]


def test_two_more_dead_is_an_increment_never_a_point() -> None:
    docs = [
        {
            "id": "d1",
            "published": "2001-01-08",
            "text": "Floods in Ostria have killed 12 people, officials said.\n",
        },
        {
            "id": "d2",
            "published": "2001-01-09",
            "text": "Floods in Ostria killed 2 more people on Tuesday, officials said.\n",
        },
    ]
    assert _developments(docs) == []


def test_a_count_of_one_group_and_a_count_of_everyone_are_no_development() -> None:
    # three of one nationality, then the four hostages: the same four people, no rise
    docs = [
        {
            "id": "d1",
            "published": "2001-10-04",
            "text": "Gunmen abducted three Norlanders and a Sudrian engineer in Portvale "
            "after a shootout with their guards, officials said.\n",
        },
        {
            "id": "d2",
            "published": "2001-12-08",
            "text": "Police found the bodies of the four abducted in Portvale on Tuesday, "
            "officials said.\n",
        },
    ]
    assert _developments(docs) == []
