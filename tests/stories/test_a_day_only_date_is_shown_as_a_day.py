"""An article dated by its day only ("2026-11-20", as an LDC id gives it) dates its stored
story by that day, not by a midnight no article gave: the store's ``first_seen`` and
``updated``, the digest's JSON and text with ``--db`` say "2026-11-20" as the digest of
the same files does. A time of day is still shown to the second, and the dates still
order and filter the stories as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.stories.store import StoryStore

from .conftest import CHESS, FLOOD


def _rows(dates: list[str]) -> list[dict[str, str]]:
    return [
        {"id": f"flood-{k}", "source": f"Daily {k}", "published": day, "text": text}
        for k, (day, text) in enumerate(zip(dates, FLOOD, strict=True))
    ]


def test_a_story_of_day_dated_articles_is_dated_by_days(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(_rows(["2026-11-20", "2026-11-21", "2026-11-22"]))
        [story] = store.stories()
        assert (story.first_seen, story.updated) == ("2026-11-20", "2026-11-22")
        # the day still counts as that day's start when stories are filtered
        assert [s.id for s in store.stories(since="2026-11-22")] == [story.id]
        assert store.stories(since="2026-11-22T00:00:01Z") == []


def test_a_time_of_day_is_shown_beside_a_day_as_given(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        store.add(_rows(["2026-11-20", "2026-11-21T09:30:00Z", "2026-11-21"]))
        [story] = store.stories()
    # the latest moment known is the time of day; the first is a day alone
    assert (story.first_seen, story.updated) == ("2026-11-20", "2026-11-21T09:30:00")


def test_the_stored_digest_gives_days_as_the_digest_of_files_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(["2026-11-20", "2026-11-21", "2026-11-22"]) + [
        {"id": f"chess-{k}", "source": f"Weekly {k}", "published": "2026-11-19", "text": t}
        for k, t in enumerate(CHESS)
    ]
    pile = tmp_path / "pile.jsonl"
    pile.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "news.sqlite")
    answers = []
    for extra in (["--db", db], []):
        capsys.readouterr()
        assert main(["digest", str(pile), "--format", "json", *extra]) == 0
        answers.append(json.loads(capsys.readouterr().out))
    stored, plain = (
        {tuple(s["sources"]): (s["first_seen"], s["updated"]) for s in data["stories"]}
        for data in answers
    )
    assert stored == plain
    assert stored[("Daily 0", "Daily 1", "Daily 2")] == ("2026-11-20", "2026-11-22")
