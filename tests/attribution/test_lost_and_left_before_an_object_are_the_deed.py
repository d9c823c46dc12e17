""" "Lost" and "left" are short past forms that are often no deed ("a lost cause",
"center-left"), so they were never read as the claim's main verb, and "Lopez lost the
election" was supported by any sentence naming Lopez and her re-election: the claim
stated no deed to check. With a determiner or a figure after them they are the verb.

The story is written for these tests, in the shape of a wire report.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.lexicon import event_words

STORY = [
    {
        "id": "wire",
        "text": (
            "SANTIAGO (AP) _ The vote on Sunday is expected to result in the re-election of "
            "President Maria Lopez, who leads every poll. Lopez thanked her supporters in a "
            "speech in the capital."
        ),
    },
    {
        "id": "other",
        "text": (
            "LIMA (Reuters) - Peru raised interest rates on Monday to slow inflation, the "
            "central bank said. The move had been expected by analysts."
        ),
    },
]


def supporters(claim: str) -> list[str]:
    (att,) = newsbrief.attribute(STORY, [claim])
    return [s.article_id for s in att.supported_by]


def test_a_claim_that_she_lost_the_election_she_is_to_win_gets_no_support() -> None:
    assert supporters("Lopez lost the election.") == []
    assert supporters("President Maria Lopez lost the election on Sunday.") == []


def test_lost_and_left_before_an_object_or_a_figure_are_deeds() -> None:
    assert "lose" in " ".join(event_words("Lopez lost the election on Sunday."))
    assert event_words("The storm left 11 people dead.")


def test_lost_and_left_as_adjectives_are_no_deeds() -> None:
    assert not event_words("It was a lost cause for the center-left coalition.")
