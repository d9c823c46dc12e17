"""``digest --jobs N`` summarizes the stories in worker processes and gives the digest
one process gives, to the byte, with a failed story named in its place; the analysis
behind each story compares a sentence with the other articles once (issue 12)."""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.model import Article
from newsbrief.stories.cluster import cluster
from newsbrief.stories.digest import FailedStory, as_stored, digest, select
from newsbrief.stories.store import StoredStory

from .conftest import articles


def _sourced() -> list[dict[str, str]]:
    items = articles()
    for k, (a, src) in enumerate(zip(items, "ABCABAB", strict=True)):
        a["source"] = src
        a["published"] = f"2026-11-{10 + k:02d}"
    return items


def _digest(tmp_path: Path, fmt: str, jobs: int) -> bytes:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in _sourced()), encoding="utf-8")
    out = tmp_path / f"digest-{jobs}.{fmt}"
    args = ["digest", str(src), "--format", fmt, "--jobs", str(jobs), "-o", str(out)]
    assert main(args) == 0
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_digest_made_by_two_worker_processes_is_the_same_digest(tmp_path: Path, fmt: str) -> None:
    one = _digest(tmp_path, fmt, 1)
    assert b"Marlow" in one and b"Varga" in one
    assert _digest(tmp_path, fmt, 2) == one


def test_a_negative_jobs_is_refused_in_one_line_naming_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in _sourced()), encoding="utf-8")
    assert main(["digest", str(src), "--jobs", "-1"]) == 2
    err = capsys.readouterr().err
    assert "--jobs" in err and "Traceback" not in err


def _stories_and_an_empty_one() -> list[StoredStory]:
    """The test stories ranked, with a story of empty articles (its summary fails) second."""
    stories = select([as_stored(s) for s in cluster(_sourced())], min_sources=2)
    blank = (Article("blank-a", " ", source="A"), Article("blank-b", " ", source="B"))
    empty = StoredStory("s-empty", blank, 2, ("A", "B"), None, None, 0)
    return [stories[0], empty, *stories[1:]]


def test_a_story_that_fails_in_a_worker_is_named_and_the_others_keep_their_order() -> None:
    stories = _stories_and_an_empty_one()
    seen: list[tuple[int, int]] = []
    failed: list[FailedStory] = []
    made = digest(
        stories,
        fmt="json",
        jobs=2,
        on_error="skip",
        failed=failed,
        progress=lambda n, total: seen.append((n, total)),
    )
    assert [f.story_id for f in failed] == ["s-empty"]
    assert "empty" in failed[0].reason
    assert [it.story_id for it in made] == [s.id for s in stories if s.id != "s-empty"]
    assert [it.rank for it in made] == list(range(1, len(made) + 1))
    # the bar moves story by story, in order, failed story included
    assert seen == [(n, len(stories)) for n in range(1, len(stories) + 1)]
    alone = digest([s for s in stories if s.id != "s-empty"], fmt="json")
    assert [it.section for it in made] == [it.section for it in alone]


def test_a_story_that_fails_in_a_worker_stops_the_digest_naming_the_story() -> None:
    with pytest.raises(InputError) as caught:
        digest(_stories_and_an_empty_one(), fmt="text", jobs=2)
    assert "s-empty" in str(caught.value.where)


def test_the_analysis_compares_each_sentence_with_the_other_articles_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsbrief.attribution.align import StoryIndex

    asked: list[tuple[int, str, object]] = []
    # each index kept alive: a freed index's id may be reused by the next story's, and
    # its sentences would count as asked twice
    indexes: list[StoryIndex] = []
    real = StoryIndex.attribute

    def counted(self: StoryIndex, text: str, source: object = None, **kw: object) -> object:
        indexes.append(self)
        asked.append((id(self), text, source))
        return real(self, text, source, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(StoryIndex, "attribute", counted)
    made = digest(select([as_stored(s) for s in cluster(_sourced())], min_sources=2))
    assert made and asked
    # a lead sentence is checked for disagreements and as a story fact: once
    assert len(asked) == len(set(asked))


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the slow story is patched in by fork"
)
def test_ctrl_c_stops_the_workers_at_once_not_after_their_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsbrief.api

    stories = select([as_stored(s) for s in cluster(_sourced())], min_sources=2)
    real = newsbrief.api.summarize

    def slow_after_the_first(*args: object, **kw: object) -> object:
        if kw.get("story_id") != stories[0].id:
            time.sleep(120)  # a long story, in a worker when Ctrl-C comes
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(newsbrief.api, "summarize", slow_after_the_first)
    workers: list[multiprocessing.process.BaseProcess] = []
    # an earlier test's pool may still be winding down: only this digest's workers count
    earlier = {p.pid for p in multiprocessing.active_children()}

    def ctrl_c(n: int, total: int) -> None:
        workers.extend(p for p in multiprocessing.active_children() if p.pid not in earlier)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        digest(stories, jobs=2, progress=ctrl_c)
    assert workers
    # every worker stopped well before the 120 s story it held would have ended. Asked of
    # the system, not of ``Process.exitcode``: the pool's own thread may reap a worker
    # first, and the exit code is then unknown here.
    deadline = time.monotonic() + 60
    while any(_running(w.pid) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(w.pid) for w in workers)


def _running(pid: int | None) -> bool:
    """Whether the process runs (a zombie, ended but not yet reaped, does not)."""
    import psutil

    try:
        return pid is not None and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
