"""A story whose chapters before and after its longest silence would not be merged is
cut there (cluster.split_at_silence; cluster.SILENCE_SPLIT, on since the store's side
of it, s34 stC and stJ rounds, keeps the store within 0.021 of batch). Why: the single
pass joins one article at a time, so a new story's first article on a familiar subject
weeks later can join the old story and its own story's articles follow it; asked as the
merge rule asks two stories, the two chapters do not belong together (docs/stories.md,
s34 clS round)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse  # type: ignore[import-untyped]

import newsbrief
from newsbrief.stories import cluster as cluster_mod
from newsbrief.stories.cluster import split_at_silence

from .conftest import DUC

MEAN, SD, TH = 0.02, 0.03, 1.25


def _chapters(cross: float, per: int = 4) -> sparse.csr_matrix:
    """Two chapters of ``per`` articles: unit vectors whose cosine is 0.5 + ``cross``
    inside a chapter and ``cross`` between chapters (one feature all share, one per
    chapter, one of each article's own)."""
    rows = []
    for chapter in range(2):
        for i in range(per):
            v = np.zeros(3 + 2 * per)
            v[0] = np.sqrt(cross)
            v[1 + chapter] = np.sqrt(0.5)
            v[3 + chapter * per + i] = np.sqrt(1.0 - 0.5 - cross)
            rows.append(v)
    return sparse.csr_matrix(np.array(rows))


def _split(cross: float, days: list[float], links: sparse.csr_matrix | None = None) -> list[int]:
    x = _chapters(cross)
    n = x.shape[0]
    got = split_at_silence(
        x,
        np.array(days, dtype=float),
        np.full(n, MEAN),
        np.full(n, SD),
        np.zeros(n, dtype=np.int64),
        TH,
        links=links,
    )
    return [len(set(got[:4].tolist())), len(set(got.tolist()))]


# Two chapters of four articles, three weeks apart: days 0-2, then 23-25.
WEEKS_APART = [0.0, 1.0, 1.0, 2.0, 23.0, 24.0, 24.0, 25.0]


def test_chapters_that_would_not_merge_are_cut_at_the_silence() -> None:
    # Between the chapters z = (0.05 - 0.02) / 0.03 = 1.0, below the threshold even
    # before the time discount: two stories, each chapter whole.
    assert _split(0.05, WEEKS_APART) == [1, 2]


def test_chapters_that_would_merge_stay_one_story() -> None:
    # z = 16 between the chapters: far above the threshold after any discount.
    assert _split(0.5, WEEKS_APART) == [1, 1]
    # Published on one day, a story has no silence to cut at, however apart its halves.
    assert _split(0.05, [3.0] * 8) == [1, 1]


def test_the_time_discount_decides_and_a_shared_passage_lifts_it() -> None:
    # z = 1.67 between the chapters: above the threshold, but three weeks apart it is
    # 1.67 / (1 + 21 / (30 + 2)) = 1.01: cut. Chapters that print a shared passage are
    # scored without the discount (as the merge rule scores them): one story.
    assert _split(0.07, WEEKS_APART) == [1, 2]
    assert _split(0.07, [0.0, 1.0, 1.0, 2.0, 5.0, 6.0, 6.0, 7.0]) == [1, 1]
    link = sparse.lil_matrix((8, 8))
    link[1, 5] = link[5, 1] = 6
    assert _split(0.07, WEEKS_APART, links=link.tocsr()) == [1, 1]


def test_a_story_with_an_undated_article_is_left_whole() -> None:
    days = [*WEEKS_APART[:-1], np.nan]
    assert _split(0.05, days) == [1, 1]


@pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")
def test_duc_twin_stories_weeks_apart_are_two_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # DUC 2003 d30028t (a crisis over two days, early October 1998) and d30044t (a
    # government's fall three to six weeks later, same country): the single pass
    # chains them into one story; cut at the silence between them, two stories. The
    # Gaza airport coverage (d30040t: twelve days, then two days three weeks later)
    # stays one story, its chapters scoring each other above the threshold.
    import json

    items, gold = [], []
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            for d in story["documents"]:
                if d["id"] not in {i["id"] for i in items}:
                    items.append({"id": d["id"], "text": d["text"]})
                    gold.append(story["id"])

    def parts(topic: str) -> set[str]:
        ids = {i["id"] for i, g in zip(items, gold, strict=True) if g == topic}
        return {s.id for s in stories if ids & {a.id for a in s.articles}}

    monkeypatch.setattr(cluster_mod, "SILENCE_SPLIT", True)
    stories = newsbrief.cluster(items)
    assert len(parts("d30028t")) == len(parts("d30044t")) == 1
    assert parts("d30028t") != parts("d30044t")
    assert len(parts("d30040t")) == 1
    monkeypatch.setattr(cluster_mod, "SILENCE_SPLIT", False)
    stories = newsbrief.cluster(items)
    assert parts("d30028t") == parts("d30044t")  # what the rule undoes
