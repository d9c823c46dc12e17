"""Names, titles and spans of time a summary writes in another form still agree.

Human summaries say "former PM" where the wire says "former Premier", "the PHF" where
the story defined "the Highland Freedom Party (PHF)", "since 2013" for "for the past
12 years", "13 days" for "nearly two weeks" and "February 24" for "last month". Each form
is read into the same thing before comparison; a changed value still differs. The
stories below are written for these tests (invented people, places and figures).
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

SUN_MAR_16 = dt.date(2025, 3, 16)


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
    last_month = ref("began bringing back its foreign routes last month")
    assert compare(ref("on February 24"), None, last_month, SUN_MAR_16).status == "agrees"
    assert compare(ref("on February 1"), None, last_month, SUN_MAR_16).status == "agrees"
    # another month is not the month before publication
    assert compare(ref("on January 24"), None, last_month, SUN_MAR_16).status == "conflicts"
    docs = [
        {
            "id": "wire",
            "published": SUN_MAR_16.isoformat(),
            "text": "Corvair restarted its local routes Feb. 9 and began bringing back its "
            "foreign routes last month once the pilots' strike was over.\n",
        }
    ]
    claim = "Corvair restarted its local routes on February 9 and its foreign routes on {}."
    assert supporters(docs, claim.format("February 24")) == ["wire"]
    assert supporters(docs, claim.format("January 24")) == []


def test_a_hedged_duration_in_weeks_holds_the_days_it_rounds() -> None:
    nearly = figure("The ferry line sailed again nearly two weeks after the walkout.")
    assert quantities_agree(figure("It halted every crossing for 13 days."), nearly)
    assert quantities_agree(figure("It halted every crossing for 11 days."), nearly)
    # "nearly" is a little under: not more than two weeks, nor far under
    assert not quantities_agree(figure("It halted every crossing for 15 days."), nearly)
    assert not quantities_agree(figure("It halted every crossing for 9 days."), nearly)
    about = figure("The ferry line sailed again about two weeks after the walkout.")
    assert quantities_agree(figure("It halted every crossing for 15 days."), about)
    # stated exactly, two weeks are 14 days
    exact = figure("The ferry line sailed again two weeks after the walkout.")
    assert not quantities_agree(figure("It halted every crossing for 13 days."), exact)


@given(st.integers(1, 40))
def test_an_unhedged_duration_agrees_only_with_its_own_length(days: int) -> None:
    weeks = figure("The strike lasted three weeks in all.")
    agrees = quantities_agree(figure(f"The strike lasted {days} days in all."), weeks)
    assert agrees == (days == 21)


def test_prime_minister_premier_and_pm_are_one_title() -> None:
    assert "premier" in content_of("Former PM Lena Varga met the president.")
    assert "premier" in content_of("Former Prime Minister Lena Varga met the president.")
    assert "premier" in content_of("Former Premier Lena Varga met the president.")
    # "4 PM" is a time of day, not the title
    assert "premier" not in content_of("The talks ended at 4 PM on Friday.")
    # an abbreviated title counts only before a name
    assert "senat" in content_of("Sen. Ruth Calder spoke.")
    docs = [
        {
            "id": "wire",
            "text": "The assembly removed Premier Dorian Kask in a no-confidence ballot about a "
            "road-contract bribery affair.\n",
        }
    ]
    claim = "The assembly removed {} about a bribery affair."
    assert supporters(docs, claim.format("Prime Minister Kask")) == ["wire"]
    assert supporters(docs, claim.format("PM Kask")) == ["wire"]
    assert supporters(docs, claim.format("Prime Minister Dorian Kask")) == ["wire"]
    # a title is no name: another person in the post is still another person
    assert supporters(docs, claim.format("Prime Minister Lena Varga")) == []


def test_an_abbreviation_the_story_defines_stands_for_its_long_form() -> None:
    defs = defined_abbreviations(
        [
            "MERAN, Ostria (AP) _ The Highland Freedom Party (PHF) has fought since 2013.",
            "The bill (HR 2231) passed.",
        ]
    )
    assert "highland" in defs["phf"]
    assert "ap" not in defs and "hr" not in defs  # a dateline or a bill number defines nothing
    docs = [
        {
            "id": "defines",
            "text": "The Highland Freedom Party (PHF) has fought an insurgency in the "
            "northern hills of Ostria since 2013.\n",
        },
        {
            "id": "short",
            "text": "Velmarian police detained the head of the PHF, Marek Dobry, at Velmar's "
            "main station on Thursday.\n",
        },
    ]
    claim = (
        "Velmarian police detained Marek Dobry, head of the Highland Freedom Party, "
        "at Velmar's main station on Thursday."
    )
    assert "short" in supporters(docs, claim)
    # without the definition, "PHF" does not name the party
    assert supporters(docs[1:], claim) == []


def test_since_a_year_is_the_span_the_past_years_state() -> None:
    docs = [
        {
            "id": "wire",
            "published": "2025-06-10",
            "text": "The PHF has been fighting an insurgency in the northern hills of Ostria "
            "for the past 12 years in a push for self-rule.\n",
        }
    ]
    claim = "The PHF has fought an insurgency in the northern hills of Ostria for self-rule {}."
    assert supporters(docs, claim.format("since 2013")) == ["wire"]
    assert supporters(docs, claim.format("since 2009")) == []
    # a year is a point in time: "in 2013" is not what "the past 12 years" states
    assert supporters(docs, claim.format("in 2013")) == []


def test_a_name_describing_another_name_may_be_left_out() -> None:
    docs = [
        {
            "id": "wire",
            "text": "KORVAL, Ostria (AP) _ After nearly four weeks of steady rain the death "
            "toll in Ostria reached 64 on Saturday.\n",
        }
    ]
    claim = "Throughout Ostria, Midland's most affected country, the death toll reached {}."
    assert supporters(docs, claim.format("64")) == ["wire"]
    assert supporters(docs, claim.format("46")) == []
    # the same name as the main event's place is no description: it must be stated
    assert supporters(docs, "Throughout Midland, the death toll reached 64.") == []
