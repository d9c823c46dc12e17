"""A digest leads with the widely covered news of its days: one day of recency does not
outweigh wider coverage, one late article does not make an old story current, a story
one outlet reported never ranks above one several outlets reported in the same days, and
``--since`` only filters: the stories it keeps are ranked as without it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.model import Article, Story
from newsbrief.stories.digest import (
    RECENCY_HALF_LIFE_DAYS,
    StoredStory,
    as_stored,
    select,
    story_day,
)
from newsbrief.stories.docs import day_number


def _story(sid: str, coverage: list[tuple[str, str | None]]) -> StoredStory:
    return as_stored(
        Story(
            sid,
            tuple(
                Article(f"{sid}-{k}", f"Text {k} of the {sid} story.", source=o, published=d)
                for k, (o, d) in enumerate(coverage)
            ),
        )
    )


def test_two_outlets_yesterday_lead_one_outlet_today() -> None:
    wide = _story("wide", [("AP", "2025-03-10"), ("BBC", "2025-03-10")])
    minor = _story("minor", [("CNN", "2025-03-11")])
    assert [s.id for s in select([minor, wide], min_sources=1)] == ["wide", "minor"]


def test_a_government_falling_three_days_ago_leads_a_one_outlet_visit_today() -> None:
    collapse = _story(
        "collapse",
        [("AP", "2025-03-08"), ("AP", "2025-03-08"), ("NYT", "2025-03-08"), ("AP", "2025-03-09")],
    )
    visit = _story("visit", [("AP", "2025-03-11")])
    assert [s.id for s in select([visit, collapse], min_sources=1)] == ["collapse", "visit"]


def test_one_late_feature_does_not_make_an_old_story_current() -> None:
    # an election covered by two outlets early in the month, one feature on it today
    election = _story(
        "election",
        [
            ("AP", "2025-03-01"),
            ("NYT", "2025-03-01"),
            ("AP", "2025-03-02"),
            ("NYT", "2025-03-02"),
            ("NYT", "2025-03-20"),
        ],
    )
    # a strike two outlets covered two days ago
    strike = _story("strike", [("AP", "2025-03-18"), ("NYT", "2025-03-18")])
    assert story_day(election.articles) == day_number("2025-03-02")
    assert [s.id for s in select([election, strike])] == ["strike", "election"]


def test_a_story_half_of_whose_coverage_is_new_is_new() -> None:
    arts = [
        Article(f"a{k}", "x", published=d)
        for k, d in enumerate(["2025-03-01", "2025-03-01", "2025-03-09", "2025-03-09"])
    ]
    assert story_day(arts) == day_number("2025-03-09")
    assert story_day([Article("u", "x")]) is None


_DAY0 = dt.date(2025, 3, 1)


@st.composite
def _stories(draw: st.DrawFn) -> list[StoredStory]:
    out = []
    for k in range(draw(st.integers(2, 6))):
        n_outlets = draw(st.integers(1, 4))
        rows = []
        for o in range(n_outlets):
            for _ in range(draw(st.integers(1, 3))):
                day = _DAY0 + dt.timedelta(days=draw(st.integers(0, 20)))
                rows.append((f"Outlet {o}", day.isoformat()))
        out.append(_story(f"s{k}", rows))
    return out


@settings(max_examples=150, deadline=None)
@given(_stories())
def test_a_one_outlet_story_never_ranks_above_a_story_of_several_outlets_of_its_days(
    stories: list[StoredStory],
) -> None:
    ranked = select(stories, min_sources=1)
    assert sorted(s.id for s in ranked) == sorted(s.id for s in stories)
    for i, upper in enumerate(ranked):
        if upper.n_sources != 1:
            continue
        mine = story_day(upper.articles)
        for lower in ranked[i + 1 :]:
            theirs = story_day(lower.articles)
            assert mine is not None and theirs is not None
            assert not (lower.n_sources > 1 and abs(mine - theirs) <= RECENCY_HALF_LIFE_DAYS), (
                upper.id,
                lower.id,
            )


def test_since_only_filters_a_window_that_excludes_nothing_changes_no_rank() -> None:
    # two months of news: the newest story (one outlet) stays first whatever the window
    newest = _story("newest", [("APW", "1998-12-02"), ("APW", "1998-12-01")])
    october = _story("october", [("APW", "1998-10-03"), ("NYT", "1998-10-03")])
    plain = [s.id for s in select([october, newest], min_sources=1)]
    assert plain == ["newest", "october"]
    assert [s.id for s in select([october, newest], min_sources=1, since="1998-10-01")] == plain
    # a story of one outlet follows every story of several only when asked for
    assert [s.id for s in select([october, newest], min_sources=1, one_period=True)] == [
        "october",
        "newest",
    ]


@settings(max_examples=100, deadline=None)
@given(_stories(), st.integers(0, 20))
def test_since_keeps_the_order_the_stories_have_without_it(
    stories: list[StoredStory], since_offset: int
) -> None:
    since = (_DAY0 + dt.timedelta(days=since_offset)).isoformat()
    day = day_number(since)
    assert day is not None
    windowed = [s.id for s in select(stories, min_sources=1, since=since)]
    plain = [s.id for s in select(stories, min_sources=1) if (day_number(s.updated) or 0.0) >= day]
    assert windowed == plain


# An undated story in a digest of dated news has no age to discount: it ranks by its
# outlets alone, after the dated stories of as many outlets, before those of fewer.
def test_an_undated_story_follows_dated_stories_of_as_many_outlets() -> None:
    undated = _story("pasted", [("Blog", None), ("Forum", None)])
    old = _story("old", [("AP", "2025-03-01"), ("NYT", "2025-03-01")])
    new = _story("new", [("AP", "2025-03-10"), ("BBC", "2025-03-10")])
    order = [s.id for s in select([undated, old, new], min_sources=2)]
    assert order == ["new", "old", "pasted"]


def test_an_undated_story_of_more_outlets_ranks_before_dated_ones_of_fewer() -> None:
    undated = _story("pasted", [("Blog", None), ("Forum", None), ("Wiki", None)])
    wide = _story("wide", [("AP", "2025-03-10"), ("BBC", "2025-03-10"), ("NYT", "2025-03-10")])
    narrow = _story("narrow", [("AP", "2025-03-11"), ("CNN", "2025-03-11")])
    order = [s.id for s in select([narrow, undated, wide], min_sources=2)]
    assert order == ["wide", "pasted", "narrow"]


def test_a_digest_without_dates_still_ranks_by_outlet_count() -> None:
    two = _story("two", [("Blog", None), ("Forum", None)])
    three = _story("three", [("A", None), ("B", None), ("C", None)])
    assert [s.id for s in select([two, three], min_sources=2)] == ["three", "two"]
