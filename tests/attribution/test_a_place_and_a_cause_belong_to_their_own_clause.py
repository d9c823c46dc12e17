"""Where something happened is the place bound to its own verb, and what a claim says a
thing was must be what the article says it was: "started in a storage shed and spread to
the main warehouse" does not support "started in the main warehouse", and "the cause of
the fire was still under investigation" does not support "the cause was arson".

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief

STORY = [
    {
        "id": "gazette",
        "published": "2024-03-08",
        "text": "RIVERTON (AP) _ Fire Chief Maria Okafor said the blaze started in a storage "
        "shed where solvents were kept and spread to the main warehouse before crews "
        "contained it.\n\nOkafor said the cause of the fire was still under investigation.",
    }
]


def supported(claim: str) -> bool:
    (att,) = newsbrief.attribute(STORY, [claim])
    return bool(att.supported_by)


def test_a_place_of_another_verb_is_not_where_it_started() -> None:
    assert not supported("The fire started in the main warehouse.")
    assert supported("The fire started in a storage shed.")


def test_the_same_subject_said_to_be_something_else_is_no_support() -> None:
    assert not supported("Fire Chief Maria Okafor said the cause was arson.")
    assert supported("Okafor said the cause of the fire was still under investigation.")
