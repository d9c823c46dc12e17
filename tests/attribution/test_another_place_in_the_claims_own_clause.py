"""Another place in the clause of a claim's place, pinned by the same time or count.

An outlet that writes the claim's clause ("The lowest temperature recorded was minus 31
Celsius early Tuesday in Kiruna") with another place in it disagrees on where, even when
it leaves out the rest of a long claim. With ``clause_names`` on, the clause rule that
reads a conflicting figure or date in its own clause reads a place ("in", "at" before
the name) too, but only where a figure or date of that clause agrees: the same time or
count pins the same event. The rule is off by default: it gained only the dev pairs it
was built on and added a false disagreement on a set it was not built on
(docs/history/attribution-rounds.md, s34 ctV round).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsbrief
from newsbrief.attribution import config

ARTICLE = (
    "OSLO, Norway (AP) _ A bitter cold spell gripped Scandinavia over the weekend, closing"
    " schools and roads across the region. The lowest temperature recorded was minus 31"
    " Celsius early Tuesday in Kiruna in northern Sweden. Forecasters expect milder air by"
    " Friday."
)
CLAIM = (
    "The lowest temperature recorded in Sweden was minus 31 Celsius early Tuesday in {},"
    " on the coast of the gulf, as the polar cold spell deepened its hold."
)


def verdicts(claim: str) -> tuple[list[str], list[str]]:
    (result,) = newsbrief.attribute([{"id": "wire", "text": ARTICLE}], [claim])
    return (
        [s.article_id for s in result.supported_by],
        [s.article_id for s in result.contradicted_by],
    )


@pytest.fixture
def clause_names(config_with: Callable[..., config.Config]) -> None:
    config_with(clause_names=1)


def test_another_place_in_the_clause_contradicts_when_on(clause_names: None) -> None:
    assert verdicts(CLAIM.format("Lulea")) == ([], ["wire"])


def test_the_same_place_in_the_clause_still_supports(clause_names: None) -> None:
    assert verdicts(CLAIM.format("Kiruna")) == (["wire"], [])


def test_another_place_with_nothing_of_its_clause_pinned_is_no_contradiction(
    clause_names: None,
) -> None:
    # without the agreeing temperature and day, the window may tell another event
    claim = CLAIM.format("Lulea").replace("minus 31 Celsius early Tuesday ", "")
    assert verdicts(claim)[1] == []


def test_the_place_clause_rule_is_off_by_default() -> None:
    assert config.Config().clause_names == 0
    assert verdicts(CLAIM.format("Lulea"))[1] == []
