"""Two lengths of one thing conflict whatever their units: "the 30-minute message"
against "the message lasted two hours" (issue 11), while the same length in other
units ("half an hour", "30 minutes") supports, and durations that measure no thing
("two weeks later") stay apart. Articles written for these tests (fictional).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsbrief

from .judging import judged

ARTICLE = (
    "The 30-minute message, released by the rebel commander on Tuesday, was his first "
    "public statement since last winter."
)


def test_a_message_said_to_last_hours_contradicts_a_30_minute_message() -> None:
    supported, contradicted = judged(ARTICLE, "The message lasted two hours.", "Rebel message")
    assert supported == []
    assert len(contradicted) == 1
    assert "two hours" in contradicted[0] and "30-minute" in contradicted[0]


def test_another_length_in_the_same_unit_contradicts_too() -> None:
    _, contradicted = judged(ARTICLE, "The message lasted 90 minutes.", "Rebel message")
    assert len(contradicted) == 1


def test_the_same_length_in_other_units_supports() -> None:
    for claim in ("The message lasted half an hour.", "The message lasted 30 minutes."):
        supported, contradicted = judged(ARTICLE, claim, "Rebel message")
        assert supported == ["wire"], claim
        assert contradicted == [], claim


def test_a_45_minute_long_recording_and_a_recording_lasting_days_conflict() -> None:
    article = "The rebels released a 45-minute long recording of the commander on Tuesday."
    claim = "The rebels' recording of the commander lasted three days."
    _, contradicted = judged(article, claim, "Rebel message")
    assert len(contradicted) == 1


def test_an_hour_long_recording_and_a_recording_of_two_days_conflict() -> None:
    article = "The rebels released an hour long recording of the commander on Tuesday."
    claim = "The rebels released a recording of the commander that lasted {}."
    _, contradicted = judged(article, claim.format("two days"), "Rebel message")
    assert contradicted == ["two days vs an hour long"]
    supported, contradicted = judged(article, claim.format("60 minutes"), "Rebel message")
    assert (supported, contradicted) == (["wire"], [])


def test_a_lower_bound_holds_a_longer_length() -> None:
    article = "The rebels released a more than half an hour long recording on Tuesday."
    _, contradicted = judged(article, "The recording lasted two hours.", "Rebel message")
    assert contradicted == []


def test_a_duration_of_no_thing_is_not_the_message_length() -> None:
    article = "The 30-minute message was released on Tuesday. The rebels left the city."
    _, contradicted = judged(article, "The rebels left the city two hours later.", "Rebel message")
    assert contradicted == []


def test_the_knob_off_leaves_lengths_in_other_words_apart(
    config_with: Callable[..., Any],
) -> None:
    config_with(duration_subjects=0)
    _, contradicted = judged(ARTICLE, "The message lasted two hours.", "Rebel message")
    assert contradicted == []


def test_the_example_story_contradicts_a_message_of_two_hours() -> None:
    """The new-user case: both example outlets give the message about half an hour."""
    folder = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"
    docs = [{"id": p.stem, "text": p.read_text("utf-8")} for p in sorted(folder.glob("*.txt"))]
    long_claim, right_claim = newsbrief.attribute(
        docs, ["The message lasted two hours.", "The message lasted half an hour."]
    )
    assert [e.article_id for e in long_claim.contradicted_by] == ["nbc-news"]
    assert long_claim.supported_by == ()
    assert right_claim.contradicted_by == ()
    assert "nbc-news" in [e.article_id for e in right_claim.supported_by]
