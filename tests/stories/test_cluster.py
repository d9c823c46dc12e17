"""Batch clustering: every article in one story, stories found, ids stable."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.errors import OptionsError
from newsbrief.stories.metrics import ari, bcubed, pairwise

from .conftest import articles, page, paragraph_mix_bcubed


def _groups(stories: list[newsbrief.Story]) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in stories}


def test_articles_about_one_event_form_one_story_and_others_stay_apart() -> None:
    got = _groups(newsbrief.cluster(articles()))
    assert got == {
        frozenset({"flood0", "flood1", "flood2"}),
        frozenset({"chess0", "chess1"}),
        frozenset({"vaccine0", "vaccine1"}),
    }


def test_shared_site_furniture_does_not_glue_unrelated_stories() -> None:
    items = [{"id": a["id"], "text": page(a["text"])} for a in articles()]
    got = _groups(newsbrief.cluster(items))
    assert frozenset({"chess0", "chess1"}) in got
    assert frozenset({"vaccine0", "vaccine1"}) in got
    assert frozenset({"flood0", "flood1", "flood2"}) in got


def test_story_ids_do_not_depend_on_input_order() -> None:
    items = articles()
    first = {s.id: {a.id for a in s.articles} for s in newsbrief.cluster(items)}
    random.Random(3).shuffle(items)
    again = {s.id: {a.id for a in s.articles} for s in newsbrief.cluster(items)}
    assert first == again


def test_plain_strings_and_singletons_are_kept() -> None:
    texts = [
        "A lone article about a village fete and its prize marrows.",
        *(a["text"] for a in articles()),
    ]
    stories = newsbrief.cluster(texts)
    ids = [a.id for s in stories for a in s.articles]
    assert sorted(ids) == sorted(f"doc{i + 1}" for i in range(len(texts)))
    assert any(len(s.articles) == 1 and s.articles[0].id == "doc1" for s in stories)


def test_articles_keep_their_text_as_given() -> None:
    items = [{"id": "x", "text": "Line one is ``quoted'' here.\n\nMore text here."}]
    (story,) = newsbrief.cluster(items)
    assert story.articles[0].text == items[0]["text"]


@pytest.mark.parametrize("bad", [0.0, -0.2, 11.0])
def test_threshold_outside_its_range_is_a_user_error(bad: float) -> None:
    with pytest.raises(OptionsError):
        newsbrief.cluster(articles(), threshold=bad)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=80), min_size=1, max_size=12))
def test_any_texts_give_a_partition_of_the_input(texts: list[str]) -> None:
    """Every article is in exactly one story or reported as skipped (never both, never lost)."""
    stories = newsbrief.cluster(texts)
    ids = [a.id for s in stories for a in s.articles]
    skipped = [k.article_id for k in stories.skipped]
    assert sorted(ids + skipped) == sorted(f"doc{i + 1}" for i in range(len(texts)))
    assert len({s.id for s in stories}) == len(stories)
    for i, text in enumerate(texts):
        if not text.strip():
            assert f"doc{i + 1}" in skipped
    for k in stories.skipped:
        reason = str(k).removeprefix(f"article {k.article_id[3:]}: ")
        assert reason == "no article text after cleaning" or re.fullmatch(
            r"written in [A-Z][^,]*, a script without spaces between words: "
            r"not supported yet",
            reason,
        ), reason


@given(st.lists(st.integers(0, 4), min_size=1, max_size=30), st.data())
def test_scores_are_perfect_for_the_gold_grouping_and_bounded(
    gold: list[int], data: st.DataObject
) -> None:
    assert bcubed(gold, gold)[2] == pytest.approx(1.0)
    assert ari(gold, gold) == pytest.approx(1.0)
    pred = data.draw(st.lists(st.integers(0, 4), min_size=len(gold), max_size=len(gold)))
    for p, r, f in (bcubed(pred, gold), pairwise(pred, gold)):
        assert 0.0 <= p <= 1.0 and 0.0 <= r <= 1.0 and 0.0 <= f <= 1.0


def test_duc_mix_is_clustered_far_better_than_chance(duc_articles) -> None:  # type: ignore[no-untyped-def]
    items, gold = duc_articles
    random.Random(7).shuffle(pairs := list(zip(items, gold, strict=True)))
    items = [p[0] for p in pairs]
    gold = [p[1] for p in pairs]
    stories = newsbrief.cluster(items)
    where = {a.id: s.id for s in stories for a in s.articles}
    pred = [where[d["id"]] for d in items]
    # Measured 0.920 (docs/stories.md); the floor catches a broken feature or threshold.
    assert bcubed(pred, gold)[2] >= 0.90


def test_stories_with_many_articles_each_stay_whole() -> None:
    # 12 stories of 80 articles (each article 4-10 paragraphs of one DUC topic): an
    # article's near neighbours are then mostly its own story. Counted without bound they
    # made the story look ordinary to its own articles and it fell apart (B-cubed F1
    # 0.39 before the bound, 0.91 now: docs/stories.md, Stories with many articles).
    p, _, f = paragraph_mix_bcubed(12, 80, random.Random(3), lambda t, k: f"t{t}-{k}")
    assert p >= 0.95 and f >= 0.85


def test_a_story_that_is_a_large_share_of_the_mix_keeps_its_own_words() -> None:
    # 6 stories of 80 articles: each story is a sixth of the mix, so its core words are
    # in more than a tenth of the articles, the share above which words are dropped as
    # too common to tell stories apart. Dropped, the stories fell apart (here B-cubed
    # recall 0.20, F1 0.33); kept because their articles stand together as a story, recall
    # 0.42, F1 0.59 (docs/history/stories-rounds.md, issue 12 story words: not solved, only halved).
    # Real wire text has no such word: the DUC test above and every DUC figure are
    # unchanged.
    rng = random.Random(5)
    p, r, f = paragraph_mix_bcubed(6, 80, rng, lambda t, k: f"a{rng.getrandbits(40):010x}")
    assert p >= 0.95 and r >= 0.35, (p, r, f)
