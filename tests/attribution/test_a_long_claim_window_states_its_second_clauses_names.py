"""A window that states only ``long_coverage`` of a long claim supports it when its
details agree; a name of the claim's second coordinated clause it leaves out is then
not let pass as peripheral (``config.long_names``): so little of the claim is stated
that a changed name of that second fact would go unchecked. A window stating the
claim's main event (``support_coverage``) may still leave it out, and a name that only
describes another ("Midland's most affected country") may be left out by both."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.rules import Check, support_rule
from newsbrief.model import Detail

NAME_LEFT_OUT = Detail("name", "missing", "Lindqvist", "", "peripheral")
DATE_AGREES = Detail("date", "agrees", "Monday", "Monday")


def _check(coverage: float, second_names: int) -> Check:
    details = (DATE_AGREES, NAME_LEFT_OUT) if second_names else (DATE_AGREES,)
    return Check(
        coverage=coverage,
        rest_coverage=coverage,
        core_coverage=0.45,
        matched=6,
        details=details,
        claim_words=16,
        deed_coverage=0.45,
        second_names=second_names,
    )


@pytest.fixture
def long_names_off(config_with: Callable[..., config.Config]) -> None:
    config_with(long_names=0)


def test_a_long_claim_window_with_its_details_agreeing_supports() -> None:
    assert support_rule(_check(0.33, 0)) == "long claim"


def test_a_long_claim_window_leaving_out_a_second_clause_name_does_not_support() -> None:
    assert support_rule(_check(0.33, 1)) is None


def test_a_window_stating_the_main_event_may_leave_out_a_second_clause_name() -> None:
    assert support_rule(_check(0.5, 1)) == "main event"


def test_a_window_may_leave_out_a_name_describing_another() -> None:
    docs = [
        {
            "id": "wire",
            "text": "KORVAL, Ostria (AP) _ After nearly four weeks of steady rain the death "
            "toll in Ostria reached 64 on Saturday.\n",
        }
    ]
    claim = "Throughout Ostria, Midland's most affected country, the death toll reached 64."
    (result,) = attribute(docs, [claim])
    assert [s.article_id for s in result.supported_by] == ["wire"]


@pytest.mark.usefixtures("long_names_off")
def test_without_the_rule_the_second_clause_name_may_be_missing() -> None:
    assert support_rule(_check(0.33, 1)) == "long claim"
