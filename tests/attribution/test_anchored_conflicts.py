"""A changed date or figure contradicts when the rest of the window pins the same event.

Wire copy often states the event a detail belongs to in a few words ("some 400 guests
had packed the club ... just before midnight Thursday") while the claim says much more.
When every other figure and date of the claim is stated as the claim states it (the
same count, the same day) and nothing of its main event is missing, one conflicting
value is a contradiction though little of the claim's wording is repeated; a small
count ("three") coincides too easily to pin an event, and one stated value cannot be
the claim's and conflict with it too.
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config
from newsbrief.attribution.rules import Check, contradiction_rule
from newsbrief.model import Detail

STORY = [
    {
        "id": "wire",
        "text": (
            "STOCKHOLM, Sweden (AP) _ Rescue workers searched the ruins on Saturday.\n\n"
            "Investigators said some 400 guests had packed the club for a concert when "
            "flames spread through the upper floor just before midnight Thursday, "
            "officials said.\n\n"
            "The cause of the blaze was not known."
        ),
    }
]
CLAIM = (
    "About {n} guests were at a concert in a rented club when a fire broke out"
    " shortly before midnight {day}."
)


def verdict(claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(STORY, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_another_day_for_the_same_count_and_event_contradicts() -> None:
    assert verdict(CLAIM.format(n=400, day="Friday")) == ([], ["wire"])
    (att,) = newsbrief.attribute(STORY, [CLAIM.format(n=400, day="Friday")])
    assert att.contradicted_by[0].explanation == "Friday vs Thursday"


def test_the_same_day_and_count_still_support() -> None:
    assert verdict(CLAIM.format(n=400, day="Thursday")) == (["wire"], [])


def test_without_an_agreeing_count_the_day_alone_does_not_contradict() -> None:
    # "40 guests" is not the window's count: nothing pins the same event
    assert verdict(CLAIM.format(n=40, day="Friday")) == ([], [])


def test_the_rule_can_be_turned_off(config_with: Callable[..., config.Config]) -> None:
    config_with(anchored_conflict=2.0)
    assert verdict(CLAIM.format(n=400, day="Friday")) == ([], [])


def check(*details: Detail, pinned: int = 1, rest: float = 0.3) -> Check:
    return Check(rest, rest, 0.3, 5, details, claim_words=15, pinned=pinned)


DAY = Detail("date", "conflicts", "Friday", "Thursday")
COUNT = Detail("number", "agrees", "400 people", "400 people")


def test_the_rule_by_its_parts() -> None:
    assert contradiction_rule(check(DAY, COUNT)) == "conflicting date at the same time or count"
    # a small count ("three") pins nothing
    assert (
        contradiction_rule(check(DAY, Detail("number", "agrees", "three", "three"), pinned=0))
        is None
    )
    # too little of the rest of the claim
    assert contradiction_rule(check(DAY, COUNT, rest=0.2)) is None
    # a detail of the main event left unstated
    assert contradiction_rule(check(DAY, COUNT, Detail("name", "missing", "Goteborg", ""))) is None
    # the agreeing value is the conflicting one ("not more than 150 ...; 400 were inside")
    clash = Detail("number", "conflicts", "150 people", "400 people")
    assert contradiction_rule(check(clash, COUNT)) is None
    # another name needs two anchors: a count and a day
    name = Detail("name", "conflicts", "Elblag", "Ostroleka")
    sunday = Detail("date", "agrees", "Sunday", "Sunday")
    assert contradiction_rule(check(name, COUNT)) is None
    assert contradiction_rule(check(name, COUNT, sunday)) is not None
