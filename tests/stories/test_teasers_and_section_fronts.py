"""Scraped pages as a crawl finds them: a teaser cut by a paywall belongs to the story of
the article it is cut from, and a section front (the first lines of many stories) is
about none of them, so it stands alone and leaves the stories as they were."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.stories.copies import contained_copies, listing_pages, page_runs
from newsbrief.stories.engine import rows
from newsbrief.stories.features import parse
from newsbrief.stories.metrics import bcubed

from .conftest import duc_topics, paragraphs, read_duc_articles, section_front

SITE_TOP = (
    "Home | World | Politics | Business\n\nSign up for the morning briefing in your inbox\n\n"
)
PAYWALL = "\n\nThis article is for subscribers only. Start your free trial today"


def _where(stories: list[newsbrief.Story]) -> dict[str, str]:
    return {a.id: s.id for s in stories for a in s.articles}


def test_teasers_cut_by_a_paywall_join_the_story_of_their_article() -> None:
    # Ten DUC 2003 stories, each article published whole and as two teasers (its first
    # paragraph, its first two, then a paywall) on sites: teasers are copies of their
    # article. Before they were recognised as copies, B-cubed F1 of the whole pile was
    # 0.83 (the teasers of a story's articles formed a story apart).
    items, gold = duc_topics(10)
    topic = {a["id"]: g for a, g in zip(items, gold, strict=True)}
    teasers = [
        {"id": f"teaser{k}-" + a["id"], "text": SITE_TOP + "\n\n".join(paras[:k]) + PAYWALL}
        for a in items
        for paras in [paragraphs(a["text"])]
        for k in (1, 2)
        if len(paras) > k
    ]
    where = _where(newsbrief.cluster(items + teasers))
    kept = [t["id"] for t in teasers if t["id"] in where]  # a slug alone is no article
    assert len(kept) >= 0.9 * len(teasers)
    ids = [a["id"] for a in items] + kept
    gold_all = [topic[i.split("-", 1)[-1]] for i in ids]
    assert bcubed([where[i] for i in ids], gold_all)[2] >= 0.9
    moved = [t for t in kept if where[t] != where[t.split("-", 1)[1]]]
    assert len(moved) <= len(kept) // 50, moved


def test_a_section_front_stands_alone_and_leaves_the_stories_as_they_were() -> None:
    items, gold = duc_topics(12)
    fronts = [
        section_front(items, gold, "front-world"),
        section_front(items[::-1], gold[::-1], "front-2"),
    ]
    before = _where(newsbrief.cluster(items))
    after = _where(newsbrief.cluster(items + fronts))
    for f in fronts:
        assert sum(v == after[f["id"]] for v in after.values()) == 1  # a story of its own
    ids = [a["id"] for a in items]
    assert bcubed([after[i] for i in ids], [before[i] for i in ids])[2] == 1.0


def test_a_page_quoting_the_openings_of_one_storys_articles_is_no_listing() -> None:
    # A round-up of one story's coverage prints its articles' openings, but they are one
    # story: it stays with it.
    items, gold = read_duc_articles()
    topic = [a for a, g in zip(items, gold, strict=True) if g == gold[0]]
    others = [a for a, g in zip(items, gold, strict=True) if g != gold[0]][:60]
    roundup = {
        "id": "roundup",
        "text": "\n\n".join(" ".join(paragraphs(a["text"])[0].split()[:25]) for a in topic),
    }
    where = _where(newsbrief.cluster([*topic, *others, roundup]))
    assert sum(where[a["id"]] == where["roundup"] for a in topic) >= len(topic) // 2


def _pages(draw_lines: list[list[int]], pool: list[str]) -> list[str]:
    return ["\n\n".join(pool[i] for i in lines) for lines in draw_lines]


def _word(k: int) -> str:
    """A made-up word of its own for each k (letters only: no stop word, no stem shared)."""
    out = "zq"
    while True:
        k, r = divmod(k, 26)
        out += chr(ord("a") + r)
        if not k:
            return out


# Forty lines of fourteen words each, no word in two lines: pages share text only
# through the lines they share.
_POOL = [" ".join(_word(14 * i + j) for j in range(14)) + "." for i in range(40)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, len(_POOL) - 1), min_size=1, max_size=6),
        min_size=2,
        max_size=12,
    ),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_a_page_is_joined_only_to_a_page_printing_most_of_it(
    lines: list[list[int]], skip_draw: list[bool]
) -> None:
    texts = _pages(lines, _POOL)
    parsed = [parse(t) for t in texts]
    n = len(parsed)
    start = np.arange(n)
    skip = np.array(skip_draw[:n])
    groups = contained_copies(page_runs(parsed), start, skip=skip)
    own = [set(ls) for ls in lines]
    for i in range(n):
        if groups[i] == i and all(groups[j] != i for j in range(n) if j != i):
            continue  # alone
        # joined: some other page of its group prints most of its lines (at least
        # CONTAINED_SHARE of its runs), or it is printed by it; listings (skip) never
        # join or are joined
        assert not skip[i]
        mates = [j for j in range(n) if j != i and groups[j] == groups[i]]
        assert any(
            len(own[i] & own[j]) * 2 >= len(own[i]) or len(own[i] & own[j]) * 2 >= len(own[j])
            for j in mates
        )


def test_listing_pages_need_openings_of_many_unrelated_articles() -> None:
    from newsbrief.stories.cluster import vectorize
    from newsbrief.stories.docs import to_docs

    items, gold = duc_topics(12)
    docs = to_docs([*items, section_front(items, gold, "front")])
    vecs, _ = vectorize(docs)
    parsed = [parse(d.clean, d.title) for d in docs]
    flags = listing_pages(page_runs(parsed), rows(vecs), np.arange(len(docs)))
    assert flags.tolist() == [False] * len(items) + [True]
