"""A text with no sentence (a page's menu or labels posted as an article) is no story:
`cluster`, the store and `POST /v1/articles` leave it out and name it, as an empty one."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.cli import main
from newsbrief.stories.docs import NO_TEXT
from newsbrief.stories.store import StoryStore

from ..conftest import STORY_A

MENU = "Home | News | Sports\nSubscribe\nShare this article"


def test_cluster_leaves_out_a_menu_and_names_it() -> None:
    stories = newsbrief.cluster([{"id": "menu", "text": MENU}, *STORY_A])
    stored = {a.id for s in stories for a in s.articles}
    assert "menu" not in stored
    assert stored == {d["id"] for d in STORY_A}
    assert [(k.article_id, k.reason) for k in stories.skipped] == [("menu", NO_TEXT)]


def test_the_store_does_not_keep_a_menu_as_a_story(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "s.sqlite") as store:
        added = store.add([{"id": "menu", "text": "Home | News | Sports"}, *STORY_A])
        assert [k.article_id for k in added.skipped] == ["menu"]
        assert store.story_of("menu") is None
        assert store.count() == (1, 3)


def test_cluster_command_names_the_menu_and_exits_1(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "menu", "text": "Home | News | Sports"}, *STORY_A]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["cluster", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "document menu: no article text after cleaning" in err
    written = [
        d["id"] for line in out.read_text().splitlines() for d in json.loads(line)["documents"]
    ]
    assert sorted(written) == ["a1", "a2", "a3"]


def test_short_news_with_a_full_stop_is_kept() -> None:
    # a brief or a one-line article is text: only a text without any sentence is left out
    stories = newsbrief.cluster(["Fire at plant.", "Пожар на заводе!", "Storm nears the coast?"])
    assert sorted(a.id for s in stories for a in s.articles) == ["doc1", "doc2", "doc3"]
    assert not stories.skipped


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        # a menu item is short: 20 characters hold no line of 11 words that reads as a
        # sentence without its full stop (text.unpunctuated_sentence), and " | " between
        # items is no sentence's
        st.text(st.characters(blacklist_characters=".!?…;։؟۔।॥።፧"), max_size=20),
        min_size=1,
        max_size=6,
    )
)
def test_items_with_no_sentence_end_are_never_a_story(words: list[str]) -> None:
    menu = " | ".join(words)
    stories = newsbrief.cluster([menu, STORY_A[0]["text"]])
    assert [a.id for s in stories for a in s.articles] == ["doc2"]
    assert [k.article_id for k in stories.skipped] == ["doc1"]
