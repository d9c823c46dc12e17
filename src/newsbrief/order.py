"""Ordering stage: chosen sentences in an order a reader can follow.

Dated articles are read in the order of the story's telling: by publication time, then
article by article in each article's own order, so pronouns and "the" still find what they
refer to. Undated articles (pasted text, files) carry no such order, so their sentences go
by position: every outlet's lead before anyone's later paragraphs, the way a news writer
puts the main facts first. Undated articles follow dated ones. A ``--fill`` sentence that
may run past the budget always goes last, so cutting at the budget removes only it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Sentence


def order_key(
    sentence: Sentence, articles: dict[str, Article], filler: bool = False
) -> tuple[int, bool, str, int, int, int]:
    art = articles[sentence.article_id]
    undated = not art.published
    position_first = sentence.index if undated else 0
    return (
        1 if filler else 0,
        undated,
        art.published or "",
        position_first,
        art.position,
        sentence.start,
    )


def order_sentences(
    items: Sequence[tuple[Sentence, bool]], articles: Sequence[Article]
) -> list[int]:
    """Indices of ``items`` (sentence, is_filler) in reading order."""
    by_id = {a.id: a for a in articles}
    return sorted(range(len(items)), key=lambda k: order_key(items[k][0], by_id, items[k][1]))
