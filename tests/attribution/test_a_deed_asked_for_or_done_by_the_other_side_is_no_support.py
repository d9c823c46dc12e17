"""A deed only asked for, or done by the other side, does not back the claim of it.

"Dravia has extradited Korin to Ostria" is not stated by an article saying Ostria asked
for the paperwork necessary to extradite him: the deed is named as something needed,
never as done. An infinitive that a past-tense verb carries out ("the war prompted the
council to create the tribunal") does state the deed. "Velmaria accuses Dravia of
arming the rebels" is not backed by "the Korval government accuses Velmaria of arming
the rebels" when the story's datelines put Korval in Dravia, nor by "Dravian officials
accused Velmaria ...": a city and a demonym stand for their country on either side
of the verb. The stories below are written for these tests (invented countries, cities
and people).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.lexicon import canon
from newsbrief.attribution.predicate import only_governed, present_verb

EXTRADITION = [
    {
        "id": "request",
        "text": "MUNICH, Dravia (AP) _ Ostrian prosecutors have asked for a 20-day extension "
        "to provide Dravia with the paperwork necessary to extradite the rebel financier "
        "Pavel Korin, officials said Saturday.\n",
    },
    {
        "id": "done",
        "text": "MUNICH, Dravia (AP) _ Dravia has extradited the rebel financier Pavel Korin "
        "to Ostria, officials said Saturday.\n",
    },
]

TRIBUNAL = [
    {
        "id": "prompted",
        "text": "Court\n\nThe border war prompted the regional council to create the "
        "tribunal in 1993 with a mandate to try war crimes.\n",
    },
]

CHARGES = [
    {
        "id": "city",
        "text": "KORVAL, Dravia (AP) _ Rebels fighting for autonomy in southern Dravia raid "
        "from camps across the border. The Korval government accuses Velmaria of arming "
        "the rebels, a charge Velmaria denies.\n",
    },
    {
        "id": "demonym",
        "text": "KORVAL, Dravia (AP) _ On Monday, Dravian officials accused Velmaria of arming "
        "the rebels who have been fighting for self-rule in southern Dravia.\n",
    },
    {
        "id": "same",
        "text": "VELM, Velmaria (AP) _ Velmaria accuses Dravia of arming the rebels, a charge "
        "Dravia denies.\n",
    },
]


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return (
        sorted(e.article_id for e in att.supported_by),
        sorted(e.article_id for e in att.contradicted_by),
    )


def test_a_deed_named_only_as_needed_does_not_back_it_as_done() -> None:
    supported, _ = verdict(EXTRADITION, "Dravia has extradited Pavel Korin to Ostria.")
    assert supported == ["done"]


def test_an_infinitive_a_past_verb_carries_out_states_the_deed() -> None:
    supported, _ = verdict(TRIBUNAL, "The regional council created the tribunal in 1993.")
    assert supported == ["prompted"]


def test_the_other_side_accusing_does_not_back_a_present_tense_charge() -> None:
    supported, _ = verdict(CHARGES, "Velmaria accuses Dravia of arming the rebels.")
    assert supported == ["same"]


def test_a_present_tense_verb_between_two_names_is_the_main_verb() -> None:
    assert present_verb("Velmaria accuses Dravia of arming the rebels.") is not None
    # a plural noun after a name is no verb: nothing follows it that it could act on
    assert present_verb("The Velmarian charges were dropped on Monday.") is None


def test_an_infinitive_is_governed_unless_a_past_verb_carries_it_out() -> None:
    needed = ["They asked to give the court papers necessary to extradite him."]
    assert only_governed(needed, "extradit") == "to extradite"
    asked = ["He said he'd ask the leader to form a government."]
    assert only_governed(asked, "form") == "to form"
    carried = ["The war prompted the council to create the tribunal."]
    assert only_governed(carried, canon("create")) is None
    voted = ["The council voted narrowly on Tuesday night to approve the stadium."]
    assert only_governed(voted, canon("approve")) is None
    done = ["Dravia has extradited him, and plans to extradite two more."]
    assert only_governed(done, "extradit") is None
