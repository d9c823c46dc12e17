"""Details a claim states only inside a relative clause (``config.relative_details``).

The switch is off by default: on the real-news dev set it gained one copied pair on the
fold that was read and nothing on the blind fold (docs/attribution.md, "Recall past the
data read"). These tests pin what it does when a user or a sweep turns it on, and that
the default leaves such details bound. The story is written for the tests; the
situation is a kind found in the dev set (a figure of time inside a relative clause
before the main verb), told in invented words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.align import _relative_clauses, _relative_details

STORY = [
    {
        "id": "wire",
        "published": "1998-11-23",
        "text": (
            "DUNMORE (AP) _ In Dunmore county a spring flood has swamped 48 farms, "
            "most of them along the river, officials said Monday.\n\n"
            "Engineers expected the water to fall by the weekend."
        ),
    }
]
CLAIM = "A spring flood that reached Dunmore 12 days ago has swamped 48 farms, officials said."


@pytest.fixture
def relative_on() -> Iterator[None]:
    base = config.CONFIG
    config.set_config(replace(base, relative_details=1))
    yield
    config.set_config(base)


def supported(claim: str) -> bool:
    (result,) = attribute(STORY, [claim])
    return any(s.article_id == "wire" for s in result.supported_by)


def test_a_relative_clause_ends_at_the_main_clauses_auxiliary() -> None:
    (span,) = _relative_clauses(CLAIM)
    assert CLAIM[span[0] : span[1]].strip() == "that reached Dunmore 12 days ago"


def test_that_after_a_reporting_verb_opens_no_relative_clause() -> None:
    assert _relative_clauses("Officials said that 12 farms flooded in the spring in Dunmore.") == []


def test_a_cleft_keeps_its_details_bound() -> None:
    # "It was Moreno who brokered ...": the clause is the claim itself
    assert _relative_details("It was Moreno who brokered a deal in May.", frozenset()) == set()


def test_a_figure_only_the_relative_clause_states_may_be_missing(relative_on: None) -> None:
    assert supported(CLAIM)


def test_by_default_the_relative_clauses_figure_is_still_required() -> None:
    assert not supported(CLAIM)


def test_the_main_clauses_figure_is_never_peripheral(relative_on: None) -> None:
    # the count belongs to what happened: a changed toll is not supported
    assert not supported(
        "A spring flood that reached Dunmore 12 days ago has swamped 65 farms, officials said."
    )
