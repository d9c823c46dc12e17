"""A page's menu posted as an article is not stored as a story: the answer names it."""

from __future__ import annotations

from pathlib import Path

from .conftest import make_client


def test_a_menu_posted_with_articles_is_named_and_not_stored(tmp_path: Path, bridge_docs) -> None:
    menu = {"id": "x2", "text": "Home | News | Sports"}
    with make_client(tmp_path) as c:
        r = c.post("/v1/articles", json={"articles": [*bridge_docs, menu]})
        assert r.status_code == 200
        body = r.json()
        assert body["skipped"] == [
            {"id": "x2", "where": "articles[3] (id x2)", "reason": "no article text after cleaning"}
        ]
        assert "x2" not in {a["id"] for a in body["articles"]}
        listed = c.get("/v1/stories").json()["stories"]
        assert [sorted(d["id"] for d in s["documents"]) for s in listed] == [["a1", "a2", "a3"]]


def test_a_request_of_only_a_menu_is_a_422_naming_it(tmp_path: Path) -> None:
    with make_client(tmp_path) as c:
        r = c.post(
            "/v1/articles", json={"articles": [{"id": "x2", "text": "Home | News | Sports"}]}
        )
        assert r.status_code == 422
        assert r.json()["where"] == "articles[0] (id x2)"
        assert c.get("/v1/stories").json()["stories"] == []
