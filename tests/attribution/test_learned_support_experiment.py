"""The learned support decision (benchmarks/attribution_learned.py) keeps the typed veto
and never touches held-out labels.

The experiment swaps ``rules.support_rule`` for a logistic score while it runs; whatever
the weights, a window with a conflicting figure must not support, the rules must be back
afterwards, and the script must refuse the frozen splits.
"""

from __future__ import annotations

import pytest
from benchmarks.attribution_learned import FEATURES, Model, learned_rule, main

from newsbrief.attribution import rules
from newsbrief.attribution.rules import Check, support_rule
from newsbrief.model import Detail

# weights that make every window score ~1: only the veto can say no
_EAGER = Model((40.0,) + (0.0,) * len(FEATURES))


def _near_copy(*details: Detail) -> Check:
    return Check(0.95, 0.95, 0.95, 10, details, True, 12, 0.95)


def test_a_window_with_a_conflicting_figure_never_supports_whatever_its_score() -> None:
    figure = Detail("number", "conflicts", "14 dead", "12 dead")
    with learned_rule(_EAGER, 0.5, "replace"):
        assert not _near_copy(figure).supports
    with learned_rule(_EAGER, 0.5, "back"):
        assert not _near_copy(figure).supports


def test_a_near_copy_supports_under_the_learned_rule_and_the_rules_come_back() -> None:
    agrees = Detail("date", "agrees", "Friday", "Nov. 20")
    with learned_rule(_EAGER, 0.5, "replace"):
        assert _near_copy(agrees).supports
    # a strict model never supports alone; backing the rules keeps their support
    strict = Model((-40.0,) + (0.0,) * len(FEATURES))
    with learned_rule(strict, 0.5, "replace"):
        assert not _near_copy(agrees).supports
    with learned_rule(strict, 0.5, "back"):
        assert _near_copy(agrees).supports
    assert rules.support_rule is support_rule
    assert support_rule(_near_copy(agrees)) == "main event"


@pytest.mark.parametrize("split", ["heldout", "heldout2", "dev+heldout"])
def test_the_experiment_refuses_the_frozen_held_out_splits(
    split: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--split", split])
    assert stop.value.code == 2
    assert "frozen" in capsys.readouterr().err
