"""A feed hands the store one to ten articles at a time: the stories it ends with must
not depend much on how the same stream was cut into updates (docs/history/stories-rounds.md, Chunk
size)."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from newsbrief.stories import store as store_mod
from newsbrief.stories.docs import to_docs
from newsbrief.stories.engine import PRIOR_MEAN, UNWEIGHTED_PRIOR_MEAN, young_prior
from newsbrief.stories.metrics import bcubed
from newsbrief.stories.store import StoryStore

from .conftest import FLOOD, in_time_order


def _feed(path: Path, items: list[dict[str, str]], size: int) -> dict[str, str]:
    """Article id -> story id after feeding ``items`` (in this order) ``size`` a call;
    checks on the way that every story id the store answered still holds its article."""
    answered: list[tuple[str, str]] = []
    with StoryStore(path) as store:
        for s in range(0, len(items), size):
            answered += store.add(items[s : s + size])
        for art, sid in answered:
            story = store.story(sid)
            assert story is not None and art in {a.id for a in story.articles}
        n, _ = store.count()
        return {a.id: s.id for s in store.stories(limit=n) for a in s.articles}


def test_a_new_store_fed_one_article_at_a_time_keeps_unrelated_topics_apart(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """The first articles of a new store are weighed with the frequencies of a handful of
    articles, under which unrelated wire stories share everyday words ("said", "leader")
    at full weight. Fed one at a time, the first 40 DUC articles once made a story of
    seven topics; every story may hold at most two (DUC files some articles
    under two topics)."""
    items, gold = in_time_order(duc_articles, 40)
    where = _feed(tmp_path / "s.sqlite", items, 1)
    topics: dict[str, set[str]] = {}
    for item, g in zip(items, gold, strict=True):
        topics.setdefault(where[item["id"]], set()).add(g)
    assert max(len(t) for t in topics.values()) <= 2
    precision = bcubed([where[i["id"]] for i in items], gold)[0]
    assert precision >= 0.9


def test_a_stream_fed_ten_articles_a_call_ends_close_to_batch(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """What a feed that collects its articles does: all of DUC 2003 in time order, ten
    articles a call. B-cubed F1 within 0.02 of batch, as issue 12 asks (0.001 above it
    now, copies counted once as batch counts them: history: s25 store round)."""
    from newsbrief.stories.cluster import assign_batch

    items, gold = in_time_order(duc_articles, len(duc_articles[0]))
    where = _feed(tmp_path / "s.sqlite", items, 10)
    f_store = bcubed([where[i["id"]] for i in items], gold)[2]
    f_batch = bcubed(assign_batch(to_docs(items)), gold)[2]
    assert f_store >= f_batch - 0.02


def test_a_stream_fed_one_article_at_a_time_ends_close_to_batch(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """A feed that never stops, one article a call: every join is decided on one
    article, none can be undone. B-cubed F1 within 0.02 of batch, as issue 12 asks
    (0.002 above it now; 0.037 below before the store's weak joins of one article
    waited, store.JOIN_WAIT_DAYS: docs/history/stories-rounds.md, s26 stG round)."""
    from newsbrief.stories.cluster import assign_batch

    items, gold = in_time_order(duc_articles, len(duc_articles[0]))
    where = _feed(tmp_path / "s.sqlite", items, 1)
    f_store = bcubed([where[i["id"]] for i in items], gold)[2]
    f_batch = bcubed(assign_batch(to_docs(items)), gold)[2]
    assert f_store >= f_batch - 0.02


def test_a_young_store_re_scores_after_the_same_articles_however_the_stream_is_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real = StoryStore._rescore

    def spy(self: StoryStore, engine, df, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(df.n_docs)
        return real(self, engine, df, *args, **kwargs)

    monkeypatch.setattr(StoryStore, "_rescore", spy)
    monkeypatch.setattr(store_mod, "RESCORE_MIN_DOCS", 4)
    # A first import into an empty store that batch groups is one part, whatever it
    # crosses (docs/stories.md, method step 6): with the real constants one under 50
    # crosses no re-scoring count (the first is at 50) and one of 50 or more was one
    # part before BATCH_IMPORT_MIN fell to 2. Here the counts start at 4, so the
    # streams' first updates (1, 7 and 30 articles) are stored as a young store's.
    monkeypatch.setattr(store_mod, "BATCH_IMPORT_MIN", 31)
    # Thirty articles, none a copy of another (copies are no new articles: they would
    # not count toward re-scoring): each a draw of the three flood reports' words.
    words = " ".join(FLOOD).replace(".", "").replace(",", "").split()
    items = []
    for i in range(30):
        rng = random.Random(i)
        text = " ".join(rng.sample(words, 25))
        items.append({"id": f"a{i:02d}", "text": f"{text.capitalize()}. Update {i} on day {i}."})
    counts = []
    for n, size in enumerate((1, 7, 30)):
        seen.clear()
        _feed(tmp_path / f"s{n}.sqlite", items, size)
        counts.append(list(seen))
    assert counts[0] == [4, 5, 7, 9, 12, 15, 19, 24, 30]
    assert counts[1] == counts[0] == counts[2]


def test_the_background_prior_follows_the_stores_frequencies() -> None:
    """Few articles: everyday words weigh nearly in full, unrelated articles share more
    (the unweighted prior); the prior a grown collection's IDF was measured with takes
    over as the store grows."""
    means = [young_prior(n)[0] for n in (0, 10, 50, 300, 2000)]
    assert means[0] == pytest.approx(UNWEIGHTED_PRIOR_MEAN)
    assert all(a > b for a, b in pairwise(means))
    assert means[-1] == pytest.approx(PRIOR_MEAN, abs=0.002)
