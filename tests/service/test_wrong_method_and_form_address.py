"""What a client or a browser meets at a known address used the wrong way: a wrong
method on an API route is answered with a documented error name; the paste form's
address, reopened or bookmarked, leads to the form; and a story's documents carry the
same fields in ``/v1/stories/{id}`` as in the list."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_wrong_method_on_an_api_route_is_method_not_allowed(client: TestClient) -> None:
    for method, path in (
        ("GET", "/v1/summarize"),
        ("GET", "/v1/articles"),
        ("POST", "/v1/stories"),
        ("DELETE", "/v1/digest"),
    ):
        r = client.request(method, path)
        assert r.status_code == 405, (method, path)
        body = r.json()
        assert body["error"] == "MethodNotAllowed"
        assert set(body) == {"error", "message", "where", "hint"}
        assert r.headers["allow"]  # which methods the route takes


def test_opening_the_paste_form_address_leads_to_the_form(client: TestClient) -> None:
    r = client.get("/summarize", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/#paste"
    page = client.get("/summarize")  # followed, as a browser does
    assert page.status_code == 200
    assert 'action="/summarize' in page.text and 'name="articles"' in page.text


def test_a_story_lists_its_documents_with_the_fields_of_the_story_list(
    client: TestClient,
) -> None:
    text = (
        "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
        "The bridge will cost $40 million and open in two years."
    )
    articles = [
        {
            "id": "elm-1",
            "text": text,
            "source": "Elm Gazette",
            "url": "https://elm.example/bridge",
            "published": "2026-11-02",
        },
        {"id": "elm-2", "text": text.replace("voted 7-2", "voted seven to two")},
    ]
    assert client.post("/v1/articles", json={"articles": articles}).status_code == 200
    (listed,) = client.get("/v1/stories").json()["stories"]
    story = client.get(f"/v1/stories/{listed['id']}").json()
    assert story["documents"] == listed["documents"]
    by_id = {d["id"]: d for d in story["documents"]}
    assert by_id["elm-1"]["url"] == "https://elm.example/bridge"
    assert by_id["elm-1"]["published"].startswith("2026-11-02")
    # a field the article lacks is there, null, as in the list
    assert by_id["elm-2"]["url"] is None and by_id["elm-2"]["published"] is None
