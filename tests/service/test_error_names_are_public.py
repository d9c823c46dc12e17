"""An error answer names one of the classes docs/service.md lists, so a client can test
for it: a story whose every article is in a script newsbrief cannot read yet is an
``InputError`` (its internal subclass is not part of the API)."""

from __future__ import annotations

from fastapi.testclient import TestClient

JA = "首相は月曜日に当局者と会談した。貿易について話し合った。"
ZH = "总统周一在首都会见了官员。双方讨论了贸易问题。"


def test_a_story_of_only_unreadable_articles_is_an_input_error(client: TestClient) -> None:
    docs = [{"id": "ja", "text": JA}, {"id": "zh", "text": ZH}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "InputError"
    assert "not support" in body["message"]
    assert body["where"]


def test_every_error_name_is_a_documented_public_class() -> None:
    from newsbrief.errors import InputError
    from newsbrief.segment import UnsupportedScript

    exc = UnsupportedScript("Chinese or Japanese", "a.txt")
    assert isinstance(exc, InputError)
    assert exc.to_dict()["error"] == "InputError"
    assert InputError("x").to_dict()["error"] == "InputError"
