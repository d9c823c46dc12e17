"""Ctrl-C before ``digest`` summarizes anything says so, not "0 of ? stories summarized"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief.cli import main

from .test_digest_briefing import _write


def _stop(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def test_ctrl_c_while_clustering_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.stories.cluster

    monkeypatch.setattr(newsbrief.stories.cluster, "cluster", _stop)
    out = tmp_path / "d.txt"
    assert main(["digest", str(_write(tmp_path)), "-o", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["newsbrief: interrupted while grouping articles: nothing written"]
    assert not out.exists()


def test_ctrl_c_while_storing_says_the_store_took_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsbrief.stories.store import StoryStore

    monkeypatch.setattr(StoryStore, "_add_part", _stop)
    src, out, db = _write(tmp_path), tmp_path / "d.txt", tmp_path / "news.sqlite"
    assert main(["digest", str(src), "--db", str(db), "-o", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "newsbrief: interrupted while grouping articles: nothing written; "
        "nothing added to the store"
    ]
    monkeypatch.undo()
    with StoryStore(str(db)) as store:
        assert store.count()[0] == 0  # what the message says: the add was rolled back


def test_ctrl_c_before_the_first_summary_counts_the_stories_to_summarize(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.stories.digest

    monkeypatch.setattr(newsbrief.stories.digest, "digest", _stop)
    out = tmp_path / "d.txt"
    assert main(["digest", str(_write(tmp_path)), "--min-sources", "1", "-o", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    # the flood and the fire: two stories were to be summarized, none was
    assert err == [f"newsbrief: interrupted: 0 of 2 stories summarized, nothing written to {out}"]
    assert not out.exists()


def test_ctrl_c_before_the_first_summary_says_the_store_kept_the_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.stories.digest
    from newsbrief.stories.store import StoryStore

    monkeypatch.setattr(newsbrief.stories.digest, "digest", _stop)
    src, out, db = _write(tmp_path), tmp_path / "d.txt", tmp_path / "news.sqlite"
    assert main(["digest", str(src), "--db", str(db), "--min-sources", "1", "-o", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == (
        f"newsbrief: interrupted: 0 of 2 stories summarized, nothing written to {out}; "
        f"the articles are stored in {db}, so a rerun need not read them again"
    )
    monkeypatch.undo()
    with StoryStore(str(db)) as store:
        assert store.count()[0] == 2  # what the message says: the stories are there
