"""Figures: one value however it is written, bound to what it counts."""

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.facts import facts_of, quantities_agree


def values(text: str) -> list[float]:
    return [q.value for q in facts_of(text).quantities]


def test_number_words_and_digits_are_the_same_number() -> None:
    assert values("eight militants were killed") == values("8 militants were killed") == [8.0]
    assert values("Twenty-three people were hurt") == [23.0]
    assert values("a loss of $40 million") == values("a loss of 40 million dollars")
    assert values("3,197 cases") == [3197.0]


def test_a_figure_is_shown_with_what_it_counts() -> None:
    (q,) = facts_of("The fire killed 14 people on Friday.").quantities
    assert q.text == "14 people"


def test_a_bare_figure_belongs_to_what_the_clause_named() -> None:
    (q,) = facts_of("raising the death toll from the blaze to 62.").quantities
    assert "kill" in q.before  # "death" reads as the kill group


def test_durations_are_compared_in_minutes() -> None:
    half_hour = facts_of("a more than half an hour long audio recording").quantities
    thirty = facts_of("The 30-minute message").quantities
    assert half_hour and thirty
    assert quantities_agree(half_hour[0], thirty[0])
    assert not quantities_agree(facts_of("a 45-minute message").quantities[0], thirty[0])


def test_clock_times_and_hedges() -> None:
    nine = facts_of("shortly after 9 p.m.").quantities[0]
    assert nine.unit == "clock" and nine.value == 21 * 60
    about = facts_of("about 600 pupils").quantities[0]
    assert quantities_agree(about, facts_of("610 pupils").quantities[0])
    # a bound is not an approximation: "at least 14" is not "15"
    assert not quantities_agree(
        facts_of("at least 14 people").quantities[0], facts_of("15 people").quantities[0]
    )


def test_a_year_is_a_date_not_a_figure() -> None:
    assert values("The accord was signed in 1996.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    facts_of(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "4:12 a.m. p m : - half an hour $ 1.5 million March 14 the second first dozen "
            "two Monday not n't U.S. al-Baghdadi \" , 2014 percent % twenty five years "
            "ago last month yesterday Nov. Sept 30 minus below zero degrees C Celsius tens "
            "of thousands hundreds a one hundred and fifty".split()
        ),
        max_size=30,
    )
)
def test_number_like_token_soup_is_read_without_error(tokens: list[str]) -> None:
    f = facts_of(" ".join(tokens))
    assert all(q.text for q in f.quantities)


def test_a_score_is_one_figure_and_conflicts_only_with_a_score() -> None:
    (q,) = facts_of("Opponents carried the vote by a 341-214 margin.").quantities
    (e,) = facts_of("Opponents carried the vote by a convincing 314-214 margin.").quantities
    assert q.unit == e.unit == "score" and q.value != e.value
    (same,) = facts_of("The vote went 341-214 against him.").quantities
    assert quantities_agree(q, same)
    (count,) = facts_of("Some 214 deputies voted.").quantities
    assert not quantities_agree(q, count)
    docs = [
        {
            "id": "wire",
            "text": "Opponents of Prime Minister Ivo Kral carried the confidence vote in "
            "parliament by a convincing 314-214 margin, bringing down his coalition.\n",
        }
    ]
    claim = (
        "Opponents of Prime Minister Ivo Kral carried the confidence vote in parliament by a "
        "341-214 margin, bringing down his coalition."
    )
    (att,) = newsbrief.attribute(docs, [claim])
    assert not att.supported_by
    assert [s.article_id for s in att.contradicted_by] == ["wire"]
