"""A store cannot undo a join, so it joins an article to a story only when the story's
articles see it too; and once re-scored, a lone article refused early joins the story it
fits, as a batch's refinement would move it (docs/history/stories-rounds.md, Store
against batch)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import numpy as np
import pytest

from newsbrief.stories.cluster import assign_batch
from newsbrief.stories.docs import stable_order, to_docs
from newsbrief.stories.engine import Engine, StoryState
from newsbrief.stories.metrics import bcubed
from newsbrief.stories.store import StoryStore


def _pair(cos: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Two unit vectors with the given cosine."""
    s = np.sqrt(1 - cos**2)
    return [(np.array([0, 1]), np.array([1.0, 0.0])), (np.array([0, 1]), np.array([cos, s]))]


def _story_then_newcomer(back_share: float | None, story_sd: float) -> tuple[Engine, bool]:
    """A story of two articles (background SD ``story_sd``), then a newcomer at cosine
    0.05 to them that stands 5 SDs above its own narrow background: whether it joined."""
    a, b = _pair(0.05)
    eng = Engine(1.25, back_share=back_share)
    first = eng.assign([a, a], [None, None], np.zeros(2), np.full(2, story_sd))
    second = eng.assign([b], [None], np.zeros(1), np.array([0.01]))
    return eng, second[0] == first[0]


def test_an_article_joins_a_story_only_if_the_storys_articles_also_see_it() -> None:
    """Why it matters: the first article of a new story on a familiar topic (a second
    trial, a second storm) stands far above its own background against the old story,
    while the old story's articles hardly see it; joined, the new story's later articles
    follow it into the old one, and a store cannot undo that (stable ids)."""
    # The story's articles score the newcomer at 0.05 / 0.1 = 0.5 SD: below half the
    # threshold (0.625), so the store's rule refuses what the one-sided rule accepts.
    assert _story_then_newcomer(None, 0.1)[1]
    assert not _story_then_newcomer(0.5, 0.1)[1]
    # At 0.05 / 0.04 = 1.25 SD they see it: it joins under the store's rule too.
    assert _story_then_newcomer(0.5, 0.04)[1]


def _rescored(eng: Engine, story_sd: float) -> None:
    """The two-article story rebuilt as re-scoring does, its articles' backgrounds now
    with SD ``story_sd`` (every story a merge candidate again)."""
    a, _ = _pair(0.05)
    key = next(k for k, st in eng.stories.items() if st.size == 2)
    st = StoryState(key)
    for _ in range(2):
        st.centroid.add(*a)
        st.wsum.add(a[0], a[1] / story_sd)
        st.size += 1
    eng.stories[key] = st
    eng._touched = set(eng.stories)
    eng._matrix = None


def test_a_lone_article_refused_early_joins_its_story_once_rescored() -> None:
    """Why it matters: a store's early articles are refused with a young store's
    statistics; once re-scored, an article may fit its story from its own side while
    the two-sided merge rule (the story's articles must see it at the full threshold)
    still refuses a single article, so without attaching it stays alone forever, where
    a batch's refinement would have moved it (the 15-story halves of DUC 2003 lost
    recall there)."""
    eng, joined = _story_then_newcomer(0.5, 0.1)
    assert not joined and len(eng.stories) == 2
    # Re-scored, the story's articles see the newcomer at 0.05 / 0.045 = 1.11 SD: above
    # half the threshold (a join would take it), below the full one (a merge would not).
    _rescored(eng, 0.045)
    assert eng.merge() == []
    merges = eng.merge(attach=True)
    assert len(merges) == 1 and len(eng.stories) == 1
    (story,) = eng.stories.values()
    assert story.size == 3


def test_a_lone_article_is_attached_only_where_it_would_be_joined() -> None:
    """Attaching asks what a join asks: the story's articles must see the article at
    half the threshold too (here 0.5 SD: it stays alone)."""
    eng, _ = _story_then_newcomer(0.5, 0.1)
    _rescored(eng, 0.1)
    assert eng.merge(attach=True) == []
    assert len(eng.stories) == 2


def test_a_lone_article_arriving_first_does_not_take_over_the_story_it_joins() -> None:
    """Why it matters: story ids are what readers follow. A lone article that arrived
    before a story began (the smaller, older key) and joins it at re-scoring must not
    give the established story its own id: the story keeps its id, and the lone
    article's old id is the one that becomes an alias."""
    a, b = _pair(0.05)
    eng = Engine(1.25, back_share=0.5)
    (lone,) = eng.assign([b], [None], np.zeros(1), np.array([0.01]))
    story = eng.assign([a, a], [None, None], np.zeros(2), np.full(2, 0.1))
    assert story[0] == story[1] != lone and lone < story[0]
    _rescored(eng, 0.045)
    assert eng.merge(attach=True) == [(story[0], lone)]
    assert list(eng.stories) == [story[0]] and eng.stories[story[0]].size == 3


def test_a_story_keeps_its_id_when_a_lone_article_stored_before_it_attaches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's side of the rule above, on real news: 15 DUC 2003 topics fed in time
    order one article a call (half 0 of benchmarks/cluster_gap.halves). An early
    article stays alone and attaches, at a re-scoring, to a story begun after it:
    that story still answers under its own id, and the lone article's old id finds it."""
    from newsbrief.stories import engine as engine_mod

    from .test_store import duc_in_time_order

    attached: list[tuple[int, int]] = []
    real = engine_mod.Engine._attach

    def spy(self: Engine, only: Collection[int] | None = None) -> list[tuple[int, int]]:
        out = real(self, only)
        attached.extend(out)
        return out

    monkeypatch.setattr(engine_mod.Engine, "_attach", spy)
    with StoryStore(tmp_path / "s.sqlite") as store:
        for item in duc_in_time_order(half=0):
            sid = dict(store._db.execute("SELECT key, id FROM stories").fetchall())
            members = {st.id: {a.id for a in st.articles} for st in store.stories(limit=200)}
            store.add([item])
            if any(gone < keep for keep, gone in attached):
                break
            attached.clear()
        assert any(gone < keep for keep, gone in attached)  # the lone story is older
        for keep, gone in attached:
            assert len(members[sid[keep]]) >= 2 and len(members[sid[gone]]) == 1
            assert store.resolve(sid[keep]) == sid[keep]  # not an alias
            assert store.resolve(sid[gone]) == sid[keep]
            story = store.story(sid[keep])
            assert story is not None
            assert members[sid[keep]] | members[sid[gone]] <= {a.id for a in story.articles}


def test_a_lone_article_is_not_attached_to_another_lone_article() -> None:
    """A pair rests on one cosine: two lone articles pair only when each scores the
    other at the full threshold (the pair rule), never by the attach rule's lenient
    story side. Here the newcomer scores the first article at 5 SD and the first
    article scores it at 1 SD: enough for the attach rule (half the threshold), not
    for a pair, so they stay apart."""
    a, b = _pair(0.05)
    eng = Engine(1.25, back_share=0.5)
    eng.assign([a], [None], np.zeros(1), np.array([0.05]))
    eng.assign([b], [None], np.zeros(1), np.array([0.01]))
    assert len(eng.stories) == 2
    assert eng.merge(attach=True) == []
    assert len(eng.stories) == 2


def test_a_dated_stream_fed_ten_articles_a_call_ends_within_002_of_batch(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """What issue 12 asks of the store: all of DUC 2003 in time order, ten articles a
    call, within 0.02 B-cubed F1 of batch (0.922 against 0.920 now; 0.888 before joins
    were seen from both sides, most of the loss precision: new stories' first articles
    joined old stories on the same topic)."""
    items, gold = duc_articles
    order = stable_order(to_docs(items))
    with StoryStore(tmp_path / "s.sqlite") as store:
        for s in range(0, len(order), 10):
            store.add([items[i] for i in order[s : s + 10]])
        n, _ = store.count()
        where = {a.id: st.id for st in store.stories(limit=n) for a in st.articles}
    f_store = bcubed([where[i["id"]] for i in items], gold)[2]
    f_batch = bcubed(assign_batch(to_docs(items)), gold)[2]
    assert f_store >= f_batch - 0.02
