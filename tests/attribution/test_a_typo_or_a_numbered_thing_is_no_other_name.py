"""A misspelt name and a name of another kind are no conflicting name.

"Pam Am flight 370" for "Pan Am Flight 370" is one letter off among the same words: a
typo of the same name. "Flight 370" is a numbered thing: a person's name in the same
place of another sentence ("accused Ivo Brandt of bombing a jet") is no rival for it.
Another person in a person's place still is.
Stories written for these tests (fictional).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.names import same_kind, spelled_in_context

BOMBING = [
    {
        "id": "paper-1",
        "text": (
            "The country is under sanctions for failing to hand over two men wanted in the "
            "bombing of Pam Am flight 370 over Kelso in 1991, in which 112 people died.\n"
        ),
    },
    {
        "id": "wire-2",
        "text": (
            "Prosecutors have accused Ivo Brandt and Marek Sall of bombing a Pan Am jumbo "
            "jet over Kelso in 1991, killing 112 people.\n"
        ),
    },
]

CLAIM = "Pan Am Flight 370 was bombed over Kelso in 1991, killing 112 people."


def test_a_typo_of_the_name_is_no_contradiction() -> None:
    (att,) = newsbrief.attribute(BOMBING, [CLAIM])
    assert att.contradicted_by == ()
    assert "paper-1" in [e.article_id for e in att.supported_by]


def test_a_one_letter_change_counts_as_a_typo_only_among_the_same_words() -> None:
    mine = facts_of("Pan Am Flight 370 was bombed.", frozenset({"pan", "am", "flight"}))
    same = facts_of("the bombing of Pam Am flight 370", frozenset({"pam", "am"}))
    other = facts_of("Pam Ross said on Monday", frozenset({"pam", "ross"}))
    assert spelled_in_context("pan", mine.seq, same.seq, same.name_canons)
    assert not spelled_in_context("pan", mine.seq, other.seq, other.name_canons)


def test_a_numbered_thing_and_a_person_are_names_of_two_kinds() -> None:
    flight = next(
        n for n in facts_of("The jet, Flight 370, was bombed.").names if "Flight" in n.text
    )
    person = facts_of("Prosecutors accused Ivo Brandt of bombing a jet.").names[-1]
    assert flight.numbered and not person.numbered
    assert not same_kind(flight, person)


def test_another_person_in_the_doers_place_still_contradicts() -> None:
    story = [
        {
            "id": "wire-1",
            "text": "Marek Sall was convicted of the Kelso bombing on Tuesday, the court said.\n",
        }
    ]
    (att,) = newsbrief.attribute(
        story, ["Ivo Brandt was convicted of the Kelso bombing on Tuesday, the court said."]
    )
    assert [e.article_id for e in att.contradicted_by] == ["wire-1"]
