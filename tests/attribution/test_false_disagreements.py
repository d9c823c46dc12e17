"""Figures, dates and places a new user saw called "contradicted" that do not conflict,
and the true contradictions the same readings must keep.

Each story here is invented for the test (a union ballot, a landslide, a lost freighter,
a minister's trip); each case is a kind of false disagreement found on real wire news
(docs/history/attribution-rounds.md, "False disagreements found by a new user").
"""

from __future__ import annotations

import newsbrief

BALLOT = [
    "Dockworkers chose a new union president in a postal ballot that closed Sunday.\n\n"
    "After 20 percent of the ballots were tallied, Rosa Vial was ahead of the field, with 51 "
    "percent of the ballots, union officials said.",
    "The union's executive board met on Monday to plan the handover.",
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
        "Rosa Vial was ahead of the field, with 56 percent of the ballots, union officials said."
    )
    assert _conflicts(BALLOT, claim) == [("56 percent", "51 percent")]


def test_two_shares_of_the_votes_counted_still_conflict() -> None:
    claim = (
        "After 30 percent of the ballots were tallied, Rosa Vial was ahead of the field, "
        "with 51 percent of the ballots, union officials said."
    )
    assert ("30 percent", "20 percent") in _conflicts(BALLOT, claim)


def _tally_story(dated: bool) -> list[dict]:
    first = {
        "id": "first",
        "text": "Dockworkers chose a new union president in a postal ballot.\n\nRosa Vial led "
        "the field with 51 percent on Sunday after 20 percent of the ballots were tallied.",
    }
    final = {
        "id": "final",
        "text": "Rosa Vial still led the field with 53 percent on Wednesday after 90 percent "
        "of the ballots were tallied.",
    }
    if dated:
        first["published"], final["published"] = "2025-03-02", "2025-03-05"
    return [first, final]


def test_a_count_at_another_time_is_no_contradiction() -> None:
    # the story itself gives the tally at two moments: the later article states the
    # claim's figure with the claim's day, so the first one's count is another moment
    claim = (
        "Rosa Vial still led the field with 53 percent on Wednesday after 90 percent of the "
        "ballots were tallied."
    )
    for dated in (False, True):
        (att,) = newsbrief.attribute(_tally_story(dated), claim)
        assert [e.article_id for e in att.supported_by] == ["final"]
        assert att.contradicted_by == ()


def test_a_date_alone_changed_still_conflicts() -> None:
    claim = (
        "Rosa Vial still led the field with 53 percent on Thursday after 90 percent of the "
        "ballots were tallied."
    )
    assert ("Thursday", "Wednesday") in _conflicts(_tally_story(False), claim)


def test_a_figure_and_a_date_both_changed_still_contradict() -> None:
    # nothing in the story shows the figure at another moment: two details changed in
    # one clause are two conflicts, not "another time"
    story = [
        {
            "id": "desk",
            "text": "TARROW (AP) _ After days of rain, a landslide buried 40 homes in the hill "
            "village of Tarrow on Saturday and cut the main road, the regional governor said.",
        }
    ]
    claim = (
        "After days of rain, a landslide buried 65 homes in the hill village of Tarrow on "
        "Thursday and cut the main road."
    )
    (att,) = newsbrief.attribute(story, claim)
    assert att.supported_by == ()
    got = _conflicts(story, claim)
    assert ("65 homes", "40 homes") in got and ("Thursday", "Saturday") in got


def test_a_name_of_a_second_clause_is_not_rivalled_by_the_main_one() -> None:
    articles = [
        "Once 20 percent of the ballots were tallied, Rosa Vial stood at 51 percent of the "
        "ballots and her closest challenger, Tomas Brel of the crane operators, at 34 percent.",
        "The union's executive board met on Monday to plan the handover.",
    ]
    claim = (
        "Her closest challenger, Tomas Brel of the crane operators, had 32 percent, and Ines "
        "Maro of the welders had 9 percent."
    )
    assert not any(c == "Ines Maro" for c, _ in _conflicts(articles, claim))


CARGO = (
    "The freighter Dawn Star, carrying grain to Kelmar, sank in a storm on March 3 with 24 "
    "sailors on board."
)
SHIPPING = [
    {
        "id": "wire",
        "text": "PORTHAVEN, Veldonia (AP) _ Relatives of the crew gathered at the shipping "
        f"line's offices on Monday.\n\n{CARGO}",
    },
    {
        "id": "paper",
        "text": "OSLO _ Insurers agreed on Friday to pay for the lost cargo.\n\nThe Dawn Star, a "
        "freighter carrying grain to Veldonia, sank in a storm on March 3 with 24 sailors "
        "on board.",
    },
]


def test_a_city_and_the_country_of_the_story_datelines_are_not_rivals() -> None:
    # the story writes "Kelmar" and never places it; "Veldonia" is a dateline country
    (att,) = newsbrief.attribute(SHIPPING, CARGO)
    assert [e.article_id for e in att.supported_by] == ["wire"]
    assert att.contradicted_by == ()


def test_a_city_the_story_puts_in_another_country_stays_a_rival() -> None:
    elsewhere = [*SHIPPING, {"id": "other", "text": "KELMAR, Ostrava (AP) _ Mourners met Monday."}]
    assert ("Kelmar", "Veldonia") in _conflicts(elsewhere, CARGO)


def test_a_city_the_story_never_writes_stays_a_rival_of_the_dateline_country() -> None:
    # nothing in the story puts "Morvik" in Veldonia: another destination, a contradiction
    story = [
        "KARSA, Veldonia (AP) _ For the second time this year, the trade minister traveled "
        "to Veldonia on Tuesday to sign a fishing accord with the coastal provinces."
    ]
    claim = (
        "For the second time this year, the trade minister traveled to Morvik on Tuesday to "
        "sign a fishing accord with the coastal provinces."
    )
    (att,) = newsbrief.attribute(story, claim)
    assert att.supported_by == ()
    assert ("Morvik", "Veldonia") in _conflicts(story, claim)


ENVOYS = [
    {
        "id": "wire",
        "text": "BRELLA, Veldonia (AP) _ The envoys flew to Veldonia on Thursday for a second "
        "round of border talks.\n\nNo date was set for the signing.",
    },
    {
        "id": "paper",
        "text": "Talks resume\n\nThe mayors of Castelmonte and Ardane each offered a hall for "
        "the envoys, a spokeswoman said.",
    },
]


def test_a_city_the_story_writes_is_no_rival_whatever_its_stem() -> None:
    # "Castelmonte" is indexed by its stem ("castelmont"); the story writes the name as
    # such, so it is read as written and may lie in the dateline country
    claim = "The envoys flew to Castelmonte on Thursday for a second round of border talks."
    (att,) = newsbrief.attribute(ENVOYS, claim)
    assert att.contradicted_by == ()


def test_a_dateline_city_is_no_rival_of_its_own_country() -> None:
    # "BRELLA, Veldonia": flying to Brella is flying to Veldonia, said more precisely
    claim = "The envoys flew to Brella on Thursday for a second round of border talks."
    (att,) = newsbrief.attribute(ENVOYS, claim)
    assert att.contradicted_by == ()


def test_a_rival_city_is_named_once() -> None:
    claim = "The envoys flew to Quarrow on Thursday for a second round of border talks."
    (att,) = newsbrief.attribute(ENVOYS, claim)
    (against,) = att.contradicted_by
    assert against.explanation == "Quarrow vs Veldonia"


FERRY = [
    {
        "id": "desk",
        "text": "NESSA, Veldonia (AP) _ The number of passengers missing after the ferry fire "
        "stood at 30 on Friday, the coast guard said.\n\nDivers searched the hull on "
        "Saturday.\n\nThe number of passengers missing after the ferry fire rose to 46 on "
        "Sunday, the harbour master said.",
    }
]


def test_one_article_telling_an_update_is_no_contradiction_of_its_first_figure() -> None:
    # the article itself gives the count at two moments: the later sentence is the
    # other moment, not the claim's count with its figure and day changed
    claim = "The number of passengers missing after the ferry fire rose to 30 on Friday."
    (att,) = newsbrief.attribute(FERRY, claim)
    assert att.contradicted_by == ()


def test_an_update_the_story_never_tells_still_contradicts() -> None:
    claim = "The number of passengers missing after the ferry fire rose to 38 on Thursday."
    got = _conflicts(FERRY, claim)
    assert ("38", "46") in got or ("38", "30") in got


def test_a_same_value_for_another_quantity_does_not_cancel_a_contradiction() -> None:
    # "detained 40 dockworkers on Monday" shares the claim's value and day, but counts
    # other people for another deed: the toll's 55 on Wednesday still contradicts
    story = [
        "RIVA, Veldonia (AP) _ The death toll from the mine collapse rose to 55 on Wednesday, "
        "the labour ministry said.",
        "Police detained 40 dockworkers on Monday after a march on the harbour office.",
    ]
    claim = "The death toll from the mine collapse rose to 40 on Monday."
    got = _conflicts(story, claim)
    assert ("40", "55") in got and ("Monday", "Wednesday") in got
