"""`-o` naming the `--db` story store is refused: writing the stories or the digest there
would replace every story the store ever took with one run's output."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    db = tmp_path / "news.sqlite"
    assert main(["cluster", str(path), "--db", str(db), "-o", str(tmp_path / "first.jsonl")]) == 0
    return db


def _stored_articles(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


@pytest.mark.parametrize("command", ["cluster", "digest"])
@pytest.mark.parametrize("spelling", ["same", "relative", "link"])
def test_output_onto_the_story_store_is_refused_and_the_store_kept(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    spelling: str,
) -> None:
    db = _store(tmp_path)
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    out = {"same": str(db), "relative": "./news.sqlite", "link": "latest.sqlite"}[spelling]
    if spelling == "link":
        os.symlink(db, tmp_path / "latest.sqlite")
    assert main([command, "--db", str(db), "-o", out]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"newsbrief: error: {out}: the output file is the --db story store; it would be "
        "overwritten (write the output to another file)"
    )
    assert _stored_articles(db) == len(STORY_A)  # still the store, every article in it


def test_a_new_store_named_as_the_output_is_refused_before_it_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STORY_A))
    db = tmp_path / "new.sqlite"
    assert main(["digest", str(path), "--db", str(db), "-o", str(db)]) == 2
    assert "it would be overwritten" in capsys.readouterr().err
    assert not db.exists()
