"""A client's mistakes are told, not absorbed: a query parameter the address does not
take is a 422 naming it (a typo such as ``min-sources=1`` used to return the default
answer, as if applied); a refused body is not echoed back whole; and a stored document
says which outlet the story counts it under, even when none was posted."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ..conftest import STORY_A


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("/v1/digest?min-sources=1", "min-sources"),
        ("/v1/digest?bogus=1", "bogus"),
        ("/v1/stories?limt=3", "limt"),
        ("/healthz?verbose=1", "verbose"),
    ],
)
def test_an_unknown_query_parameter_is_refused_by_name(
    client: TestClient, address: str, name: str
) -> None:
    r = client.get(address)
    assert r.status_code == 422
    answer = r.json()
    assert answer["error"] == "InputError"
    assert name in answer["message"] and answer["where"] == f"query.{name}"


def test_the_refusal_lists_the_parameters_the_address_takes(client: TestClient) -> None:
    hint = client.get("/v1/digest?min-sources=1").json()["hint"]
    for name in ("since", "min_sources", "limit", "words"):
        assert name in hint


def test_declared_query_parameters_are_still_taken(client: TestClient) -> None:
    assert client.get("/v1/digest?min_sources=1&limit=5&words=50").status_code == 200
    assert client.get("/v1/stories?limit=3&offset=0&summaries=false").status_code == 200


def test_a_refused_body_is_not_echoed_back_whole(client: TestClient) -> None:
    long_text = "The bridge on Elm Street closed on Monday after a flood. " * 40
    r = client.post("/v1/articles", json={"documents": [{"id": "a", "text": long_text}]})
    assert r.status_code == 422
    assert r.json()["message"] == "articles is missing"
    assert long_text not in r.text
    for detail in r.json()["details"]:
        assert len(str(detail.get("input", ""))) <= 81


def test_a_stored_wire_article_names_its_outlet(client: TestClient) -> None:
    docs = [
        {**STORY_A[0], "id": "APW19981017.0151"},
        {**STORY_A[1], "id": "NYT19981017.0200"},
        {**STORY_A[2], "id": "b3", "source": "Elm Gazette"},
    ]
    assert client.post("/v1/articles", json={"articles": docs}).status_code == 200
    story = client.get("/v1/stories").json()["stories"][0]
    outlets = {d["id"]: (d["source"], d["outlet"]) for d in story["documents"]}
    assert outlets == {
        "APW19981017.0151": (None, "APW"),
        "NYT19981017.0200": (None, "NYT"),
        "b3": ("Elm Gazette", "Elm Gazette"),
    }
    one = client.get(f"/v1/stories/{story['id']}").json()
    assert {d["id"]: d["outlet"] for d in one["documents"]} == {k: v[1] for k, v in outlets.items()}
