"""`GET /v1/digest` answers what `newsbrief digest --db STORE --format json` prints; the
digest page shows it, each story linking to its page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from newsbrief.cli import main

from .conftest import make_client

# A second event from two outlets, written for this test.
FIRE = [
    {
        "id": "f1",
        "source": "Valley Herald",
        "published": "2026-11-20",
        "text": "A fire broke out late Thursday at the Halvorsen paint warehouse in Riverton. "
        "Firefighters from three towns fought the blaze for six hours, officials said.",
    },
    {
        "id": "f2",
        "source": "Riverton Gazette",
        "published": "2026-11-21",
        "text": "The Halvorsen paint warehouse in Riverton burned for six hours on Thursday night. "
        "Fire crews from three towns were called to the blaze, the fire chief said.",
    },
]
LONE = [
    {
        "id": "l1",
        "source": "Valley Herald",
        "published": "2026-11-21",
        "text": "The Riverton library will open on Sundays from January, the town board decided. "
        "The change costs the town about 20,000 dollars a year.",
    }
]


def _store(tmp_path: Path, bridge_docs) -> Path:
    dated = [{**d, "published": "2026-11-19"} for d in bridge_docs]
    with make_client(tmp_path) as c:
        r = c.post("/v1/articles", json={"articles": dated + FIRE + LONE})
        assert r.status_code == 200
        assert c.app.state.stories.settled(120)
    return tmp_path / "stories.sqlite"


def test_the_digest_is_what_the_digest_command_prints(tmp_path: Path, bridge_docs) -> None:
    # the store made by the command line; the command and the service then each make
    # their digest from their own copy of it (neither reads an entry the other made)
    dated = [{**d, "published": "2026-11-19"} for d in bridge_docs]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in dated + FIRE + LONE), encoding="utf-8")
    store = tmp_path / "stories.sqlite"
    assert main(["cluster", str(src), "--db", str(store), "-o", str(tmp_path / "s.jsonl")]) == 0
    copy = tmp_path / "copy.sqlite"
    shutil.copy(store, copy)
    out = tmp_path / "digest.json"
    assert main(["digest", "--db", str(copy), "--format", "json", "-o", str(out)]) == 0
    printed = json.loads(out.read_text(encoding="utf-8"))
    with make_client(tmp_path, db=str(store)) as c:
        answer = c.get("/v1/digest").json()
    # the one note on what was left out names the query parameter, not the flag
    assert printed.pop("not_shown")["notes"] == [
        "1 story from one outlet not shown (use --min-sources 1)"
    ]
    assert answer.pop("not_shown")["notes"] == [
        "1 story from one outlet not shown (use min_sources=1)"
    ]
    assert answer == printed
    assert sorted(s["n_sources"] for s in answer["stories"]) == [2, 3]


def test_digest_options_are_the_commands(tmp_path: Path, bridge_docs) -> None:
    store = _store(tmp_path, bridge_docs)
    with make_client(tmp_path, db=str(store)) as c:
        every = c.get("/v1/digest", params={"min_sources": 1}).json()
        assert len(every["stories"]) == 3 and "not_shown" not in every
        recent = c.get("/v1/digest", params={"since": "2026-11-20"}).json()
        assert [s["id"] for s in recent["stories"]] == [every["stories"][0]["id"]]
        short = c.get("/v1/digest", params={"words": 20, "limit": 1}).json()
        assert len(short["stories"]) == 1
        assert (
            sum(len(x["text"].split()) for x in short["stories"][0]["summary"]["sentences"]) <= 20
        )
        assert short["not_shown"]["notes"][-1] == "1 more story not shown (use limit=2)"


def test_an_unreadable_digest_option_is_a_422_naming_it(tmp_path: Path) -> None:
    with make_client(tmp_path) as c:
        r = c.get("/v1/digest", params={"since": "last week"})
        assert r.status_code == 422
        assert r.json()["where"] == "query.since"
        assert c.get("/v1/digest", params={"min_sources": 0}).status_code == 422


def test_the_digest_page_links_each_story_to_its_page(tmp_path: Path, bridge_docs) -> None:
    store = _store(tmp_path, bridge_docs)
    with make_client(tmp_path, db=str(store)) as c:
        data = c.get("/v1/digest").json()
        page = c.get("/digest")
        assert page.status_code == 200
        for story in data["stories"]:
            assert f'href="/stories/{story["id"]}"' in page.text
            first = story["summary"]["sentences"][0]["text"]
            assert first.replace("'", "&#39;") in page.text
        assert "1 story from one outlet not shown (use min_sources=1)" in page.text
        assert "Valley Herald" in page.text and "Riverton Gazette" in page.text
        assert "Riverton library" not in c.get("/digest").text
        assert "Riverton library" in c.get("/digest", params={"min_sources": "1"}).text
