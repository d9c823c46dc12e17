"""A reader in a browser meets every refusal as a page in words, never as a JSON blob; the
JSON API keeps its error objects. Also what the paste page shows for what it was given."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .conftest import SECRET, client_with_a_bug, make_client

BRIDGE = (
    "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
    "The bridge will cost $40 million, the mayor said."
)


def _is_page_in_words(r: Any) -> str:
    assert r.headers["content-type"].startswith("text/html")
    assert not r.text.lstrip().startswith("{")
    assert '"error":' not in r.text and "Traceback" not in r.text
    assert 'href="/#paste"' in r.text  # a way back to the form
    return str(r.text)


def test_an_oversized_paste_is_explained_on_a_page(tmp_path: Path) -> None:
    with make_client(tmp_path, max_body=2_000) as c:
        r = c.post("/summarize", data={"articles": BRIDGE * 30})
        assert r.status_code == 413
        page = _is_page_in_words(r)
        assert "over the limit of 2,000 bytes" in page
        assert "request body" not in page  # the API's words, not a reader's
        assert "Paste fewer or shorter articles" in page
        # a body without Content-Length, counted while it streams in: the same page
        body = ("articles=" + "word+" * 1_000).encode()
        chunks = (body[i : i + 500] for i in range(0, len(body), 500))
        r = c.post(
            "/summarize",
            content=chunks,
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 413
        assert "over the limit of 2,000 bytes" in _is_page_in_words(r)
        # the JSON API still answers its error object
        api = c.post("/v1/summarize", json={"documents": [{"id": "a", "text": BRIDGE * 30}]})
        assert api.status_code == 413 and api.json()["error"] == "PayloadTooLarge"


def test_a_paste_past_the_time_limit_is_explained_on_a_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.service.routes as routes

    release = threading.Event()
    real = routes.summarize_json

    def slow(docs: Any, options: Any) -> Any:
        release.wait(10)
        return real(docs, options)

    monkeypatch.setattr(routes, "summarize_json", slow)
    with make_client(tmp_path, time_limit=0.3) as c:
        try:
            r = c.post("/summarize", data={"articles": BRIDGE})
        finally:
            release.set()
    assert r.status_code == 503
    assert r.headers["retry-after"]
    page = _is_page_in_words(r)
    assert "longer than the limit of 0.3 s" in page
    assert "Try fewer or shorter articles" in page  # what was pasted is what took long


def test_a_slow_story_page_or_list_asks_for_patience_not_a_shorter_paste(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.service.routes as routes

    release = threading.Event()

    def slow(real: Any) -> Any:
        def wait_then(*args: Any, **kwargs: Any) -> Any:
            release.wait(10)
            return real(*args, **kwargs)

        return wait_then

    with make_client(tmp_path, time_limit=0.3) as c:
        doc = {"id": "a", "text": BRIDGE, "source": "A"}
        story = c.post("/v1/articles", json={"articles": [doc]}).json()["articles"][0]["story"]
        monkeypatch.setattr(routes, "_index_page", slow(routes._index_page))
        monkeypatch.setattr(routes, "build_page", slow(routes.build_page))
        try:
            pages = [c.get("/"), c.get(f"/stories/{story}")]
        finally:
            release.set()
    for r in pages:
        assert r.status_code == 503
        page = _is_page_in_words(r)
        assert "longer than the limit of 0.3 s" in page
        assert "Try again in a moment." in page
        assert "fewer or shorter" not in page  # nothing was pasted here


def test_a_bad_article_limit_setting_is_the_servers_error_not_the_readers(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "two megabytes")
    with caplog.at_level("ERROR", logger="newsbrief.service"):
        r = client.post("/summarize", data={"articles": BRIDGE})
        api = client.post("/v1/summarize", json={"documents": [{"id": "a", "text": BRIDGE}]})
    assert r.status_code == 500
    page = _is_page_in_words(r)
    assert "pasted article" not in page and "shorter article" not in page
    assert "fault, not what you sent" in page
    assert api.status_code == 500
    assert api.json()["error"] == "ServerMisconfigured" and api.json()["where"] is None
    # the operator finds the cause in the log, twice (one per request)
    logged = [rec.getMessage() for rec in caplog.records]
    assert len([m for m in logged if "NEWSBRIEF_MAX_ARTICLE_BYTES" in m]) == 2


def test_an_unknown_address_is_a_page_but_stays_json_under_v1(client: TestClient) -> None:
    r = client.get("/no-such-page")
    assert r.status_code == 404
    assert "There is nothing at this address" in _is_page_in_words(r)
    assert client.get("/v1/no-such-thing").json()["error"] == "NotFound"
    r = client.post("/")  # a page posted to: it holds no form to post
    assert r.status_code == 405
    assert "This address is not a form" in _is_page_in_words(r)


def test_a_bug_behind_a_page_is_a_page_without_its_detail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with client_with_a_bug(tmp_path, monkeypatch) as c:
        r = c.post("/summarize", data={"articles": BRIDGE})
    assert r.status_code == 500
    page = _is_page_in_words(r)
    assert SECRET not in page
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_a_pasted_article_over_the_article_limit_is_refused_as_the_api_refuses_it(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "1000")
    big = BRIDGE * 20  # about 2.6 kB
    api = client.post("/v1/summarize", json={"documents": [{"id": "a", "text": big}]})
    assert api.status_code == 422
    r = client.post("/summarize", data={"articles": f"{BRIDGE}\n---\n{big}"})
    assert r.status_code == 422
    assert "pasted article 2: article is 2," in r.text
    assert "over the limit of 1,000 bytes per article" in r.text
    assert "per file" not in r.text  # a paste is no file
    assert client.post("/summarize", data={"articles": BRIDGE}).status_code == 200


def test_a_paste_without_a_headline_is_titled_as_its_json_is(client: TestClient) -> None:
    second = "The Elm River bridge was approved on Monday in a 7-2 council vote. Work starts soon."
    json_title = client.post(
        "/v1/summarize",
        json={
            "documents": [{"id": "pasted-1", "text": BRIDGE}, {"id": "pasted-2", "text": second}]
        },
    ).json()["title"]
    assert json_title
    r = client.post("/summarize", data={"articles": f"{BRIDGE}\n---\n{second}"})
    assert r.status_code == 200
    assert f"<h1>{json_title}</h1>" in r.text
    assert "<h1>Summary</h1>" not in r.text


def test_undated_articles_draw_no_timeline_dated_ones_do(client: TestClient) -> None:
    second = "The Elm River bridge was approved on Monday in a 7-2 council vote. Work starts soon."
    r = client.post("/summarize", data={"articles": f"{BRIDGE}\n---\n{second}"})
    assert "Who covered it when" not in r.text  # no date: there is no "when" to draw
    docs = [
        {"id": "a", "text": BRIDGE, "source": "A", "published": "2026-11-28T08:00:00Z"},
        {"id": "b", "text": second, "source": "B"},
    ]
    story = client.post("/v1/articles", json={"articles": docs}).json()["articles"][0]["story"]
    page = client.get(f"/stories/{story}").text
    assert "Who covered it when" in page and "no date" in page


def test_api_errors_name_the_field_they_come_from(client: TestClient) -> None:
    r = client.post("/v1/articles", json={"articles": [{"text": BRIDGE}]})
    assert r.status_code == 422
    assert r.json()["where"] == "articles[0].id"
    r = client.get("/v1/stories", params={"since": "not a date"})
    assert r.status_code == 422
    assert r.json()["where"] == "query.since"
    assert r.json()["error"] == "InputError"


def test_right_to_left_outlet_names_keep_their_order_in_lists(client: TestClient) -> None:
    # two outlets named in right-to-left scripts, side by side in every list of outlets
    docs = [
        {"id": "a", "text": BRIDGE, "source": "الجزيرة نت"},
        {"id": "b", "text": BRIDGE.replace("the mayor", "officials"), "source": "הארץ"},
    ]
    story = client.post("/v1/articles", json={"articles": docs}).json()["articles"][0]["story"]
    for page in (client.get("/").text, client.get(f"/stories/{story}").text):
        # each name isolated, so the bidi layout cannot merge them into one reversed run
        assert "<bdi>الجزيرة نت</bdi>, <bdi>הארץ</bdi>" in page
    page = client.get(f"/stories/{story}").text
    assert '<a class="source" href="#s1-a0"><bdi>الجزيرة نت</bdi></a>' in page
    assert '<span class="sentence-text" dir="auto">' in page  # an Arabic sentence reads RTL


def test_the_paste_form_can_ask_for_quotes_with_their_speakers(client: TestClient) -> None:
    a = (
        "Mayor Ana Ruiz opened the new bridge over the Elm River on Monday. "
        '"This bridge joins the two halves of our city," Ruiz said at the ceremony.'
    )
    b = (
        "The Elm River bridge opened on Monday, and Mayor Ana Ruiz cut the ribbon. "
        '"This bridge joins the two halves of our city," she told the crowd.'
    )
    pasted = f"{a}\n---\n{b}"
    assert 'name="quotes"' in client.get("/").text
    plain = client.post("/summarize", data={"articles": pasted})
    assert "<h2>Quotes</h2>" not in plain.text
    quoted = client.post("/summarize", data={"articles": pasted, "quotes": "on"})
    assert quoted.status_code == 200
    section = quoted.text.split("<h2>Quotes</h2>", 1)[1].split("</section>")[0]
    assert "This bridge joins the two halves of our city" in section
    assert "Ruiz</bdi></strong>" in section  # the speaker, in bold under the quote
