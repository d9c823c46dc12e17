"""A story whose summary fails costs the reader that story, not the whole briefing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief.api
from newsbrief.cli import main
from newsbrief.errors import InputError

from .test_digest_briefing import _write

_summarize = newsbrief.api.summarize


def _fire_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fire story's summary fails as the API fails on a story it cannot use."""

    def summarize(articles, **kwargs):  # type: ignore[no-untyped-def]
        if any("mill" in a.text for a in articles):
            raise InputError("every article is empty after cleaning", where=kwargs["story_id"])
        return _summarize(articles, **kwargs)

    monkeypatch.setattr(newsbrief.api, "summarize", summarize)


def _fire_id(tmp_path: Path) -> str:
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(_write(tmp_path)), "-o", str(out)]) == 0
    stories = [json.loads(line) for line in out.read_text().splitlines()]
    return next(s["id"] for s in stories if any("mill" in d["text"] for d in s["documents"]))


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_digest_skips_a_story_whose_summary_fails_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    fire = _fire_id(tmp_path)
    capsys.readouterr()
    _fire_fails(monkeypatch)
    out = tmp_path / f"digest.{fmt}"
    args = ["digest", str(_write(tmp_path)), "--on-error", "skip", "--format", fmt]
    assert main([*args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"newsbrief: skipped story {fire}: every article is empty after cleaning" in err
    assert err.strip().splitlines()[-1] == (
        "newsbrief: 1 story in the digest, 1 story not summarized"
    )
    written = out.read_text(encoding="utf-8")
    assert "Riverton" in written and "mill" not in written
    # the reader of the digest learns it is short of a story, and why
    if fmt == "json":
        data = json.loads(written)
        assert [s["rank"] for s in data["stories"]] == [1]
        assert data["skipped"] == [{"id": fire, "reason": "every article is empty after cleaning"}]
    else:
        last = written.strip().splitlines()[-1]
        assert last == f"Not summarized: story {fire}: every article is empty after cleaning"


def test_digest_stops_at_a_failing_story_naming_it_without_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fire = _fire_id(tmp_path)
    capsys.readouterr()
    _fire_fails(monkeypatch)
    out = tmp_path / "digest.txt"
    assert main(["digest", str(_write(tmp_path)), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"newsbrief: error: {fire}: every article is empty after cleaning"
        " (use --on-error skip to digest the other stories)"
    ]
    assert not out.exists()


def test_a_stored_digest_skips_a_failing_story_and_summarizes_it_once_it_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.sqlite")
    articles = str(_write(tmp_path))
    with monkeypatch.context() as m:
        _fire_fails(m)
        args = ["digest", articles, "--db", db, "--on-error", "skip"]
        assert main([*args, "-o", str(tmp_path / "first.txt")]) == 1
    assert "mill" not in (tmp_path / "first.txt").read_text()
    capsys.readouterr()
    # the failure was not cached: the next digest summarizes the story
    assert main(["digest", "--db", db, "-o", str(tmp_path / "second.txt")]) == 0
    assert "mill" in (tmp_path / "second.txt").read_text()


def test_a_bug_in_one_story_is_reported_with_skip_and_the_rest_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fire = _fire_id(tmp_path)
    capsys.readouterr()

    def summarize(articles, **kwargs):  # type: ignore[no-untyped-def]
        if any("mill" in a.text for a in articles):
            raise ZeroDivisionError("division by zero")
        return _summarize(articles, **kwargs)

    monkeypatch.setattr(newsbrief.api, "summarize", summarize)
    out = tmp_path / "digest.txt"
    args = ["digest", str(_write(tmp_path)), "-o", str(out)]
    assert main([*args, "--on-error", "skip", "-vv"]) == 1
    err = capsys.readouterr().err
    assert f"newsbrief: skipped story {fire}: internal error (ZeroDivisionError" in err
    assert "Traceback (most recent call last)" in err  # -vv shows where
    assert "Riverton" in out.read_text()
    with pytest.raises(ZeroDivisionError):  # without skip a bug keeps its traceback
        main(args)
