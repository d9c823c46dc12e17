"""Posting a stored article id again with another text keeps the stored text and says so."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def test_the_answer_lists_ids_whose_posted_text_was_not_stored(
    client: TestClient, bridge_docs: list[dict[str, Any]]
) -> None:
    first = client.post("/v1/articles", json={"articles": bridge_docs}).json()
    assert first["kept_stored_text"] == []
    same = client.post("/v1/articles", json={"articles": bridge_docs}).json()
    assert same["kept_stored_text"] == []
    updated = [dict(bridge_docs[0], text=bridge_docs[0]["text"] + " Work starts in May.")]
    answer = client.post("/v1/articles", json={"articles": updated}).json()
    assert answer["articles"] == [a for a in first["articles"] if a["id"] == updated[0]["id"]]
    (kept,) = answer["kept_stored_text"]
    assert kept["id"] == updated[0]["id"]
    assert kept["where"] == f"articles[0] (id {updated[0]['id']})"
    assert "kept the stored text" in kept["reason"]
