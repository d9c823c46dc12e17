"""Dates: compared as days, against the article's publication date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.dates import compare, parse_published
from newsbrief.attribution.facts import facts_of

SAT_NOV_21 = dt.date(1998, 11, 21)


def ref(text: str):  # type: ignore[no-untyped-def]
    (d,) = facts_of(text).dates
    return d


def test_a_weekday_is_the_date_it_falls_on() -> None:
    # 20 November 1998 was a Friday
    m = compare(ref("It happened on Nov. 20."), None, ref("It happened Friday."), SAT_NOV_21)
    assert m.status == "agrees" and m.note == "Nov 20 = Friday"
    m = compare(ref("It happened Friday."), None, ref("It happened on Nov. 20."), SAT_NOV_21)
    assert m.status == "agrees"


def test_another_weekday_conflicts() -> None:
    m = compare(ref("It happened on Nov. 20."), None, ref("It happened Thursday."), SAT_NOV_21)
    assert m.status == "conflicts" and m.note == "Nov 20 vs Thursday"


def test_relative_days_and_years_resolve_against_publication() -> None:
    assert compare(ref("on Nov. 20"), None, ref("yesterday"), SAT_NOV_21).status == "agrees"
    assert compare(ref("in 1996"), None, ref("two years ago"), SAT_NOV_21).status == "agrees"
    assert compare(ref("in 1995"), None, ref("two years ago"), SAT_NOV_21).status == "conflicts"
    assert compare(ref("in October"), None, ref("last month"), SAT_NOV_21).status == "agrees"


def test_a_month_does_not_confirm_a_day() -> None:
    # "early October" does not say October 7
    m = compare(ref("resumed on October 7"), None, ref("resumed in October"), SAT_NOV_21)
    assert m.status == "unrelated"


def test_early_and_late_in_a_month_are_different_dates() -> None:
    early = ref("met the leader in early September")
    assert early.text == "early September"
    late = ref("met the leader in late September")
    assert compare(early, None, late, SAT_NOV_21).status == "conflicts"
    assert compare(early, None, ref("met in mid-September"), SAT_NOV_21).status == "conflicts"
    # the month alone does not confirm the part of it, but states the month of it
    plain = ref("met the leader in September")
    assert compare(early, None, plain, SAT_NOV_21).status == "unrelated"
    assert compare(plain, None, early, SAT_NOV_21).status == "agrees"


def test_the_day_something_was_said_is_not_a_date_of_the_event() -> None:
    assert facts_of("the group said Thursday").dates == ()
    assert [d.text for d in facts_of("released on Wednesday").dates] == ["Wednesday"]


def test_a_date_is_bound_to_the_words_around_it() -> None:
    (d,) = facts_of("PAL resumed domestic flights on Oct. 7, officials said.").dates
    assert {"resum", "domest", "flight"} <= d.near


def test_a_date_is_bound_to_what_happened_not_to_who() -> None:
    # the same people's other deeds have other dates: names bind nothing
    (d,) = facts_of("President Demirel on Wednesday asked Ecevit to form a cabinet.").dates
    (e,) = facts_of("Deputy Premier Ecevit on Sunday called on the parties to join him.").dates
    assert not d.near & e.near
    assert "ask" in d.near


def test_a_year_naming_an_edition_is_not_a_date_conflict() -> None:
    edition = ref("won two bronze medals at the 1997 world championships")
    other = ref("won 12 golds at the 1994 world championships")
    assert edition.edition and other.edition
    assert compare(edition, None, other, SAT_NOV_21).status == "unrelated"
    # a year said of the event itself still conflicts
    signed = ref("signed accords in 1995")
    assert compare(signed, None, ref("signed in 1996"), SAT_NOV_21).status == "conflicts"
    assert compare(edition, None, ref("at the 1997 world championships"), SAT_NOV_21).status == (
        "agrees"
    )


def test_a_neighbours_date_does_not_date_a_window_with_its_own() -> None:
    docs = [
        {
            "id": "wire",
            "published": "1998-11-29",
            "text": "President Demirel met party leaders on Wednesday.\n\n"
            "Snow closed roads in the east.\n\n"
            "Ecevit on Sunday called on the two center-right parties to form a cabinet with "
            "him, and he asked for a new government soon.\n",
        }
    ]
    claim = "Ecevit called on the two center-right parties on Wednesday to form a cabinet with him."
    (att,) = newsbrief.attribute(docs, [claim])
    assert not att.supported_by
    (att,) = newsbrief.attribute(docs, [claim.replace("Wednesday", "Sunday")])
    assert [s.article_id for s in att.supported_by] == ["wire"]


@given(st.text(max_size=40))
def test_any_publication_value_is_read_or_refused(value: str) -> None:
    got = parse_published(value)
    assert got is None or isinstance(got, dt.date)
