"""Figures read as written: a sign, a scale word alone, a scale of a scale, and the hedge
a reader is shown.

"minus 26 Celsius", "-26C" and "26 degrees below zero" are below zero, so none supports
"26 Celsius" (``signed_figures``); "a hundred people" is 100 and "two hundred and fifty"
250 (``single_scales``); "tens of thousands" and "hundreds of thousands" are lower bounds
at 20,000 and 200,000, as "hundreds of" is at 200 (``nested_multiples``). An explanation
shows a figure with the hedge or bound written before it ("about 65 people vs 60
people"), while the checks keep comparing the figure itself. Invented stories.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.attribution import config
from newsbrief.attribution.facts import figure_as_written
from newsbrief.attribution.numbers import UNITS

from .judging import figures
from .judging import judged as _judged_on


def _judged(article: str, claim: str) -> tuple[list[str], list[str]]:
    return _judged_on(article, claim, title="Cold wave")


def cold(reading: str) -> str:
    return f"Temperatures in the Siberian city of Yakutsk fell to {reading} on Monday"


def fled(count: str) -> str:
    return f"{count} people fled the floods in the Dunmore valley on Monday"


# -- signs ------------------------------------------------------------------------


def test_minus_a_dash_and_below_zero_make_a_figure_negative() -> None:
    for written in ("minus 26 Celsius", "-26C", "-26 C", "26 degrees below zero"):
        (q,) = figures(cold(written))
        assert q.value == -26, written
    assert [q.value for q in figures(cold("26 Celsius"))] == [26]


def test_below_zero_is_part_of_the_figure_not_a_zero_of_its_own() -> None:
    assert [q.text for q in figures(cold("26 degrees below zero"))] == ["26 degrees below zero"]


def test_a_dash_joining_figures_or_names_is_no_sign() -> None:
    (score,) = figures("Temperatures of 10-15 C were recorded")
    assert score.value > 0
    (jet,) = figures("An F-16 jet crashed")
    assert jet.value == 16
    (loss,) = figures("a loss of -3 million")  # no temperature: a dash, not read as a sign
    assert loss.value == 3e6


def test_a_temperature_below_zero_contradicts_the_same_above_zero() -> None:
    article = cold("minus 26 Celsius") + ", officials said."
    assert _judged(article, cold("26 Celsius") + ".") == ([], ["26 Celsius vs minus 26 Celsius"])
    article = cold("-26C") + ", officials said."
    assert _judged(article, cold("26C") + ".") == ([], ["26C vs -26C"])


def test_a_temperature_below_zero_supports_the_same_below_zero() -> None:
    article = cold("minus 26 Celsius") + ", officials said."
    assert _judged(article, cold("minus 26 Celsius") + ".")[0] == ["wire"]


def test_a_spaced_dash_before_a_temperature_is_punctuation_not_a_minus_sign() -> None:
    article = (
        "Phoenix hit 118 degrees on Monday, the weather service said - 6 degrees above "
        "the old record."
    )
    assert _judged(article, "Phoenix was 6 degrees above the old record.") == (["wire"], [])
    article = "Seville reached a record - 49 degrees Celsius - on Tuesday, officials said."
    claim = "Seville reached a record 49 degrees Celsius on Tuesday."
    assert _judged(article, claim) == (["wire"], [])


def test_a_dash_written_against_the_figure_stays_a_minus_sign() -> None:
    for written in ("-26C", "-26 C", "(-26 C)"):
        assert [q.value for q in figures(cold(written))] == [-26], written
    assert [q.value for q in figures(cold("- 26 C"))] == [26]


def test_plus_or_minus_is_a_margin_not_a_negative_figure() -> None:
    article = (
        "The poll of 1,000 voters has a margin of error of plus or minus 3 percentage "
        "points, the pollster said."
    )
    claim = "The poll has a margin of error of 3 percentage points."
    assert _judged(article, claim) == (["wire"], [])
    for margin in ("plus or minus 3", "plus/minus 3", "±3"):
        assert [q.value for q in figures(f"a margin of {margin} points")] == [3], margin


def test_minus_before_a_counted_noun_means_without_not_below_zero() -> None:
    article = "England, minus 3 injured starters, lost to Wales on Saturday, the coach said."
    claim = "England lost to Wales on Saturday with 3 injured starters missing."
    assert _judged(article, claim)[1] == []
    assert [q.value for q in figures(article)] == [3]


def test_minus_as_the_value_a_reading_fell_to_is_a_sign() -> None:
    assert [q.value for q in figures("Temperatures fell to minus 5 on Monday")] == [-5]


def test_a_spelled_range_is_two_figures_not_their_sum() -> None:
    article = "Police said between one hundred and two hundred protesters marched on Sunday."
    claim = "Police said between 100 and 200 protesters marched on Sunday."
    assert _judged(article, claim) == (["wire"], [])
    assert [q.value for q in figures(article)] == [100, 200]
    assert [q.value for q in figures("between one hundred and fifty people")] == [100, 50]
    assert [q.value for q in figures("two hundred and fifty people")] == [250]


# -- scale words ------------------------------------------------------------------


def test_a_scale_word_after_a_or_one_is_one_of_the_scale() -> None:
    assert [q.value for q in figures("a hundred people")] == [100]
    assert [q.value for q in figures("one thousand people")] == [1000]
    assert [q.value for q in figures("a million dollars")] == [1e6]
    assert [q.value for q in figures("half a million people")] == [5e5]


def test_a_number_word_joined_by_and_completes_a_spelled_figure() -> None:
    assert [q.value for q in figures("two hundred and fifty people")] == [250]
    assert [q.value for q in figures("a hundred and twenty-five people")] == [125]


def test_a_hundred_people_supports_100_and_contradicts_60() -> None:
    article = "Police said " + fled("a hundred") + "."
    assert _judged(article, fled("100") + ".")[0] == ["wire"]
    assert _judged(article, fled("60") + ".") == ([], ["60 people vs a hundred people"])


def test_tens_and_hundreds_of_thousands_are_lower_bounds() -> None:
    (tens,) = figures("tens of thousands of people")
    assert (tens.value, tens.bound) == (20_000, "min")
    (hundreds,) = figures("hundreds of thousands of people")
    assert (hundreds.value, hundreds.bound) == (200_000, "min")
    (money,) = figures("hundreds of millions of dollars")
    assert (money.value, money.unit, money.bound) == (2e8, "$", "min")


def test_tens_of_thousands_contradicts_a_few_hundred_but_not_fifty_thousand() -> None:
    article = "Police said " + fled("tens of thousands of") + "."
    supported, contradicted = _judged(article, fled("About 500") + ".")
    assert supported == []
    assert contradicted == ["About 500 people vs tens of thousands of people"]
    assert _judged(article, fled("About 50,000") + ".")[1] == []


# -- hedges shown -----------------------------------------------------------------


def test_an_explanation_shows_the_hedge_and_the_bound_as_written() -> None:
    article = "Police said about 60 people were hurt in the Dunmore warehouse fire on Monday."
    claim = "At least 75 people were hurt in the Dunmore warehouse fire on Monday."
    assert _judged(article, claim) == ([], ["At least 75 people vs about 60 people"])


def test_the_shown_hedge_is_the_one_before_the_figure_only() -> None:
    assert figure_as_written("65 people", "about 65 people were hurt") == "about 65 people"
    assert figure_as_written("65 people", "65 people were hurt about noon") == "65 people"
    assert figure_as_written("65 people", "an estimated 65 people") == "an estimated 65 people"


# -- switches ---------------------------------------------------------------------


def test_with_the_switches_off_the_old_readings_come_back(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(signed_figures=0, single_scales=0, nested_multiples=0)
    assert [q.value for q in figures(cold("minus 26 Celsius"))] == [26]
    assert figures("a hundred people") == []
    assert figures("tens of thousands of people") == []


# -- properties -------------------------------------------------------------------

_WORDS = [w for w in UNITS if w not in ("half", "dozen", "zero")]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["minus ", "-"]))
def test_a_signed_temperature_is_the_negative_of_the_unsigned_one(value: int, sign: str) -> None:
    (plain,) = figures(cold(f"{value} Celsius"))
    (signed,) = figures(cold(f"{sign}{value} Celsius"))
    assert signed.value == -plain.value == -value


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["a", "one"]),
    st.sampled_from(["hundred", "thousand", "million"]),
    st.sampled_from(_WORDS),
)
def test_a_spelled_figure_with_and_adds_its_tail(lead: str, scale: str, tail: str) -> None:
    (whole,) = figures(f"{lead} {scale} people")
    (joined,) = figures(f"{lead} {scale} and {tail} people")
    assert joined.value == whole.value + UNITS[tail]


_BASE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6}


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(
        [(a, b) for a in _BASE for b in ("thousands", "millions") if _BASE[a] < _BASE[b]]
    )
)
def test_a_scale_of_a_larger_scale_is_a_bound_at_twice_their_product(
    pair: tuple[str, str],
) -> None:
    inner, outer = pair
    (q,) = figures(f"{inner} of {outer} of people")
    assert (q.value, q.bound) == (2 * _BASE[inner] * _BASE[outer], "min")


@settings(max_examples=100, deadline=None)
@given(
    # a four-figure value from 1800 to 2099 is read as a year, no figure
    st.integers(min_value=2, max_value=99_999).filter(lambda v: not 1800 <= v <= 2099),
    st.sampled_from(["about", "nearly", "an estimated", "at least", "more than", "up to", ""]),
)
def test_a_figure_is_shown_with_the_hedge_written_before_it(value: int, hedge: str) -> None:
    article = f"Police said {hedge} {value} people were hurt in the fire.".replace("  ", " ")
    (q,) = figures(article)
    shown = figure_as_written(q.text, article)
    assert shown == f"{hedge} {value} people".strip()


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([" - ", " – ", " — "]))
def test_a_dash_spaced_from_its_figure_never_signs_it(value: int, dash: str) -> None:
    text = f"Phoenix hit a record on Monday, officials said{dash}{value} degrees above normal"
    assert [q.value for q in figures(text)] == [value]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([w for w in _WORDS if UNITS[w] < 10]),
    st.sampled_from([w for w in _WORDS if UNITS[w] < 10]),
    st.sampled_from(["hundred", "thousand", "million"]),
)
def test_two_scaled_figures_joined_by_and_stay_two(low: str, high: str, scale: str) -> None:
    first, second = figures(f"between {low} {scale} and {high} {scale} protesters")
    (unit,) = figures(f"one {scale} people")
    assert (first.value, second.value) == (UNITS[low] * unit.value, UNITS[high] * unit.value)
