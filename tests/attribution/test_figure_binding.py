"""A figure is compared with the figure that counts the same thing, however worded.

Wire copy words one death toll as "killed 17 people", "left 11 people dead", "led to 270
deaths" or "claimed 37,000 lives", and one vote as "a 341-214 margin" or "the 314-214
vote". Reading each form as the same quantity lets a changed figure be seen as a
conflict; figures for two different things ("60 dead" / "155 injured") stay apart.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import config
from newsbrief.attribution.details import quantity_check
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.numbers import event_classes


@pytest.fixture
def figure_events(config_with: Callable[..., config.Config]) -> None:
    config_with(figure_events=1)


def verdict(claim: str, evidence: str) -> str:
    (q,) = [q for q in facts_of(claim).quantities if not q.ident]
    return quantity_check(q, facts_of(evidence))[0]


def test_a_score_after_the_is_one_score() -> None:
    (q,) = facts_of("The 314-214 vote followed claims that the premier took bribes.").quantities
    assert q.unit == "score"
    assert (
        verdict(
            "Opponents of the premier carried the confidence vote in parliament"
            " by a 341-214 margin.",
            "The 314-214 vote followed claims that the premier took bribes.",
        )
        == "conflicts"
    )
    assert (
        verdict(
            "Opponents of the premier carried the confidence vote in parliament"
            " by a 314-214 margin.",
            "The 314-214 vote followed claims that the premier took bribes.",
        )
        == "agrees"
    )


def test_a_name_before_a_hyphenated_figure_is_still_an_identifier() -> None:
    (q,) = facts_of("The MD-11 airliner crashed off Nova Scotia.").quantities
    assert q.ident and q.unit != "score"


@pytest.mark.parametrize(
    "evidence",
    [
        "The bombing of the embassy left 11 people dead.",
        "The bombing of the embassy led to 11 deaths.",
        "The bombing of the embassy claimed 11 lives.",
    ],
)
def test_one_death_toll_worded_differently_conflicts(figure_events: None, evidence: str) -> None:
    claim = "The bomb at the embassy killed 17 people."
    assert event_classes(facts_of(claim).quantities[0]) == {"dead"}
    assert verdict(claim, evidence) == "conflicts"


def test_dead_and_injured_stay_two_quantities(figure_events: None) -> None:
    evidence = "A blaze swept through the concert hall, killing 60 people and injuring 155."
    (_, injured) = facts_of(evidence).quantities
    assert event_classes(injured) == frozenset()
    assert verdict("The fire injured 162 people.", evidence) != "conflicts"


def test_the_death_toll_binding_is_off_by_default() -> None:
    # it added false disagreements between same-day counts (docs/attribution.md)
    assert config.Config().figure_events == 0
    assert (
        verdict(
            "The bomb at the embassy killed 17 people.",
            "The bombing of the embassy left 11 people dead.",
        )
        != "conflicts"
    )
