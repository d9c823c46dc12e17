"""``--db`` names a story store: another application's SQLite file (or any other file)
given by mistake is refused with one line naming it, and left byte for byte as it was;
a store made before stores were marked still opens, and a new file becomes a store."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.stories.store import APPLICATION_ID, StoryStore

from ..conftest import STORY_A


def _other_app(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes(body) VALUES ('keep me')")
    con.commit()
    con.close()
    return path


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [
        ["cluster", "{articles}", "--db", "{db}", "-o", "{out}"],
        ["cluster", "--db", "{db}", "-o", "{out}"],
        ["digest", "{articles}", "--db", "{db}", "-o", "{out}"],
        ["serve", "--db", "{db}"],
    ],
    ids=["cluster", "cluster-read", "digest", "serve"],
)
def test_another_applications_database_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = _other_app(tmp_path)
    before = _digest(db)
    out = tmp_path / "out"
    args = [a.format(articles=_articles(tmp_path), db=db, out=out) for a in command]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsbrief: error: ")
    assert str(db) in err[0] and "not a newsbrief story store" in err[0]
    assert "new file" in err[0]  # the hint says what to do
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "other.sqlite"]
    con = sqlite3.connect(db)
    assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just notes\n" * 20)
    with pytest.raises(InputError) as info:
        StoryStore(path)
    assert info.value.where == str(path) and info.value.hint
    assert path.read_text() == "not a database, just notes\n" * 20


def test_a_database_marked_by_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id=1234")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(InputError, match="not a newsbrief story store"):
        StoryStore(path)
    assert _digest(path) == before


def test_a_store_made_before_stores_were_marked_opens_and_gains_the_mark(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.sqlite"
    with StoryStore(db) as store:
        pairs = dict(store.add(STORY_A))
    con = sqlite3.connect(db)
    con.execute("PRAGMA application_id=0")  # as an earlier version left it
    con.commit()
    con.close()
    with StoryStore(db) as store:
        assert store.count()[1] == len(STORY_A)
        assert store.story_of(STORY_A[0]["id"]) == pairs[STORY_A[0]["id"]]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_new_or_empty_file_becomes_a_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    for db in (empty, tmp_path / "absent.sqlite"):
        out = tmp_path / "out.jsonl"
        assert main(["cluster", str(_articles(tmp_path)), "--db", str(db), "-o", str(out)]) == 0
        assert StoryStore(db).count()[1] == len(STORY_A)


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_a_foreign_store_is_refused_before_any_input_is_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # Inputs can be slow to read (URLs, big folders): a wrong --db should cost nothing.
    import newsbrief.stories.io as io

    read: list[object] = []

    def spy(*args: object, **kwargs: object) -> object:
        read.append(args)
        raise AssertionError("inputs read before the store was checked")

    monkeypatch.setattr(io, "load_articles", spy)
    db = _other_app(tmp_path)
    out = tmp_path / "out"
    args = [command, str(_articles(tmp_path)), "--db", str(db), "-o", str(out)]
    assert main(args) == 2
    assert "not a newsbrief story store" in capsys.readouterr().err
    assert read == []
