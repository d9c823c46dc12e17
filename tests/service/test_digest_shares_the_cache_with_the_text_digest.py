"""`GET /v1/digest` (JSON) and `newsbrief digest --db` in text share the store's cache:
a newsroom that prints the text digest by cron while the service is read summarizes
each story once, not once per format on every alternation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsbrief.stories.digest as digest_module
from newsbrief.cli import main

from .conftest import make_client
from .test_digest import FIRE


def test_the_service_digest_summarizes_no_story_the_text_digest_summarized(
    tmp_path: Path, bridge_docs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated = [{**d, "published": "2026-11-19"} for d in bridge_docs]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in dated + FIRE), encoding="utf-8")
    store = tmp_path / "stories.sqlite"
    text = tmp_path / "digest.txt"
    assert main(["digest", str(src), "--db", str(store), "--format", "text", "-o", str(text)]) == 0
    made: list[str] = []
    real = digest_module._summarized

    def counted(story: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(story.id)
        return real(story, *args, **kwargs)

    monkeypatch.setattr(digest_module, "_summarized", counted)
    with make_client(tmp_path, db=str(store)) as c:
        answer = c.get("/v1/digest").json()
        assert c.app.state.stories.settled(120)
    assert len(answer["stories"]) == 2
    assert made == []
