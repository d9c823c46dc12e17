"""A claim that is a near copy of a story sentence with one detail changed gets no
support from a looser window that leaves that detail unstated; a flipped negation
contradicts only the same word, not a synonym.

Stories written for these tests (fictional).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import newsbrief
from newsbrief.attribution import config, story_index
from newsbrief.attribution.clauses import undated
from newsbrief.attribution.compare import story_disputes
from newsbrief.model import Article

DAM = [
    {
        "id": "wire-1",
        "text": (
            "MARLOW (AP) _ Inspectors from the regional water board plan to return to the "
            "Marlow reservoir and resume their survey of the cracked dam, a board "
            "spokeswoman said Wednesday.\n\n"
            "The dam was closed to walkers in August after engineers found a long crack in "
            "its wall.\n"
        ),
    },
    {
        "id": "daily-2",
        "text": (
            "The regional water board said Wednesday its inspectors would go back to the "
            "Marlow reservoir, where a survey of the cracked dam was halted last month.\n\n"
            "Walkers have been kept away from the dam since August.\n"
        ),
    },
]

# the plan in wire-1 turned into a done deed: one detail changed
DEED = (
    "Inspectors from the regional water board returned to the Marlow reservoir and resumed "
    "their survey of the cracked dam, a board spokeswoman said Wednesday."
)
PLAN = (
    "Inspectors from the regional water board plan to return to the Marlow reservoir and "
    "resume their survey of the cracked dam."
)

COURT = [
    {
        "id": "gazette-1",
        "text": (
            "The appeals court in Harwick will hear the land case in March, court officials "
            "said Tuesday.\n\nThe farmers say the quarry took their land without payment.\n"
        ),
    },
    {
        "id": "post-2",
        "text": (
            "The appeals court in Harwick has no power to hear the land case, the quarry's "
            "lawyers argued Tuesday.\n"
        ),
    },
]


@pytest.fixture
def restore_config():  # type: ignore[no-untyped-def]
    saved = config.CONFIG
    yield
    config.set_config(saved)


def _verdicts(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_a_plan_turned_into_a_deed_gets_no_support_from_a_looser_window() -> None:
    supported, contradicted = _verdicts(DAM, DEED)
    assert supported == []
    assert contradicted == ["wire-1"]


def test_the_looser_window_supported_the_altered_claim_without_the_rule(
    restore_config: None,
) -> None:
    # the behaviour the rule changes: with it off, "would go back" passes for "returned"
    # (and with the plan-binding rule off too, which on its own reads "would go back"
    # as a plan where the window never states "resumed": config.plan_governed)
    config.set_config(replace(config.CONFIG, story_disputes=0, plan_governed=0))
    supported, _ = _verdicts(DAM, DEED)
    assert supported == ["daily-2"]


def test_the_true_plan_keeps_both_outlets() -> None:
    supported, contradicted = _verdicts(DAM, PLAN)
    assert supported == ["wire-1", "daily-2"]
    assert contradicted == []


def test_an_outlet_stating_the_deed_as_done_supports_it() -> None:
    later = {
        "id": "herald-3",
        "text": (
            "Inspectors from the regional water board returned to the Marlow reservoir on "
            "Thursday and resumed their survey of the cracked dam.\n"
        ),
    }
    supported, _ = _verdicts([*DAM, later], DEED)
    assert "herald-3" in supported


def test_the_disputed_detail_is_typed_and_says_what_the_story_has() -> None:
    index, _ = story_index([Article(id=d["id"], text=d["text"]) for d in DAM])
    claim, _ = index.claim_search(undated(DEED), None)
    (detail,) = story_disputes(index, claim)
    assert (detail.kind, detail.status, detail.claim) == ("plan", "conflicts", "returned")
    assert "planned" in detail.evidence
    (att,) = newsbrief.attribute(DAM, [DEED])
    assert att.supported_by == ()


def test_a_copied_sentence_has_nothing_disputed() -> None:
    index, _ = story_index([Article(id=d["id"], text=d["text"]) for d in DAM])
    claim, _ = index.claim_search(undated(PLAN), None)
    assert story_disputes(index, claim) == ()


def test_a_denial_of_a_synonym_is_no_contradiction() -> None:
    # "no authority" against "court officials said": one synonym group, two meanings
    claim = (
        "The appeals court in Harwick has no authority to hear the land case, court "
        "officials said Tuesday."
    )
    supported, contradicted = _verdicts(COURT, claim)
    assert contradicted == []
    assert "gazette-1" not in supported


def test_a_denial_of_the_same_word_still_contradicts() -> None:
    claim = (
        "The appeals court in Harwick will not hear the land case in March, court "
        "officials said Tuesday."
    )
    supported, contradicted = _verdicts(COURT, claim)
    assert supported == []
    assert contradicted == ["gazette-1"]


PORT = [
    {
        "id": "wire-1",
        "text": (
            "HALDEN (AP) _ The port of Halden closed on Friday after talks failed to win the "
            "dockworkers union over to a management-proposed pay plan that would have frozen "
            "wages for three years.\n\nShips were diverted to Moss.\n"
        ),
    }
]


def test_a_plan_proposed_by_the_other_party_is_no_support(restore_config: None) -> None:
    # "a management-proposed plan" is a plan proposed by management, not by the union
    claim = (
        "The port of Halden closed on Friday after management turned down a pay plan "
        "proposed by the dockworkers union that would have frozen wages for three years."
    )
    supported, contradicted = _verdicts(PORT, claim)
    assert supported == []
    assert contradicted == ["wire-1"]
    config.set_config(replace(config.CONFIG, agent_compounds=0))
    assert _verdicts(PORT, claim)[0] == ["wire-1"]  # what the rule changes


def test_the_same_doer_in_a_by_phrase_still_supports() -> None:
    claim = (
        "The port of Halden closed on Friday after the dockworkers union turned down a pay "
        "plan proposed by management that would have frozen wages for three years."
    )
    assert _verdicts(PORT, claim) == (["wire-1"], [])


def test_a_compound_names_the_doer_of_its_participle() -> None:
    from newsbrief.attribution.predicate import agents

    found = agents("They rejected a management-proposed plan and a plan drafted by the union.")
    assert found["propos"][0] == "management-proposed"
    assert found["draft"][0] == "drafted by union"


LIBRARY = [
    {
        "id": "north-1",
        "text": (
            "Flood water reached the town hall on Saturday.\n\n"
            "The Brenton library will stay closed until Monday, the council said.\n"
        ),
    }
]


def test_a_present_state_is_no_deed_a_plan_contradicts() -> None:
    # "is closed until Monday" says how things stand; "will stay closed" agrees with it
    assert _verdicts(LIBRARY, "The Brenton library is closed until Monday.") == (["north-1"], [])


def test_a_deed_stated_as_done_still_meets_the_plan() -> None:
    supported, _ = _verdicts(LIBRARY, "The Brenton library closed on Monday.")
    assert supported == []
