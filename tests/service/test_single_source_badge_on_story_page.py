"""The story page's "single source" badge is the JSON's ``single_source``: counted by
outlet, so two articles of one wire are one source."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from ..render.test_single_source_badge import DOCS, _expected


def _summary_items(page: str) -> dict[str, str | None]:
    """Each summary sentence on the page -> the outlet its badge names (None: no badge)."""
    summary = page.split('<ol class="summary">', 1)[1].split("</ol>", 1)[0]
    out: dict[str, str | None] = {}
    for item in re.findall(r"<li .*?</li>", summary, flags=re.S):
        text = re.search(r'<span class="sentence-text"[^>]*>(.*?)</span>', item, flags=re.S)
        # the badge names the outlet once, a link to its articles
        badge = re.search(r"single source: (?:<a [^>]*>)?<bdi>(.*?)</bdi>", item)
        assert text
        out[html.unescape(text.group(1))] = badge.group(1) if badge else None
    return out


def test_story_page_badges_what_the_json_calls_single_source(client: TestClient) -> None:
    posted = client.post("/v1/articles", json={"articles": DOCS})
    (story_id,) = {a["story"] for a in posted.json()["articles"]}
    data = client.get(f"/v1/stories/{story_id}").json()["summary"]
    page = client.get(f"/stories/{story_id}").text
    want = _expected(data)
    assert want and len(want) < len(data["sentences"])  # some sentences are shared
    items = _summary_items(page)
    assert {t: o for t, o in items.items() if o} == want
    assert len(items) == len(data["sentences"])
