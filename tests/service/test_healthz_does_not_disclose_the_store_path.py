"""`GET /healthz` needs no token, so it says whether a store is open by the store file's
name only: a server on a public address must not tell anyone its file system layout."""

from __future__ import annotations

from pathlib import Path

from .conftest import make_client


def test_healthz_names_the_store_file_without_its_directory(tmp_path: Path) -> None:
    db = tmp_path / "private-dir" / "newsroom.sqlite"
    db.parent.mkdir()
    with make_client(tmp_path, db=str(db)) as c:
        answer = c.get("/healthz")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ok"
    assert body["store"] == "newsroom.sqlite"
    assert str(tmp_path) not in answer.text and "private-dir" not in answer.text
