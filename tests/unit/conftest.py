"""Fixtures shared by the selection tests that run on the DUC 2003 clusters."""

from __future__ import annotations

import json

import pytest

from newsbrief.concepts import ConceptTable
from newsbrief.eligible import is_eligible
from newsbrief.ingest import iter_jsonl_lines
from newsbrief.select import Problem

from ..conftest import DUC


@pytest.fixture(scope="module")
def duc_problems() -> list[Problem]:
    """Each DUC cluster as the selector sees it at 100 words with --fill (no concepts yet)."""
    from newsbrief.api import prepare

    out = []
    for _, line in iter_jsonl_lines(str(DUC)):
        prepared = prepare(json.loads(line)["documents"])
        voters = {a.id for a in prepared.voting}
        cands = tuple(s for s in prepared.sentences if s.article_id in voters and is_eligible(s))
        out.append(
            Problem(
                candidates=cands,
                concepts=ConceptTable((), (), tuple(() for _ in cands)),
                lengths=tuple(s.n_words for s in cands),
                articles=prepared.voting,
                all_sentences=prepared.sentences,
                words=100,
                sentences=None,
                fill=True,
            )
        )
    return out
