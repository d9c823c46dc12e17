"""The API, not the CLI, reports an article that cleaning leaves with no text: it is kept
out of every story (a story of it could not be summarized) and named with where it came
from, so a caller can tell the user; nothing is lost silently."""

from __future__ import annotations

from pathlib import Path

import newsbrief
from newsbrief import Article
from newsbrief.stories import SkippedArticle, StoryStore

from ..conftest import STORY_A

# Site furniture only: not blank, but nothing is left once it is cleaned.
DEBRIS = "Advertisement\n\nShare this article"


def _with_empty() -> list[dict[str, str]]:
    return [*(dict(d) for d in STORY_A), {"id": "ad", "text": DEBRIS}]


def test_cluster_leaves_out_and_names_an_article_cleaning_empties() -> None:
    stories = newsbrief.cluster(_with_empty())
    assert sorted(a.id for s in stories for a in s.articles) == sorted(d["id"] for d in STORY_A)
    assert stories.skipped == (SkippedArticle("ad", "article 4 document ad"),)
    assert str(stories.skipped[0]) == "article 4 document ad: no article text after cleaning"
    assert all(isinstance(s, newsbrief.Story) for s in stories)


def test_cluster_names_an_article_by_where_it_was_read() -> None:
    read = Article(id="x9", text=" \n ", where="feed.jsonl:7 document x9")
    stories = newsbrief.cluster([read, *STORY_A])
    assert [str(k) for k in stories.skipped] == [
        "feed.jsonl:7 document x9: no article text after cleaning"
    ]


def test_store_add_stores_the_rest_and_reports_the_empty_article(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "news.sqlite") as store:
        added = store.add(_with_empty())
        assert [a for a, _ in added] == [d["id"] for d in STORY_A]
        assert [k.article_id for k in added.skipped] == ["ad"]
        assert store.story_of("ad") is None
        assert store.count()[1] == len(STORY_A)
        again = store.add(_with_empty())  # a re-add changes nothing and says the same
        assert list(again) == list(added) and again.skipped == added.skipped
        assert store.count()[1] == len(STORY_A)


def test_a_stored_article_re_added_without_text_keeps_its_story(tmp_path: Path) -> None:
    with StoryStore(tmp_path / "news.sqlite") as store:
        (pair, *_) = store.add(STORY_A)
        answer = store.add([{"id": pair[0], "text": DEBRIS}])
        assert list(answer) == [pair] and answer.skipped == ()
