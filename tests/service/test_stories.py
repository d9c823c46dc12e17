"""Articles into the story store over HTTP: assigned, listed, never lost, writes guarded."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from .conftest import make_client


def _all_stories(c: TestClient, limit: int = 2) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = c.get("/v1/stories", params={"limit": limit, "offset": offset}).json()
        out += page["stories"]
        offset = page["next_offset"]
    return out


def test_posted_articles_are_assigned_and_listed(client: TestClient, example_docs) -> None:
    r = client.post("/v1/articles", json={"articles": example_docs})
    assert r.status_code == 200
    assigned = {a["id"]: a["story"] for a in r.json()["articles"]}
    assert set(assigned) == {"fox-news", "nbc-news"}
    listed = {d["id"]: s["id"] for s in _all_stories(client) for d in s["documents"]}
    assert listed == assigned


def test_posting_again_changes_nothing(client: TestClient, bridge_docs) -> None:
    first = client.post("/v1/articles", json={"articles": bridge_docs}).json()
    again = client.post("/v1/articles", json={"articles": bridge_docs[::-1]}).json()
    assert sorted(first["articles"], key=str) == sorted(again["articles"], key=str)
    ids = [d["id"] for s in _all_stories(client) for d in s["documents"]]
    assert sorted(ids) == sorted(d["id"] for d in bridge_docs)


def test_concurrent_posts_lose_and_duplicate_nothing(client: TestClient, bridge_docs) -> None:
    docs = [
        {"id": f"{d['id']}-{k}", "text": d["text"], "source": f"Outlet {k}"}
        for k in range(6)
        for d in bridge_docs
    ]
    errors: list[str] = []

    def post(part: list[dict[str, Any]]) -> None:
        for i in range(0, len(part), 3):
            r = client.post("/v1/articles", json={"articles": part[i : i + 3]})
            if r.status_code != 200:
                errors.append(r.text)

    # every article is posted by two different clients at once
    shares = [docs[k::4] + docs[(k + 1) % 4 :: 4] for k in range(4)]
    threads = [threading.Thread(target=post, args=(s,)) for s in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    ids = [d["id"] for s in _all_stories(client, limit=5) for d in s["documents"]]
    assert sorted(ids) == sorted(d["id"] for d in docs)


def test_pages_of_stories_cover_each_story_once(client: TestClient, bridge_docs) -> None:
    client.post("/v1/articles", json={"articles": bridge_docs})
    one = client.get("/v1/stories", params={"limit": 1}).json()
    assert one["limit"] == 1 and len(one["stories"]) == 1
    every = _all_stories(client, limit=1)
    assert len({s["id"] for s in every}) == len(every)


def test_one_story_has_its_summary_and_analysis(client: TestClient, example_docs) -> None:
    assigned = client.post("/v1/articles", json={"articles": example_docs}).json()["articles"]
    r = client.get(f"/v1/stories/{assigned[0]['story']}")
    assert r.status_code == 200
    story = r.json()
    text = next(d["text"] for d in example_docs if d["id"] == assigned[0]["id"])
    sentences = story["summary"]["sentences"]
    assert sentences
    for s in sentences:
        if s["article_id"] == assigned[0]["id"]:
            assert text[s["start"] : s["end"]] == s["text"]
    assert "coverage" in story["summary"]
    assert client.get("/v1/stories/no-such-story").status_code == 404


def test_summaries_can_come_with_the_list(client: TestClient, bridge_docs) -> None:
    client.post("/v1/articles", json={"articles": bridge_docs})
    stories = client.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
    assert all(s["summary"] for s in stories)


def test_unreadable_since_is_a_client_error(client: TestClient) -> None:
    r = client.get("/v1/stories", params={"since": "last tuesday"})
    assert r.status_code == 422


def test_stored_articles_need_ids(client: TestClient, bridge_docs) -> None:
    docs = [bridge_docs[0], {"text": bridge_docs[1]["text"]}]
    r = client.post("/v1/articles", json={"articles": docs})
    assert r.status_code == 422
    assert "articles[1]" in r.json()["message"]


def test_writes_need_the_token_when_one_is_set(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path, token="s3cret") as c:
        body = {"articles": bridge_docs}
        r = c.post("/v1/articles", json=body)
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"
        bad = c.post("/v1/articles", json=body, headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 401
        assert c.get("/v1/stories").json()["stories"] == []  # nothing was stored
        ok = c.post("/v1/articles", json=body, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        # reads and summaries stay open
        assert c.get("/v1/stories").status_code == 200
        assert c.post("/v1/summarize", json={"documents": bridge_docs}).status_code == 200


def test_stories_survive_a_restart(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path) as c:
        first = c.post("/v1/articles", json={"articles": bridge_docs}).json()
    with make_client(tmp_path) as c:
        listed = {d["id"]: s["id"] for s in _all_stories(c) for d in s["documents"]}
    assert listed == {a["id"]: a["story"] for a in first["articles"]}


def test_story_page_links_each_sentence_to_its_sources(client: TestClient, example_docs) -> None:
    # dated, so that "who covered it when" has a time to draw (undated: no timeline)
    times = ["2017-11-02T10:00:00Z", "2017-11-02T14:30:00Z"]
    dated = [{**d, "published": t} for d, t in zip(example_docs, times, strict=True)]
    assigned = client.post("/v1/articles", json={"articles": dated}).json()["articles"]
    index = client.get("/")
    assert f'href="/stories/{assigned[0]["story"]}"' in index.text
    page = client.get(f"/stories/{assigned[0]['story']}")
    assert page.status_code == 200
    sentences = re.findall(r'<span class="sentence-text"[^>]*>(.*?)</span>', page.text, re.S)
    assert sentences
    anchors = re.findall(r'<a class="source" href="#([\w-]+)">', page.text)
    assert anchors and all(f'id="{a}"' in page.text for a in anchors)
    assert "<svg" in page.text and "<circle" in page.text


def test_unknown_story_page_is_a_404_page(client: TestClient) -> None:
    r = client.get("/stories/nope")
    assert r.status_code == 404
    assert "No such story" in r.text
