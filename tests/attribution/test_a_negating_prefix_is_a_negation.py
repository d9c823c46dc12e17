"""An adjective with a negating prefix ("unhappy", "illegal", "unlikely") says its base
word negated: "the workers are unhappy with the offer" contradicts "the workers are very
happy with the offer" and agrees with "are not happy with it". The base is never guessed:
it must be a word the other side says as an adjective, so a noun or a verb that only looks
prefixed ("unrest", "inform", "uncovered") is read as itself. The sentences are written
for the tests."""

from __future__ import annotations

from newsbrief.attribution import attribute
from newsbrief.attribution.facts import read
from newsbrief.attribution.negation import prefix_negations


def _story(text: str) -> list[dict[str, str]]:
    return [{"id": "port-wire", "published": "2026-03-02", "text": text}]


def _prefixed(sentence: str, other: str) -> dict[str, str]:
    own = read(sentence)
    return prefix_negations(own[1], own[2], [read(other)])


def test_a_prefixed_adjective_contradicts_its_base() -> None:
    story = _story(
        "Union leader Maria Kovac said the dock workers are very happy with the pay "
        "offer from the port authority.\n\nA vote is due on Friday."
    )
    (result,) = attribute(
        story, ["Maria Kovac said the dock workers are unhappy with the pay offer."]
    )
    assert [s.article_id for s in result.contradicted_by] == ["port-wire"]
    assert not result.supported_by


def test_a_base_adjective_is_contradicted_by_its_prefixed_form() -> None:
    story = _story(
        "Port officials said the new tariff on imported steel was unfair to local "
        "shipyards.\n\nThe tariff takes effect in May."
    )
    (result,) = attribute(
        story, ["Port officials said the new tariff on imported steel was fair to local shipyards."]
    )
    assert [s.article_id for s in result.contradicted_by] == ["port-wire"]
    assert not result.supported_by


def test_a_prefixed_adjective_agrees_with_the_negated_base() -> None:
    assert _prefixed("The workers are unhappy.", "The workers are not happy.") == {
        "unhappi": "happi"
    }
    story = _story(
        "Union leader Maria Kovac said the dock workers are not happy with the pay offer "
        "from the port authority.\n\nA vote is due on Friday."
    )
    (result,) = attribute(
        story, ["Maria Kovac said the dock workers are unhappy with the pay offer."]
    )
    assert [s.article_id for s in result.supported_by] == ["port-wire"]
    assert not result.contradicted_by


def test_a_negated_base_agrees_with_the_prefixed_adjective() -> None:
    story = _story(
        "Union leader Maria Kovac said the dock workers are unhappy with the pay offer "
        "from the port authority.\n\nA vote is due on Friday."
    )
    (result,) = attribute(
        story, ["Maria Kovac said the dock workers are not happy with the pay offer."]
    )
    assert [s.article_id for s in result.supported_by] == ["port-wire"]
    assert not result.contradicted_by


def test_a_base_is_never_guessed() -> None:
    # the base must be a word the other side says as an adjective
    assert _prefixed("A deal is unlikely.", "A deal was reached.") == {}
    assert _prefixed("A deal is unlikely.", "A deal is likely.")
    # nouns and verbs that only look prefixed
    assert _prefixed("There was unrest in the port.", "The rest of the port was calm.") == {}
    assert _prefixed("They will inform the union.", "They will form a union.") == {}
    assert _prefixed("The plot was uncovered.", "The plot was covered by the press.") == {}
    assert _prefixed("The guard is inside.", "The guard is on the other side.") == {}
