"""Another holder of the post the claim gives a name contradicts it.

Wire copy names people by their post: "union spokesman Peter Hall", "Mark Dale, the
union's spokesman". A claim that gives the post to one person is contradicted by an
article that gives the same post to another in the same statement; a bare "a
spokesman" is anyone's, so it binds no one.
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config
from newsbrief.attribution.lexicon import tokenize
from newsbrief.attribution.names import names

CLAIM = "Union spokesman Peter Hall said the dock strike would end on Monday after talks."


def posts(sentence: str) -> dict[str, str]:
    toks = tokenize(sentence)
    proper = frozenset({"mark", "union"})  # capitalised inside the story's sentences
    return {n.text: n.post for n in names(toks, [t.lower() for t in toks], proper)}


def verdict(text: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute([{"id": "wire", "text": text}], [CLAIM])
    return [s.article_id for s in att.supported_by], [s.explanation for s in att.contradicted_by]


def test_a_post_is_read_before_a_name_and_set_off_after_it() -> None:
    assert posts("Union spokesman Peter Hall said so.")["Peter Hall"] == "Union spokesman"
    assert posts("Mark Dale, dock union chief, said so.")["Mark Dale"] == "dock union chief"
    # "the" opens a description, not a post written as one
    assert posts("It was Mark Dale, the dock union's chief, who said so.")["Mark Dale"] == ""


def test_a_bare_title_or_a_post_far_from_the_name_is_no_post() -> None:
    assert posts("A spokesman, Mark Dale, said so.")["Mark Dale"] == ""
    assert posts("Port Secretary Ann Lee met Mark Dale.")["Mark Dale"] == ""


def test_another_holder_of_the_post_contradicts() -> None:
    supported, contradicted = verdict(
        "A union spokesman, Mark Dale, said the dock strike would end on Monday after talks."
    )
    assert supported == []
    assert contradicted == ["Peter Hall vs Mark Dale (union spokesman)"]


def test_the_same_holder_still_supports() -> None:
    supported, contradicted = verdict(
        "Union spokesman Peter Hall said the dock strike would end on Monday after talks."
    )
    assert (supported, contradicted) == (["wire"], [])


def test_post_holders_is_a_switch_of_the_config(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(post_holders=0)
    _, contradicted = verdict(
        "A union spokesman, Mark Dale, said the dock strike would end on Monday after talks."
    )
    assert contradicted != ["Peter Hall vs Mark Dale (union spokesman)"]
