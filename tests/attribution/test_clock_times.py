"""A time of day is compared as a time of day: two different times of one event conflict.

A clock time is a point on a 24-hour circle, not a count: "about 10 p.m." and "shortly
after 9 p.m." are two times even though they differ by under 5%, "3 a.m." is as far
from "9 p.m." as "10 p.m." is, and "11:50 p.m." is ten minutes from "12:05 a.m.". A
hedge ("about", "shortly after", "nearly", "just before") widens a time by minutes, not
by an hour. The stories below are written for these tests (invented town and people).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.numbers import Quantity, clock_relation, quantities_agree

FIRE = [
    {
        "id": "gazette",
        "source": "Marlow Gazette",
        "published": "2025-03-14T08:00:00Z",
        "text": "A fire destroyed a timber yard in Marlow on Thursday night, the fire service "
        "said. Chief officer Lena Brandt said the fire started shortly after 9 p.m. in a "
        "drying shed.\n",
    },
    {
        "id": "courier",
        "source": "Marlow Courier",
        "published": "2025-03-14T12:00:00Z",
        "text": "The fire that destroyed a timber yard in Marlow on Thursday started at about "
        "10 p.m., chief officer Lena Brandt said.\n",
    },
]


def clock(text: str) -> Quantity:
    (q,) = facts_of(text).quantities
    assert q.unit == "clock"
    return q


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def test_twelve_and_twenty_four_hour_forms_are_one_time() -> None:
    assert clock("It started at 9 p.m.").value == clock("It started at 21:00.").value == 21 * 60
    assert clock("It started at 9 PM.").value == 21 * 60
    assert clock("It started at 12:30 a.m.").value == 30  # half past midnight
    assert clock("It started at 12 p.m.").value == 12 * 60  # noon
    assert quantities_agree(clock("It started at 9 p.m."), clock("It started at 21:00."))


def test_a_time_in_another_zone_is_neither_the_same_nor_another_time() -> None:
    local, gmt = facts_of("It started at 9 p.m. (1300 GMT).").quantities
    assert gmt.value == 13 * 60 and gmt.unit != local.unit
    assert clock_relation(local, gmt) == "open"
    assert not quantities_agree(local, gmt)
    # four figures are a time only with a zone or "local time": else a year or a count
    at_eight = facts_of("It started at 2000 GMT.")
    assert not at_eight.dates and at_eight.quantities[0].value == 20 * 60
    assert facts_of("They served 1200 hours of work.").quantities[0].unit == "min"


def test_a_hedge_widens_a_time_by_minutes_not_by_an_hour() -> None:
    about_ten = clock("It started at about 10 p.m.")
    after_nine = clock("It started shortly after 9 p.m.")
    assert clock_relation(about_ten, after_nine) == "conflicts"
    assert clock_relation(after_nine, clock("It started at 9:10 p.m.")) == "agrees"
    assert clock_relation(after_nine, clock("It started at 9 p.m.")) == "agrees"
    assert clock_relation(about_ten, clock("It started at 9:50 p.m.")) == "agrees"
    assert clock_relation(clock("It started at nearly 10 p.m."), about_ten) == "agrees"
    # an open bound holds what lies on its side and never backs a time
    before_ten = clock("It started before 10 p.m.")
    assert clock_relation(before_ten, clock("It started at 9 p.m.")) == "open"
    assert clock_relation(before_ten, clock("It started at 11 p.m.")) == "conflicts"


def test_times_either_side_of_midnight_are_minutes_apart() -> None:
    late, early = clock("It started at 11:50 p.m."), clock("It started at 12:05 a.m.")
    assert clock_relation(late, early) == "conflicts"
    about_midnight = clock("It started at about 12 a.m.")
    assert clock_relation(about_midnight, late) == "agrees"
    assert clock_relation(about_midnight, early) == "agrees"


def test_a_morning_time_against_an_evening_one_is_a_contradiction() -> None:
    docs = [
        {
            "id": "one",
            "text": "Yard fire\n\nThe fire started at 9 p.m. on Thursday, the chief officer "
            "said. The yard was empty.\n",
        }
    ]
    for claim in (
        "The fire started at 10 p.m. on Thursday.",
        "The fire started at 3 a.m. on Thursday.",
    ):
        assert verdict(docs, claim) == ([], ["one"]), claim
    assert verdict(docs, "The fire started shortly after 9 p.m. on Thursday.") == (["one"], [])


def test_outlets_giving_two_hedged_times_disagree() -> None:
    supported, contradicted = verdict(FIRE, "The fire started at about 10 p.m.")
    assert supported == ["courier"] and contradicted == ["gazette"]
    (att,) = newsbrief.attribute(FIRE, ["The fire started at about 10 p.m."])
    (against,) = att.contradicted_by
    assert "about 10 p.m. vs shortly after 9 p.m." in against.explanation
