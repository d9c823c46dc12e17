"""Ordering stage: chosen sentences in an order a reader can follow.

Dated articles are read in the order of the story's telling: by publication time, then
article by article in each article's own order, so pronouns and "the" still find what they
refer to. Undated articles (pasted text, files) carry no such order, so their sentences go
by position: every outlet's lead before anyone's later paragraphs, the way a news writer
puts the main facts first. Undated articles follow dated ones. A ``--fill`` sentence that
may run past the budget always goes last, so cutting at the budget removes only it.

A sentence that cannot stand alone (``eligible.refers_to``) was chosen with the one
before it in its article and is placed directly after it ("Much of the message focused
on... He called for attacks in..."): it only reads right there.
"""

from __future__ import annotations

from collections.abc import Sequence

from .eligible import refers_to
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
    ranked = sorted(range(len(items)), key=lambda k: order_key(items[k][0], by_id, items[k][1]))
    at = {(s.article_id, s.index): k for k, (s, filler) in enumerate(items) if not filler}
    follows: dict[int, int] = {}  # item -> the item holding the sentence just before it
    for k, (s, filler) in enumerate(items):
        prev = at.get((s.article_id, s.index - 1))
        if not filler and prev is not None and refers_to(s.text, items[prev][0].text):
            follows[k] = prev
    if not follows:
        return ranked
    out: list[int] = []
    placed: set[int] = set()

    def place(k: int) -> None:
        out.append(k)
        placed.add(k)
        nxt = at.get((items[k][0].article_id, items[k][0].index + 1))
        if nxt is not None and nxt not in placed and follows.get(nxt) == k:
            place(nxt)

    for k in ranked:
        if k in placed or k in follows:
            continue
        place(k)
    out.extend(k for k in ranked if k not in placed)  # only a cycle could leave any
    return out
