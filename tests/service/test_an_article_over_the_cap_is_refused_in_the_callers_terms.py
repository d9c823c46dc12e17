"""A document over the per-article cap is refused naming it, with a hint an HTTP caller
can follow: it said "give one article per file, or set NEWSBRIEF_MAX_ARTICLE_BYTES",
a file and a variable of the server's, neither of which the caller has."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import make_client


@pytest.mark.parametrize("path,key", [("/v1/summarize", "documents"), ("/v1/articles", "articles")])
def test_an_article_over_the_cap_names_it_and_says_what_the_caller_can_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, key: str
) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "1000")
    long_text = "The council voted on Monday to approve the bridge. " * 40
    docs = [{"id": "short", "text": "The council voted."}, {"id": "long", "text": long_text}]
    with make_client(tmp_path) as client:
        answer = client.post(path, json={key: docs})
    assert answer.status_code == 422
    body = answer.json()
    assert body["where"] == f"{key}[1] document long"
    assert "over the limit of 1,000 bytes" in body["message"]
    assert "NEWSBRIEF_MAX_ARTICLE_BYTES" not in body["hint"]
    assert "file" not in body["hint"]
    assert "shorter article" in body["hint"]
