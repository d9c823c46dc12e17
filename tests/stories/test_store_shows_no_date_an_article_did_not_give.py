"""A story store files an undated article at the stream's clock (the newest publication
date it has seen) for its own rules, but a reader never sees that as the story's date:
a stored story whose articles give no date is shown undated in every digest format, and
``--since`` leaves it out and says so, as a digest of the same files does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.stories.store import StoryStore

from .conftest import CHESS, FLOOD


def _pile(tmp_path: Path) -> Path:
    """A dated flood story of three outlets and an undated chess story of two."""
    rows = [
        {"id": f"flood-{k}", "source": f"Daily {k}", "published": f"2026-11-2{k}", "text": t}
        for k, t in enumerate(FLOOD)
    ] + [{"id": f"chess-{k}", "source": f"Weekly {k}", "text": t} for k, t in enumerate(CHESS)]
    path = tmp_path / "pile.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _digest(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["digest", *args]) == 0
    return capsys.readouterr().out


def test_a_stored_story_without_dates_is_shown_undated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.sqlite")
    stored = json.loads(_digest(capsys, str(_pile(tmp_path)), "--db", db, "--format", "json"))
    plain = json.loads(_digest(capsys, str(_pile(tmp_path)), "--format", "json"))
    for data in (stored, plain):
        by_outlets = {tuple(s["sources"]): s for s in data["stories"]}
        chess = by_outlets[("Weekly 0", "Weekly 1")]
        assert chess["first_seen"] is None and chess["updated"] is None
        flood = by_outlets[("Daily 0", "Daily 1", "Daily 2")]
        assert flood["first_seen"][:10] == "2026-11-20" and flood["updated"][:10] == "2026-11-22"
    text = _digest(capsys, "--db", db)
    chess_entry = text[text.index("Weekly 0") :].splitlines()[0]
    assert "2026" not in chess_entry  # no date after its outlets and articles
    with StoryStore(db) as store:
        undated = [s for s in store.stories() if s.articles[0].id.startswith("chess")]
        assert [(s.first_seen, s.updated) for s in undated] == [(None, None)]


def test_since_leaves_a_stored_undated_story_out_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.sqlite")
    pile = str(_pile(tmp_path))
    for args in ([pile, "--db", db], [pile]):  # the store says what files say
        out = _digest(capsys, *args, "--since", "2026-11-21")
        assert "Marlow" in out and "Varga" not in out
        assert "1 undated story not shown" in out
    with StoryStore(db) as store:
        assert all(s.articles[0].id.startswith("flood") for s in store.stories(since="2026-11-21"))
