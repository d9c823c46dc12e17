"""A denial of the claim's deed in noun form never supports the deed.

Wire copy often denies a deed by its noun: "there was no word on any ransom demand",
"officials had not received any ransom demand". A negation's "any" opens the noun
phrase it denies, so such a sentence states the opposite of "the kidnappers demanded a
ransom", however many of the claim's words it repeats.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of

CLAIM = "The smugglers demanded a ransom for the three fishermen."


def verdict(sentence: str) -> tuple[list[str], list[str]]:
    text = (
        "PORT LOUIS, Mauritius (AP) _ Smugglers seized three fishermen off the coast. " + sentence
    )
    (att,) = newsbrief.attribute([{"id": "wire", "text": text}], [CLAIM])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_a_negated_any_phrase_is_denied_as_a_whole() -> None:
    assert {"ransom", "demand"} <= facts_of("There was no word on any ransom demand.").negated
    assert "demand" in facts_of("They had not received any ransom demand for the men.").negated


def test_any_outside_a_negation_or_past_its_clause_is_not_denied() -> None:
    assert "demand" not in facts_of("Police asked whether any ransom demand was made.").negated
    # the clause of the negation ends at the comma: "any" there opens another
    assert "demand" not in facts_of("No one was hurt, and any ransom demand was paid.").negated


def test_no_word_on_any_demand_never_supports_the_demand() -> None:
    supported, _ = verdict("There was no word on any ransom demand for the three fishermen.")
    assert supported == []


def test_not_received_any_demand_never_supports_the_demand() -> None:
    supported, _ = verdict(
        "Officials said they had not received any ransom demand for the three fishermen."
    )
    assert supported == []


def test_the_demand_stated_still_supports() -> None:
    supported, contradicted = verdict(
        "The smugglers demanded a ransom for the three fishermen, officials said."
    )
    assert (supported, contradicted) == (["wire"], [])
