"""A thing denied by "no" or "without" after the claim's own verb contradicts the claim.

"The warehouse had no sprinklers" denies "The warehouse had sprinklers": the "no" binds
to the object the verb takes, so the whole statement is denied, and the reader is shown
the two phrases ("had sprinklers vs had no sprinklers"). Only the same verb's object
counts: "had no sprinklers" says nothing of sprinklers someone "installed". With
``negation_phrase`` off the denial only blocks support. Invented stories.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.attribution import config

from .judging import judged

ARTICLE_NO = "The Dunmore warehouse had no sprinklers, fire officials said on Monday."


def test_had_no_sprinklers_contradicts_had_sprinklers_in_words() -> None:
    assert judged(ARTICLE_NO, "The Dunmore warehouse had sprinklers.") == (
        [],
        ["had sprinklers vs had no sprinklers"],
    )


def test_the_claims_own_no_is_shown_as_the_phrase_too() -> None:
    article = "The Dunmore warehouse had sprinklers, fire officials said on Monday."
    assert judged(article, "The Dunmore warehouse had no sprinklers.") == (
        [],
        ["had no sprinklers vs had sprinklers"],
    )


def test_built_without_contradicts_built_with() -> None:
    article = "The Dunmore warehouse was built without sprinklers, fire officials said."
    assert judged(article, "The Dunmore warehouse was built with sprinklers.") == (
        [],
        ["built with sprinklers vs built without sprinklers"],
    )


def test_another_verbs_object_is_no_denial() -> None:
    # "installed sprinklers" may be true of a warehouse that had none before
    _, contradicted = judged(ARTICLE_NO, "Workers installed sprinklers at the Dunmore warehouse.")
    assert contradicted == []


def test_the_same_story_told_with_no_is_still_support() -> None:
    assert judged(ARTICLE_NO, "The Dunmore warehouse had no sprinklers.") == (["wire"], [])


def test_with_the_switch_off_the_denial_only_blocks_support(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(negation_phrase=0)
    assert judged(ARTICLE_NO, "The Dunmore warehouse had sprinklers.") == ([], [])


def test_a_window_that_also_states_the_thing_does_not_deny_it() -> None:
    article = (
        "The old Dunmore warehouse had no sprinklers, but the new Dunmore warehouse had "
        "sprinklers, officials said."
    )
    _, contradicted = judged(article, "The new Dunmore warehouse had sprinklers.")
    assert contradicted == []


def test_no_before_a_modified_noun_denies_the_noun() -> None:
    article = "The Dunmore warehouse had no working sprinklers, officials said."
    assert judged(article, "The Dunmore warehouse had sprinklers.") == (
        [],
        ["had sprinklers vs had no working sprinklers"],
    )


def test_no_after_an_article_is_a_compound_not_a_denial() -> None:
    article = "The Dunmore council held a no confidence vote on Monday, officials said."
    assert judged(article, "The Dunmore council held a no confidence vote on Monday.") == (
        ["wire"],
        [],
    )


def test_no_in_an_adverb_denies_nothing() -> None:
    article = "The Dunmore mayor no doubt knew of the fire risk, officials said."
    _, contradicted = judged(article, "The Dunmore mayor knew of the fire risk.")
    assert contradicted == []
