"""A request the schema refuses is answered with a ``message`` in plain words that names
the field and what it must be, never the validator's wording; ``details`` keeps the
validator's list for a program. The front page says what it lists: every story, and the
digest for those two or more outlets reported; one text posted twice is one article."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

DOC = {"id": "a", "text": "The bridge on Elm Street closed on Monday after a flood."}


@pytest.mark.parametrize(
    ("body", "message", "where"),
    [
        ({"documents": [DOC], "words": "ten"}, "words must be a whole number, got 'ten'", "words"),
        ({"documents": [DOC], "words": 2.5}, "words must be a whole number, got 2.5", "words"),
        ({"documents": [DOC], "words": 0}, "words must be at least 1, got 0", "words"),
        ({"documents": []}, "documents: give at least one document", "documents"),
        ({}, "documents is missing", "documents"),
        ({"documents": [DOC], "fill": "maybe"}, "fill must be true or false, got 'maybe'", "fill"),
        ({"documents": [DOC], "word": 50}, "word is no field of this request", "word"),
        (
            {"documents": [{"id": [1], "text": "x"}]},
            "documents[0].id must be a string or a whole number, got [1]",
            "documents[0].id",
        ),
        (
            {"documents": [{"id": "a", "text": 42}]},
            "documents[0] (id a).text must be a string, got 42",
            "documents[0] (id a).text",
        ),
    ],
)
def test_a_refused_summarize_request_names_the_field_in_words(
    client: TestClient, body: dict[str, Any], message: str, where: str
) -> None:
    r = client.post("/v1/summarize", json=body)
    assert r.status_code == 422
    answer = r.json()
    assert (answer["message"], answer["where"]) == (message, where)
    assert "Input should" not in answer["message"] and "List should" not in answer["message"]
    assert answer["details"] and all({"type", "loc", "msg"} <= set(d) for d in answer["details"])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("min_sources=abc", "min_sources must be a whole number, got 'abc'"),
        ("min_sources=0", "min_sources must be at least 1, got 0"),
        ("limit=500", "limit must be at most 200, got 500"),
    ],
)
def test_a_refused_query_parameter_names_it_in_words(
    client: TestClient, query: str, message: str
) -> None:
    r = client.get(f"/v1/digest?{query}")
    assert r.status_code == 422
    assert r.json()["message"] == message
    assert r.json()["where"] == "query." + query.split("=")[0]


def test_posting_no_articles_says_to_give_one(client: TestClient) -> None:
    r = client.post("/v1/articles", json={"articles": []})
    assert r.status_code == 422
    assert r.json()["message"] == "articles: give at least one article"


def test_the_front_page_counts_one_text_posted_twice_as_one_article_of_one_outlet(
    client: TestClient, bridge_docs: list[dict[str, Any]]
) -> None:
    text = bridge_docs[0]["text"]
    twice = [
        {"id": "h1", "source": "Herald", "text": text},
        {"id": "h2", "source": "Herald", "text": text},
    ]
    assert client.post("/v1/articles", json={"articles": twice}).status_code == 200
    page = client.get("/").text
    meta = re.search(r'<p class="meta">(.*?)</p>', page, flags=re.S)
    assert meta and "Every story in the store" in meta.group(1)
    assert "two or more outlets" in meta.group(1)
    (item,) = re.findall(r'<li class="story">.*?</li>', page, flags=re.S)
    shown = " ".join(re.sub(r"<[^>]+>", " ", item).split())
    assert "1 article (+1 copy of the same text) · Herald" in shown
    digest = client.get("/v1/digest").json()
    assert digest["stories"] == []  # one outlet: not among the stories several reported
