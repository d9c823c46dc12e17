"""The service asks for a date one way and gives its times with their zone: both
endpoints that take ``since`` refuse an unreadable one with the same YYYY-MM-DD hint
(never "use ISO 8601" under a refused "2026", which is ISO 8601), and a story's
``updated`` says it is UTC, as the articles' ``published`` say their zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from newsbrief.stories.digest import zoned

from .conftest import make_client


@pytest.mark.parametrize("since", ["2026", "yesterday", "29/11/2026"])
def test_both_endpoints_give_one_hint_for_an_unreadable_since(tmp_path: Path, since: str) -> None:
    with make_client(tmp_path) as c:
        answers = [c.get(path, params={"since": since}) for path in ("/v1/stories", "/v1/digest")]
    assert [r.status_code for r in answers] == [422, 422]
    stories, digest = (r.json() for r in answers)
    assert stories == digest
    text = str(stories)
    assert "YYYY-MM-DD" in text and "ISO 8601" not in text


def test_a_day_is_still_read_by_both(tmp_path: Path) -> None:
    with make_client(tmp_path) as c:
        assert c.get("/v1/stories", params={"since": "2026-11-29"}).status_code == 200
        assert c.get("/v1/digest", params={"since": "2026-11-29"}).status_code == 200


def _utc(stamp: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert when.utcoffset() == dt.timedelta(0), stamp
    return when


def test_updated_carries_its_zone_in_the_list_and_the_digest(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    dated = [{**d, "published": f"2026-11-2{k}T09:30:00"} for k, d in enumerate(bridge_docs)]
    with make_client(tmp_path) as c:
        assert c.post("/v1/articles", json={"articles": dated}).status_code == 200
        assert c.app.state.stories.settled(120)
        (item,) = c.get("/v1/stories").json()["stories"]
        (entry,) = c.get("/v1/digest").json()["stories"]
    _utc(item["updated"])
    _utc(entry["updated"])
    _utc(entry["first_seen"])


def test_a_story_whose_articles_give_no_date_has_none(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    """The store files an undated article at its stream's clock for its own rules; a
    reader is not shown that as the story's date."""
    with make_client(tmp_path) as c:
        assert c.post("/v1/articles", json={"articles": bridge_docs}).status_code == 200
        assert c.app.state.stories.settled(120)
        (item,) = c.get("/v1/stories").json()["stories"]
        (entry,) = c.get("/v1/digest").json()["stories"]
    assert item["updated"] is None
    assert entry["updated"] is None and entry["first_seen"] is None


def test_a_time_with_its_zone_or_a_bare_day_is_kept_as_given() -> None:
    assert zoned("2026-11-30T21:59:26") == "2026-11-30T21:59:26Z"
    assert zoned("2026-11-30T21:59:26+02:00") == "2026-11-30T21:59:26+02:00"
    assert zoned("2026-11-30T21:59:26Z") == "2026-11-30T21:59:26Z"
    assert zoned("2026-11-30") == "2026-11-30"
    assert zoned(None) is None
