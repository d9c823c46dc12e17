"""The pages name an article's outlet as every other output does: source, URL host, wire code."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from ..conftest import STORY_A

# Articles without a "source": one with a URL, one with an LDC wire-service id (whose
# date the id gives, so all three carry it).
DAY = "1998-10-17"
UNNAMED = [
    {
        **STORY_A[0],
        "id": "a1",
        "url": "https://www.coastherald.example/news/bridge",
        "published": DAY,
    },
    {**STORY_A[1], "id": "APW19981017.0151", "published": DAY},
    {**STORY_A[2], "id": "a3", "source": "Elm Gazette", "published": DAY},
]


def _outlets_on(html: str) -> set[str]:
    return set(re.findall(r'<a class="source" href="#[\w-]+"><bdi>([^<]+)</bdi></a>', html))


def test_story_page_names_outlets_by_host_and_wire_code(client: TestClient) -> None:
    r = client.post("/v1/articles", json={"articles": UNNAMED})
    assert r.status_code == 200
    story = r.json()["articles"][0]["story"]
    page = client.get(f"/stories/{story}").text
    named = _outlets_on(page)
    assert named <= {"coastherald.example", "APW", "Elm Gazette"}
    assert named  # every summary sentence is credited
    assert "APW19981017.0151</a>" not in page
    # the coverage picture and the article headings use the same names
    assert "<text" in page and "coastherald.example" in page
    listing = client.get("/").text
    assert "coastherald.example" in listing and "APW" in listing
    item = client.get("/v1/stories").json()["stories"][0]
    assert item["n_sources"] == 3


def test_summary_page_names_outlets_like_summarize_json(client: TestClient) -> None:
    data = client.post("/v1/summarize", json={"documents": UNNAMED, "words": 60}).json()
    assert set(data["outlets"]) == {"coastherald.example", "APW", "Elm Gazette"}
    listing = client.post("/v1/articles", json={"articles": UNNAMED}).json()
    page = client.get(f"/stories/{listing['articles'][0]['story']}").text
    for outlet in data["outlets"]:
        assert outlet in page


def test_articles_sharing_an_outlet_are_told_apart_on_the_page(client: TestClient) -> None:
    docs = [{**d, "source": "Wire"} for d in STORY_A]
    story = client.post("/v1/articles", json={"articles": docs}).json()["articles"][0]["story"]
    page = client.get(f"/stories/{story}").text
    headings = re.findall(r"<h3><bdi>([^<]+?)</bdi>(?: — <bdi>[^<]*</bdi>)?</h3>", page)
    assert sorted(headings) == ["Wire (a1)", "Wire (a2)", "Wire (a3)"]
