"""An undated story in a digest of dated news has no age to discount: it ranks by its
outlets alone, after the dated stories of as many outlets, and before those of fewer."""

from __future__ import annotations

from newsbrief.model import Article, Story
from newsbrief.stories.digest import StoredStory, as_stored, select


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
