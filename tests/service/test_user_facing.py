"""The service as its users meet it: a store no bad post can poison, one name per story,
hints that fit an HTTP caller."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from newsbrief.model import Article
from newsbrief.stories.store import StoryStore

from .conftest import make_client


def test_an_empty_article_is_named_and_not_stored_while_the_others_are(
    client: TestClient, bridge_docs
) -> None:
    # as `newsbrief cluster --db` does: the rest is stored, the empty one named
    r = client.post(
        "/v1/articles", json={"articles": [bridge_docs[0], {"id": "blank", "text": "  \n "}]}
    )
    assert r.status_code == 200
    body = r.json()
    assert [a["id"] for a in body["articles"]] == [bridge_docs[0]["id"]]
    assert body["skipped"] == [
        {
            "id": "blank",
            "where": "articles[1] (id blank)",
            "reason": "no article text after cleaning",
        }
    ]
    stored = [d["id"] for s in client.get("/v1/stories").json()["stories"] for d in s["documents"]]
    assert stored == [bridge_docs[0]["id"]]


def test_a_post_of_only_empty_articles_is_refused_by_name(client: TestClient) -> None:
    r = client.post(
        "/v1/articles",
        json={"articles": [{"id": "blank", "text": "  \n "}, {"id": "b2", "text": ""}]},
    )
    assert r.status_code == 422
    body = r.json()
    assert body["where"] == "articles[0] (id blank)"
    assert "empty" in body["message"] and "1 more" in body["message"]
    assert client.get("/v1/stories").json()["stories"] == []


def test_a_stored_story_without_text_does_not_take_down_the_story_list(
    tmp_path: Path, bridge_docs
) -> None:
    db = tmp_path / "stories.sqlite"
    # A store written before StoryStore.add left out empty articles may hold such a story.
    with StoryStore(db) as store:
        store.add(
            [Article("blank", "Page moved."), *(Article(d["id"], d["text"]) for d in bridge_docs)]
        )
    with sqlite3.connect(db) as con:
        con.execute("UPDATE articles SET text='' WHERE id='blank'")
    con.close()
    with make_client(tmp_path, db=str(db)) as c:
        page = c.get("/")
        assert page.status_code == 200
        assert "no article text" in page.text
        assert "Traceback" not in page.text
        listed = c.get("/v1/stories", params={"summaries": "true"})
        assert listed.status_code == 200
        summaries = {
            d["id"]: s["summary"] for s in listed.json()["stories"] for d in s["documents"]
        }
        assert summaries["blank"] is None
        assert summaries[bridge_docs[0]["id"]]


def test_an_untitled_story_has_one_name_in_the_list_the_page_and_the_json(
    client: TestClient, bridge_docs
) -> None:
    untitled = [{k: v for k, v in d.items() if k != "title"} for d in bridge_docs]
    assigned = client.post("/v1/articles", json={"articles": untitled}).json()["articles"]
    story_id = assigned[0]["story"]
    title = client.get(f"/v1/stories/{story_id}").json()["summary"]["title"]
    assert title and story_id not in title
    escaped = title.replace("'", "&#39;").replace('"', "&#34;")
    assert escaped in client.get("/").text
    assert escaped in client.get(f"/stories/{story_id}").text
    # the story's own "title" key names it the same way (not null beside a summary title)
    assert client.get(f"/v1/stories/{story_id}").json()["title"] == title
    listed = client.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
    assert [s["title"] for s in listed if s["id"] == story_id] == [title]


def test_a_mangled_page_offset_shows_the_first_page(client: TestClient, bridge_docs) -> None:
    client.post("/v1/articles", json={"articles": bridge_docs})
    first = client.get("/")
    for bad in ("abc", "-5", ""):
        page = client.get("/", params={"offset": bad})
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert page.text == first.text


def test_a_refused_private_url_names_the_servers_switch(client: TestClient, bridge_docs) -> None:
    docs = [*bridge_docs, {"id": "inside", "url": "http://127.0.0.1:9/secret"}]
    body = client.post("/v1/summarize", json={"documents": docs}).json()
    assert body["error"] == "FetchError"
    assert "server" in body["hint"] and "--allow-private" in body["hint"]
