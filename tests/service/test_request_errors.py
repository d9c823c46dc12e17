"""A request that is not JSON at all is answered in words a client can act on."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_body_that_is_not_json_says_so_and_where(client: TestClient) -> None:
    r = client.post(
        "/v1/summarize",
        content=b'{"documents": [{"id": "a"',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "InputError"
    assert body["message"].startswith("the request body is not valid JSON")
    assert body["where"] == "request body at character 25"
