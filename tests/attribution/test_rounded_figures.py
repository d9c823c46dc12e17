"""A figure written to its last digit with a scale word ("1.6 million") and a precise
one that rounds to it ("1,576,800"): the same value in another form
(``config.rounded_figures``).

The switch is on by default: no real-news dev pair has the form, so no dev figure moves,
and with it off such a pair is a false contradiction. These tests pin what it does, and
that turned off it reads the two as different values. The story is written for the
tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.lexicon import TOKEN
from newsbrief.attribution.numbers import quantities

STORY = [
    {
        "id": "wire",
        "published": "1998-11-02",
        "text": (
            "LONDON (AP) _ The storm left 1.6 million homes without power across England "
            "on Sunday, officials said.\n\nCrews worked through the night."
        ),
    }
]


def claim(figure: str) -> str:
    return f"The storm left {figure} homes without power across England on Sunday."


def verdict(figure: str) -> tuple[bool, bool]:
    (result,) = attribute(STORY, [claim(figure)])
    return bool(result.supported_by), bool(result.contradicted_by)


def figure(text: str) -> float:
    toks = TOKEN.findall(text)
    (q,) = quantities(toks, [t.lower() for t in toks])
    return q.step


@pytest.fixture
def rounded_on(config_with: Callable[..., config.Config]) -> None:
    config_with(rounded_figures=1)


@pytest.fixture
def rounded_off(config_with: Callable[..., config.Config]) -> None:
    config_with(rounded_figures=0)


def test_the_last_written_digit_of_a_scaled_figure_is_its_rounding() -> None:
    assert figure("1.6 million homes") == 100_000
    assert figure("12 million homes") == 1_000_000
    assert figure("1,576,800 homes") == 0


def test_a_dollar_figure_is_rounded_like_any_other() -> None:
    # the tokenizer keeps "$" on the figure ("$1.6"): its digits are still read
    assert figure("$1.6 million in damage") == 100_000
    assert figure("$12 million in damage") == 1_000_000


def test_one_significant_digit_is_no_rounding_to_lean_on() -> None:
    assert figure("2 million homes") < 0


def test_a_whole_numbers_trailing_zero_is_not_significant() -> None:
    # "10 million" may be rounded to the ten million: read as one significant digit,
    # it holds no other value; a written decimal zero is significant
    assert figure("10 million homes") < 0
    assert figure("150 million homes") == 1_000_000
    assert figure("1.0 million homes") == 100_000


@pytest.mark.parametrize("precise", ["1,576,800", "1,612,000"])
def test_a_precise_figure_that_rounds_to_the_stated_one_is_supported(
    rounded_on: None, precise: str
) -> None:
    assert verdict(precise) == (True, False)


@pytest.mark.parametrize("other", ["1,680,000", "2 million", "2.4 million"])
def test_a_figure_outside_the_rounding_still_contradicts(rounded_on: None, other: str) -> None:
    assert verdict(other) == (False, True)


def test_by_default_a_precise_figure_that_rounds_to_the_stated_one_agrees() -> None:
    assert verdict("1,576,800") == (True, False)


def test_switched_off_a_rounded_figure_is_another_value(rounded_off: None) -> None:
    assert verdict("1,576,800") == (False, True)


DAMAGE = [
    {
        "id": "wire",
        "published": "1998-11-02",
        "text": (
            "LONDON (AP) _ The storm caused $1.6 million in damage to the harbor at Fenwick "
            "on Sunday, officials said.\n\nCrews worked through the night."
        ),
    }
]


@pytest.mark.parametrize(
    ("precise", "expected"), [("$1,576,800", (True, False)), ("$1,680,000", (False, True))]
)
def test_a_dollar_figure_holds_the_precise_one_it_rounds_to(
    precise: str, expected: tuple[bool, bool]
) -> None:
    text = f"The storm caused {precise} in damage to the harbor at Fenwick on Sunday."
    (result,) = attribute(DAMAGE, [text])
    assert (bool(result.supported_by), bool(result.contradicted_by)) == expected


def test_ten_million_is_not_a_rounding_of_ten_point_four_million() -> None:
    story = [dict(STORY[0], text=STORY[0]["text"].replace("1.6 million", "10 million"))]
    (result,) = attribute(story, [claim("10.4 million")])
    assert (bool(result.supported_by), bool(result.contradicted_by)) == (False, True)
    (same,) = attribute(story, [claim("10,000,000")])
    assert (bool(same.supported_by), bool(same.contradicted_by)) == (True, False)
