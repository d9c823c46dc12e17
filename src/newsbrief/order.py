"""Ordering stage: chosen sentences in an order a reader can follow.

Sentences keep the order of the story's telling: by the article's publication time when
known (input order otherwise), then by position in the article. A ``--fill`` sentence that
may run past the budget always goes last, so cutting at the budget removes only it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Sentence


def order_key(
    sentence: Sentence, articles: dict[str, Article], filler: bool = False
) -> tuple[int, float, str, int, int]:
    art = articles[sentence.article_id]
    # Article by article, in the story's telling (publication time, then input order), and
    # in each article in its own order, so pronouns and "the" still find what they refer
    # to. (The 0.0 slot is unused; it keeps the key's shape for callers that sort by it.)
    return (1 if filler else 0, 0.0, art.published or "", art.position, sentence.start)


def order_sentences(
    items: Sequence[tuple[Sentence, bool]], articles: Sequence[Article]
) -> list[int]:
    """Indices of ``items`` (sentence, is_filler) in reading order."""
    by_id = {a.id: a for a in articles}
    return sorted(range(len(items)), key=lambda k: order_key(items[k][0], by_id, items[k][1]))
