"""A claim is not contradicted by what the evidence says of someone or somewhere else, of
another count, or of the same state on another day; and a figure of another place's
event does not support it. Each case keeps the true contradiction beside it.

The stories are invented for the test; each case is a kind of false verdict a user found
on real wire news (a city under its local name, a poll's "losing their jobs" against a
won election, exit polls against the official count, rivals against allies, a warning
kept in place on two days, two embassy bombings in neighbouring sentences).
"""

from __future__ import annotations

import newsbrief

FIRE = [
    {
        "id": "lede",
        "published": "2026-03-06",
        "text": "GOTEBORG, Sweden (AP) _ A fire at a ferry terminal killed 12 people and injured "
        "40 in Sweden's second-largest city.\n\nFirefighters fought the blaze for six hours.",
    },
    {
        "id": "next",
        "published": "2026-03-07",
        "text": "GOTEBORG, Sweden (AP) _ Investigators searched the burned ferry terminal on "
        "Saturday for the cause of the fire that killed 12 people.",
    },
]

VOTE = [
    {
        "id": "result",
        "published": "2026-03-09",
        "text": "Mayor Ana Ruiz won re-election on Sunday, taking a second term.\n\n"
        "Though exit polls gave Ruiz 58 percent of the vote, official tallies on Monday gave "
        "her 52 percent.\n\nRuiz's allies failed to win seats on the city council.",
    },
    {
        "id": "poll",
        "published": "2026-03-10",
        "text": "A poll published on Tuesday found that 60 percent of voters in the city are "
        "worried about losing their homes to floods.",
    },
]


def _verdicts(articles: list, claim: str) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    (att,) = newsbrief.attribute(articles, claim)
    conflicts = {
        e.article_id: [(d.claim, d.evidence) for d in e.details if d.status == "conflicts"]
        for e in att.contradicted_by
    }
    return [e.article_id for e in att.supported_by], conflicts


def test_a_city_under_another_spelling_is_supported_by_the_lede_naming_its_country() -> None:
    supported, conflicts = _verdicts(
        FIRE, "A fire at a ferry terminal in Gothenburg killed 12 people and injured 40."
    )
    assert supported == ["lede"]
    assert conflicts == {}


def test_another_city_is_still_contradicted_by_the_dateline() -> None:
    supported, conflicts = _verdicts(
        FIRE, "A fire at a ferry terminal in Stockholm killed 12 people and injured 40."
    )
    assert supported == []
    assert ("Stockholm", "Goteborg") in conflicts["next"]


def test_a_city_under_another_spelling_keeps_its_figure_contradicted() -> None:
    _, conflicts = _verdicts(FIRE, "A fire at a ferry terminal in Gothenburg killed 15 people.")
    assert [c for cs in conflicts.values() for c in cs] == [("15 people", "12 people")]


def test_an_opposite_outcome_for_other_people_is_no_contradiction() -> None:
    supported, conflicts = _verdicts(VOTE, "Ana Ruiz won re-election on Sunday.")
    assert supported == ["result"]
    assert conflicts == {}


def test_an_opposite_outcome_for_the_same_person_still_contradicts() -> None:
    _, conflicts = _verdicts(VOTE, "Ana Ruiz lost re-election on Sunday.")
    assert conflicts == {"result": [("lost", "won")]}


def test_a_figure_another_source_gave_is_not_the_claims_figure() -> None:
    supported, conflicts = _verdicts(VOTE, "Exit polls gave Ruiz about 58 percent.")
    assert supported == ["result"]
    assert conflicts == {}


def test_a_failure_of_another_party_does_not_deny_the_claims_deed() -> None:
    _, conflicts = _verdicts(VOTE, "Ruiz's rivals won seats on the city council.")
    assert conflicts == {}


def test_a_failure_of_the_same_party_still_denies_its_deed() -> None:
    _, conflicts = _verdicts(VOTE, "Ruiz's allies won seats on the city council.")
    assert conflicts == {"result": [("won", "not win")]}


def _warning(verb: str, second_day: str) -> list[dict]:
    return [
        {
            "id": "saturday",
            "published": "2026-03-07",
            "text": f"The Environment Agency {verb} a flood warning in place for the lower Tamar "
            "valley on Saturday.\n\nThe river rose a metre overnight.",
        },
        {
            "id": "sunday",
            "published": "2026-03-08",
            "text": f"The Environment Agency {verb} its flood warning for the lower Tamar valley "
            f"in place on {second_day} as more rain fell.",
        },
    ]


def test_a_state_kept_on_two_days_is_no_disagreement_on_the_date() -> None:
    claim = "The Environment Agency kept a flood warning in place for the Tamar valley on Saturday."
    supported, conflicts = _verdicts(_warning("kept", "Sunday"), claim)
    assert supported == ["saturday"]
    assert conflicts == {}


def test_a_deed_done_on_another_day_still_conflicts_on_the_date() -> None:
    claim = "The Environment Agency put a flood warning in place for the Tamar valley on Saturday."
    _, conflicts = _verdicts(_warning("put", "Friday"), claim)
    assert conflicts == {"sunday": [("Saturday", "Friday")]}


BOMBINGS = [
    {
        "id": "bombings",
        "published": "2026-03-07",
        "text": "Officials questioned the man and deported him. Soon after, Omar made his way to "
        "Tanzania where he took part in the bombing of the embassy that left 11 people dead."
        "\n\nThe embassy attack in Kenya unfolded that same day, killing 213 people.",
    },
    {
        "id": "nairobi",
        "published": "2026-03-08",
        "text": "NAIROBI, Kenya (AP) _ Rescue workers cleared the ruins of the embassy on Sunday.",
    },
    {
        "id": "dar",
        "published": "2026-03-08",
        "text": "DAR ES SALAAM, Tanzania (AP) _ The embassy reopened in a hotel on Sunday.",
    },
]


def test_a_figure_of_another_places_event_does_not_support_the_claim() -> None:
    supported, _ = _verdicts(BOMBINGS, "The bombing of the embassy in Kenya killed 11 people.")
    assert supported == []


def test_each_places_own_figure_is_still_supported() -> None:
    for claim in (
        "The bombing of the embassy in Tanzania killed 11 people.",
        "The embassy attack in Kenya killed 213 people.",
    ):
        supported, conflicts = _verdicts(BOMBINGS, claim)
        assert (supported, conflicts) == (["bombings"], {}), claim
