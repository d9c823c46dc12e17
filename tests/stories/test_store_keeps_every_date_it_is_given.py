"""The story store keeps the date of an article whatever way it was written: an RSS feed's
RFC 822 date ("Mon, 30 Nov 2026 10:00:00 GMT") or a pasted "Nov. 30, 2026" is stored as
ISO 8601, so its story is dated, goes quiet by time and is ranked by recency as an
ISO-dated one is. An unreadable date is named in a warning and the article kept. A story
updated by an article published at 10:00:00 is shown updated at 10:00:00 (not 09:59:59).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsbrief import cluster
from newsbrief.cli import main
from newsbrief.stories.store import StoryStore

from .conftest import CHESS, FLOOD, VACCINE


def test_a_feed_date_and_a_pasted_date_are_stored_as_iso(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(
            [
                {"id": "f0", "published": "Mon, 30 Nov 2026 10:00:00 GMT", "text": FLOOD[0]},
                {"id": "f1", "published": "Nov. 30, 2026", "text": FLOOD[1]},
            ]
        )
        [story] = store.stories()
    assert {a.id: a.published for a in story.articles} == {
        "f0": "2026-11-30T10:00:00Z",
        "f1": "2026-11-30",
    }
    assert (story.first_seen, story.updated) == ("2026-11-30", "2026-11-30T10:00:00")


def test_an_article_published_on_the_hour_dates_its_story_on_the_hour(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(
            [
                {"id": "f0", "published": "2026-11-30T10:00:00Z", "text": FLOOD[0]},
                {"id": "f1", "published": "2026-11-30T13:27:41+02:00", "text": FLOOD[1]},
            ]
        )
        [story] = store.stories()
    assert (story.first_seen, story.updated) == ("2026-11-30T10:00:00", "2026-11-30T11:27:41")


def test_an_unreadable_date_is_named_and_its_article_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="newsbrief"),
        StoryStore(tmp_path / "s.sqlite") as store,
    ):
        got = dict(
            store.add(
                [
                    {"id": "f0", "published": "2026-11-30", "text": FLOOD[0]},
                    {"id": "f1", "published": "the day after the storm", "text": FLOOD[1]},
                ]
            )
        )
        [story] = store.stories()
    assert got["f1"] == got["f0"]
    assert {a.id: a.published for a in story.articles} == {"f0": "2026-11-30", "f1": None}
    said = [r.getMessage() for r in caplog.records if "unreadable" in r.getMessage()]
    assert len(said) == 1 and "f1" in said[0] and "the day after the storm" in said[0]


def test_clustering_without_a_store_gives_a_feed_date_as_iso() -> None:
    stories = cluster(
        [
            {"id": "c0", "published": "Sun, 29 Nov 2026 18:30:00 +0100", "text": CHESS[0]},
            {"id": "c1", "published": "2026-11-29", "text": CHESS[1]},
        ]
    )
    [story] = stories
    assert {a.id: a.published for a in story.articles} == {
        "c0": "2026-11-29T17:30:00Z",
        "c1": "2026-11-29",
    }


_MOMENTS = [  # (ISO, the same moment as an RSS feed gives it)
    ("2026-01-01T08:00:00Z", "Thu, 01 Jan 2026 08:00:00 GMT"),
    ("2026-02-01T08:00:00Z", "Sun, 01 Feb 2026 08:00:00 GMT"),
    ("2026-02-02T08:00:00Z", "Mon, 02 Feb 2026 08:00:00 GMT"),
]


def _stream(tmp_path: Path, style: int) -> list[Path]:
    """A chess story on 1 January, a vaccine story on 1 February, the chess story's
    second report on 2 February: one JSONL file per day, dated in one ``style``."""
    rows = [
        {"id": "c0", "source": "A", "text": CHESS[0]},
        {"id": "v0", "source": "B", "text": VACCINE[0]},
        {"id": "c1", "source": "C", "text": CHESS[1]},
    ]
    paths = []
    for row, moments in zip(rows, _MOMENTS, strict=True):
        path = tmp_path / f"{row['id']}-{style}.jsonl"
        path.write_text(json.dumps({**row, "published": moments[style]}) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("style", [0, 1], ids=["iso", "feed"])
def test_a_store_of_feed_dated_articles_goes_quiet_by_time_like_an_iso_dated_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], style: int
) -> None:
    db = str(tmp_path / "news.sqlite")
    for path in _stream(tmp_path, style):
        assert main(["cluster", str(path), "--db", db, "--quiet-days", "3", "-o", "-"]) == 0
    capsys.readouterr()
    with StoryStore(db) as store:
        # the chess story went quiet a month before its second report: a new story
        assert store.story_of("c1") != store.story_of("c0")
        dated = {s.articles[0].id: (s.first_seen, s.updated) for s in store.stories()}
    assert dated["c0"] == ("2026-01-01T08:00:00", "2026-01-01T08:00:00")
    assert dated["c1"] == ("2026-02-02T08:00:00", "2026-02-02T08:00:00")


def test_cluster_names_an_unreadable_date_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pile.jsonl"
    rows = [
        {"id": "f0", "published": "Mon, 30 Nov 2026 10:00:00 GMT", "text": FLOOD[0]},
        {"id": "f1", "published": "sometime", "text": FLOOD[1]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for store in ([], ["--db", str(tmp_path / "news.sqlite")]):
        capsys.readouterr()
        assert main(["cluster", str(path), *store, "-o", str(tmp_path / "out.jsonl")]) == 0
        err = capsys.readouterr().err
        assert err.count("unreadable") == 1 and "document f1" in err
        written = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
        assert {d["id"]: d.get("published") for d in written["documents"]} == {
            "f0": "2026-11-30T10:00:00Z",
            "f1": None,
        }
