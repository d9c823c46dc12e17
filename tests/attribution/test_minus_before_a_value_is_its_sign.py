""" "minus" with no term before it to take away from is the sign of the value after it:
"the temperature stood at minus 5", "the balance was minus $200", "reached minus 12".
Between two terms it subtracts ("10 minus 3") or means "without" ("England, minus 3
injured starters"), and beside "plus or" it is a margin: none of those is a negative
figure. Invented stories."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .judging import figures, judged


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The temperature in Yakutsk stood at minus 5 on Monday.", -5),
        ("The lowest reading of the night was minus 12, the weather office said.", -12),
        ("Temperatures in the valley reached minus 12 overnight.", -12),
        ("The fund's balance was minus $200 at the end of March.", -200),
        ("The economy's growth rate was minus 0.5 percent.", -0.5),
        ("Minus 40 was the coldest reading of the winter.", -40),
        ("Readings ranged between minus 5 and minus 10 on Tuesday.", -10),
    ],
)
def test_minus_opening_a_value_makes_it_negative(text: str, value: float) -> None:
    assert figures(text)[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("England, minus 3 injured starters, lost to Wales on Saturday.", 3),
        ("The squad was minus 3 starters for the final on Saturday.", 3),
        ("The poll has a margin of error of plus or minus 3 points.", 3),
        ("The answer to 10 minus 3 was on the board.", 3),
    ],
)
def test_minus_between_two_terms_or_in_a_margin_is_no_sign(text: str, value: float) -> None:
    assert figures(text)[-1].value == value


def test_a_reading_at_minus_5_no_longer_supports_a_claim_of_5() -> None:
    article = "The temperature in Yakutsk stood at minus 5 on Monday, forecasters said."
    assert judged(article, "The temperature in Yakutsk stood at minus 5 on Monday.") == (
        ["wire"],
        [],
    )
    assert judged(article, "The temperature in Yakutsk stood at 5 on Monday.")[0] == []


def test_a_balance_of_minus_200_dollars_contradicts_one_of_200() -> None:
    article = "The city fund's balance was minus $200,000 at the end of March, its auditor said."
    supported, contradicted = judged(
        article, "The city fund's balance was $200,000 at the end of March.", title="Audit"
    )
    assert supported == []
    assert contradicted


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["stood at", "was", "reached", "fell to", "hovered around"]),
)
def test_a_value_after_minus_is_the_negative_of_the_value_without_it(value: int, verb: str) -> None:
    (plain,) = figures(f"The reading {verb} {value} on Monday")
    (signed,) = figures(f"The reading {verb} minus {value} on Monday")
    assert signed.value == -plain.value == -value
