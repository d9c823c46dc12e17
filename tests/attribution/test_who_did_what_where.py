"""The claim's main deed, its doer and its place are checked in short claims too.

A short claim's main verb is checked like a long one's: another verb binding the same
subject and object ("suspended its debate on the plan" for "approved the plan")
states another deed. Another name as the doer of the same deed ("the radical Basque group
Eta claimed responsibility") is a rival of the claim's doer, even where the two names
share a word. The lead of an article datelined in one city tells an event of that city,
so a claim placing it in another city is contradicted by it.
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config


def verdict(claim: str, text: str) -> tuple[list[str], list[str]]:
    article = {"id": "wire", "text": "KOBE, Japan (AP) _ " + text, "published": "2003-05-10"}
    (att,) = newsbrief.attribute([article], [claim])
    return [s.article_id for s in att.supported_by], [s.explanation for s in att.contradicted_by]


COUNCIL = "The council approved the stadium plan after the vote."
# the story uses "approved" elsewhere: no longer a verb no article uses
BUDGET = " Parliament approved a new budget last week."


def test_another_verb_for_a_short_claims_subject_and_object_is_another_deed() -> None:
    supported, _ = verdict(
        COUNCIL,
        "The council abruptly suspended its debate on the stadium plan after the vote in the "
        "capital." + BUDGET,
    )
    assert supported == []


def test_a_short_claims_own_verb_still_supports() -> None:
    supported, _ = verdict(
        COUNCIL, "After the vote in the capital, the council approved the stadium plan." + BUDGET
    )
    assert supported == ["wire"]


def test_another_outlets_verb_for_a_predicate_the_story_states_is_wording() -> None:
    # one outlet states the claim's own predicate: another's verb for the same
    # participants ("recovered" for "found") reports it in other words
    articles = [
        {"id": "found", "text": "Rescuers found the bodies of the two climbers on Sunday."},
        {"id": "recovered", "text": "Rescuers recovered the bodies of the two climbers on Sunday."},
    ]
    (att,) = newsbrief.attribute(articles, ["Rescuers found the bodies of the two climbers."])
    assert [s.article_id for s in att.supported_by] == ["found", "recovered"]


def test_the_short_claim_check_is_a_switch_of_the_config(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(predicate_short=0)
    supported, _ = verdict(
        COUNCIL,
        "The council abruptly suspended its debate on the stadium plan after the vote in the "
        "capital." + BUDGET,
    )
    assert supported == ["wire"]


def test_another_doer_of_the_same_deed_is_a_rival() -> None:
    supported, contradicted = verdict(
        "Basque Freedom Army claimed responsibility for the bridge bombing.",
        "The radical Basque group Eta claimed responsibility for the bridge bombing, police said.",
    )
    assert supported == []
    assert contradicted == ["Basque Freedom Army vs Eta (who did it)"]


def test_the_doer_found_past_a_relative_clause_still_supports() -> None:
    supported, contradicted = verdict(
        "Basque Freedom Army claimed responsibility for the bridge bombing.",
        "Basque Freedom Army, which has vowed to cut the highway, claimed responsibility "
        "for the bridge bombing.",
    )
    assert (supported, contradicted) == (["wire"], [])


def test_the_group_whose_head_did_it_is_no_rival_doer() -> None:
    # "The head of the Northern Front released": the name says whose head, not who;
    # the head may well be the claim's doer, so nothing is contradicted (nor backed)
    supported, contradicted = verdict(
        "Omar Haddad released a message encouraging his fighters.",
        "The head of the Northern Front released a message encouraging his fighters.",
    )
    assert (supported, contradicted) == ([], [])


def test_a_place_is_not_a_doer() -> None:
    supported, _ = verdict(
        "A flood in Kobe killed 12 people.",
        "A flood swept through the city's old quarter, killing 12 people.",
    )
    assert supported == ["wire"]


def test_the_dateline_city_of_a_lead_rivals_another_city() -> None:
    supported, contradicted = verdict(
        "A flood in Osaka killed 12 people.",
        "A flood swept through the city's old quarter, killing 12 people.",
    )
    assert supported == []
    assert contradicted == ["Osaka vs Kobe (the dateline)"]


def test_the_dateline_country_is_the_same_place() -> None:
    supported, _ = verdict(
        "A flood in Japan killed 12 people.",
        "A flood swept through the city's old quarter, killing 12 people.",
    )
    assert supported == ["wire"]
