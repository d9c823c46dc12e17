"""A weekday that dates the claim's deed is compared with the claim's day wherever the
sentence puts it: in an opening phrase ("On Monday, the bridge collapsed"; any date
there, "In June, ..."), before the deed's noun ("Monday's collapse"), or after the verb
("collapsed on Monday"). Each agreed with the same day and now also conflicts with
another one. A weekday of another
deed in the same sentence ("On Monday, police arrested the bridge's engineer") is no
day of the claim's. Invented stories."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.attribution.facts import facts_of

CLAIM = "The old bridge over the Dunmore river collapsed on {day}, killing three people."
BACKGROUND = "Rescue teams searched for survivors through the night, officials said."


def _judged(sentence: str, day: str) -> tuple[list[str], list[str]]:
    docs = [
        {
            "id": "wire",
            "text": f"Bridge collapse\n\n{BACKGROUND}\n\n{sentence}\n",
            "published": "1998-11-25",
        }
    ]
    (att,) = newsbrief.attribute(docs, [CLAIM.format(day=day)])
    return (
        [e.article_id for e in att.supported_by],
        [e.explanation for e in att.contradicted_by],
    )


BOUND = [
    "On Monday, the old bridge over the Dunmore river collapsed, killing three people.",
    "Late on Monday night, the old bridge over the Dunmore river collapsed, killing three.",
    "Monday's collapse of the old bridge over the Dunmore river killed three people.",
    "The old bridge over the Dunmore river collapsed on Monday, killing three people.",
]


@pytest.mark.parametrize("sentence", BOUND)
def test_the_day_of_the_deed_supports_the_same_day(sentence: str) -> None:
    assert _judged(sentence, "Monday")[0] == ["wire"]


@pytest.mark.parametrize("sentence", BOUND)
def test_the_day_of_the_deed_contradicts_another_day(sentence: str) -> None:
    supported, contradicted = _judged(sentence, "Tuesday")
    assert supported == []
    assert contradicted == ["Tuesday vs Monday"]


def test_a_weekday_of_another_deed_in_an_opening_phrase_is_no_conflict() -> None:
    sentence = (
        "On Monday, police arrested the engineer of the old bridge over the Dunmore "
        "river, which collapsed, killing three people."
    )
    assert _judged(sentence, "Tuesday")[1] == []


def test_an_opening_weekday_dates_the_verb_of_its_clause() -> None:
    (monday,) = facts_of("On Monday, the old bridge collapsed, killing three people.").dates
    assert monday.event == facts_of("The old bridge collapsed on Monday.").dates[0].event
    (arrest,) = facts_of("On Monday, police arrested the engineer.").dates
    assert arrest.event != monday.event


def test_a_weekday_followed_by_its_time_of_day_dates_no_noun() -> None:
    (night,) = facts_of("The old bridge collapsed late Monday night, killing three.").dates
    (collapse,) = facts_of("The old bridge collapsed on Monday.").dates
    assert night.event == collapse.event


def test_a_month_in_an_opening_phrase_dates_its_clause_too() -> None:
    docs = [
        {
            "id": "wire",
            "text": "Bridge works\n\nIn June, the council approved a plan to rebuild the "
            "old bridge over the Dunmore river.\n",
            "published": "1998-11-25",
        }
    ]
    claim = "In {m}, the council approved a plan to rebuild the old bridge over the river."
    (same,) = newsbrief.attribute(docs, [claim.format(m="June")])
    (other,) = newsbrief.attribute(docs, [claim.format(m="July")])
    assert [e.article_id for e in same.supported_by] == ["wire"]
    assert [e.explanation for e in other.contradicted_by] == ["July vs June"]
