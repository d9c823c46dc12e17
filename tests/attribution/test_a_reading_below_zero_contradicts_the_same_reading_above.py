"""A value of minus 5 and a value of 5 for the same reading (one subject, one verb, one
day) contradict each other, either way round: the bare figures are compared by the
words of their clause, and the reporting clause after a comma (", forecasters said")
is no part of what the figure counts. Another place's reading stays another quantity.
Invented stories."""

from __future__ import annotations

import pytest

from .judging import judged

_BELOW = "The temperature in Yakutsk stood at minus 5 on Monday, forecasters said."
_ABOVE = "The temperature in Yakutsk stood at 5 on Monday, forecasters said."


@pytest.mark.parametrize(
    ("article", "claim", "explanation"),
    [
        (_BELOW, "The temperature in Yakutsk stood at 5 on Monday.", "5 vs minus 5"),
        (_ABOVE, "The temperature in Yakutsk stood at minus 5 on Monday.", "minus 5 vs 5"),
    ],
)
def test_a_signed_reading_contradicts_the_same_reading_unsigned(
    article: str, claim: str, explanation: str
) -> None:
    assert judged(article, claim, title="Cold snap") == ([], [explanation])


def test_the_same_signed_reading_still_supports() -> None:
    claim = "The temperature in Yakutsk stood at minus 5 on Monday."
    assert judged(_BELOW, claim, title="Cold snap") == (["wire"], [])


def test_another_places_reading_is_another_quantity() -> None:
    article = f"{_BELOW} In Moscow the temperature stood at 5 on Monday."
    assert judged(
        article, "The temperature in Moscow stood at 5 on Monday.", title="Cold snap"
    ) == (
        ["wire"],
        [],
    )
