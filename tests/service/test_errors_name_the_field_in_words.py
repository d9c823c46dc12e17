"""The service's refusals name the field they come from in words a client reads: no
Python repr, no validator jargon, and one rule for a bad query parameter (a 422 naming
it) on the pages and the API alike. ``newsbrief serve --help`` lists every address."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsbrief.cli import main
from newsbrief.cli.serve import ENDPOINTS

TEXT = "The bridge on Elm Street closed on Monday after inspectors found a crack in a girder."


def test_a_plain_text_body_is_said_to_be_no_json_object(client: TestClient) -> None:
    r = client.post("/v1/summarize", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 422
    body = r.json()
    assert body["message"] == "the request body is not a JSON object"
    assert body["where"] == "request body"
    assert "application/json" in body["hint"]
    assert "b'" not in r.text  # no Python bytes repr anywhere, details included


def test_an_unknown_method_names_its_field(client: TestClient) -> None:
    docs = [{"id": "a", "text": TEXT}]
    r = client.post("/v1/summarize", json={"documents": docs, "method": "bogus"})
    assert r.status_code == 422
    assert r.json()["where"] == "method"
    assert "choose one of" in r.json()["hint"]


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "2.5"])
def test_an_unreadable_min_sources_is_a_422_on_the_page_and_the_api(
    client: TestClient, bad: str
) -> None:
    api = client.get("/v1/digest", params={"min_sources": bad})
    page = client.get("/digest", params={"min_sources": bad})
    assert api.status_code == page.status_code == 422
    assert "min_sources" in api.json()["where"]
    assert "min_sources" in page.text and "Query." not in page.text


def test_a_blank_min_sources_on_the_page_is_the_default(client: TestClient) -> None:
    assert client.get("/digest", params={"min_sources": ""}).status_code == 200


def test_an_unreadable_since_on_a_page_names_the_parameter_not_its_path(
    client: TestClient,
) -> None:
    page = client.get("/digest", params={"since": "bad"})
    assert page.status_code == 422
    assert (
        "Unreadable date &#39;bad&#39; in the since parameter (use YYYY-MM-DD, e.g. 2026-11-29)."
        in page.text
    )
    assert "Query.since" not in page.text and "query.since" not in page.text


def test_an_empty_digest_page_says_why(client: TestClient, bridge_docs) -> None:
    dated = [{**d, "published": "2026-11-19"} for d in bridge_docs]
    assert client.post("/v1/articles", json={"articles": dated}).status_code == 200
    page = client.get("/digest", params={"since": "2030-01-01"}).text
    assert "No story has news on or after 2030-01-01 (the one story is older)." in page
    answer = client.get("/v1/digest", params={"min_sources": 5}).json()
    assert answer["why_empty"] == (
        "No story meets the criteria: of 1 story, none was reported by 5 or more outlets; "
        "the most any has is 3 outlets."
    )
    assert answer["not_shown"]["notes"] == [
        "1 story from fewer than 5 outlets not shown (use min_sources=3)"
    ]


def test_serve_help_lists_every_address_the_service_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from newsbrief.service.routes import api_router, page_router

    served = {
        (method, route.path.replace("{story_id}", "{id}"))
        for route in [*api_router.routes, *page_router.routes]
        for method in getattr(route, "methods", None) or ()
        if not route.path.startswith("/static")
    }
    listed = {tuple(e.split()) for e, _ in ENDPOINTS}
    # the spec FastAPI serves; a page's form answers GET and POST at one address
    assert served | {("GET", "/openapi.json")} == listed | {("POST", "/summarize")}
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for method, path in listed:
        assert f"{method} {path} " in shown


def test_a_single_source_sentence_names_its_outlet_once(client: TestClient) -> None:
    import re

    from ..render.test_single_source_badge import DOCS

    posted = client.post("/v1/articles", json={"articles": DOCS})
    (story_id,) = {a["story"] for a in posted.json()["articles"]}
    page = client.get(f"/stories/{story_id}").text
    items = re.findall(r"<li .*?</li>", page.split('<ol class="summary">', 1)[1], flags=re.S)
    single = [i for i in items if "single source:" in i]
    assert single and all("reported by" not in i for i in single)
    assert all('<a class="source" href="#' in i for i in single)  # still a link to it
    assert any("reported by" in i for i in items if i not in single)
