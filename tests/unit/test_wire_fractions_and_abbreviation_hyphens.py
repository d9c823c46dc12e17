"""Wire conventions read as a reader expects them: AP writes a mixed fraction with a
hyphen ("2 1-2 years" is two and a half years: shown "2 1/2"), and a "_" after an
abbreviation's full stop is the wire's hyphen ("U.S._British plan" is "U.S.-British").
Offsets still index the text as given, one character for one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.clean import clean_text


def _shown(raw: str) -> str:
    return clean_text(raw).text


def test_an_ap_fraction_is_shown_with_its_slash() -> None:
    assert _shown("It will report on 2 1-2 years of work.") == (
        "It will report on 2 1/2 years of work."
    )
    assert _shown("The pipe is 10 3-4 inches wide.") == "The pipe is 10 3/4 inches wide."


def test_scores_ranges_and_dates_keep_their_hyphen() -> None:
    for raw in (
        "Chicago won 2-1 on Sunday.",
        "The vote was 341-214 in the house.",
        "Between 1998 and 2 3-1 odds were given.",  # numerator larger: no fraction
        "It took 1 1-2-3 steps.",
        "Call 555 1-212 now.",
    ):
        assert _shown(raw) == raw


def test_an_abbreviation_joined_by_the_wire_underscore_reads_with_a_hyphen() -> None:
    assert _shown("Libya has denied U.S._British allegations.") == (
        "Libya has denied U.S.-British allegations."
    )


def test_underscores_of_names_and_addresses_are_left_as_written() -> None:
    for raw in ("Her handle is jane_doe on the site.", "See wiki/Elm_(river) for more."):
        assert _shown(raw) == raw


@given(
    whole=st.integers(0, 999),
    num=st.integers(1, 15),
    den=st.integers(2, 16),
    after=st.sampled_from([" years", " miles.", ", officials said", ""]),
)
def test_any_fraction_is_one_for_one_and_maps_back_to_the_text_as_given(
    whole: int, num: int, den: int, after: str
) -> None:
    raw = f"The trip took {whole} {num}-{den}{after}"
    cleaned = clean_text(raw)
    expected = raw.replace(f"{num}-{den}", f"{num}/{den}") if num < den else raw
    assert cleaned.text == expected
    assert len(cleaned.text) == len(raw)
    start = cleaned.text.index(str(whole), len("The trip took"))
    end = len(cleaned.text)
    assert cleaned.raw_map.to_raw(start) == start
    assert cleaned.raw_map.to_raw(end, is_end=True) == len(raw)
