"""A deed asked of someone is what the request is about (s31 atQ round): a window that
repeats most of the claim but has the same leaders urge the same people to do another
thing ("urged dockworkers to take part") made another request, so it does not back
"urged dockworkers to boycott" (``verb``, missing, "another deed asked"; never a
contradiction: both may have been asked). The claim's own deed asked is still supported.

The stories are written for these tests, in the shape of wire reports; the second
article makes "boycott" a word the story uses, so no story-new word gives the change away.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.predicate import asked_deeds

STORY = [
    {
        "id": "wire",
        "text": (
            "LYON, France (AP) _ Fearing a thin turnout in Saturday's vote on the contract, "
            "senior union leaders urged dockworkers to take part in large numbers to show "
            "their strength."
        ),
    },
    {
        "id": "other",
        "text": (
            "MARSEILLE, France (AP) _ A boycott by port workers last spring left the "
            "previous contract vote without a quorum."
        ),
    },
]


def verdict(claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(STORY, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_another_deed_urged_of_the_same_people_is_no_support() -> None:
    claim = (
        "Fearing a thin turnout, senior union leaders urged dockworkers to boycott "
        "Saturday's vote on the contract."
    )
    assert verdict(claim) == ([], [])


def test_the_deed_the_window_urges_is_still_supported() -> None:
    claim = (
        "Fearing a thin turnout, senior union leaders urged dockworkers to take part in "
        "Saturday's vote on the contract."
    )
    assert verdict(claim) == (["wire"], [])


def test_the_deed_asked_is_read_with_the_verb_and_the_one_asked() -> None:
    (asked,) = asked_deeds("The leaders urged dockworkers to boycott the vote.")
    assert asked.shown == "urged dockworkers to boycott"
    assert asked_deeds("The leaders urged restraint.") == ()
