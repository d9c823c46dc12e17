"""A batch tunes the garbage collector only while it runs: a program calling
``run_batch`` gets its own settings back, after an error too."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest

from newsbrief.batch import run_batch
from newsbrief.errors import NewsbriefError
from newsbrief.options import SummaryOptions


@pytest.fixture
def own_thresholds():  # type: ignore[no-untyped-def]
    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    yield (500, 7, 9)
    gc.set_threshold(*before)


def test_a_batch_gives_the_callers_gc_thresholds_back(
    own_thresholds: tuple[int, int, int], story_jsonl: Path
) -> None:
    out = io.StringIO()
    report = run_batch(str(story_jsonl), out, SummaryOptions(words=40))
    assert report.done == 2 and len(out.getvalue().splitlines()) == 2
    assert gc.get_threshold() == own_thresholds


def test_a_batch_stopped_by_a_bad_story_gives_them_back_too(
    own_thresholds: tuple[int, int, int], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "documents": "not a list"}\n', encoding="utf-8")
    with pytest.raises(NewsbriefError):
        run_batch(str(bad), io.StringIO(), SummaryOptions(words=40), on_error="raise")
    assert gc.get_threshold() == own_thresholds
