"""A stored story told over two days is named the same on its page, in the story list,
in the JSON and in ``/digest``: by where it stands now (the digest's headline), not by its
first article's superseded title (s31 fxD, review rvZ #17).

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import make_client

DOCS = [
    {
        "id": "sat",
        "source": "Dunmore Ledger",
        "published": "2025-06-07T08:00:00Z",
        "title": "Bridge collapse injures 11 in Dunmore",
        "text": "Eleven people were injured when the old rail bridge at Dunmore fell into the "
        "river on Saturday, the county council said. Divers searched the wreck overnight. "
        "The council closed the road to the station.",
    },
    {
        "id": "sun",
        "source": "Evening Courier",
        "published": "2025-06-08T18:00:00Z",
        "title": "Dunmore bridge collapse: injured rise to 23",
        "text": "The number of people injured when the old rail bridge at Dunmore fell on "
        "Saturday rose to 23 on Sunday, the county council said. Engineers closed the "
        "rail line for a month. Divers searched the wreck of the bridge again.",
    },
]


def test_the_list_the_page_the_json_and_the_digest_name_the_story_alike(
    tmp_path: Path,
) -> None:
    with make_client(tmp_path) as client:
        posted = client.post("/v1/articles", json={"articles": DOCS}).json()
        (story_id,) = {a["story"] for a in posted["articles"]}
        digest = client.get("/v1/digest", params={"min_sources": 1}).json()
        (entry,) = digest["stories"]
        headline = entry["headline"]
        assert "23" in headline  # where the story stands now
        assert client.get(f"/v1/stories/{story_id}").json()["title"] == headline
        listed = client.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
        assert [s["title"] for s in listed] == [headline]
        page = client.get(f"/stories/{story_id}").text
        index = client.get("/").text
    assert re.search(r"<h1>([^<]*)</h1>", page)[1] == headline  # type: ignore[index]
    assert re.findall(r'class="story-title"[^>]*>([^<]*)<', index) == [headline]
