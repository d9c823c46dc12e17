"""A stored story is named on its page, in the story list and in its JSON exactly as
``/digest`` names it: the digest's headline, made by the digest's own calls (s34 fxU,
review rvW #17). Before, the headline rule ran on the page's own summary, so a DUC story
read "President Fidel Castro said Sunday he disagreed with the arrest in London of former
Chilean dictator Augusto Pinochet…" on its page and the same sentence whole in
``/digest``, and "Abdullah Ocalan, leader of Kurdish insurgents ..." on the page for
"Abdullah Ocalan has been detained in Rome" in the digest.

Reads two DUC 2003 clusters from ``../shared`` (development data, never copied here);
skips without it.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from .conftest import make_client

DUC = Path(__file__).resolve().parents[3] / "shared" / "data" / "duc2003" / "task2.jsonl"
CLUSTERS = ("d30003t", "d30044t")  # Pinochet's arrest; Ocalan detained in Rome


def _documents() -> list[dict[str, str]]:
    if not DUC.exists():
        pytest.skip("needs ../shared (DUC 2003)")
    docs = []
    for line in DUC.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        if cluster["id"] in CLUSTERS:
            docs += [{"id": d["id"], "text": d["text"]} for d in cluster["documents"]]
    return docs


def test_the_page_the_list_and_the_json_give_the_digests_headline(tmp_path: Path) -> None:
    docs = _documents()
    with make_client(tmp_path) as client:
        assert client.post("/v1/articles", json={"articles": docs}).status_code == 200
        digest = client.get("/v1/digest", params={"min_sources": 1}).json()
        headlines = {s["id"]: s["headline"] for s in digest["stories"]}
        listed = client.get("/v1/stories", params={"summaries": "true"}).json()["stories"]
        index = client.get("/").text
        assert len(listed) == len(headlines) >= 2
        for story in listed:
            headline = headlines[story["id"]]
            assert story["title"] == headline
            assert client.get(f"/v1/stories/{story['id']}").json()["title"] == headline
            page = client.get(f"/stories/{story['id']}").text
            h1 = re.search(r"<h1>([^<]*)</h1>", page)
            assert h1 is not None
            assert html.unescape(h1[1]) == headline
        shown = re.findall(r'class="story-title"[^>]*>([^<]*)<', index)
        assert sorted(map(html.unescape, shown)) == sorted(headlines.values())
