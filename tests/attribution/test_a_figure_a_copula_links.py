"""A figure that a form of "be" links is a value of that copula's subject, not of a deed
further off.

"400 people who were at the party" counts who was there, not who was killed, even in
a sentence whose main verb is "killed"; "the death toll was 95" counts deaths, "the toll
of the storm was 95" a toll. So a toll and a head count are never called one quantity
stated two ways, and a toll said with a copula is still the deaths' figure.
Our own texts throughout.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.lexicon import canon

LEAD = "KOBE, Japan (AP) _ "
CLAIM = "The fire at the Kobe dance hall killed 80 people."


def contradictions(claim: str, *sentences: str) -> list[str]:
    text = LEAD + " ".join(sentences)
    (att,) = newsbrief.attribute([{"id": "wire", "text": text, "published": "2003-05-10"}], [claim])
    return [s.explanation for s in att.contradicted_by]


def events(sentence: str) -> list[frozenset[str]]:
    return [q.event for q in facts_of(sentence).quantities]


def test_a_head_count_is_no_toll_though_the_sentence_says_killed() -> None:
    assert (
        contradictions(
            CLAIM,
            "The fire at the Kobe dance hall killed many of the 400 people who were at a party.",
        )
        == []
    )
    assert (
        contradictions(
            CLAIM, "Of the 400 people who were at the Kobe dance hall, the fire killed many."
        )
        == []
    )
    assert (
        contradictions(
            CLAIM, "There were 400 people at the Kobe dance hall when the fire killed dozens."
        )
        == []
    )


def test_a_toll_stated_with_a_verb_still_conflicts() -> None:
    assert contradictions(CLAIM, "The fire at the Kobe dance hall killed 95 people.") == [
        "80 people vs 95 people"
    ]


def test_two_head_counts_of_the_same_place_are_one_quantity() -> None:
    got = contradictions(
        "About 400 people were at the Kobe dance hall when the fire broke out.",
        "Some 250 people were at the Kobe dance hall when the fire broke out.",
    )
    assert got == ["About 400 people vs Some 250 people"]


def test_a_figure_after_a_copula_belongs_to_the_copula_subject() -> None:
    kill = canon("killed")
    (toll,) = events("Police said the death toll from the fire was 95.")
    assert kill in toll  # "death toll": the deaths
    (number,) = events("The number of dead was 95.")
    assert kill in number  # the number of the dead
    (bare,) = events("Police said the toll was 400.")
    assert kill not in bare  # a toll of what is not said: not read as deaths
    (present,) = events("Police said 400 people were at the party.")
    assert kill not in present


def test_a_passive_or_a_predicate_adjective_is_still_the_deed() -> None:
    kill = canon("killed")
    assert events("In the fire 95 people were killed.") == [frozenset([kill])]
    assert events("In the fire 95 people were dead by morning.") == [frozenset([kill])]
    # a denial goes on to its verb ("were not killed")
    assert events("Police said 95 people were not killed but injured.") == [frozenset([kill])]
