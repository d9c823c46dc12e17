"""An article without a date is unknown in time, not far away: it is compared with a
dated story without a time discount, while two dated articles keep theirs
(history: round clU; engine.time_gap)."""

from __future__ import annotations

import numpy as np

import newsbrief
from newsbrief.stories import engine as E

from .conftest import FLOOD


def _joins(days: list[float | None], day: float | None) -> bool:
    """Whether an article (standardised score 1.6 against the story, threshold 1.25)
    published on ``day`` joins a story whose articles were published on ``days``."""
    eng = E.Engine(quiet_days=None)
    st = E.StoryState(0)
    for d in days:
        st.add((np.array([0]), np.array([1.0])), d, 0.0, 0.5)
    eng.load_story(st)
    vec = (np.array([0, 1]), np.array([0.8, 0.6]))
    return eng.assign([vec], [day], np.array([0.0]), np.array([0.5]))[0] == 0


def test_an_article_a_year_from_a_dated_story_does_not_join_it() -> None:
    assert _joins([700000.0], 700000.0)
    assert not _joins([700000.0], 700365.0)


def test_an_undated_article_joins_a_dated_story_as_if_no_time_had_passed() -> None:
    assert _joins([700000.0], None)
    assert _joins([None], 700365.0)  # a story of undated articles, a dated newcomer
    assert _joins([700000.0, None], None)


def test_undated_articles_join_dated_ones_while_dated_ones_a_year_apart_stay_apart() -> None:
    dated = [
        {"id": "a", "text": FLOOD[0], "published": "2020-01-07"},
        {"id": "b", "text": FLOOD[1], "published": "2021-06-07"},
    ]
    apart = newsbrief.cluster([*dated, {"id": "c", "text": FLOOD[2], "published": "2022-11-07"}])
    assert len(apart) == 3
    mixed = newsbrief.cluster([*dated, {"id": "c", "text": FLOOD[2]}])
    where = {a.id: s.id for s in mixed for a in s.articles}
    assert where["c"] in (where["a"], where["b"])
    assert where["a"] != where["b"]
    undated = newsbrief.cluster([{"id": d["id"], "text": d["text"]} for d in dated])
    assert len(undated) == 1
