"""The story store: restart, idempotence, stable ids, quiet stories, crashes, concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from newsbrief.stories.store import StoryStore

from .conftest import CHESS, FLOOD, VACCINE, articles

ROOT = Path(__file__).resolve().parents[2]


def _one_story_each(pairs: list[tuple[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for art, story in pairs:
        out.setdefault(story, set()).add(art)
    return out


def test_new_articles_join_their_story_across_restarts(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    items = articles()
    with StoryStore(db) as store:
        first = dict(store.add([items[0], items[3], items[5]]))  # flood0, chess0, vaccine0
    with StoryStore(db) as store:
        later = dict(store.add([items[1], items[2], items[4], items[6]]))
        assert later["flood1"] == later["flood2"] == first["flood0"]
        assert later["chess1"] == first["chess0"]
        assert later["vaccine1"] == first["vaccine0"]
        assert store.count() == (3, 7)
        flood = store.story(first["flood0"])
        assert flood is not None
        assert [a.id for a in flood.articles] == ["flood0", "flood1", "flood2"]
        assert flood.articles[1].text == FLOOD[1]


def test_adding_a_stored_article_again_changes_nothing(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        got = store.add(articles())
        again = store.add(articles()[::-1])
        assert dict(again) == dict(got)
        assert store.count() == (3, 7)


def test_a_story_id_keeps_all_its_articles_as_more_arrive(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with StoryStore(db) as store:
        ids = dict(store.add(articles()))
        for n in range(5):
            store.add(
                [
                    {
                        "id": f"extra{n}",
                        "text": f"Unrelated note {n}: the parish hall "
                        f"roof repair fund reached {n * 100} pounds.",
                    }
                ]
            )
        for art, sid in ids.items():
            assert store.story_of(art) == sid
            story = store.story(sid)
            assert story is not None and art in {a.id for a in story.articles}


def test_quiet_stories_are_no_longer_joined(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with StoryStore(db, quiet_after=timedelta(days=3)) as store:
        old = dict(store.add([{"id": "c0", "text": CHESS[0], "published": "2026-01-01"}]))
        store.add([{"id": "v0", "text": VACCINE[0], "published": "2026-02-01"}])
        late = dict(store.add([{"id": "c1", "text": CHESS[1], "published": "2026-02-02"}]))
        assert late["c1"] != old["c0"]  # the chess story went quiet a month earlier
    with StoryStore(db, quiet_after=timedelta(days=60)) as store:
        fresh = dict(store.add([{"id": "v1", "text": VACCINE[1], "published": "2026-02-03"}]))
        assert fresh["v1"] == store.story_of("v0")


def test_stories_are_listed_most_covered_first(tmp_path: Path) -> None:
    items = articles()
    for a, src in zip(items, ["A", "B", "C", "A", "A", "A", "B"], strict=True):
        a["source"] = src
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(items)
        ranked = store.stories()
        assert [s.n_sources for s in ranked] == [3, 2, 1]
        assert store.stories(limit=1, offset=1)[0].id == ranked[1].id


_CHILD = """
import sys, time
from newsbrief.stories import engine
import pytest

from newsbrief.stories.store import StoryStore
real = engine.Engine.assign
def slow(self, *a, **k):
    out = real(self, *a, **k)
    print("inside", flush=True)
    time.sleep(60)
    return out
engine.Engine.assign = slow
sys.path.insert(0, {tests!r})
from stories.conftest import articles
StoryStore({db!r}).add(articles()[3:])
"""


def test_an_update_killed_midway_then_rerun_leaves_every_article_in_one_story(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "s.sqlite")
    with StoryStore(db) as store:
        committed = dict(store.add(articles()[:3]))
    code = textwrap.dedent(_CHILD).format(db=db, tests=str(ROOT / "tests"))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "inside"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with StoryStore(db) as store:
        assert store.count() == (1, 3)  # the killed update left no trace
        got = dict(store.add(articles()))
        assert {k: got[k] for k in committed} == committed
        assert store.count() == (3, 7)
        listed = [a.id for s in store.stories() for a in s.articles]
        assert sorted(listed) == sorted(a["id"] for a in articles())


_CHILD_ATTACH = """
import sys, time
from newsbrief.stories import engine

from newsbrief.stories.store import StoryStore
real = engine.Engine._attach
def slow(self, *args):
    out = real(self, *args)
    if out:  # killed with the lone articles attached in memory, nothing written yet
        print("inside", flush=True)
        time.sleep(60)
    return out
engine.Engine._attach = slow
sys.path.insert(0, {tests!r})
from stories.test_store import duc_in_time_order
StoryStore({db!r}).add(duc_in_time_order()[60:80])
print("never attached", flush=True)
"""


def duc_in_time_order(half: int | None = None) -> list[dict[str, str]]:
    """DUC 2003's articles in publication order (each once, under its first topic); with
    ``half``, only the 15 topics of that half (benchmarks/cluster_gap.halves: topic ids
    sorted and shuffled with seed half // 2, the first or the last 15)."""
    import random

    from newsbrief.stories.docs import stable_order, to_docs

    from .conftest import DUC

    items: list[dict[str, str]] = []
    topic: dict[str, str] = {}
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            for d in story["documents"]:
                if d["id"] not in topic:
                    topic[d["id"]] = story["id"]
                    items.append({"id": d["id"], "text": d["text"]})
    if half is not None:
        ids = sorted(set(topic.values()))
        random.Random(half // 2).shuffle(ids)
        keep = set(ids[:15] if half % 2 == 0 else ids[15:])
        items = [i for i in items if topic[i["id"]] in keep]
    return [items[i] for i in stable_order(to_docs(items))]


def test_an_update_killed_while_re_scoring_attaches_then_rerun_loses_nothing(
    tmp_path: Path,
) -> None:
    """The young store re-scores at 50 articles (copies aside: in the update of DUC's
    articles 61-80) and attaches lone articles to their stories (engine.Engine._attach),
    in the update's transaction: killed there, the store is as before the update, and
    the same update run again ends as an update never interrupted, every article in
    exactly one story and every id answered before still finding its articles."""
    items = duc_in_time_order()[:80]
    db = str(tmp_path / "s.sqlite")
    committed: dict[str, str] = {}
    with StoryStore(db) as store:
        for s in range(0, 60, 10):
            committed.update(store.add(items[s : s + 10]))
        before = store.count()
    code = textwrap.dedent(_CHILD_ATTACH).format(db=db, tests=str(ROOT / "tests"))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "inside"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with StoryStore(tmp_path / "whole.sqlite") as whole:
        for s in range(0, 60, 10):
            whole.add(items[s : s + 10])
        whole.add(items[60:80])
        n, _ = whole.count()
        expected = {frozenset(a.id for a in st.articles) for st in whole.stories(limit=n)}
    with StoryStore(db) as store:
        assert store.count() == before  # the killed update left no trace
        store.add(items[60:80])
        n, stored = store.count()
        assert stored == 80
        listed = [a.id for st in store.stories(limit=n) for a in st.articles]
        assert sorted(listed) == sorted(i["id"] for i in items)  # each exactly once
        got = {frozenset(a.id for a in st.articles) for st in store.stories(limit=n)}
        assert got == expected  # as if never interrupted
        for art, sid in committed.items():
            story = store.story(sid)
            assert story is not None and art in {a.id for a in story.articles}


def test_concurrent_writers_from_threads_and_processes_lose_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    store = StoryStore(db)
    texts = [{"id": f"t{i}", "text": f"{FLOOD[i % 3]} Update {i}."} for i in range(12)]
    code = (
        "import sys; from newsbrief.stories.store import StoryStore\n"
        f"s = StoryStore({db!r})\n"
        "for i in range(6): s.add([{'id': f'p{i}', 'text': "
        f"{CHESS[0]!r} + f' Note {{i}}.'}}])\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    threads = [threading.Thread(target=store.add, args=(texts[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert proc.wait(timeout=120) == 0
    stored = {a.id for s in store.stories(limit=100) for a in s.articles}
    assert stored == {f"t{i}" for i in range(12)} | {f"p{i}" for i in range(6)}
    listed = [a.id for s in store.stories(limit=100) for a in s.articles]
    assert len(listed) == len(set(listed))  # each article in exactly one story
    for members in _one_story_each([(a, store.story_of(a) or "") for a in stored]).values():
        assert len({m[0] for m in members}) == 1  # flood and chess never share a story
    store.close()


def test_a_merged_story_id_still_finds_all_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbrief.stories import engine as engine_mod

    with StoryStore(tmp_path / "s.sqlite") as store:
        flood = dict(store.add([{"id": "f0", "text": FLOOD[0]}]))["f0"]
        chess = dict(store.add([{"id": "c0", "text": CHESS[0]}]))["c0"]
        real = engine_mod.Engine.merge

        def forced(self: engine_mod.Engine, attach: bool = False) -> list[tuple[int, int]]:
            done = real(self, attach=attach)
            keep, gone = sorted(self.stories)[:2]  # the two oldest: flood, then chess
            self.stories[keep].absorb(self.stories.pop(gone))
            return [*done, (keep, gone)]

        monkeypatch.setattr(engine_mod.Engine, "merge", forced)
        store.add([{"id": "v0", "text": VACCINE[0]}])
        assert store.resolve(chess) == flood
        merged = store.story(chess)
        assert merged is not None and merged.id == flood
        assert {a.id for a in merged.articles} == {"f0", "c0"}
        assert store.story_of("c0") == flood
        assert chess not in {s.id for s in store.stories()}


def test_a_young_store_fed_in_chunks_stays_close_to_batch_and_keeps_every_id(
    tmp_path: Path, duc_articles: tuple[list[dict[str, str]], list[str]]
) -> None:
    """The young store re-scores its stories as statistics settle (merging fragments);
    every story id it ever answered must still find the articles it was given for."""
    from newsbrief.stories.cluster import assign_batch
    from newsbrief.stories.docs import stable_order, to_docs
    from newsbrief.stories.metrics import bcubed

    items, gold = duc_articles
    docs = to_docs(items)
    order = stable_order(docs)
    answered: list[tuple[str, str]] = []
    with StoryStore(tmp_path / "s.sqlite") as store:
        for s in range(0, len(order), 50):
            answered += store.add([items[i] for i in order[s : s + 50]])
        for art, sid in answered:
            story = store.story(sid)
            assert story is not None and art in {a.id for a in story.articles}
        n, stored = store.count()
        assert stored == len(items)
        where = {a.id: s.id for s in store.stories(limit=n) for a in s.articles}
    f_inc = bcubed([where[a["id"]] for a in items], gold)[2]
    f_batch = bcubed(assign_batch(docs), gold)[2]
    assert f_inc >= f_batch - 0.04
