"""The service lists stories as ``newsbrief digest`` ranks them: by recent coverage, so a
story two outlets report today comes before one three outlets reported a week ago."""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsbrief.cli import main

from ..conftest import DUC
from .conftest import make_client


def _duc(n: int) -> list[list[dict[str, str]]]:
    with open(DUC, encoding="utf-8") as f:
        return [json.loads(line)["documents"] for line in islice(f, n)]


def _articles() -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Three real wire stories, re-dated and given outlets: ``wide`` (3 outlets, 8 days
    before the newest article), ``pair`` (2 outlets, the newest day), ``one`` (1 outlet,
    the day before)."""
    wide, pair, one = _duc(3)
    plan = {
        "wide": (wide[:3], ["Ledger", "Courier", "Herald"], "2026-11-20"),
        "pair": (pair[:2], ["Ledger", "Courier"], "2026-11-28"),
        "one": (one[:2], ["Herald", "Herald"], "2026-11-27"),
    }
    docs: list[dict[str, Any]] = []
    ids: dict[str, list[str]] = {}
    for name, (items, outlets, day) in plan.items():
        ids[name] = [d["id"] for d in items]
        docs += [
            {"id": d["id"], "text": d["text"], "source": o, "published": day}
            for d, o in zip(items, outlets, strict=True)
        ]
    return docs, ids


def _listed(c: TestClient) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = c.get("/v1/stories", params={"limit": 1, "offset": offset}).json()
        out += page["stories"]
        offset = page["next_offset"]
    return out


def test_story_list_and_front_page_rank_by_recent_coverage_as_the_digest_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, ids = _articles()
    db = tmp_path / "stories.sqlite"
    with make_client(tmp_path, db=str(db)) as c:
        assert c.post("/v1/articles", json={"articles": docs}).status_code == 200
        listed = _listed(c)
        names = {i: name for name, group in ids.items() for i in group}
        order = [names[s["documents"][0]["id"]] for s in listed]
        assert [sorted(d["id"] for d in s["documents"]) for s in listed] == [
            sorted(ids[n]) for n in order
        ]
        # today's pair first; a week-old story is behind a one-outlet story of yesterday
        assert order == ["pair", "one", "wide"]
        page = c.get("/").text
        linked = list(dict.fromkeys(re.findall(r'href="/stories/([^"]+)"', page)))
        assert linked == [s["id"] for s in listed]
        # posting again changes nothing, and the order holds
        assert c.post("/v1/articles", json={"articles": docs[::-1]}).status_code == 200
        assert [s["id"] for s in _listed(c)] == [s["id"] for s in listed]
    capsys.readouterr()
    assert main(["digest", "--db", str(db), "--min-sources", "1", "--format", "json"]) == 0
    digest = json.loads(capsys.readouterr().out)["stories"]
    assert [s["id"] for s in digest] == [s["id"] for s in listed]


def test_story_list_order_follows_new_articles(tmp_path: Path) -> None:
    docs, ids = _articles()
    wide = [d for d in docs if d["id"] in ids["wide"]]
    with make_client(tmp_path) as c:
        assert c.post("/v1/articles", json={"articles": docs}).status_code == 200
        first = [s["id"] for s in _listed(c)]
        # the wide story's three outlets all report again, on a newer day: it leads
        follow = [{**d, "id": d["id"] + "-later", "published": "2026-11-29"} for d in wide]
        assert c.post("/v1/articles", json={"articles": follow}).status_code == 200
        again = _listed(c)
        assert {d["id"] for d in again[0]["documents"]} >= set(ids["wide"])
        assert [s["id"] for s in again][1:] == [i for i in first if i != again[0]["id"]]
