"""An unreadable ``published`` is a 422 naming the document and the field: the server
used to drop it with a warning on its own console, so the caller lost the date unseen.
A readable one in another format (a feed's RFC 822 date) is stored as ISO 8601: the
store reads only ISO dates, and such a story was listed undated."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import make_client

TEXT = "The city council voted 7-2 on Monday to approve a new bridge over the Elm River."


@pytest.mark.parametrize("path,key", [("/v1/summarize", "documents"), ("/v1/articles", "articles")])
def test_an_unreadable_published_date_is_refused_naming_the_document(
    tmp_path: Path, path: str, key: str
) -> None:
    docs = [
        {"id": "a", "text": TEXT, "published": "2026-11-30T10:00:00Z"},
        {"id": "b", "text": TEXT, "published": "2026-13-45"},
    ]
    with make_client(tmp_path) as client:
        answer = client.post(path, json={key: docs})
    assert answer.status_code == 422
    body = answer.json()
    assert body["where"] == f"{key}[1] (id b).published"
    assert "2026-13-45" in body["message"]
    assert "ISO 8601" in body["hint"]


def test_a_feed_date_is_stored_as_iso_and_dates_its_story(tmp_path: Path) -> None:
    doc = {"id": "a", "text": TEXT, "published": "Mon, 30 Nov 2026 10:00:00 GMT"}
    with make_client(tmp_path) as client:
        assert client.post("/v1/articles", json={"articles": [doc]}).status_code == 200
        (story,) = client.get("/v1/stories").json()["stories"]
    assert story["documents"][0]["published"] == "2026-11-30T10:00:00Z"
    assert story["updated"].startswith("2026-11-30T")  # dated by the article, not undated


def test_the_refused_date_is_not_printed_on_the_server_console(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    doc = {"id": "a", "text": TEXT, "published": "yesterday"}
    with make_client(tmp_path) as client:
        assert client.post("/v1/summarize", json={"documents": [doc]}).status_code == 422
    assert not [r for r in caplog.records if "yesterday" in r.getMessage()]


def test_a_pasted_written_date_is_stored_not_refused(tmp_path: Path) -> None:
    doc = {"id": "a", "text": TEXT, "published": "Sept. 30, 2026"}
    with make_client(tmp_path) as client:
        assert client.post("/v1/articles", json={"articles": [doc]}).status_code == 200
        (story,) = client.get("/v1/stories").json()["stories"]
    assert story["documents"][0]["published"] == "2026-09-30"


def test_a_time_in_an_unknown_zone_is_refused_naming_the_zone(tmp_path: Path) -> None:
    doc = {"id": "a", "text": TEXT, "published": "Mon, 30 Nov 2026 23:30:00 IST"}
    with make_client(tmp_path) as client:
        answer = client.post("/v1/articles", json={"articles": [doc]})
    assert answer.status_code == 422
    assert "unknown time zone 'IST'" in answer.json()["message"]
    assert "offset" in answer.json()["hint"]
