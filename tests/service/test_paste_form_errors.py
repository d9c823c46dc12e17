"""A bad paste keeps the user's page: the stories still listed, the error in the form's words."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_a_bad_paste_still_lists_the_stored_stories(
    client: TestClient, bridge_docs: list[dict[str, Any]]
) -> None:
    added = client.post("/v1/articles", json={"articles": bridge_docs})
    assert added.status_code == 200
    story_id = added.json()["articles"][0]["story"]
    r = client.post("/summarize", data={"articles": "   ", "urls": ""})
    assert r.status_code == 422
    assert "nothing to summarize" in r.text
    assert "No stories yet" not in r.text
    assert f'href="/stories/{story_id}"' in r.text


@pytest.mark.parametrize("words", ["0", "-3"])
def test_a_words_value_below_one_is_explained_in_the_forms_terms(
    client: TestClient, words: str
) -> None:
    text = "The council voted on Monday to build a bridge. It will cost $40 million."
    r = client.post("/summarize", data={"articles": text, "words": words})
    assert r.status_code == 422
    assert f"words must be a positive whole number, got {words}" in r.text
    assert "--words" not in r.text  # a command-line flag means nothing in a web form
    assert text in r.text  # what the user pasted is kept in the form


DEAD = "http://127.0.0.1:9/gone"  # loopback: refused by a server started without --allow-private


def test_a_url_that_gives_no_article_is_named_and_the_rest_summarized(
    client: TestClient, bridge_docs: list[dict[str, Any]]
) -> None:
    pasted = "\n---\n".join(d["text"] for d in bridge_docs)
    r = client.post("/summarize", data={"articles": pasted, "urls": DEAD, "words": "40"})
    assert r.status_code == 200
    assert "bridge" in r.text.lower()  # the pasted articles are summarized
    assert f"{DEAD}: not used (skipped: refused" in r.text
    # and said at the top, where the reader looks, not only under the article texts
    notice = r.text.index(f"Not used: {DEAD} (refused")
    assert notice < r.text.index("<h2>Summary</h2>")


def test_when_every_url_fails_the_form_says_why(client: TestClient) -> None:
    r = client.post("/summarize", data={"articles": "", "urls": f"{DEAD}\n{DEAD}2"})
    assert r.status_code == 422
    assert f"nothing to summarize: {DEAD}: refused" in r.text
    assert "(and 1 more URL)" in r.text  # one: singular
    assert "url[0]" not in r.text  # the request's internals mean nothing to a reader
    three = client.post("/summarize", data={"urls": f"{DEAD}\n{DEAD}2\n{DEAD}3"})
    assert "(and 2 more URLs)" in three.text


def test_the_json_api_still_refuses_a_bad_url_document(client: TestClient) -> None:
    r = client.post("/v1/summarize", json={"documents": [{"id": "a", "url": DEAD}]})
    assert r.status_code == 422
    assert r.json()["where"].startswith("documents[0]")
