"""A title's main clause is read past a relative clause or a participle aside after its
subject, and an opening phrase ends only where it holds no clause of its own: so what a
sentence says happened decides whether it states no event, and a lede cut before its main
verb is not a title. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.render import main_clause, reaches_main_verb, states_no_event


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause with no comma between the subject and its verb
        "Divers who searched the lake found no wreckage.",
        "Inspectors who had toured the plant could not explain the leak.",
        # a participle aside between commas
        "The mayor, standing on the pier, said the ferry would not sail again.",
        "Searchers, combing the hills at dawn, found no sign of the climbers.",
    ],
)
def test_a_negated_main_clause_behind_a_relative_clause_or_aside_is_no_event(
    sentence: str,
) -> None:
    assert states_no_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the negation is the relative clause's, not the main clause's
        "Farmers who had not been paid blocked the highway on Tuesday.",
        # an opening that holds its own subject and verb is the main clause, not an
        # introduction: the trailing "but no ..." is background
        "Last season's runner-up took the cup, but no goal was scored.",
        "In Lyon the coach quit on Friday, but no replacement was named.",
        "About 30 pupils fell sick, but no one was taken to hospital.",
    ],
)
def test_a_negation_outside_the_main_clause_is_still_news(sentence: str) -> None:
    assert not states_no_event(sentence)


def test_the_main_clause_skips_the_aside_and_keeps_the_verb() -> None:
    assert main_clause("The mayor, standing on the pier, said the ferry sailed.") == (
        "The mayor, said the ferry sailed."
    )
    assert main_clause("Divers who searched the lake found the wreck.").endswith("found the wreck.")
    # an opening with a verb of its own ends at its comma, not before
    assert main_clause("Last season's runner-up took the cup, but no goal was scored.") == (
        "Last season's runner-up took the cup,"
    )


def test_a_lede_cut_in_a_relative_clause_after_a_time_phrase_reaches_no_verb() -> None:
    # the relative clause's verb ("steered") is not the main verb
    assert not reaches_main_verb(
        "On Tuesday, the retired ferry captain who steered boats across the bay for…"
    )
    # a second opening phrase cut before its comma holds no main verb either
    assert not reaches_main_verb(
        "Yesterday, in a lengthy letter about the walkout that closed the mill for…"
    )
    # the main verb right after the time phrase is still reached
    assert reaches_main_verb("On Tuesday, the retired ferry captain steered his last boat across…")
    assert reaches_main_verb("Yesterday, in a lengthy letter, the union said it would strike…")
