"""A store fed syndicated pages: a copy of an article (the same text on another site) is
that article again, wherever and whenever it arrives, and an undated page does not
jump the store's clock to today (history: s25 store round)."""

from __future__ import annotations

from pathlib import Path

from newsbrief.stories.docs import stable_order, to_docs
from newsbrief.stories.metrics import bcubed
from newsbrief.stories.store import StoryStore

from .conftest import (
    CHESS,
    FURNITURE_BOTTOM,
    FURNITURE_TOP,
    articles,
    duc_topics_in_time_order,
    read_duc_articles,
)


def _day(aid: str) -> str:
    """A DUC id's publication day (APW19981106.0520: 1998-11-06)."""
    return f"{aid[3:7]}-{aid[7:9]}-{aid[9:11]}"


def _feed(path: Path, items: list[dict[str, str]], size: int) -> dict[str, str]:
    with StoryStore(path) as store:
        for s in range(0, len(items), size):
            store.add(items[s : s + size])
        n, _ = store.count()
        return {a.id: s.id for s in store.stories(limit=n) for a in s.articles}


def test_pages_copying_the_wire_in_the_same_updates_leave_the_stories_as_they_were(
    tmp_path: Path,
) -> None:
    # Ten DUC topics fed in publication order, ten wire articles a call; then the same
    # stream with each article also published by two sites (in their furniture, same
    # day, same update). Counted as articles, a page's copies were its nearest
    # neighbours and widened its background until its story no longer stood out.
    items, gold = duc_topics_in_time_order(10)
    once = _feed(tmp_path / "once.sqlite", items, 10)
    f_once = bcubed([once[a["id"]] for a in items], gold)[2]
    stream, stream_gold = [], []
    for a, g in zip(items, gold, strict=True):
        stream.append(a)
        for site in ("ledger", "courier"):
            stream.append(
                {
                    "id": f"{site}-{a['id']}",
                    "text": FURNITURE_TOP + a["text"] + "\n" + FURNITURE_BOTTOM,
                    "published": _day(a["id"]),
                    "source": site.title(),
                }
            )
        stream_gold += [g, g, g]
    where = _feed(tmp_path / "copies.sqlite", stream, 30)
    f_copies = bcubed([where[a["id"]] for a in stream], stream_gold)[2]
    assert f_copies >= f_once - 0.02
    for a in items:  # every copy in its original's story
        assert where[f"ledger-{a['id']}"] == where[f"courier-{a['id']}"] == where[a["id"]]


def test_a_copy_arriving_later_joins_its_original_story_and_counts_its_outlet(
    tmp_path: Path,
) -> None:
    arts = [dict(a, source="Wire") for a in articles()]
    copy = {
        "id": "copy-chess0",
        "text": FURNITURE_TOP + CHESS[0] + "\n" + FURNITURE_BOTTOM,
        "source": "The Other Site",
    }
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(arts)
        before = store.story_of("chess0")
        assert before is not None
        ((aid, sid),) = store.add([copy])
        assert aid == "copy-chess0" and sid == before == store.story_of("chess0")
        story = store.story(sid)
        assert story is not None
        assert "the other site" in story.sources and "wire" in story.sources
        assert "copy-chess0" in {a.id for a in story.articles}
        counted = store.count()
        assert store.add([copy]) == [("copy-chess0", sid)]  # again: nothing changes
        assert store.count() == counted


def test_an_undated_page_in_a_replayed_stream_changes_nothing_for_the_dated_articles(
    tmp_path: Path,
) -> None:
    # A stream of 1998 articles with one page without a date among them (a chess
    # report, no DUC topic): dated by the time it was stored (today), it made every
    # 1998 story quiet at once, and the next articles of running stories started
    # stories of their own. Dated by the stream's clock, it is the same page published
    # that day. (Compared with the page dated, not with no page: any one more article
    # moves the points where a young store re-scores, history: s25 stC round.)
    items, _ = read_duc_articles()
    docs = to_docs(items)
    order = stable_order(docs)
    stream = [items[i] for i in order[:80]]
    undated = {"id": "page-without-date", "text": CHESS[1], "source": "Chess Weekly"}
    that_day = str(docs[order[59]].article.published)[:10]  # the stream's clock then
    parts = []
    for n, page in enumerate((undated | {"published": that_day}, undated)):
        with StoryStore(tmp_path / f"s{n}.sqlite") as store:
            for s in range(0, 60, 10):
                store.add(stream[s : s + 10])
            store.add([page])
            for s in range(60, 80, 10):
                store.add(stream[s : s + 10])
            k, _ = store.count()
            parts.append(
                {
                    frozenset(a.id for a in st.articles if a.id != undated["id"])
                    for st in store.stories(limit=k)
                }
                - {frozenset()}
            )
    assert parts[0] == parts[1]
