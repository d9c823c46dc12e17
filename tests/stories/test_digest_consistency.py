"""A digest names each story and its outlets as `newsbrief summarize` does, and leaves out a
site notice printed on pages of unrelated stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.cli import main
from newsbrief.model import Article, outlet_name

from .conftest import CHESS, FLOOD, VACCINE, articles

NOTICE = "Articles are added to our archive after an embargo period of two weeks."


def _jsonl(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    return path


def _digest_json(tmp_path: Path, items: list[dict[str, str]], *extra: str) -> dict:
    src = _jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "digest.json"
    assert main(["digest", str(src), "--format", "json", "-o", str(out), *extra]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _summarize_json(tmp_path: Path, docs: list[dict[str, str]]) -> dict:
    story = _jsonl(tmp_path / "story.jsonl", [{"id": "s", "documents": docs}])
    out = tmp_path / "summary.json"
    assert main(["summarize", str(story), "--format", "json", "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_digest_headline_is_the_story_summarys_own_title(tmp_path: Path) -> None:
    items = articles()
    for k, (a, src) in enumerate(zip(items, "ABCABAB", strict=True)):
        a["source"] = src
        # each article titled differently, each title naming its story
        a["title"] = f"Report {k}: " + " ".join(a["text"].split()[:8])
        a["published"] = f"2026-11-{10 + k:02d}"  # the newest article is not the first
    data = _digest_json(tmp_path, items)
    assert data["stories"]
    by_id = {a["id"]: a for a in items}
    for story in data["stories"]:
        assert story["headline"] == story["summary"]["title"]
        titles = {by_id[a["id"]]["title"] for a in story["summary"]["articles"]}
        assert story["headline"] in titles


def test_digest_headline_without_titles_matches_summarize(tmp_path: Path) -> None:
    items = articles()
    for a, src in zip(items, "ABCABAB", strict=True):
        a["source"] = src
    data = _digest_json(tmp_path, items)
    flood = next(s for s in data["stories"] if "Marlow" in json.dumps(s))
    docs = [a for a in items if a["id"] in {x["id"] for x in flood["summary"]["articles"]}]
    alone = _summarize_json(tmp_path, docs)
    assert flood["headline"] == alone["title"]


def test_outlet_is_the_source_else_url_host_else_wire_code_else_id() -> None:
    assert outlet_name(Article("APW19981017.0151", "x", source="  Associated  Press ")) == (
        "Associated Press"
    )
    assert outlet_name(Article("p1", "x", url="https://www.ledger.example/a/b")) == (
        "ledger.example"
    )
    assert outlet_name(Article("NYT19981017.0200", "x")) == "NYT"
    assert outlet_name(Article("my-notes", "x")) == "my-notes"
    assert Article("XIE19981017.0001", "x").label == "XIE"


def test_digest_and_summarize_name_the_same_articles_the_same_outlets(tmp_path: Path) -> None:
    # wire copy named only by LDC ids, a page known only by its URL, one with a source
    flood = [
        {"id": "APW19990302.0101", "text": FLOOD[0]},
        {"id": "NYT19990302.0202", "text": FLOOD[1]},
        {"id": "ledger-flood", "text": FLOOD[2], "url": "https://www.ledger.example/flood"},
    ]
    chess = [
        {"id": "APW19990305.0011", "text": CHESS[0]},
        {"id": "chess-post", "text": CHESS[1], "source": "Northport Post"},
    ]
    data = _digest_json(tmp_path, flood + chess)
    got = {s["id"]: s for s in data["stories"]}
    assert len(got) == 2
    for story in got.values():
        # the digest's outlet list, the summary's heading and every sentence's sources
        # use one naming rule
        assert set(story["sources"]) == set(story["summary"]["outlets"])
        for sent in story["summary"]["sentences"]:
            for e in sent["supported_by"]:
                assert e["source"] in story["sources"]
    flood_story = next(s for s in got.values() if "Marlow" in json.dumps(s))
    assert flood_story["sources"] == ["APW", "ledger.example", "NYT"]
    alone = _summarize_json(tmp_path, flood)
    assert set(alone["outlets"]) == {"APW", "NYT", "ledger.example"}


def _stories_with_a_notice() -> list[dict[str, str]]:
    """Three unrelated stories, two outlets each; one page of each carries the notice."""
    out = []
    for name, story in (("flood", FLOOD), ("chess", CHESS), ("vaccine", VACCINE)):
        for i, text in enumerate(story[:2]):
            body = f"{text}\n\n{NOTICE}" if i == 0 else text
            out.append({"id": f"{name}{i}", "text": body, "source": f"Outlet {i}"})
    return out


def test_one_story_alone_keeps_the_notice() -> None:
    # the premise of the tests below: summarized alone, with room, a story keeps it
    docs = [a for a in _stories_with_a_notice() if a["id"].startswith("flood")]
    assert NOTICE in newsbrief.summarize(docs, words=200, analysis=False).text


@pytest.mark.parametrize("store", [False, True])
def test_digest_leaves_out_a_notice_printed_in_unrelated_stories(
    tmp_path: Path, store: bool
) -> None:
    extra = ["--db", str(tmp_path / "s.sqlite")] if store else []
    data = _digest_json(tmp_path, _stories_with_a_notice(), "--words", "200", *extra)
    assert len(data["stories"]) == 3
    for story in data["stories"]:
        assert story["summary"]["sentences"]
        assert all(NOTICE not in s["text"] for s in story["summary"]["sentences"])


def test_a_stored_digest_drops_a_notice_once_a_third_story_reveals_it(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    items = _stories_with_a_notice()
    early = [a for a in items if not a["id"].startswith("vaccine")]
    first = _digest_json(tmp_path, early, "--words", "200", "--db", db)
    # two stories cannot tell a site notice from news: it is still there
    assert any(NOTICE in s["text"] for st in first["stories"] for s in st["summary"]["sentences"])
    late = [a for a in items if a["id"].startswith("vaccine")]
    second = _digest_json(tmp_path, late, "--words", "200", "--db", db)
    # the cached sections of the first two stories are not reused: they held the notice
    assert len(second["stories"]) == 3
    for story in second["stories"]:
        assert all(NOTICE not in s["text"] for s in story["summary"]["sentences"])
