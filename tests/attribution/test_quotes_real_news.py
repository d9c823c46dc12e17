"""Quotes and speakers on real wire news: the labelled DUC 2003 quote set
(tests/data/quotes_real). Runs when ``../shared`` holds the DUC 2003 data (CI has it beside
the clone). Floors are the measured dev scores less a noise margin; the held-out split is
frozen (its labels must hash to ``heldout.sha256``) and its floors sit under the one scoring
made after the method was fixed on dev (docs/attribution.md, "Quotes and speakers")."""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.quotes_eval import (
    LABELS,
    load_clusters,
    load_gold,
    predict,
    score,
    split_hash,
)

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")

# measured on dev (3 clusters, 78 quotes), with a clashing given name counted wrong and a merge
# of two quotes of one article counted as a merge error: recall 0.949, speaker precision 0.968,
# full name 0.968, merge precision / recall 1.000 / 1.000 (before b38c1b6's finder: 0.718, 0.652,
# 0.362, 0.909 / 0.889)
DEV_FLOORS = {
    "recall": 0.9,
    "speaker_precision": 0.94,
    "full_name": 0.92,
    "merge_precision": 0.95,
    "merge_recall": 0.9,
}

# held-out (3 clusters, 71 quotes), scored by hand once with the method fixed on dev, same
# metric: recall 0.845, speaker precision 0.973, full name 0.932, merge 1.000 / 1.000 (before:
# 0.577, 0.848, 0.565, 0.909 / 0.909). Floors about 0.05 under (a small split); errors never
# read; this gate only says pass or fail.
HELDOUT_FLOORS = {
    "recall": 0.8,
    "speaker_precision": 0.9,
    "full_name": 0.86,
    "merge_precision": 0.95,
    "merge_recall": 0.9,
}


_PRED: dict[str, dict[str, list[Any]]] = {}


def _predicted(split: str) -> dict[str, list[Any]]:
    if split not in _PRED:
        gold = load_gold(split)
        _PRED[split] = predict(load_clusters(), sorted({g.cluster for g in gold}))
    return _PRED[split]


_CACHE: dict[str, dict[str, Any]] = {}


def _cached(split: str) -> dict[str, Any]:
    if split not in _CACHE:
        _CACHE[split] = score(load_gold(split), _predicted(split))
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


def test_two_labelled_quotes_of_one_article_are_never_shown_as_one_quote() -> None:
    by_doc: dict[str, list[Any]] = {}
    for g in load_gold("dev"):
        by_doc.setdefault(g.document, []).append(g)
    for quotes in _predicted("dev").values():
        for q in quotes:
            hit: dict[str, set[str]] = {}
            for e in q.sources:
                for g in by_doc.get(e.article_id, []):
                    if any(min(e.end, b) - max(e.start, a) > 0 for a, b in g.spans):
                        hit.setdefault(e.article_id, set()).add(g.quote_id)
            assert all(len(ids) == 1 for ids in hit.values()), (q.speaker, hit)
