"""Quotes and speakers on real wire news: the labelled DUC 2003 quote set
(tests/data/quotes_real). Runs when ``../shared`` holds the DUC 2003 data (CI has it beside
the clone). Floors are the measured dev scores less a noise margin; the held-out split is
frozen (its labels must hash to ``heldout.sha256``) and its floors sit under the one scoring
made after the method was fixed on dev (docs/attribution.md, "Quotes and speakers")."""

from __future__ import annotations

import json
from typing import Any

import pytest
from benchmarks.quotes_eval import LABELS, TASK2, load_gold, predict, score, split_hash

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")

# measured on dev (3 clusters, 78 quotes): recall 0.949, speaker precision 0.979, full name
# 0.968, merge precision / recall 1.000 / 1.000 (0.718, 0.667, 0.362, 1.000 / 0.889 before)
DEV_FLOORS = {
    "recall": 0.9,
    "speaker_precision": 0.94,
    "full_name": 0.92,
    "merge_precision": 0.95,
    "merge_recall": 0.9,
}

# held-out (3 clusters, 71 quotes), scored once with the method fixed on dev: recall 0.859,
# speaker precision 0.960, full name 0.920, merge 1.000 / 1.000 (before: 0.577, 0.891,
# 0.565, 1.000 / 0.909). Floors about 0.05 under (a small split); errors never read.
HELDOUT_FLOORS = {
    "recall": 0.8,
    "speaker_precision": 0.9,
    "full_name": 0.86,
    "merge_precision": 0.95,
    "merge_recall": 0.9,
}


def _scores(split: str) -> dict[str, Any]:
    gold = load_gold(split)
    clusters: dict[str, dict[str, Any]] = {}
    with TASK2.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                clusters[c["id"]] = c
    return score(gold, predict(clusters, sorted({g.cluster for g in gold})))


_CACHE: dict[str, dict[str, Any]] = {}


def _cached(split: str) -> dict[str, Any]:
    if split not in _CACHE:
        _CACHE[split] = _scores(split)
    return _CACHE[split]


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_quotes_and_their_speakers_on_real_wire_news_dev(metric: str) -> None:
    assert _cached("dev")[metric] >= DEV_FLOORS[metric]


@pytest.mark.parametrize("metric", sorted(HELDOUT_FLOORS))
def test_quotes_and_their_speakers_on_real_wire_news_heldout(metric: str) -> None:
    assert _cached("heldout")[metric] >= HELDOUT_FLOORS[metric]


def test_a_speaker_named_in_full_in_the_article_is_never_shown_by_surname_alone() -> None:
    assert _cached("dev")["bare_surname"] == 0.0


def test_the_heldout_quote_labels_are_the_frozen_ones() -> None:
    pinned = (LABELS / "heldout.sha256").read_text(encoding="utf-8").split()[0]
    assert split_hash("heldout") == pinned
