"""Who did what to whom, turned round, gets no support in whatever form it is written:
an active verb ("Barcelona beat Real Madrid" for "Real Madrid beat Barcelona"), a
passive with "by", a possessor's deed noun ("Libya's attack on Egypt"), a giver and a
receiver ("handed ... to France"). Both names in each other's role contradict; the
claim as the outlet tells it, in another form of the same deed, is still supported;
a deed done together ("met") has no sides.

The stories are written for these tests, in the shape of wire reports: the forms of
the deed are what is tested.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.roles import deed_roles, roles_traded


def verdict(story: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(story, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


MATCH = [
    {
        "id": "sport",
        "text": (
            "MADRID (AP) _ Real Madrid beat Barcelona 3-1 on Sunday in a league match "
            "watched by 90,000 fans at the Bernabeu stadium, the club said."
        ),
    }
]
HANDOVER = [
    {
        "id": "wire",
        "text": (
            "LONDON (AP) _ Britain handed the suspect to France on Wednesday under a "
            "European arrest warrant, the Home Office said."
        ),
    }
]
RAID = [
    {
        "id": "wire",
        "text": (
            "CAIRO (AP) _ Egypt's attack on Libya's border posts on Monday killed three "
            "soldiers, the Libyan news agency said."
        ),
    }
]


def test_the_loser_told_as_the_winner_is_contradicted() -> None:
    assert verdict(MATCH, "Barcelona beat Real Madrid 3-1 on Sunday in a league match.") == (
        [],
        ["sport"],
    )


def test_the_winner_told_in_the_passive_is_contradicted() -> None:
    claim = "Real Madrid was beaten by Barcelona 3-1 on Sunday in a league match."
    assert verdict(MATCH, claim) == ([], ["sport"])


def test_the_result_as_the_outlet_tells_it_in_the_passive_is_supported() -> None:
    claim = "Barcelona was beaten by Real Madrid 3-1 on Sunday in a league match."
    assert verdict(MATCH, claim)[0] == ["sport"]


def test_the_giver_and_the_receiver_swapped_are_contradicted() -> None:
    claim = "France handed the suspect to Britain on Wednesday under a European arrest warrant."
    assert verdict(HANDOVER, claim) == ([], ["wire"])


def test_the_handover_as_the_outlet_tells_it_is_supported() -> None:
    claim = "Britain handed the suspect to France on Wednesday under a European arrest warrant."
    assert verdict(HANDOVER, claim)[0] == ["wire"]


def test_a_possessors_attack_turned_round_is_not_supported() -> None:
    claim = "Libya's attack on Egypt's border posts on Monday killed three soldiers."
    assert verdict(RAID, claim)[0] == []


def test_the_deed_is_read_in_each_form_with_its_doer_and_the_one_it_was_done_to() -> None:
    active = deed_roles("Syria accuses Turkey of aiding the rebels.")
    assert [(d.verb, set(d.doer), set(d.undergoer)) for d in active] == [
        ("accus", {"syria"}, {"turkei"})
    ]
    passive = deed_roles("Cardinal Stepinac, who was persecuted by Tito, died in 1960.")
    assert passive[0].doer == {"tito"} and "stepinac" in passive[0].undergoer
    noun = deed_roles("Intuit's abortive deal to acquire Microsoft was rejected.")
    assert ("acquir", {"intuit"}, {"microsoft"}) in [
        (d.verb, set(d.doer), set(d.undergoer)) for d in noun
    ]


def test_one_name_in_the_other_role_blocks_support_without_contradicting() -> None:
    # the claim's doer is the one the sentence's deed was done to; its own object is
    # not named there: perhaps another deed of the pair, not the claim's told otherwise
    found = roles_traded(
        "Intuit's abortive deal to acquire Microsoft was rejected.",
        "As in its abortive deal to acquire the software maker Intuit, Microsoft is buying.",
    )
    assert found is not None and found[2] is False


def test_a_deed_done_together_has_no_sides() -> None:
    assert roles_traded("Assad met Mubarak in Damascus.", "Mubarak met Assad in Damascus.") is None


def test_the_same_doer_with_another_object_is_no_role_turned() -> None:
    assert roles_traded("Real Madrid beat Sevilla 2-0.", "Real Madrid beat Barcelona 3-1.") is None


def test_a_giver_and_receiver_traded_around_a_named_object_are_the_deed_turned() -> None:
    found = roles_traded(
        "Turkey handed Ocalan over to Italy on Friday.",
        "Italy handed Ocalan over to Turkey on Friday.",
    )
    assert found is not None and found[2] is True


def test_another_receiver_is_no_role_turned() -> None:
    assert (
        roles_traded(
            "Italy handed Ocalan over to Germany on Friday.",
            "Italy handed Ocalan over to Turkey on Friday.",
        )
        is None
    )


def test_a_deed_noun_with_of_and_by_has_its_doer_after_by() -> None:
    found = roles_traded(
        "Kaya arrested Turkish police officers.",
        "The arrest of Kaya by Turkish police drew protests.",
    )
    assert found is not None and found[2] is True


def test_a_charge_told_by_its_that_clause_names_the_accused() -> None:
    # "its accusations ... that Syria is supporting": Turkey accuses Syria
    found = roles_traded(
        "Syria accuses Turkey of aiding the rebels.",
        "Turkey has massed troops along its border after stepping up its accusations "
        "in recent days that Syria is supporting the rebels.",
    )
    assert found is not None and found[2] is True


def test_a_relative_clause_after_a_charge_names_no_one_accused() -> None:
    # "a charge that Ankara denies": Ankara denies it, it is not charged
    assert not any(
        d.noun
        for d in deed_roles("Syria accuses Turkey of aiding rebels, a charge that Ankara denies.")
    )


def test_a_speaker_named_after_said_is_no_one_the_words_were_said_to() -> None:
    # "..., said resident Mara Quill": the speaker, not someone something was done to
    assert (
        roles_traded(
            "Mara Quill said she lost everything in an hour.",
            "``We lost everything in an hour,'' said resident Mara Quill, 61.",
        )
        is None
    )
