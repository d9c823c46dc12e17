"""A digest ranks its stories once and then filters them: showing the one-outlet stories
too (``--min-sources 1``) or a ``--since`` window leaves stories out but never reorders
the ones shown, and an undated story ranks after every dated story of as many outlets,
wherever those rank."""

from __future__ import annotations

from newsbrief.model import Article
from newsbrief.stories.digest import as_stored, select
from newsbrief.stories.store import StoredStory


def _story(name: str, outlets: int, day: str | None) -> StoredStory:
    """A story of ``outlets`` outlets, one article each, all of ``day`` (None: undated)."""
    from newsbrief.model import Story

    arts = tuple(
        Article(
            id=f"{name}-{k}",
            text=f"Article {k} of the {name} story, in its own words number {k}.",
            source=f"Outlet {k}",
            published=day,
        )
        for k in range(outlets)
    )
    return as_stored(Story(name, arts))


# Two-outlet stories of a month ago, one-outlet stories of this week (which outrank them:
# a month halves coverage ten times), an undated two-outlet story, and today's news.
STORIES = [
    _story("election", 2, "2026-10-01"),
    _story("border", 2, "2026-10-03"),
    _story("trial", 1, "2026-10-28"),
    _story("airline", 1, "2026-10-29"),
    _story("pasted-feature", 2, None),
    _story("storm", 3, "2026-10-30"),
    _story("undated-note", 1, None),
]


def _order(stories: list[StoredStory]) -> list[str]:
    return [s.id for s in stories]


def test_showing_one_outlet_stories_does_not_reorder_the_others() -> None:
    everything = _order(select(STORIES, min_sources=1))
    for least in (2, 3):
        shown = _order(select(STORIES, min_sources=least))
        wide = {s.id for s in STORIES if len(s.articles) >= least}
        assert shown == [s for s in everything if s in wide], least


def test_an_undated_story_follows_every_dated_story_of_as_many_outlets() -> None:
    for min_sources in (1, 2):
        order = _order(select(STORIES, min_sources=min_sources))
        for dated in ("election", "border", "storm"):
            assert order.index(dated) < order.index("pasted-feature"), (min_sources, order)
    # and it still outranks a dated story of fewer outlets that ranks after those
    everything = _order(select(STORIES, min_sources=1))
    assert everything.index("pasted-feature") < everything.index("undated-note")


def test_since_only_filters_and_leaves_undated_stories_out() -> None:
    whole = _order(select(STORIES, min_sources=1))
    recent = _order(select(STORIES, min_sources=1, since="2026-10-28"))
    assert recent == [s for s in whole if s in {"trial", "airline", "storm"}]
