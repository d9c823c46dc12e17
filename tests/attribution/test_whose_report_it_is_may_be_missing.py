"""Who reported a fact ("according to a regional agency that monitors floods", a closing
", police said Monday") is a part an outlet may leave out: an article stating the event
supports the claim without it (``config.attribution_weight``), while a figure of the
main event stated otherwise still blocks support. The story is written for the tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.claim import attribution_spans

STORY = [
    {
        "id": "valley-wire",
        "published": "2026-03-03",
        "text": (
            "The Orvale river dam burst on Tuesday and flooded three villages in the "
            "Lannet valley.\n\nRescue crews reached the valley by boat."
        ),
    },
    {
        "id": "mountain-daily",
        "published": "2026-03-03",
        "text": "Snow closed the high pass road for a second day.",
    },
]

REPORTED = (
    "The Orvale river dam burst on Tuesday, according to a regional agency that watches "
    "the mountain provinces online."
)


def supported_by(text: str) -> list[str]:
    (result,) = attribute(STORY, [text])
    return [s.article_id for s in result.supported_by]


def spans(text: str) -> list[str]:
    return [text[a:b].strip(" ,.") for a, b in attribution_spans(text)]


def test_an_according_to_phrase_is_whose_report_it_is() -> None:
    assert spans(REPORTED) == [
        "according to a regional agency that watches the mountain provinces online"
    ]
    assert spans("According to Reuters, the recording showed his confidence in a victory.") == [
        "According to Reuters"
    ]


def test_a_short_closing_clause_with_a_verb_of_saying_is_whose_report_it_is() -> None:
    text = "A cold snap that reached the coast last week has killed 12 people, police said Monday."
    assert spans(text) == ["police said Monday"]


def test_what_was_said_after_that_is_the_fact_not_its_source() -> None:
    # ", officials said that ..." goes on with what was said: it is the claim itself
    assert spans("The talks ended early, officials said that the airline would close.") == []


def test_a_claim_that_is_only_the_report_keeps_its_attribution() -> None:
    assert spans("The dam burst, police said.") == []


def test_an_article_stating_the_event_supports_the_claim_without_its_source() -> None:
    assert supported_by(REPORTED) == ["valley-wire"]


@pytest.fixture
def attribution_read_as_the_rest(config_with: Callable[..., config.Config]) -> None:
    config_with(attribution_weight=1.0)


@pytest.mark.usefixtures("attribution_read_as_the_rest")
def test_read_as_part_of_the_event_the_unstated_source_blocks_support() -> None:
    assert supported_by(REPORTED) == []


@pytest.mark.parametrize(
    ("was", "now"),
    [("Tuesday", "Friday"), ("dam burst", "dam held"), ("Orvale", "Tessin")],
    ids=["another day", "another verb", "another name"],
)
def test_the_event_told_otherwise_still_gets_no_support(was: str, now: str) -> None:
    assert supported_by(REPORTED.replace(was, now)) == []


RESULTS = [
    {
        "id": "harbor-wire",
        "published": "2026-05-11",
        "text": (
            "Reformers were leading in the Harbor City council elections on the vote count, "
            "according to partial results released by the election office on Sunday.\n\n"
            "Turnout was low."
        ),
    },
    {
        "id": "harbor-daily",
        "published": "2026-05-10",
        "text": (
            "Reformers were leading in the Harbor City council elections on the vote count, "
            "according to partial results released by the election office on Saturday.\n\n"
            "Turnout was low."
        ),
    },
]


def test_the_day_of_the_report_is_no_day_of_the_event() -> None:
    # "according to partial results ... Saturday" dates the report: an outlet's
    # report of Sunday states the same lead, not another day of it
    claim = (
        "Reformers were leading in the Harbor City council elections on the vote count, "
        "according to partial results released by the election office on Saturday."
    )
    (result,) = attribute(RESULTS, [claim])
    assert not result.contradicted_by
    assert {s.article_id for s in result.supported_by} == {"harbor-wire", "harbor-daily"}
