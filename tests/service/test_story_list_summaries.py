"""`GET /v1/stories?summaries=true`: the summaries the story pages show, made once,
in the background after a post, and a time limit whose hint fits a GET."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import newsbrief.service.stories as service_stories

from .conftest import make_client


def _stories(client: Any) -> Any:
    return client.app.state.stories


def test_listed_summaries_are_the_story_pages_summaries(
    tmp_path: Path, example_docs, bridge_docs
) -> None:
    with make_client(tmp_path) as c:
        c.post("/v1/articles", json={"articles": example_docs + bridge_docs})
        listed = c.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
        assert len(listed) == 2
        for item in listed:
            page = c.get(f"/v1/stories/{item['id']}").json()
            assert item["summary"] == page["summary"]["summary"]
            assert item["title"] == page["title"]


def test_summaries_are_made_after_a_post_before_anyone_lists_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example_docs, bridge_docs
) -> None:
    with make_client(tmp_path) as c:
        c.post("/v1/articles", json={"articles": example_docs + bridge_docs})
        assert _stories(c).settled(60)

        def again(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("a listed summary was made again")

        monkeypatch.setattr(service_stories, "summarize_json", again)
        r = c.get("/v1/stories", params={"summaries": "true"})
        assert r.status_code == 200
        assert all(s["summary"] for s in r.json()["stories"])


def test_a_restarted_service_makes_the_first_pages_summaries_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bridge_docs
) -> None:
    with make_client(tmp_path) as c:
        c.post("/v1/articles", json={"articles": bridge_docs})
    with make_client(tmp_path) as c:  # the same store, a new process's empty memory
        assert _stories(c).settled(60)
        monkeypatch.setattr(service_stories, "summarize_json", None)  # would fail if called
        (item,) = c.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
        assert "Elm River" in item["summary"]


def test_a_summary_asked_for_twice_at_once_is_made_once(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path) as c:
        c.post("/v1/articles", json={"articles": bridge_docs})
        stories = _stories(c)
        assert stories.settled(60)
        (sid,) = [s["id"] for s in c.get("/v1/stories").json()["stories"]]
        story = stories.get(sid)
        made: list[str] = []
        release = threading.Event()
        real = service_stories.summarize_json

        def slow(docs: Any, request: Any, story_id: Any = None, **more: Any) -> Any:
            made.append(str(story_id))
            release.wait(10)
            return real(docs, request, story_id, **more)

        service_stories.summarize_json = slow  # type: ignore[assignment]
        try:
            request = service_stories.SummaryRequest(words=20)  # not made before
            got: list[Any] = []
            readers = [
                threading.Thread(target=lambda: got.append(stories.summary(story, request)))
                for _ in range(3)
            ]
            for t in readers:
                t.start()
            release.set()
            for t in readers:
                t.join(30)
        finally:
            service_stories.summarize_json = real  # type: ignore[assignment]
        assert made == [sid]
        assert len(got) == 3 and got[0] is got[1] is got[2]


def test_a_list_past_the_time_limit_says_to_ask_for_fewer_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bridge_docs
) -> None:
    release = threading.Event()
    real = service_stories.summarize_json

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(service_stories, "summarize_json", slow)
    with make_client(tmp_path, time_limit=0.3) as c:
        try:
            c.post("/v1/articles", json={"articles": bridge_docs})
            r = c.get("/v1/stories", params={"summaries": "true"})
        finally:
            release.set()
        assert r.status_code == 503
        body = r.json()
        assert body["error"] == "TimeLimit"
        assert "limit=" in body["hint"]
        assert "document" not in body["hint"]  # a GET sends none
