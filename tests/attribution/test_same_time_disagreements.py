"""Only same-time conflicts are disagreements: a status that changes as a story develops
("had not been determined" -> "had been determined") in an article published days later
is an update, not a contradiction; the same conflict on the same day is a disagreement."""

from __future__ import annotations

import newsbrief
from newsbrief import Article

# Two outlets' own words (a near copy of one article is set aside as no second source).
EARLY = (
    "Fire swept through the old textile mill in Riverton on Friday, destroying the building. "
    "What started the blaze had not been determined, the chief said."
)
LATER = (
    "The old textile mill in Riverton burned to the ground on Friday as crews watched. "
    "Fire chief Dana Holt said what started the blaze had been determined."
)


def _conflicts(later_published: str) -> list[str]:
    arts = [
        Article("a", EARLY, source="Gazette", published="2026-03-02"),
        Article("b", LATER, source="Courier", published=later_published),
    ]
    summary = newsbrief.summarize(arts, words=60)
    assert summary.analysis is not None
    return [c.explanation for d in summary.analysis.disagreements for c in d.conflicts]


def test_a_conflicting_status_on_the_same_day_is_a_disagreement() -> None:
    assert _conflicts("2026-03-02") == ["not determined vs determined"]


def test_a_status_that_changed_days_later_is_an_update_not_a_disagreement() -> None:
    assert _conflicts("2026-03-06") == []
