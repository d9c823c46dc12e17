"""A claim's place is bound to its deed, wherever the article gives that deed's place.

An article states where its event happened in more ways than "in <city>": a direction
before the name ("into northern Dravia"), "here" (the dateline's city), the dateline
itself (the lead's event only), a capital ("in the Velmarian capital"). A claim putting
the deed somewhere else is no longer backed by a window that names the claim's place
only for something else. Two names the story lists side by side ("camps in Velmaria,
Ostria and Dravia") are peers, never one inside the other. The stories below are
written for these tests (invented countries, cities and people).
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief

BORDER = [
    {
        "id": "raid",
        "text": "OSTRO, Ostria (AP) _ About 10,000 Ostrian soldiers have crossed into northern "
        "Velmaria to attack rebels, and the government said it might send forces into "
        "Dravia to destroy rebel camps there, news reports said Saturday.\n\nRebels raid "
        "Ostria from camps in Velmaria, Ostria and Dravia.\n",
    },
    {
        "id": "talks",
        "text": "KORVAL, Dravia (AP) _ The Ostrian envoy flew here on Sunday for talks.\n\n"
        "Ostria long has accused Dravia of sheltering rebels. Late last week, Ostria sent "
        "10,000 troops into northern Velmaria to hit rebel camps.\n",
    },
]

BLAST = [
    {
        "id": "velmar",
        "text": "VELMAR, Velmaria _ Investigators said Friday that two trucks had been used in "
        "the attack on the embassy here.\n\nA second team guided the first truck through "
        "the streets of Korval, investigators said.\n\nOne of the trucks used in the blast "
        "here was a white van made in Tarvia, the investigators said Friday.\n",
    },
    {
        "id": "korval",
        "text": "KORVAL, Ostria _ Relatives of the embassy bombing victims collected "
        "benefits on Friday.\n",
    },
]

REPORT = [
    {
        "id": "tarvo",
        "text": "TARVO, Dravia (AP) _ A panel probing the old regime accused the ruling party "
        "of abuses on Monday.\n\nThe commission released its final report on "
        "Thursday, officials said.\n",
    },
    {
        "id": "kelm",
        "text": "KELM, Dravia _ The commission released its final report on Thursday.\n",
    },
]

FIRE = [
    {
        "id": "goten",
        "text": "GOTEN, Velmaria (AP) _ A fire turned a Velmarian dance hall jammed with "
        "teen-agers into a deathtrap, killing 60 people.\n",
    },
    {
        "id": "velmar",
        "text": "VELMAR, Velmaria (AP) _ A fire turned a dance hall in the Velmarian capital "
        "into a deathtrap, killing 60 people, police said.\n",
    },
]


def supporters(docs: list[dict[str, str]], claim: str) -> list[str]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by]


def test_a_deed_sent_into_a_listed_peer_does_not_back_the_other_place() -> None:
    claim = "About 10,000 Ostrian soldiers have crossed into northern Dravia to attack rebels."
    assert "raid" not in supporters(BORDER, claim)
    assert "raid" in supporters(
        BORDER,
        "About 10,000 Ostrian soldiers have crossed into northern Velmaria to attack rebels.",
    )


def test_a_neighbour_naming_the_place_does_not_outweigh_the_deeds_own_place() -> None:
    claim = "About 10,000 Ostrian troops crossed into northern Dravia to attack rebels last week."
    assert "talks" not in supporters(BORDER, claim)


def test_here_is_the_dateline_city_for_the_deed_it_follows() -> None:
    claim = "One of the trucks used in the blast in {} was a white van made in Tarvia."
    assert "velmar" not in supporters(BLAST, claim.format("Korval"))
    assert "velmar" in supporters(BLAST, claim.format("Velmar"))


def test_a_dateline_places_the_lead_not_every_later_sentence() -> None:
    claim = "The commission released its final report in Tarvo on Thursday."
    assert "tarvo" not in supporters(REPORT, claim)
    assert "tarvo" in supporters(
        REPORT,
        "A panel probing the old regime accused the ruling party of abuses in Tarvo on Monday.",
    )


def test_a_capital_is_stated_only_where_the_story_says_capital() -> None:
    claim = (
        "A fire turned a dance hall in the Velmarian capital into a deathtrap, killing 60 people."
    )
    got = supporters(FIRE, claim)
    assert "goten" not in got
    assert "velmar" in got


def test_the_place_reading_switch_turns_these_readings_off(
    config_with: Callable[..., object],
) -> None:
    config_with(place_reading=0)
    claim = "The commission released its final report in Tarvo on Thursday."
    assert "tarvo" in supporters(REPORT, claim)
