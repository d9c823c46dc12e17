"""A store fed scraped pages update by update applies batch's page rules: a teaser cut by
a paywall joins the story of the stored article it is cut from, and a section front
(the first lines of many stories) arriving in a later update is a story of its own that
leaves the stored stories as they were (history: s25 stC round)."""

from __future__ import annotations

from pathlib import Path

from newsbrief.stories.store import StoryStore

from .conftest import duc_topics_in_time_order, paragraphs, section_front

PAYWALL = "\n\nThis article is for subscribers only. Start your free trial today"


def _where(store: StoryStore) -> dict[str, str]:
    n, _ = store.count()
    return {a.id: s.id for s in store.stories(limit=n) for a in s.articles}


def _feed(store: StoryStore, items: list[dict[str, str]], size: int) -> None:
    for s in range(0, len(items), size):
        store.add(items[s : s + size])


def test_a_teaser_of_a_stored_article_joins_its_story(tmp_path: Path) -> None:
    # Ten DUC topics stored ten articles a call; then, in later updates, each article's
    # first paragraph (and first two) as teasers cut by a paywall on a site. A teaser's
    # cosine with its whole article stays below the copy cosine: it is recognised by the
    # text it shares word for word.
    items, _ = duc_topics_in_time_order(10)
    teasers = [
        {
            "id": f"teaser{k}-" + a["id"],
            "text": "\n\n".join(paras[:k]) + PAYWALL,
            "source": "Daily Ledger",
        }
        for a in items
        for paras in [paragraphs(a["text"])]
        for k in (1, 2)
        if len(paras) > k
    ]
    with StoryStore(tmp_path / "s.sqlite") as store:
        _feed(store, items, 10)
        before = _where(store)
        _feed(store, teasers, 10)
        after = _where(store)
    kept = [t["id"] for t in teasers if t["id"] in after]  # a slug alone is no article
    assert len(kept) >= 0.9 * len(teasers)
    moved = [t for t in kept if after[t] != after[t.split("-", 1)[1]]]
    assert len(moved) <= len(kept) // 20, moved
    # the stored articles stay where they were (stories keep their ids)
    assert all(after[a["id"]] == before[a["id"]] for a in items)


def test_a_section_front_in_a_later_update_stands_alone(tmp_path: Path) -> None:
    items, gold = duc_topics_in_time_order(12)
    with StoryStore(tmp_path / "s.sqlite") as store:
        _feed(store, items, 10)
        before = _where(store)
        store.add([section_front(items, gold, "front-world", "World Wire")])
        store.add(
            [
                section_front(items[::-1], gold[::-1], "front-2", "World Wire"),
                items[0] | {"id": "late"},
            ]
        )
        after = _where(store)
        for f in ("front-world", "front-2"):
            assert sum(v == after[f] for v in after.values()) == 1  # a story of its own
        assert after["late"] == after[items[0]["id"]]  # later pages still join stories
        assert all(after[a["id"]] == before[a["id"]] for a in items)
        # its story stays its own: later articles cannot join it
        store.add(
            [
                {
                    "id": "after-front",
                    "text": section_front(items, gold, "x", "World Wire")["text"] + " More.",
                }
            ]
        )
        assert store.story_of("after-front") != store.story_of("front-world")
