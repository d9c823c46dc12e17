"""A claim is supported only where its main event is stated: its predicate, bound to the
same participants, in the same frame (done, not planned), with the participants on the
same sides of it, and said on the same day.

Each test is a one-detail change of a true statement the story makes in its own words;
the control beside it (the statement as the story words it) must still be supported.
The stories are written for these tests (invented places and people), in the shape of
the wire reports whose errors the checks were built on (docs/attribution.md).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.predicate import frame, roles_moved


def verdict(story: list[dict[str, str]], claim: str) -> tuple[list[str], list[str], str]:
    (att,) = newsbrief.attribute(story, [claim])
    why = "; ".join(d.explanation for s in att.contradicted_by for d in s.details)
    return (
        [s.article_id for s in att.supported_by],
        [s.article_id for s in att.contradicted_by],
        why,
    )


VOTE = [
    {
        "id": "wire",
        "text": (
            "VALMORA (AP) _ The cabinet of Premier Tomas Reyk, weakened for weeks by a "
            "fuel-price scandal, lost a no-confidence vote in the assembly on Wednesday and "
            "resigned.\n\n"
            "President Hanna Voss began talks with party leaders that evening."
        ),
        "published": "2024-05-15",
    },
    {
        "id": "daily",
        "text": (
            "Opposition members cheered in the chamber after the vote.\n\n"
            "Voss is expected to name a new premier within days."
        ),
        "published": "2024-05-15",
    },
]


def test_a_verb_no_outlet_uses_for_the_same_participants_is_another_event() -> None:
    sup, con, _ = verdict(VOTE, "Reyk's cabinet survived the no-confidence vote Wednesday.")
    assert sup == [] and con == []


def test_the_same_event_in_the_outlets_verb_is_still_supported() -> None:
    assert verdict(VOTE, "Reyk's cabinet lost the no-confidence vote Wednesday.")[0] == ["wire"]


FUNDS = [
    {
        "id": "portville",
        "text": (
            "PORTVILLE (AP) _ The regional council on Wednesday passed a motion asking "
            "Governor Elena Marsh to release emergency funds to the flooded farming "
            "towns.\n\nThe towns want the money before the spring planting."
        ),
        "published": "2024-03-06",
    }
]


def test_who_asked_whom_turned_round_is_not_supported() -> None:
    claim = (
        "Governor Elena Marsh on Wednesday asked the regional council to release emergency "
        "funds to the flooded farming towns."
    )
    assert verdict(FUNDS, claim)[0] == []


def test_who_asked_whom_as_the_outlet_says_is_supported() -> None:
    claim = (
        "The regional council on Wednesday asked Governor Elena Marsh to release emergency "
        "funds to the flooded farming towns."
    )
    assert verdict(FUNDS, claim)[0] == ["portville"]


STAKE = [
    {
        "id": "harbor",
        "text": (
            "HARBOR CITY (AP) _ The city council is ready to give up its holding in the "
            "struggling Harbor Ferry Company if a private buyer comes forward, officials said "
            "Tuesday.\n\nThe ferry company owes $40 million to its lenders."
        ),
        "published": "2024-09-10",
    }
]


def test_a_holding_the_government_is_ready_to_give_up_is_not_given_up() -> None:
    sup, con, _ = verdict(
        STAKE,
        "The city council has given up its holding in the struggling Harbor Ferry Company.",
    )
    assert sup == [] and con == ["harbor"]


def test_the_readiness_itself_is_supported() -> None:
    sup, _, _ = verdict(
        STAKE,
        "The city council is ready to give up its holding in the struggling Harbor Ferry Company.",
    )
    assert sup == ["harbor"]


PARTY = [
    {
        "id": "valmora",
        "text": (
            "VALMORA (AP) _ The leader of the Green Alliance said Thursday she would not "
            "claim the post of deputy premier in the next cabinet.\n\n"
            "``We told the president we will stay in opposition,'' she said."
        ),
        "published": "2024-05-16",
    }
]


def test_a_statement_dated_another_day_is_not_supported_nor_contradicted() -> None:
    claim = (
        "The leader of the Green Alliance said Monday she would not claim the post of "
        "deputy premier in the next cabinet."
    )
    assert verdict(PARTY, claim)[:2] == ([], [])


def test_the_statement_on_its_own_day_is_supported() -> None:
    claim = (
        "The leader of the Green Alliance said Thursday she would not claim the post of "
        "deputy premier in the next cabinet."
    )
    assert verdict(PARTY, claim)[0] == ["valmora"]


def test_the_main_predicate_is_read_with_its_nearest_participants() -> None:
    f = facts_of("Governor Elena Marsh asked the regional council to release funds.")
    fr = frame(f, "ask", 3)
    assert fr is not None
    assert {"elena", "marsh"} <= fr.subject
    assert "council" in fr.obj


def test_a_synonym_that_frames_its_participants_otherwise_is_no_role_swap() -> None:
    claim = facts_of("Flooding in the town of Ambrey killed eight people on Saturday.")
    part = facts_of("Eight people died in floods in Ambrey on Saturday.")
    fr = frame(claim, "kill", 3)
    assert fr is not None
    assert roles_moved(fr, claim, part, 3) is None


FLOOD = [
    {
        "id": "riverton",
        "text": (
            "RIVERTON (AP) _ The river burst its banks on Tuesday night, flooding the old "
            "town and forcing 300 people from their homes.\n\n"
            "Rescue crews worked through the night."
        ),
        "published": "2024-03-13",
    }
]


def test_a_time_word_before_a_participle_is_no_doer_turned_round() -> None:
    # "night, flooding the old town": the river flooded it, as the claim says
    claim = "The river flooded the old town on Tuesday night."
    assert verdict(FLOOD, claim)[0] == ["riverton"]


FIRES = [
    {
        "id": "lakeport",
        "text": (
            "LAKEPORT (AP) _ A total of 61 people, among them nine tourists, were killed in "
            "the Lakeport hotel bombing on May 3.\n\n"
            "A second attack, on the ferry terminal in nearby Eastwick, killed 14 people, all "
            "dock workers.\n\n"
            "Officials said compensation will go first to the most seriously injured of the "
            "more than 300 people hurt in Lakeport."
        ),
        "published": "2024-06-02",
    }
]


def test_a_verb_found_only_in_the_next_sentence_does_not_bind_the_claims_participants() -> None:
    # "injured" in the next sentence is not what the attack in Eastwick did: it killed
    sup, con, _ = verdict(
        FIRES,
        "The bomb at the ferry terminal in nearby Eastwick wounded 14 people, all dock workers.",
    )
    assert sup == [] and con == ["lakeport"]


def test_the_attack_as_the_outlet_states_it_is_supported() -> None:
    claim = (
        "A second attack, on the ferry terminal in nearby Eastwick, killed 14 people, all "
        "dock workers."
    )
    assert verdict(FIRES, claim)[0] == ["lakeport"]


PANEL = [
    {
        "id": "ostrander",
        "text": (
            "MILLBROOK _ The ethics panel released its findings on Thursday.\n\n"
            "One gap in the findings is the lack of a chapter accusing Paul Ostrander, the "
            "former mayor, of knowing about the bribes after the fact and keeping quiet.\n\n"
            "It was cut because Ostrander is suing the panel."
        ),
        "published": "2024-10-31",
    }
]


def test_a_claim_in_the_present_progressive_needs_its_own_verb_stated() -> None:
    # who is suing whom is the claim's main event; the chapter's description is not it
    claim = (
        "The ethics panel is suing Paul Ostrander, the former mayor, over a chapter of its "
        "findings accusing him of knowing about the bribes."
    )
    assert verdict(PANEL, claim)[0] == []


def test_the_suit_as_the_outlet_tells_it_is_supported() -> None:
    claim = (
        "Paul Ostrander, the former mayor, is suing the ethics panel over a chapter of its "
        "findings accusing him of knowing about the bribes."
    )
    assert verdict(PANEL, claim)[0] == ["ostrander"]
