"""A stored story's summary lists its articles (and the coverage rows and facts that
follow them) in the store's order, publication day then id, whatever order they were
posted in: the order `newsbrief cluster --db STORE -o stories.jsonl` writes the story
in, so `newsbrief summarize` of that story gives the very JSON `/v1/stories/{id}` gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..render.test_single_source_badge import DOCS
from .conftest import make_client


def test_the_served_story_is_what_summarize_gives_the_story_cluster_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posted_order = [DOCS[2], DOCS[1], DOCS[0]]  # daily, wire-2, wire-1: not by day
    with make_client(tmp_path) as client:
        answer = client.post("/v1/articles", json={"articles": posted_order}).json()
        (story_id,) = {a["story"] for a in answer["articles"]}
        story = client.get(f"/v1/stories/{story_id}").json()
    served = story["summary"]
    # by day, then id: wire-1 (Mar 10), then daily and wire-2 (Mar 11)
    assert [a["id"] for a in served["articles"]] == ["wire-1", "daily", "wire-2"]
    assert [d["id"] for d in story["documents"]] == ["wire-1", "daily", "wire-2"]
    assert [c["document"] for c in served["coverage"]] == ["wire-1", "daily", "wire-2"]

    stories = tmp_path / "stories.jsonl"
    assert main(["cluster", "--db", str(tmp_path / "stories.sqlite"), "-o", str(stories)]) == 0
    line = next(x for x in stories.read_text().splitlines() if json.loads(x)["id"] == story_id)
    one = tmp_path / "story.jsonl"
    one.write_text(line + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["summarize", str(one), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == served
