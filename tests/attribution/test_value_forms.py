"""A detail the claim states in one form and the article in another still agrees.

Real wire copy writes one day as "23 October 1998", "Friday" or "last week", one place
as a city or the country its dateline puts it in, one count as "27 died" or "killed 27
people". The stories below are written for these tests (invented people and places). Each form is
read into the same value before comparison, so a supporting article is not missed for
its wording of a detail; a changed value still differs.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.dates import compare
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.names import proper_words

WED_DEC_2 = dt.date(1998, 12, 2)
TUE_MAR_11 = dt.date(2025, 3, 11)


def ref(text: str):  # type: ignore[no-untyped-def]
    (d,) = facts_of(text).dates
    return d


def supporters(docs: list[dict[str, str]], claim: str) -> list[str]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by]


def test_a_day_written_before_the_month_is_a_date_not_a_figure() -> None:
    f = facts_of("The election was held on 23 October 1998.")
    assert [(d.day, d.month, d.year) for d in f.dates] == [(23, 10, 1998)]
    assert not f.quantities  # "23" is the day, not 23 of something
    # 23 October 1998 was a Friday: the same day as "Friday" in an article of the 24th
    m = compare(ref("held on 23 October 1998"), None, ref("voted Friday"), dt.date(1998, 10, 24))
    assert m.status == "agrees"
    m = compare(ref("held on 22 October 1998"), None, ref("voted Friday"), dt.date(1998, 10, 24))
    assert m.status == "conflicts"


@given(st.integers(1, 28), st.sampled_from(["January", "March", "October", "Nov."]))
def test_day_month_and_month_day_read_as_the_same_date(day: int, month: str) -> None:
    a = ref(f"It happened on {day} {month} 1998.")
    b = ref(f"It happened on {month} {day}, 1998.")
    assert (a.day, a.month, a.year) == (b.day, b.month, b.year) == (day, b.month, 1998)
    assert compare(a, None, b, None).status == "agrees"


def test_last_week_holds_the_days_of_the_week_before_publication() -> None:
    last_week = ref("ousted in a vote last week")
    assert last_week.weeks_ago == 1
    # published Wednesday 2 December 1998: last week is Monday 23 to Sunday 29 November
    assert compare(ref("fell on November 25"), None, last_week, WED_DEC_2).status == "agrees"
    assert compare(ref("fell on November 29"), None, last_week, WED_DEC_2).status == "agrees"
    # a day outside that week is not stated by it, but a week is loose wording: no conflict
    assert compare(ref("fell on November 30"), None, last_week, WED_DEC_2).status == "unrelated"
    assert compare(ref("fell on November 20"), None, last_week, WED_DEC_2).status == "unrelated"
    this_week = ref("met this week")
    assert compare(ref("met on December 1"), None, this_week, WED_DEC_2).status == "agrees"
    assert compare(ref("met on November 25"), None, this_week, WED_DEC_2).status == "unrelated"


def test_a_weekday_claim_is_read_in_the_week_the_article_calls_last_week() -> None:
    docs = [
        {
            "id": "later",
            "published": TUE_MAR_11.isoformat(),
            "text": "Last week, the Norland assembly passed a motion urging President Ilse "
            "Varga to grant refuge to the exiled poet Tomas Keller.\n",
        }
    ]
    claim = (
        "The Norland assembly on {} urged President Ilse Varga to grant refuge to the "
        "exiled poet Tomas Keller."
    )
    # Wednesday before Tuesday 11 March is 5 March: last week (3 to 9 March)
    assert supporters(docs, claim.format("Wednesday")) == ["later"]
    # a date the article's "last week" does not hold is not stated by it
    assert supporters(docs, claim.format("March 10")) == []


DATELINED = {
    "id": "ostria",
    "published": "2025-05-04",
    "text": "KORVAL, Ostria (AP) _ Ostrian ministers received Velmarian envoys on Sunday.\n",
}
VELMAR = {
    "id": "velmar",
    "published": "2025-05-04",
    "text": "VELMAR, Velmaria _ Velmarian President Anton Resh travelled at a day's notice to "
    "Ostria on Sunday to calm the rising friction between Dravia and Ostria.\n",
}


def test_a_city_and_the_country_a_dateline_puts_it_in_are_one_place() -> None:
    claim = (
        "Velmarian President Anton Resh travelled to Korval on Sunday to calm the rising "
        "friction between Ostria and Dravia."
    )
    assert "velmar" in supporters([DATELINED, VELMAR], claim)
    # without a dateline saying where Korval lies, "Ostria" does not state it
    assert "velmar" not in supporters([VELMAR], claim)


def test_a_demonym_is_no_statement_of_the_place_a_dateline_names() -> None:
    docs = [
        {"id": "meran", "text": "MERAN, Ostria (AP) _ The archbishop came by train.\n"},
        {
            "id": "velden",
            "text": "That evening the archbishop dined with Ostrian President Karl Dunst at "
            "his residence in the capital Velden.\n",
        },
    ]
    claim = (
        "That evening the archbishop dined with Ostrian President Karl Dunst at his "
        "residence in Meran."
    )
    assert "velden" not in supporters(docs, claim)


def test_a_count_is_bound_by_its_words_on_either_side() -> None:
    docs = [
        {
            "id": "dornhall",
            "text": "A fortnight of freezing fog in Dornhall killed at least 27 people in "
            "January, hospital staff said.\n",
        }
    ]
    assert supporters(docs, "At least 27 died in Dornhall.") == ["dornhall"]
    assert supporters(docs, "At least 31 died in Dornhall.") == []


def test_a_word_the_story_mostly_writes_in_lower_case_is_not_a_name() -> None:
    texts = [
        "The count was announced by the Election Committee on Saturday.",
        "Turnout in the election was high, and the election results came in late.",
        "Voters said Dorrian won. Later Dorrian spoke.",
    ]
    proper = proper_words(texts)
    assert "election" not in proper
    assert "dorrian" in proper
    names = facts_of("Election of members took place on Friday.", proper).names
    assert names == ()


def test_a_month_confirms_a_day_only_when_asked() -> None:
    day, month = ref("met on June 21, 1995"), ref("a June 1995 meeting")
    assert compare(day, None, month, None).status == "unrelated"  # the default
    assert compare(day, None, month, None, coarse=True).status == "agrees"
    assert compare(day, None, ref("a July 1995 meeting"), None, coarse=True).status == "conflicts"


def test_both_before_a_noun_counts_two() -> None:
    (q,) = facts_of("Both brothers were charged in 2009.").quantities
    assert q.value == 2
    assert not facts_of("Both of them were charged in 2009.").quantities
    docs = [
        {
            "id": "wire",
            "text": "Both brothers were charged in 2009 with setting fire to the grain store "
            "at Kelby.\n",
        }
    ]
    claim = "The {} brothers were charged in 2009 with setting fire to the grain store at Kelby."
    assert supporters(docs, claim.format("two")) == ["wire"]
    assert supporters(docs, claim.format("three")) == []


def test_a_hedge_belongs_to_its_figure_not_to_what_is_counted() -> None:
    # "nearly" and "an estimated" say how sure a figure is: they are not the predicate
    # it hangs on, nor a word the claim could swap
    (q,) = facts_of("A border war in which nearly 18,000 people have died.").quantities
    (e,) = facts_of("The border war has killed an estimated 23,000 people.").quantities
    assert q.approx and e.approx
    assert "nearli" not in q.before and "estim" not in e.event | e.before
    docs = [
        {
            "id": "wire",
            "text": "The insurgency in the northern hills has killed an estimated 23,000 "
            "people since 1991.\n",
        }
    ]
    claim = "The insurgency in the northern hills has killed nearly {} people since 1991."
    (same,) = newsbrief.attribute(docs, [claim.format("23,000")])
    assert [e.article_id for e in same.supported_by] == ["wire"]
    (other,) = newsbrief.attribute(docs, [claim.format("18,000")])
    assert [e.article_id for e in other.contradicted_by] == ["wire"]


def test_not_more_than_a_figure_is_the_upper_bound_a_maximum_states() -> None:
    claim = facts_of("The ballroom was not supposed to seat more than 220 guests.")
    (q,) = claim.quantities
    assert (q.value, q.bound) == (220, "max")
    assert not claim.negated  # the denial is the figure's bound, not a denied deed
    assert facts_of("No more than 20 people came.").quantities[0].bound == "max"
    assert facts_of("It had a maximum of 90 seats.").quantities[0].bound == "max"
    assert facts_of("The barn had a legal capacity of only 90.").quantities[0].bound == "max"
    assert facts_of("More than 90 people came.").quantities[0].bound == "min"
    docs = [
        {
            "id": "wire",
            "text": "Rated to seat a maximum of 220 guests, the ballroom had about 440 "
            "inside when the roof gave way.\n",
        },
        {"id": "other", "text": "The band was due to stop playing at one o'clock.\n"},
    ]
    (same,) = newsbrief.attribute(
        docs, ["The ballroom was not supposed to seat more than 220 guests."]
    )
    assert [e.article_id for e in same.supported_by] == ["wire"]
    # without the denial the claim says more than 220 were allowed: not what it states
    (other,) = newsbrief.attribute(
        docs, ["The ballroom was supposed to seat more than 220 guests."]
    )
    assert not other.supported_by
