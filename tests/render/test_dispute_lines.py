"""A digest says each disagreement once, and never drops a different one."""

from __future__ import annotations

from types import SimpleNamespace

from newsbrief.model import Detail, Disagreement, Evidence, StoryAnalysis
from newsbrief.render.markdown import dispute_lines


def _ev(article: str, source: str, details: tuple[Detail, ...] = ()) -> Evidence:
    return Evidence(article, source, 0, 10, "text", 1.0, details)


FRIDAY = (Detail("date", "conflicts", "Friday", "Saturday"),)


def _lines(*disagreements: Disagreement) -> list[str]:
    summary = SimpleNamespace(articles=())
    return dispute_lines(summary, StoryAnalysis(disagreements=disagreements))  # type: ignore[arg-type]


def test_two_claims_stating_one_difference_from_the_same_outlets_are_said_once() -> None:
    a = Disagreement(
        "The vote was held on Friday.", (_ev("a1", "AP"),), (_ev("n1", "NYT", FRIDAY),)
    )
    b = Disagreement("Friday's vote.", (_ev("a1", "AP"),), (_ev("n1", "NYT", FRIDAY),))
    assert len(_lines(a, b)) == 1


def test_the_same_difference_reported_by_other_outlets_is_a_disagreement_of_its_own() -> None:
    vote = Disagreement(
        "The vote was held on Friday.", (_ev("a1", "AP"),), (_ev("n1", "NYT", FRIDAY),)
    )
    march = Disagreement(
        "The march began on Friday.", (_ev("r1", "Reuters"),), (_ev("n1", "NYT", FRIDAY),)
    )
    lines = _lines(vote, march)
    assert len(lines) == 2
    assert "The march began on Friday" in lines[1] and "Reuters" in lines[1]
