"""Support needs the claim's main event: its verb, its participants' roles, its mood.

Each story here is written for the test; the situations are the kinds found in the
real-news dev set (docs/attribution.md): a near copy with the main verb changed, names
trading places around a verb said again later, a plan in a window of two sentences,
and a denial said in other words.
"""

from __future__ import annotations

from newsbrief.attribution import attribute
from newsbrief.attribution.facts import Facts, facts_of

PORTS = [
    {
        "id": "wire",
        "text": (
            "The northern harbours of Kessel in Norland and Varna Bay in Ostria were closed "
            "on Monday because of gales, state radio said.\n\n"
            "Shipping firms said dozens of cargo ships lay at anchor outside."
        ),
    }
]


def supported(story: list[dict[str, str]], claim: str) -> set[str]:
    (result,) = attribute(story, [claim])
    return {s.article_id for s in result.supported_by}


def test_a_near_copy_with_another_main_verb_is_not_support() -> None:
    claim = (
        "The northern harbours of Kessel in Norland and Varna Bay in Ostria reopened on "
        "Monday after being shut by gales, state radio said."
    )
    assert supported(PORTS, claim) == set()
    (result,) = attribute(PORTS, [claim])
    assert result.supported_by == ()


def test_the_same_event_in_other_words_is_still_support() -> None:
    claim = "Gales shut the northern harbours of Kessel and Varna Bay on Monday, state radio said."
    assert supported(PORTS, claim) == {"wire"}


TRIAL = [
    {
        "id": "court",
        "text": (
            "Like every guard at the depot, Dario Vesk was obeying orders, his defence "
            "argued.\n\n"
            "Jonas Prell, who faces a trial of his own, took the witness stand and "
            "commended Vesk for letting him keep a radio, lending Prell a coat in winter "
            "and playing cards with him."
        ),
    }
]


def test_names_trading_places_around_the_verb_are_not_support() -> None:
    # "Prell" is said again after the verb ("lending Prell a coat"): the verb's
    # own subject and object are the names nearest to it
    claim = (
        "Depot guard Dario Vesk took the witness stand and commended fellow accused "
        "Jonas Prell for letting him keep a radio and playing cards with him."
    )
    assert supported(TRIAL, claim) == set()
    true = (
        "Jonas Prell took the witness stand and commended Dario Vesk for letting him keep "
        "a radio and playing cards with him."
    )
    assert supported(TRIAL, true) == {"court"}


def test_a_window_of_several_sentences_keeps_their_plans_and_deeds() -> None:
    # a plan said in one sentence of a wider evidence window is still a plan there:
    # "would soon carry out an exercise" does not state "carried out an exercise"
    parts = [
        facts_of("Troops reinforced the garrison close to the frontier post at Halvik."),
        facts_of("Minister Arno Sedlak said Norland would soon carry out an exercise."),
    ]
    window = Facts.union(parts)
    claim = facts_of("Norland carried out an exercise close to the frontier.")
    (deed,) = claim.realis & window.content
    assert deed in window.irrealis and deed not in window.realis
    assert "reinforc" in window.realis


DISPUTE = [
    {
        "id": "daily",
        "text": (
            "Dravia, for its own part, has been careful to keep out of the quarrel, "
            "insisting that it is not a side in the row between Norland and Ostria."
        ),
    }
]


def test_a_denial_in_other_words_supports_a_denial() -> None:
    assert supported(DISPUTE, "Dravia says it has no part in the Norland-Ostria row.") == {"daily"}


def test_a_denial_is_not_supported_by_a_plain_assertion() -> None:
    story = [
        {
            "id": "daily",
            "text": "Dravia said it is part of the row between Norland and Ostria.",
        }
    ]
    assert supported(story, "Dravia says it has no part in the Norland-Ostria row.") == set()


def test_the_same_object_a_few_words_later_is_the_same_fact() -> None:
    story = [
        {
            "id": "doctors",
            "text": "Doctors said most patients froze to death in unheated wards and corridors.",
        }
    ]
    assert supported(story, "Most patients froze in unheated wards and corridors.") == {"doctors"}


# An opening subordinate clause dates or explains the main event ("A day after ...,",
# "When ...,"): an outlet that reports the main event without it reports the claim.
RELEASE = [
    {
        "id": "outlet-a",
        "text": (
            "Rebel commander Ivo Marsh released a recorded statement on Tuesday urging "
            "his fighters to hold the northern passes.\n\n"
            "The army said it had taken two villages near the border."
        ),
    }
]
BACKGROUND_CLAIM = (
    "Two days after the army said it had reached the outskirts of the capital city, "
    "rebel commander Ivo Marsh released a recorded statement on Tuesday urging his "
    "fighters to hold the northern passes."
)


def test_an_opening_background_clause_may_be_left_out_by_an_outlet() -> None:
    assert supported(RELEASE, BACKGROUND_CLAIM) == {"outlet-a"}


def test_the_main_clause_after_a_background_clause_must_still_agree() -> None:
    # the background is peripheral, the main event is not: another day is no support
    claim = BACKGROUND_CLAIM.replace("on Tuesday", "on Friday")
    assert supported(RELEASE, claim) == set()
    claim = BACKGROUND_CLAIM.replace("Ivo Marsh", "Petar Lund")
    assert supported(RELEASE, claim) == set()


def test_the_main_clause_is_found_after_an_opening_subordinate_clause() -> None:
    from newsbrief.attribution.clauses import main_clause

    lo, hi = main_clause(BACKGROUND_CLAIM)
    assert BACKGROUND_CLAIM[lo:hi].startswith("rebel commander Ivo Marsh released")
    # too short a rest, or no subordinate opener: the whole claim is the main clause
    short = "After the vote, the bill passed."
    assert main_clause(short) == (0, len(short))
    plain = "The army said, in a statement, that it had taken two villages near the border."
    assert main_clause(plain) == (0, len(plain))
