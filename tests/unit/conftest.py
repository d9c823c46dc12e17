"""Fixtures shared by the selection tests that run on the DUC 2003 clusters."""

from __future__ import annotations

import json

import pytest

from newsbrief.ingest import iter_jsonl_lines
from newsbrief.select import Problem

from ..conftest import DUC
from .problems import selection_problem


@pytest.fixture(scope="module")
def duc_problems() -> list[Problem]:
    """Each DUC cluster as the selector sees it at 100 words with --fill (no concepts yet)."""
    out = []
    for _, line in iter_jsonl_lines(str(DUC)):
        out.append(selection_problem(json.loads(line)["documents"], fill=True))
    return out
