"""A feed of one article a call: a new story's first article is scored before any other
article of its story exists, so a join its older, same-topic neighbour's articles see
only weakly waits until later articles have come (store.JOIN_WAIT_DAYS; docs/stories.md,
The store)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsbrief.stories import store as store_mod
from newsbrief.stories.cluster import assign_batch
from newsbrief.stories.docs import to_docs
from newsbrief.stories.store import StoryStore

from .conftest import in_time_order


def _mixed_topics(where: dict[str, str], items: list[dict[str, str]], gold: list[str]) -> set:
    """Pairs of topics of which one story holds three articles or more each."""
    per_story: dict[str, Counter[str]] = {}
    for item, g in zip(items, gold, strict=True):
        per_story.setdefault(where[item["id"]], Counter())[g] += 1
    out = set()
    for c in per_story.values():
        big = sorted(t for t, n in c.items() if n >= 3)
        out |= {(a, b) for i, a in enumerate(big) for b in big[i + 1 :]}
    return out


def _one_a_call(path: Path, items: list[dict[str, str]], reopen: bool) -> dict[str, str]:
    """Article id -> story id after feeding ``items`` one a call, the store kept open or
    opened again for every article (as ``newsbrief cluster new.jsonl --db`` run once per
    article); every story id the store answered must still hold its article."""
    answered: list[tuple[str, str]] = []
    store = StoryStore(path)
    try:
        for item in items:
            if reopen:
                store.close()
                store = StoryStore(path)
            answered += store.add([item])
        for art, sid in answered:
            story = store.story(sid)
            assert story is not None and art in {a.id for a in story.articles}
        n, _ = store.count()
        return {a.id: s.id for s in store.stories(limit=n) for a in s.articles}
    finally:
        store.close()


def test_fed_one_article_a_call_the_store_mixes_no_topics_batch_keeps_apart(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """All of DUC 2003 in time order, one article a call. Before the wait, the first
    article of two new stories (a typhoon in the Philippines, a dissident's arrest in
    China) joined an older story on the same place (an airline strike in Manila, the
    Asian Games), and each new story's later articles followed it in: two stories of
    two topics that batch keeps apart."""
    items, gold = in_time_order(duc_articles, len(duc_articles[0]))
    where = _one_a_call(tmp_path / "s.sqlite", items, reopen=False)
    labels = assign_batch(to_docs(items))
    in_batch = dict(zip([i["id"] for i in items], map(str, labels), strict=True))
    assert _mixed_topics(where, items, gold) <= _mixed_topics(in_batch, items, gold)


def test_a_store_opened_again_for_every_article_waits_as_one_kept_open(
    tmp_path: Path,
    duc_articles: tuple[list[dict[str, str]], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The waiting joins are kept in the store, not in the process: a feed that runs
    one process per article ends with the same stories, and joins waited on the way."""
    items, _ = in_time_order(duc_articles, 130)
    waited: list[int] = []
    real = StoryStore._settle

    def spy(self: StoryStore, engine):  # type: ignore[no-untyped-def]
        waited.append(len(self._waiting))
        return real(self, engine)

    monkeypatch.setattr(StoryStore, "_settle", spy)
    kept_open = _one_a_call(tmp_path / "open.sqlite", items, reopen=False)
    assert max(waited) >= 1
    reopened = _one_a_call(tmp_path / "again.sqlite", items, reopen=True)

    def groups(where: dict[str, str]) -> set[frozenset[str]]:
        by: dict[str, set[str]] = {}
        for aid, sid in where.items():
            by.setdefault(sid, set()).add(aid)
        return {frozenset(g) for g in by.values()}

    assert groups(reopened) == groups(kept_open)


def test_without_the_wait_a_weak_join_is_made_at_once(
    tmp_path: Path,
    duc_articles: tuple[list[dict[str, str]], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """JOIN_WAIT_DAYS = None is the store before the wait: nothing is ever waiting."""
    monkeypatch.setattr(store_mod, "JOIN_WAIT_DAYS", None)
    items, _ = in_time_order(duc_articles, 60)
    with StoryStore(tmp_path / "s.sqlite") as store:
        for item in items:
            store.add([item])
            assert not store._waiting
