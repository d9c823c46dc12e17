"""A fixed discourse phrase ("For its part", "in fact", "on the other hand") ties a
sentence to the one before; it states nothing of its own words. "For its part, Syria has
accused Turkey ..." says nothing of anyone's part in anything, so it cannot contradict
(nor report) a claim that Israel "has no part in the dispute".

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import discourse_positions, facts_of
from newsbrief.attribution.lexicon import canon

NO_NAMES: frozenset[str] = frozenset()

DISPUTE = (
    "VALDORA (AP) _ Tension rose between Norland and Sudria on Monday as troops gathered "
    "near the border.\n\n"
    "For its part, Sudria has accused Norland of forming military alliances with Ostia "
    "that threaten the region.\n\n"
    "Ostia said it has nothing to do with the dispute between Norland and Sudria."
)


def test_a_connective_phrase_is_no_content() -> None:
    for sentence in (
        "For its part, Sudria has accused Norland of sheltering rebels.",
        "On the other hand, Sudria has accused Norland of sheltering rebels.",
        "Sudria, in part, has accused Norland of sheltering rebels.",
    ):
        f = facts_of(sentence, NO_NAMES)
        assert canon("part") not in f.content and canon("hand") not in f.content, sentence
        assert canon("accused") in f.content


def test_the_word_stays_content_outside_the_phrase() -> None:
    f = facts_of("Ostia said it has no part in the dispute.", NO_NAMES)
    assert canon("part") in f.content
    # the same word said again outside the phrase is still stated
    f = facts_of("For its part, Ostia took part in the talks.", NO_NAMES)
    assert canon("part") in f.content


def test_a_possessive_of_any_person_opens_the_phrase() -> None:
    lows = "for their part they agreed".split()
    assert discourse_positions(lows) == {0, 1, 2}
    assert discourse_positions("the part of the city".split()) == set()


def test_a_connective_does_not_contradict_a_denial_of_the_word() -> None:
    (att,) = newsbrief.attribute(
        [{"id": "wire", "text": DISPUTE, "published": "2024-06-03"}],
        ["Ostia said it has no part in the dispute between Norland and Sudria."],
    )
    assert att.contradicted_by == ()
