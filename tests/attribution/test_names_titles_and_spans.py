"""Names, titles and spans of time a summary writes in another form still agree.

Human summaries say "former PM" where the wire says "former Premier", "the PKK" where
the story defined "the Kurdistan Workers Party (PKK)", "since 1984" for "for the past 14
years", "13 days" for "nearly two weeks" and "October 26" for "last month". Each form is
read into the same thing before comparison; a changed value still differs.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.dates import compare
from newsbrief.attribution.facts import content_of, facts_of
from newsbrief.attribution.names import defined_abbreviations
from newsbrief.attribution.numbers import quantities_agree

SUN_NOV_22 = dt.date(1998, 11, 22)


def ref(text: str):  # type: ignore[no-untyped-def]
    (d,) = facts_of(text).dates
    return d


def figure(text: str):  # type: ignore[no-untyped-def]
    (q,) = facts_of(text).quantities
    return q


def supporters(docs: list[dict[str, str]], claim: str) -> list[str]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by]


def test_last_month_holds_the_days_of_the_month_before_publication() -> None:
    last_month = ref("started restoring international flights last month")
    assert compare(ref("on October 26"), None, last_month, SUN_NOV_22).status == "agrees"
    assert compare(ref("on October 1"), None, last_month, SUN_NOV_22).status == "agrees"
    # another month is not the month before publication
    assert compare(ref("on September 26"), None, last_month, SUN_NOV_22).status == "conflicts"
    docs = [
        {
            "id": "wire",
            "published": SUN_NOV_22.isoformat(),
            "text": "PAL resumed domestic flights Oct. 7 and started restoring international "
            "flights last month after settling its labor problems.\n",
        }
    ]
    claim = "PAL resumed domestic flights on October 7 and international flights on {}."
    assert supporters(docs, claim.format("October 26")) == ["wire"]
    assert supporters(docs, claim.format("September 26")) == []


def test_a_hedged_duration_in_weeks_holds_the_days_it_rounds() -> None:
    nearly = figure("The airline resumed flights nearly two weeks after the shutdown.")
    assert quantities_agree(figure("It stopped all operations for 13 days."), nearly)
    assert quantities_agree(figure("It stopped all operations for 11 days."), nearly)
    # "nearly" is a little under: not more than two weeks, nor far under
    assert not quantities_agree(figure("It stopped all operations for 15 days."), nearly)
    assert not quantities_agree(figure("It stopped all operations for 9 days."), nearly)
    about = figure("The airline resumed flights about two weeks after the shutdown.")
    assert quantities_agree(figure("It stopped all operations for 15 days."), about)
    # stated exactly, two weeks are 14 days
    exact = figure("The airline resumed flights two weeks after the shutdown.")
    assert not quantities_agree(figure("It stopped all operations for 13 days."), exact)


@given(st.integers(1, 40))
def test_an_unhedged_duration_agrees_only_with_its_own_length(days: int) -> None:
    weeks = figure("The strike lasted three weeks in all.")
    agrees = quantities_agree(figure(f"The strike lasted {days} days in all."), weeks)
    assert agrees == (days == 21)


def test_prime_minister_premier_and_pm_are_one_title() -> None:
    assert "premier" in content_of("Former PM Tansu Ciller met the president.")
    assert "premier" in content_of("Former Prime Minister Tansu Ciller met the president.")
    assert "premier" in content_of("Former Premier Tansu Ciller met the president.")
    # "4 PM" is a time of day, not the title
    assert "premier" not in content_of("The talks ended at 4 PM on Friday.")
    # an abbreviated title counts only before a name
    assert "senat" in content_of("Sen. Bob Dole spoke.")
    docs = [
        {
            "id": "wire",
            "text": "Parliament ousted Premier Mesut Yilmaz in a no-confidence vote over a "
            "mafia scandal.\n",
        }
    ]
    claim = "Parliament ousted {} over a scandal."
    assert supporters(docs, claim.format("Prime Minister Yilmaz")) == ["wire"]
    assert supporters(docs, claim.format("PM Yilmaz")) == ["wire"]
    assert supporters(docs, claim.format("Prime Minister Mesut Yilmaz")) == ["wire"]
    # a title is no name: another person in the post is still another person
    assert supporters(docs, claim.format("Prime Minister Tansu Ciller")) == []


def test_an_abbreviation_the_story_defines_stands_for_its_long_form() -> None:
    defs = defined_abbreviations(
        [
            "ANKARA, Turkey (AP) _ The Kurdistan Workers Party (PKK) has fought since 1984.",
            "The bill (HR 4570) passed.",
        ]
    )
    assert "kurdistan" in defs["pkk"]
    assert "ap" not in defs and "hr" not in defs  # a dateline or a bill number defines nothing
    docs = [
        {
            "id": "defines",
            "text": "The Kurdistan Workers Party (PKK) has waged a rebellion in southeast "
            "Turkey since 1984.\n",
        },
        {
            "id": "short",
            "text": "Italian police arrested the leader of the PKK, Abdullah Ocalan, at Rome's "
            "airport on Thursday.\n",
        },
    ]
    claim = (
        "Italian police arrested Abdullah Ocalan, leader of the Kurdistan Workers Party, "
        "at Rome's airport on Thursday."
    )
    assert "short" in supporters(docs, claim)
    # without the definition, "PKK" does not name the party
    assert supporters(docs[1:], claim) == []


def test_since_a_year_is_the_span_the_past_years_state() -> None:
    docs = [
        {
            "id": "wire",
            "published": "1998-11-14",
            "text": "The PKK has been waging a rebellion in southeast Turkey for the past 14 "
            "years in a demand for autonomy.\n",
        }
    ]
    claim = "The PKK has waged a rebellion in southeast Turkey for autonomy {}."
    assert supporters(docs, claim.format("since 1984")) == ["wire"]
    assert supporters(docs, claim.format("since 1980")) == []
    # a year is a point in time: "in 1984" is not what "the past 14 years" states
    assert supporters(docs, claim.format("in 1984")) == []


def test_a_name_describing_another_name_may_be_left_out() -> None:
    docs = [
        {
            "id": "wire",
            "text": "WARSAW, Poland (AP) _ The death toll from almost three weeks of sub-zero "
            "temperatures in Poland reached 85 on Saturday.\n",
        }
    ]
    claim = "Throughout Poland, Europe's most affected country, the death toll reached {}."
    assert supporters(docs, claim.format("85")) == ["wire"]
    assert supporters(docs, claim.format("58")) == []
    # the same name as the main event's place is no description: it must be stated
    assert supporters(docs, "Throughout Europe, the death toll reached 85.") == []
