"""Figures spelled as multiples, and hedged figures, conflict only where their values do.

"two dozen" is 24 and "a dozen" 12, so the two contradict; "half a dozen" is 6, not a
dozen. "dozens of" and "hundreds of" are at least two of the scale: "hundreds of people"
contradicts "two dozen people" but not "300 people" ("hundreds of thousands" is one
bound of its own, 200,000: test_figures_keep_their_sign_scale_and_hedge.py). A hedged
figure ("about 65") neither agrees with nor contradicts a value within its hedge
(``config.approx``, 5%: "63"), while one outside it ("60", 8% off) still contradicts.
Invented stories.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.attribution import config

from .judging import figures, judged


def hurt(count: str) -> str:
    return f"{count} people were hurt in the Dunmore warehouse fire on Monday"


def test_a_dozen_and_two_dozen_contradict() -> None:
    article = "Police said " + hurt("two dozen") + "."
    assert judged(article, hurt("A dozen") + ".") == ([], ["dozen people vs two dozen people"])


def test_half_a_dozen_is_six() -> None:
    (q,) = figures("half a dozen people")
    assert q.value == 6
    article = "Police said " + hurt("half a dozen") + "."
    supported, contradicted = judged(article, hurt("A dozen") + ".")
    assert supported == []
    assert contradicted == ["dozen people vs half a dozen people"]
    assert judged(article, hurt("Six") + ".")[0] == ["wire"]


def test_hundreds_of_people_is_at_least_two_hundred() -> None:
    (q,) = figures("hundreds of people")
    assert (q.value, q.bound) == (200, "min")
    article = "Police said " + hurt("hundreds of") + "."
    assert judged(article, hurt("Two dozen") + ".") == (
        [],
        ["Two dozen people vs hundreds of people"],
    )
    assert judged(article, hurt("300") + ".") == ([], [])


def test_two_scales_joined_by_of_are_one_figure_not_two() -> None:
    (q,) = figures("hundreds of thousands of people")
    assert (q.value, q.bound) == (200_000, "min")


def test_a_value_within_the_hedge_is_no_contradiction() -> None:
    article = "Police said " + hurt("63") + "."
    assert judged(article, hurt("About 65") + ".") == ([], [])


def test_a_value_outside_the_hedge_still_contradicts() -> None:
    article = "Police said " + hurt("60") + "."
    assert judged(article, hurt("About 65") + ".") == ([], ["About 65 people vs 60 people"])


def test_with_the_switches_off_the_old_readings_come_back(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(hedge_tolerance=0, spelled_multiples=0)
    assert judged("Police said " + hurt("63") + ".", hurt("About 65") + ".") == (
        [],
        ["About 65 people vs 63 people"],
    )
    (q,) = figures("half a dozen people")
    assert q.value == 12
    assert figures("hundreds of people") == []
