"""Articles dated by their day only make a story "updated 2026-11-22" on the story list and
the story's page, and ``"updated": "2026-11-22"`` in the JSON: never "00:00 UTC", a time
no article gave."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conftest import make_client


def test_a_story_of_day_dated_articles_is_updated_on_a_day(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    dated = [{**d, "published": f"2026-11-2{k}"} for k, d in enumerate(bridge_docs)]
    last = f"2026-11-2{len(dated) - 1}"
    with make_client(tmp_path) as c:
        assert c.post("/v1/articles", json={"articles": dated}).status_code == 200
        assert c.app.state.stories.settled(120)
        (item,) = c.get("/v1/stories").json()["stories"]
        front = c.get("/").text
        page = c.get(f"/stories/{item['id']}").text
    assert item["updated"] == last
    for html in (front, page):
        assert f"updated {last}" in html
        assert "00:00" not in html
