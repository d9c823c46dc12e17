"""Batches over objects: what the service, the story store and Dask workers call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.batch import batch_record
from newsbrief.cli import main

from ..conftest import STORY_A


def _story(sid: str, docs: list[dict[str, str]]) -> newsbrief.Story:
    return newsbrief.Story(sid, tuple(newsbrief.Article(d["id"], d["text"]) for d in docs))


def test_summarize_batch_yields_in_order_and_equals_the_cli(
    story_jsonl: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(story_jsonl), "-o", str(out), "--words", "40"]) == 0
    stories = [json.loads(line) for line in story_jsonl.read_text().splitlines()]
    results = list(newsbrief.summarize_batch(stories, newsbrief.SummaryOptions(words=40)))
    assert [r.story_id for r in results] == ["bridge", "bridge-2"]
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [batch_record(r) for r in results] == written


def test_summarize_batch_reports_a_bad_story_in_its_place() -> None:
    stories = [
        _story("good", STORY_A),
        {"id": "empty", "documents": [{"id": "d", "text": "   "}]},
        _story("good-2", STORY_A[:2]),
    ]
    results = list(newsbrief.summarize_batch(stories, on_error="skip"))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].story_id == "empty" and "empty" in (results[1].error or "")
    with pytest.raises(newsbrief.InputError, match="empty"):
        list(newsbrief.summarize_batch(stories))


def test_summarize_batch_can_analyse() -> None:
    (result,) = newsbrief.summarize_batch([_story("s", STORY_A)], analysis=True)
    assert result.summary is not None and result.summary.analysis is not None
    assert any(len(s.supported_by) > 1 for s in result.summary.sentences)


def test_attribute_batch_over_objects() -> None:
    story = _story("bridge", STORY_A)
    claims = [
        {"story": "bridge", "claim_id": "c1", "claim": "The council voted 7-2 on Monday."},
        {"story": "bridge", "claim_id": "c2", "claim": "The council voted 5-4 on Monday."},
        {"story": "other", "claim_id": "c3", "claim": "Something."},
    ]
    r1, r2, r3 = newsbrief.attribute_batch([story], claims, on_error="skip")
    assert r1.ok and r1.attribution is not None and len(r1.attribution.supported_by) >= 2
    texts = {d["id"]: d["text"] for d in STORY_A}
    for e in r1.attribution.supported_by:
        assert texts[e.article_id][e.start : e.end] == e.text
    assert r2.ok and r2.attribution is not None and not r2.attribution.supported_by
    assert not r3.ok and "unknown story id" in (r3.error or "")


def test_evaluate_over_objects() -> None:
    ref = "The city council approved a $40 million bridge over the Elm River in a 7-2 vote."
    story = newsbrief.Story("bridge", _story("bridge", STORY_A).articles, references=(ref,))
    result = newsbrief.evaluate([story], words=40, baselines=["lead"])
    assert result.n_stories == 1
    assert set(result.systems) == {"newsbrief:default", "lead"}
    assert 0 < result.systems["newsbrief:default"]["rouge1_r"] <= 1


def test_verbose_logs_stage_timings_on_every_command(capsys, story_jsonl, tmp_path) -> None:
    from ..conftest import EXAMPLE

    assert main(["summarize", str(EXAMPLE), "-v"]) == 0
    assert "newsbrief: info:" in capsys.readouterr().err
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(story_jsonl), "-o", str(out), "-v"]) == 0
    err = capsys.readouterr().err
    assert "info: batch: 2 stories" in err and "select" in err


def test_eval_without_its_extra_names_the_extra(
    capsys, story_jsonl: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from newsbrief.eval import rouge

    monkeypatch.setitem(sys.modules, "rouge_score", None)  # as if not installed
    monkeypatch.setitem(sys.modules, "rouge_score.rouge_scorer", None)
    rouge._tokenizer.cache_clear()
    assert main(["eval", str(story_jsonl)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newsbrief[eval]" in err[0]
