"""A story already covered for weeks is likely to run on: the time discount's scale grows
with how long the story has run (docs/history/stories-rounds.md, issue 12, s23 span
round). The store keeps its joins, which it can never undo, on the fixed scale."""

from __future__ import annotations

import numpy as np
import pytest

import newsbrief
from newsbrief.stories import copies
from newsbrief.stories import engine as E


def test_the_time_scale_grows_with_how_long_the_story_has_run() -> None:
    gap = np.array([0.0, 11.0, 23.0])
    short = E.time_discount(gap, 0.0, E.TIME_SCALE_DAYS, span_share=1.0)
    long = E.time_discount(gap, 12.0, E.TIME_SCALE_DAYS, span_share=1.0)
    assert short == pytest.approx(1.0 + gap / E.TIME_SCALE_DAYS)  # a new story: as before
    assert long[0] == 1.0 and np.all(long[1:] < short[1:])  # no gap, no discount
    fixed = E.time_discount(gap, 12.0, E.TIME_SCALE_DAYS, span_share=0.0)
    assert fixed == pytest.approx(short)


def test_a_span_is_unknown_without_dates() -> None:
    first = np.array([3.0, np.inf, np.nan, 5.0])
    last = np.array([10.0, -np.inf, np.nan, 5.0])
    assert E.span_days(first, last).tolist() == [7.0, 0.0, 0.0, 0.0]


def _story(days: list[float]) -> E.StoryState:
    st = E.StoryState(0)
    for d in days:
        st.add((np.array([0]), np.array([1.0])), d, 0.0, 0.5)
    return st


def _joins(days: list[float], day: float, **kw: float | None) -> bool:
    """Whether an article (cosine 0.8 to the story's articles, standardised 1.6) published
    on ``day`` joins a story whose articles were published on ``days``."""
    eng = E.Engine(quiet_days=None, **kw)  # type: ignore[arg-type]
    eng.load_story(_story(days))
    vec = (np.array([0, 1]), np.array([0.8, 0.6]))
    return eng.assign([vec], [day], np.array([0.0]), np.array([0.5]))[0] == 0


def test_a_story_that_has_run_for_weeks_is_joined_after_a_longer_silence() -> None:
    # 11 days after the last article: 1.6 / (1 + 11 / 30) = 1.17 is below the threshold,
    # 1.6 / (1 + 11 / (30 + 24)) = 1.33 above it for a story that ran 24 days.
    assert _joins([0.0, 24.0], 35.0)
    assert not _joins([24.0, 24.0], 35.0)  # a one-day story: the fixed scale
    assert not _joins([0.0, 24.0], 35.0, join_span_share=0.0)  # the store's joins


def test_duc_gaza_airport_coverage_is_one_story_across_its_three_week_pause(  # type: ignore[no-untyped-def]
    duc_articles, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DUC 2003 d30040t: twelve days of coverage of the Gaza airport's opening, then two
    # days of it three weeks later. The fixed scale split the two parts (with the wire's
    # re-sent copies counted as articles, as they were then: since copies count once,
    # stories/copies.py, the story stays whole either way).
    assert _parts(duc_articles, "d30040t") == 1
    monkeypatch.setattr(E, "SPAN_SHARE", 0.0)
    monkeypatch.setattr(copies, "COPY_COSINE", 2.0)
    monkeypatch.setattr(copies, "CONTAINED_SHARE", 2.0)  # nor a re-send printing another
    assert _parts(duc_articles, "d30040t") == 2


def _parts(duc_articles, topic_id: str) -> int:  # type: ignore[no-untyped-def]
    """How many stories hold the articles of one DUC topic."""
    items, gold = duc_articles
    topic = {d["id"] for d, g in zip(items, gold, strict=True) if g == topic_id}
    stories = newsbrief.cluster(items)
    return sum(1 for s in stories if topic & {a.id for a in s.articles})
