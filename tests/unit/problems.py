"""A story as the selector sees it before concepts are weighed, for selection tests."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.api import prepare
from newsbrief.concepts import ConceptTable
from newsbrief.eligible import is_eligible
from newsbrief.select import Problem


def selection_problem(docs: Sequence[dict[str, str]], *, fill: bool, words: int = 100) -> Problem:
    """The eligible sentences of the voting articles at ``words`` words, with an empty
    concept table."""
    prepared = prepare(list(docs))
    voters = {a.id for a in prepared.voting}
    cands = tuple(s for s in prepared.sentences if s.article_id in voters and is_eligible(s))
    return Problem(
        candidates=cands,
        concepts=ConceptTable((), (), tuple(() for _ in cands)),
        lengths=tuple(s.n_words for s in cands),
        articles=prepared.voting,
        all_sentences=prepared.sentences,
        words=words,
        sentences=None,
        fill=fill,
    )
