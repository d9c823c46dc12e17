"""Who lost to whom, and a deed a sentence puts in a time to come, are read as said.

"Ortega lost the election to da Costa" names da Costa as the winner: it is what "da
Costa defeated Ortega" says, so "Ortega appeared to have defeated da Costa" contradicts
it, while the claim told the right way round keeps its support. "the ruling
would wait until the cause of the flood has been determined" says the cause is not yet
determined: it supports no claim that it was, though it repeats nearly every word, and
a sentence that states the deed as done still does. Stories written for these tests
(fictional).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.predicate import converse

RACE = [
    {
        "id": "wire-1",
        "text": (
            "In early returns, Ortega appeared to have defeated Pedro Alves da Costa, the "
            "council member who ran against her, with 58 percent of the vote in the "
            "mayoral election.\n"
        ),
    },
    {
        "id": "paper-2",
        "text": "Many voters in the river wards lost their homes in the spring floods.\n",
    },
]


FLOOD = [
    {
        "id": "wire-1",
        "text": (
            "The town clerk said a ruling on the insurance claims would wait until the "
            "cause of the flood at the Millbrook library has been determined.\n"
        ),
    },
    {
        "id": "paper-2",
        "text": (
            "Engineers determined the cause of the flood at the Millbrook library on "
            "Tuesday: a cracked water main under the reading room.\n"
        ),
    },
]


def _verdicts(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def _supported(docs: list[dict[str, str]], claim: str) -> list[str]:
    return _verdicts(docs, claim)[0]


def test_the_winner_told_as_the_loser_is_contradicted_not_supported() -> None:
    claim = "Ortega lost the election to Pedro Alves da Costa."
    assert _verdicts(RACE, claim) == ([], ["wire-1"])


def test_the_loser_told_as_the_loser_keeps_its_support() -> None:
    claim = "Pedro Alves da Costa lost the election to Ortega."
    assert _verdicts(RACE, claim) == (["wire-1"], [])


def test_a_deed_a_decision_waits_for_is_not_stated_as_done() -> None:
    claim = "Police determined the cause of the flood at the Millbrook library."
    assert "wire-1" not in _supported(FLOOD, claim)


def test_a_deed_stated_as_done_still_supports() -> None:
    claim = "Engineers determined the cause of the flood at the Millbrook library."
    assert "paper-2" in _supported(FLOOD, claim)


GRANT = [
    {
        "id": "wire-1",
        "text": (
            "Council members said they would cut the school budget if the state grant "
            "was rejected by the legislature.\n"
        ),
    },
]


def test_a_deed_in_a_condition_is_neither_supported_nor_contradicted() -> None:
    claim = "The legislature rejected the state grant."
    assert _verdicts(GRANT, claim) == ([], [])


def test_a_loss_with_no_named_winner_is_not_read_as_a_defeat() -> None:
    assert converse("The mayor lost her seat to a rival.") is None
    assert converse("Ortega lost the election to Pedro Alves da Costa.") == (
        "Pedro Alves da Costa defeated Ortega the election."
    )
