"""The JSON API: the same objects as the CLI, errors that name the bad document, limits."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import newsbrief
from newsbrief.cli import main
from newsbrief.render import summary_dict

from .conftest import SECRET, client_with_a_bug, make_client


def test_summarize_answers_what_the_cli_prints(
    client: TestClient, example_docs, tmp_path: Path
) -> None:
    r = client.post("/v1/summarize", json={"documents": example_docs, "words": 80})
    assert r.status_code == 200
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps({"id": "x", "documents": example_docs}) + "\n")
    out = tmp_path / "out.json"
    assert main(["summarize", str(story), "--words", "80", "--format", "json", "-o", str(out)]) == 0
    cli = json.loads(out.read_text())
    assert cli.pop("id") == "x"  # a story file keeps its own id; the request names none
    assert {k: v for k, v in r.json().items() if k != "id"} == cli
    assert r.json() == json.loads(
        json.dumps(summary_dict(newsbrief.summarize(example_docs, words=80)))
    )


def test_summary_offsets_index_the_text_as_posted(client: TestClient, example_docs) -> None:
    data = client.post("/v1/summarize", json={"documents": example_docs}).json()
    texts = {d["id"]: d["text"] for d in example_docs}
    assert data["sentences"]
    for s in data["sentences"]:
        assert texts[s["article_id"]][s["start"] : s["end"]] == s["text"]
        for sup in s.get("supported_by", []):
            assert 0 <= sup["start"] < sup["end"] <= len(texts[sup["document"]])


def test_budget_and_method_options_are_honoured(client: TestClient, bridge_docs) -> None:
    r = client.post(
        "/v1/summarize",
        json={"documents": bridge_docs, "sentences": 1, "words": None, "method": "lead"},
    )
    assert r.status_code == 200
    assert len(r.json()["sentences"]) == 1
    assert r.json()["method"] == "lead"


def test_document_without_text_is_named(client: TestClient, bridge_docs) -> None:
    docs = [*bridge_docs, {"id": "empty-one", "title": "no body"}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "InputError"
    assert "documents[3]" in body["where"] and "empty-one" in body["where"]


def test_wrongly_typed_document_field_is_named(client: TestClient, bridge_docs) -> None:
    docs = [*bridge_docs[:1], {"id": "b", "text": ["not", "a", "string"]}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    assert r.json()["where"].startswith("documents[1] (id b)")


def test_misspelt_option_is_an_error_not_ignored(client: TestClient, bridge_docs) -> None:
    r = client.post("/v1/summarize", json={"documents": bridge_docs, "word": 50})
    assert r.status_code == 422
    assert r.json()["where"] == "word"


def test_bad_budget_is_refused(client: TestClient, bridge_docs) -> None:
    r = client.post("/v1/summarize", json={"documents": bridge_docs, "words": 0})
    assert r.status_code == 422
    r = client.post("/v1/summarize", json={"documents": bridge_docs, "words": None})
    assert r.status_code == 422
    assert r.json()["error"] == "OptionsError"


def test_duplicate_ids_are_refused_by_name(client: TestClient, bridge_docs) -> None:
    docs = [bridge_docs[0], {**bridge_docs[1], "id": bridge_docs[0]["id"]}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    assert bridge_docs[0]["id"] in r.json()["message"]


def test_malformed_json_is_a_client_error(client: TestClient) -> None:
    r = client.post(
        "/v1/summarize", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422


def test_private_addresses_are_not_fetched(client: TestClient, bridge_docs) -> None:
    docs = [*bridge_docs, {"id": "inside", "url": "http://127.0.0.1:9/secret"}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "FetchError"
    assert "documents[3]" in body["where"]
    assert "private" in (body["message"] + (body["hint"] or "")).lower()


def test_only_http_urls_are_fetched(client: TestClient, bridge_docs) -> None:
    docs = [*bridge_docs, {"id": "local", "url": "file:///etc/passwd"}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 422
    assert "documents[3]" in r.json()["where"]


def test_body_over_the_cap_gets_413(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path, max_body=2_000) as c:
        big = [{"id": "big", "text": "word " * 1_000}]
        r = c.post("/v1/summarize", json={"documents": big})
        assert r.status_code == 413
        assert r.json()["error"] == "PayloadTooLarge"
        # without a Content-Length header the body is counted while it is read
        chunks = (json.dumps({"documents": big}).encode()[i : i + 500] for i in range(0, 6000, 500))
        r = c.post("/v1/summarize", content=chunks, headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert c.post("/v1/summarize", json={"documents": bridge_docs}).status_code == 200


def test_too_many_documents_gets_413(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path, max_articles=2) as c:
        r = c.post("/v1/summarize", json={"documents": bridge_docs})
        assert r.status_code == 413
        assert "limit is 2" in r.json()["message"]


def _blocking_summary(monkeypatch, release: threading.Event, started: threading.Event) -> None:
    import newsbrief.service.routes as routes

    real = routes.summarize_json

    def slow(docs: Any, options: Any) -> Any:
        started.set()
        release.wait(10)
        return real(docs, options)

    monkeypatch.setattr(routes, "summarize_json", slow)


def test_a_request_over_the_time_limit_gets_503(tmp_path: Path, monkeypatch, bridge_docs) -> None:
    release, started = threading.Event(), threading.Event()
    _blocking_summary(monkeypatch, release, started)
    with make_client(tmp_path, time_limit=0.3) as c:
        try:
            r = c.post("/v1/summarize", json={"documents": bridge_docs})
        finally:
            release.set()
        assert r.status_code == 503
        assert r.json()["error"] == "TimeLimit"


def test_summaries_do_not_block_other_requests(tmp_path: Path, monkeypatch, bridge_docs) -> None:
    release, started = threading.Event(), threading.Event()
    _blocking_summary(monkeypatch, release, started)
    with make_client(tmp_path) as c:
        answers: list[int] = []
        worker = threading.Thread(
            target=lambda: answers.append(
                c.post("/v1/summarize", json={"documents": bridge_docs}).status_code
            )
        )
        worker.start()
        try:
            assert started.wait(10)
            # the summary is still running: the service answers meanwhile
            assert c.get("/healthz").status_code == 200
            assert not answers
        finally:
            release.set()
            worker.join(20)
        assert answers == [200]


def test_every_answer_carries_the_security_headers(tmp_path: Path, bridge_docs) -> None:
    with make_client(tmp_path, max_body=100) as c:
        answers = [
            c.get("/"),
            c.get("/healthz"),
            c.post("/v1/summarize", json={"documents": bridge_docs}),  # 413
        ]
    for r in answers:
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_spec_lists_the_versioned_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/v1/summarize",
        "/v1/articles",
        "/v1/stories",
        "/v1/stories/{story_id}",
        "/healthz",
    ):
        assert path in spec["paths"]
    assert "/stories/{story_id}" not in spec["paths"]  # pages are not API


@pytest.mark.parametrize("quotes", [False, True])
def test_quotes_are_added_on_request(client: TestClient, example_docs, quotes: bool) -> None:
    data = client.post("/v1/summarize", json={"documents": example_docs, "quotes": quotes}).json()
    assert bool(data.get("quotes")) is quotes


def test_unknown_method_is_refused_by_name(client: TestClient, bridge_docs) -> None:
    r = client.post("/v1/summarize", json={"documents": bridge_docs, "method": "magic"})
    assert r.status_code == 422
    assert r.json()["error"] == "OptionsError" and "magic" in r.json()["message"]


def test_unknown_paths_answer_in_the_same_error_shape(client: TestClient) -> None:
    r = client.get("/v1/nothing-here")
    assert r.status_code == 404
    assert r.json()["error"] == "NotFound"
    r = client.get("/v1/summarize")
    assert r.status_code == 405
    assert r.json()["error"] == "MethodNotAllowed"


def test_a_bug_is_a_500_without_a_traceback(tmp_path: Path, monkeypatch, bridge_docs) -> None:
    with client_with_a_bug(tmp_path, monkeypatch) as c:
        r = c.post("/v1/summarize", json={"documents": bridge_docs})
    assert r.status_code == 500
    assert r.json()["error"] == "InternalError"
    assert SECRET not in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_html_documents_are_extracted(client: TestClient, bridge_docs) -> None:
    body = "".join(f"<p>{p}</p>" for p in bridge_docs[0]["text"].split("\n\n")[1:])
    page = (
        "<html><head><title>Bridge vote</title></head><body><nav>Home | Sport | Weather</nav>"
        f"<article><h1>Council approves bridge</h1>{body}</article>"
        "<footer>Copyright 2024 Example News</footer></body></html>"
    )
    docs = [*bridge_docs[1:], {"id": "page", "html": page, "source": "Example News"}]
    r = client.post("/v1/summarize", json={"documents": docs})
    assert r.status_code == 200
    data = r.json()
    assert "page" in {a["id"] for a in data["articles"]}
    assert "Copyright" not in data["summary"] and "Weather" not in data["summary"]
