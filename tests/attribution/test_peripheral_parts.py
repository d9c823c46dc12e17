"""Details in a peripheral part of a claim (``config.peripheral_parts``): an outlet that
states the main event may leave out a detail of a relative clause, a name describing
the person named next, a figure modifying its noun, or one of two places given in a row
("support = the main event stated, its bound details agree, peripheral parts may be
missing"). A detail stated otherwise still blocks support, and the main event must be
stated.

The switch is off by default: on real-news dev data it gained supports only on the
fold that was read (docs/history/attribution-rounds.md, s23 peripheral-details round).
These tests pin what it does when on. The stories are written for the tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.clauses import peripheral_parts
from newsbrief.attribution.facts import canon, facts_of

AIRPORT = (
    "ROME (AP) _ Police arrested the fugitive on arrival at {where} on Thursday night, "
    "officials said.\n\nHe had flown in from Moscow."
)
INDICTMENT = (
    "NEW YORK (AP) _ A federal grand jury {what} on Wednesday.\n\n"
    "He is believed to be in Afghanistan."
)
COLD = (
    "WARSAW, Poland (AP) _ The cold wave, which hit Poland {when}, has killed 32 people, "
    "police said Monday.\n\nMost of the dead were homeless."
)


def verdict(text: str, claim: str) -> tuple[bool, bool]:
    story = [{"id": "wire", "published": "1998-11-13", "text": text}]
    (result,) = attribute(story, [claim])
    return bool(result.supported_by), bool(result.contradicted_by)


@pytest.fixture
def parts_on(config_with: Callable[..., config.Config]) -> None:
    config_with(peripheral_parts=1)


def test_the_rule_is_off_by_default() -> None:
    assert config.Config().peripheral_parts == 0
    story = AIRPORT.format(where="Rome's airport")
    claim = "Police arrested the fugitive on arrival Thursday night at Fiumicino airport in Rome."
    assert verdict(story, claim) == (False, False)


@pytest.mark.usefixtures("parts_on")
def test_an_airport_named_beside_its_city_may_be_left_out_where_the_city_is_stated() -> None:
    story = AIRPORT.format(where="Rome's airport")
    claim = "Police arrested the fugitive on arrival Thursday night at Fiumicino airport in Rome."
    assert verdict(story, claim) == (True, False)


@pytest.mark.usefixtures("parts_on")
def test_another_airport_of_the_same_city_still_contradicts() -> None:
    story = AIRPORT.format(where="Ciampino airport in Rome")
    claim = "Police arrested the fugitive on arrival Thursday night at Fiumicino airport in Rome."
    assert verdict(story, claim) == (False, True)


@pytest.mark.usefixtures("parts_on")
def test_a_left_out_place_never_carries_another_main_event() -> None:
    story = AIRPORT.format(where="Rome's airport")
    claim = (
        "Police turned back the fugitive on arrival Thursday night at Fiumicino airport in Rome."
    )
    supported, _ = verdict(story, claim)
    assert not supported


@pytest.mark.usefixtures("parts_on")
def test_a_nationality_describing_the_person_named_next_may_be_left_out() -> None:
    story = INDICTMENT.format(what="indicted the exile Osama bin Laden on bombing charges")
    claim = (
        "A federal grand jury indicted the Saudi exile Osama bin Laden on Wednesday "
        "on bombing charges."
    )
    assert verdict(story, claim) == (True, False)


@pytest.mark.usefixtures("parts_on")
def test_another_nationality_for_the_same_person_is_no_support() -> None:
    story = INDICTMENT.format(what="indicted the Yemeni exile Osama bin Laden on bombing charges")
    claim = (
        "A federal grand jury indicted the Saudi exile Osama bin Laden on Wednesday "
        "on bombing charges."
    )
    supported, _ = verdict(story, claim)
    assert not supported


AIRLINE = (
    "MANILA, Philippines (AP) _ The tycoon Lucio Tan shut down {what} in September "
    "after a strike, officials said.\n\nFlights resumed in October."
)
QUAKE = (
    "DRAVO (AP) _ {what} killed at least 37 people in the Kestra region on Sunday, "
    "officials said.\n\nRescuers dug through collapsed buildings."
)


@pytest.mark.usefixtures("parts_on")
def test_a_figure_describing_a_noun_already_pinned_may_be_left_out() -> None:
    story = AIRLINE.format(what="the airline")
    claim = "Lucio Tan shut down the 57-year-old airline in September."
    assert verdict(story, claim) == (True, False)


@pytest.mark.usefixtures("parts_on")
def test_another_figure_before_the_same_noun_is_no_support() -> None:
    story = AIRLINE.format(what="the 40-year-old airline")
    claim = "Lucio Tan shut down the 57-year-old airline in September."
    supported, _ = verdict(story, claim)
    assert not supported


@pytest.mark.usefixtures("parts_on")
def test_a_figure_that_says_which_thing_is_meant_must_be_stated() -> None:
    # "a 6.4-magnitude earthquake": no other word pins which earthquake
    story = QUAKE.format(what="An earthquake")
    claim = "A 6.4-magnitude earthquake killed at least 37 people in the Kestra region on Sunday."
    supported, _ = verdict(story, claim)
    assert not supported


@pytest.mark.usefixtures("parts_on")
def test_a_relative_clause_detail_left_out_is_let_pass() -> None:
    story = COLD.format(when="last week").replace(", which hit Poland last week,", "")
    story = story.replace("has killed 32 people", "that hit Poland has killed 32 people")
    claim = "A cold wave that hit Poland a week ago has killed 32 people, police said Monday."
    supported, _ = verdict(story, claim)
    assert supported


@pytest.mark.usefixtures("parts_on")
def test_a_relative_clause_detail_stated_otherwise_is_not_let_pass() -> None:
    # "two days ago" is not read as conflicting with "a week ago"; it still blocks
    story = COLD.format(when="two days ago")
    claim = "A cold wave that hit Poland a week ago has killed 32 people, police said Monday."
    supported, _ = verdict(story, claim)
    assert not supported


def parts(text: str, verb: str | None) -> dict[str, str]:
    found = peripheral_parts(text, facts_of(text), canon(verb) if verb else None)
    return {detail: part.part for detail, part in found.items()}


def test_which_part_of_the_claim_each_detail_sits_in() -> None:
    assert parts(
        "Police arrested the fugitive on arrival Thursday at Fiumicino airport in Rome.",
        "arrested",
    ) == {"Fiumicino": "second place", "Rome": "second place"}
    assert parts("A grand jury indicted the Saudi exile Osama bin Laden.", "indicted") == {
        "Saudi": "description of a name"
    }
    assert parts("Tan shut down the 57-year-old airline in September.", "shut") == {
        "57 - year": "modifier"
    }
    assert parts("A grand jury returned a 238-count indictment on Wednesday.", "returned") == {}


def test_the_main_events_own_details_are_never_peripheral() -> None:
    # the subject and object of the main verb, and the deed's date
    assert parts("Israel and Turkey signed military accords in 1996.", "signed") == {}
    assert parts("The Tories took 34 percent of the vote on Thursday.", "took") == {}


def test_what_is_said_is_no_relative_clause() -> None:
    text = (
        "Chief Prosecutor Louise Arbour said in The Hague that her court has been given "
        "U.N. authority to investigate war crimes in Yugoslavia."
    )
    assert "Yugoslavia" not in parts(text, None)
    assert "U.N." not in parts(text, None)
