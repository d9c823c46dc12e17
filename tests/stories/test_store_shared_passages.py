"""The store, like a batch, scores an article that reprints a long passage of a stored
article without the time discount to that article's story, and makes that story a
candidate again if it went quiet, for articles published within
``store.PASSAGE_REVIVE_DAYS`` of the newest (docs/stories.md, The store)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newsbrief.stories import store as store_module
from newsbrief.stories.store import StoryStore

from .conftest import CHESS, FLOOD, VACCINE

# Invented: weeks after the Marlow floods (FLOOD), a short report that, as wire
# follow-ups do, may carry the first report's paragraph again as background.
LATER = (
    "Insurers have paid out on most claims from the Marlow floods, the county council "
    "said on Monday, and rebuilding of the riverside homes is under way."
)
# Invented: a later report on another story, to move the newest article on.
CHESS_LATER = (
    "Tomas Reyes won the Eastport rapid chess cup on Saturday, a month after losing the "
    "Northport final to Ilse Varga, and said he hoped to meet her again in the spring."
)
# Eight weeks after January: the flood story has been quiet for six (default 14 days).
EIGHT_WEEKS = "2026-03-02"


def _january(store: StoryStore) -> dict[str, str]:
    return dict(
        store.add(
            [
                {"id": "flood0", "text": FLOOD[0], "published": "2026-01-05"},
                {"id": "flood1", "text": FLOOD[1], "published": "2026-01-06"},
                {"id": "chess0", "text": CHESS[0], "published": "2026-01-05"},
                {"id": "chess1", "text": CHESS[1], "published": "2026-01-06"},
                {"id": "vaccine0", "text": VACCINE[0], "published": "2026-01-05"},
                {"id": "vaccine1", "text": VACCINE[1], "published": "2026-01-06"},
            ]
        )
    )


def _later(store: StoryStore, reprint: bool, published: str = EIGHT_WEEKS) -> str:
    text = LATER + ("\n\n" + FLOOD[0] if reprint else "")
    return dict(store.add([{"id": "later", "text": text, "published": published}]))["later"]


def test_a_report_weeks_later_reprinting_a_stored_article_revives_its_quiet_story(
    tmp_path: Path,
) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        old = _january(store)
        assert _later(store, reprint=True) == old["flood0"]
        flood = store.story(old["flood0"])
        assert flood is not None and [a.id for a in flood.articles] == [
            "flood0",
            "flood1",
            "later",
        ]


def test_the_same_report_without_the_passage_starts_its_own_story(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        old = _january(store)
        assert _later(store, reprint=False) not in set(old.values())


def test_a_reprint_of_an_article_older_than_the_bound_does_not_revive_its_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The January articles are 56 days older than the reprint: out of a 30-day index.
    monkeypatch.setattr(store_module, "PASSAGE_REVIVE_DAYS", 30.0)
    with StoryStore(tmp_path / "s.sqlite") as store:
        old = _january(store)
        assert _later(store, reprint=True) not in set(old.values())


def test_articles_past_the_bound_leave_the_index_while_a_store_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Evicted as newer articles arrive (not only when a store is opened): in one open
    # store, a chess report 40 days after January pushes the January articles out of a
    # 30-day index, and the flood reprint after it finds nothing to revive.
    monkeypatch.setattr(store_module, "PASSAGE_REVIVE_DAYS", 30.0)
    with StoryStore(tmp_path / "s.sqlite") as store:
        old = _january(store)
        store.add([{"id": "chess2", "text": CHESS_LATER, "published": "2026-02-15"}])
        assert _later(store, reprint=True, published="2026-02-16") not in set(old.values())
    # The same reprint on the same day with the January articles still indexed (60 days).
    monkeypatch.setattr(store_module, "PASSAGE_REVIVE_DAYS", 60.0)
    with StoryStore(tmp_path / "t.sqlite") as store:
        old = _january(store)
        store.add([{"id": "chess2", "text": CHESS_LATER, "published": "2026-02-15"}])
        assert _later(store, reprint=True, published="2026-02-16") == old["flood0"]


def test_it_is_the_passage_that_joins_it_not_the_words_it_adds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reprint with the store's passage rule off: an active story (quiet period 120
    # days) still keeps it apart, eight weeks' discount.
    monkeypatch.setattr(store_module, "PASSAGES", False)
    with StoryStore(tmp_path / "s.sqlite", quiet_after=timedelta(days=120)) as store:
        old = _january(store)
        assert _later(store, reprint=True) not in set(old.values())


def test_a_reopened_store_still_finds_the_passage(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with StoryStore(db) as store:
        old = _january(store)
    with StoryStore(db) as store:
        assert _later(store, reprint=True) == old["flood0"]


def test_a_store_written_before_runs_were_kept_opens_and_links_nothing_old(
    tmp_path: Path,
) -> None:
    # Its articles have no stored runs: the reprint is scored as before (kept apart).
    db = tmp_path / "s.sqlite"
    with StoryStore(db) as store:
        old = _january(store)
        store._db.execute("DROP TABLE article_runs")
    with StoryStore(db) as store:
        assert _later(store, reprint=True) not in set(old.values())
        assert store.count() == (4, 7)
