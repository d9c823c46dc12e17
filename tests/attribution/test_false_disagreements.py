"""Figures, dates and places a new user saw called "contradicted" that do not conflict.

Each story here is written for the test; each case is a kind of false disagreement found
on real wire news (docs/attribution.md, "False disagreements found by a new user").
"""

from __future__ import annotations

import newsbrief

COURT = "Ben Tal, the former judge of the Marlow district court"
ELECTION = [
    "Voters in Marlow chose a mayor in balloting Sunday, ending a bitter campaign.\n\n"
    f"With 20 percent of the vote counted, Mayor Ana Ortiz appeared to have defeated {COURT}, "
    "with 51 percent of the vote.",
    "Mayor Ana Ortiz said on Monday she would name a new police chief.",
]


def _conflicts(articles: list, claim: str) -> list[tuple[str, str]]:
    (att,) = newsbrief.attribute(articles, claim)
    return [
        (d.claim, d.evidence)
        for e in att.contradicted_by
        for d in e.details
        if d.status == "conflicts"
    ]


def test_a_share_of_the_vote_is_not_compared_with_the_share_counted() -> None:
    claim = (
        f"In preliminary returns, Mayor Ana Ortiz appeared to have defeated {COURT}, "
        "with 56 percent of the vote."
    )
    assert _conflicts(ELECTION, claim) == [("56 percent", "51 percent")]


def test_two_shares_of_the_votes_counted_still_conflict() -> None:
    claim = (
        f"With 30 percent of the vote counted, Mayor Ana Ortiz appeared to have defeated {COURT}, "
        "with 51 percent of the vote."
    )
    assert ("30 percent", "20 percent") in _conflicts(ELECTION, claim)


def _count_story(dated: bool) -> list[dict]:
    early = {
        "id": "early",
        "text": "Voters in Marlow chose a mayor in balloting Sunday, ending a bitter campaign.\n\n"
        "With 20 percent of the vote counted, Mayor Ana Ortiz appeared to have won 51 percent "
        "of the vote.",
    }
    late = {
        "id": "late",
        "text": "With 90 percent of the votes counted Tuesday, Mayor Ana Ortiz kept her lead "
        "with 53 percent of the vote.",
    }
    if dated:
        early["published"], late["published"] = "2025-03-02", "2025-03-04"
    return [early, late]


def test_a_count_at_another_time_is_no_contradiction() -> None:
    claim = (
        "With 90 percent of the votes counted Tuesday, Mayor Ana Ortiz kept her lead with "
        "53 percent of the vote."
    )
    for dated in (False, True):
        (att,) = newsbrief.attribute(_count_story(dated), claim)
        assert [e.article_id for e in att.supported_by] == ["late"]
        assert att.contradicted_by == ()


def test_a_date_alone_changed_still_conflicts() -> None:
    claim = (
        "With 90 percent of the votes counted Wednesday, Mayor Ana Ortiz kept her lead with "
        "53 percent of the vote."
    )
    assert ("Wednesday", "Tuesday") in _conflicts(_count_story(False), claim)


def test_a_name_of_a_second_clause_is_not_rivalled_by_the_main_one() -> None:
    articles = [
        "With 20 percent of the vote counted, Mayor Ana Ortiz appeared to have won 51 percent "
        f"of the vote, compared with 34 percent for her main rival, {COURT}.",
        "Mayor Ana Ortiz said on Monday she would name a new police chief.",
    ]
    claim = (
        f"Her main rival, {COURT}, had 32 percent, and Dora Fenn of the Green Party had 9 percent."
    )
    assert not any(c == "Dora Fenn" for c, _ in _conflicts(articles, claim))


FLIGHT = (
    "The airliner flying from New York to Lucerne crashed on Sept. 2 off the coast of Canada, "
    "killing all 112 people aboard."
)
CRASH = [
    {
        "id": "wire",
        "text": "ZURICH, Switzerland (AP) _ Alpair lawyers met the families of the victims on "
        f"Monday.\n\n{FLIGHT}",
    },
    {
        "id": "paper",
        "text": "WASHINGTON _ Investigators said on Tuesday that wiring was the likely cause of "
        "the crash.\n\nThe plane crashed on Sept. 2, on a flight from New York to Switzerland, "
        "killing all 112 people aboard.",
    },
]


def test_a_city_and_the_country_of_the_story_datelines_are_not_rivals() -> None:
    (att,) = newsbrief.attribute(CRASH, FLIGHT)
    assert [e.article_id for e in att.supported_by] == ["wire"]
    assert att.contradicted_by == ()


def test_a_city_the_story_puts_in_another_country_stays_a_rival() -> None:
    elsewhere = [*CRASH, {"id": "other", "text": "LUCERNE, Austria (AP) _ Mourners met Monday."}]
    assert ("Lucerne", "Switzerland") in _conflicts(elsewhere, FLIGHT)
