"""A figure, a date or an outcome agrees or conflicts only with one of the same deed.

A figure hangs on its own verb ("licensed for 250" is not "held 250"), a date dates the
deed it hangs on ("killed ... on Thursday night" is not "by the time the sun rose
Friday"), an opposite outcome is one only for the same counted group ("killed 60" is
not denied by "another 170 were injured"), and a word inside a proper name ("Holy War")
states no outcome at all.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of

LEAD = "KOBE, Japan (AP) _ "


def verdict(
    claim: str, *sentences: str, published: str = "2003-05-10"
) -> tuple[list[str], list[str]]:
    text = LEAD + " ".join(sentences)
    (att,) = newsbrief.attribute([{"id": "wire", "text": text, "published": published}], [claim])
    return [s.article_id for s in att.supported_by], [s.explanation for s in att.contradicted_by]


def test_a_figure_of_another_verb_does_not_agree() -> None:
    sentence = (
        "Licensed for 120 guests at most, the club held at least 300 and maybe 500 when the "
        "fire began."
    )
    supported, _ = verdict(
        "About 500 fans were inside a club licensed for 300 people when the fire began.", sentence
    )
    assert supported == []
    supported, _ = verdict(
        "About 500 fans were inside a club licensed for 120 people when the fire began.", sentence
    )
    assert supported == ["wire"]


def test_figures_of_one_verb_are_matched_one_to_one() -> None:
    # "rejected 214 of 400": the whole stays the whole, the part the part
    supported, contradicted = verdict(
        "The board rejected 214 of 400 applicants for the permits.",
        "The board has rejected 214 applicants out of 400 who wanted the permits.",
    )
    assert (supported, contradicted) == (["wire"], [])


def test_a_date_binds_to_the_deed_it_dates() -> None:
    (killed,) = facts_of("The fire killed 40 people on Thursday night.").dates
    (rose,) = facts_of("By the time the sun rose Friday they were dead.").dates
    assert killed.event != rose.event


def test_two_deeds_on_two_days_do_not_conflict() -> None:
    _, contradicted = verdict(
        "The fire in the club killed 40 people on Thursday night.",
        "Fans packed the club for a night of dancing, but by the time the sun rose Friday "
        "they were dead, victims of a fire that killed 40 of them.",
    )
    assert contradicted == []


def test_one_deed_named_as_a_noun_still_conflicts() -> None:
    _, contradicted = verdict(
        "Police acting on a warrant arrested club owner Ken Sato near Osaka on Sept. 6.",
        "Club owner Ken Sato has been jailed since his arrest near Osaka on Sept. 2 by "
        "police acting on a warrant.",
        published="2003-09-10",
    )
    assert contradicted == ["Sept. 6 vs Sept. 2"]


def test_an_outcome_of_another_counted_group_is_no_opposite() -> None:
    _, contradicted = verdict(
        "A fire in the club killed 40 people.",
        "Police said another 170 people were injured in the fire in the club.",
    )
    assert not any("killed vs injured" in why for why in contradicted)


def test_the_same_group_with_the_opposite_outcome_still_conflicts() -> None:
    _, contradicted = verdict(
        "The blast killed the two guards at the gate.",
        "The blast injured the two guards at the gate.",
    )
    assert contradicted == ["killed vs injured"]


def test_a_word_inside_a_proper_name_states_no_outcome() -> None:
    _, contradicted = verdict(
        "The Holy War Front claimed responsibility for the market bombing.",
        "The rebel group Eta, which has tried to wreck the peace accord, claimed "
        "responsibility for the market bombing.",
    )
    assert not any("peace" in why for why in contradicted)
