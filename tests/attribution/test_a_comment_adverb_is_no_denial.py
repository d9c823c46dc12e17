"""A comment set off by commas (", not surprisingly,") is about the whole sentence: it
denies nothing, so a window stating the same result is no denial of the claim's win (a
negation reads as a denial only when it governs a word of the event). The sentences are
written for the tests."""

from __future__ import annotations

from newsbrief.attribution import attribute
from newsbrief.attribution.facts import facts_of


def test_a_comment_adverb_set_off_by_commas_negates_nothing() -> None:
    assert facts_of("Reformers, not surprisingly, won 31 of the 40 council seats.").negated == set()
    assert facts_of("Not surprisingly, the recount failed.").negated == set()


def test_a_denial_of_the_deed_is_still_read() -> None:
    assert facts_of("Reformers did not win 31 of the 40 council seats.").negated
    assert facts_of("The mayor was not badly hurt.").negated  # not a comment: "badly hurt"


STORY = [
    {
        "id": "harbor-wire",
        "published": "2026-05-11",
        "text": (
            "Reformers won 31 of the 40 seats on the Harbor City council, final results "
            "showed on Sunday.\n\nThe old guard kept nine seats."
        ),
    }
]


def test_a_claim_with_a_comment_adverb_is_supported_by_the_plain_result() -> None:
    (result,) = attribute(
        STORY, ["Reformers, not surprisingly, won 31 of the 40 seats on the Harbor City council."]
    )
    assert [s.article_id for s in result.supported_by] == ["harbor-wire"]
    assert not result.contradicted_by
