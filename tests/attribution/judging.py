"""Shared helpers for attribution tests on one invented article."""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.lexicon import tokenize
from newsbrief.attribution.numbers import Quantity, quantities


def judged(article: str, claim: str, title: str = "Warehouse fire") -> tuple[list[str], list[str]]:
    """The ids that support ``claim`` and the explanations of those that contradict it."""
    docs = [{"id": "wire", "text": f"{title}\n\n{article}\n"}]
    (att,) = newsbrief.attribute(docs, [claim])
    return (
        [e.article_id for e in att.supported_by],
        [e.explanation for e in att.contradicted_by],
    )


def figures(text: str) -> list[Quantity]:
    """The figures the attribution reads in ``text``."""
    toks = tokenize(text)
    return quantities(toks, [t.lower() for t in toks])
