"""The development label files are well formed: every claim is judged once against every
article of its cluster, and every evidence span lies inside the article it points at.

A label file that skipped an article or pointed past its text would score the method on
pairs nobody judged. These checks read only the labels and the article lengths; they never
run the method, so a blind split can be checked before it is scored. The frozen held-out
splits are left to their pinned hashes (test_real_news_quality.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmarks.attribution_real_eval import ALTERATIONS, KINDS, LABELS, load_clusters

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")

DEV_SPLITS = sorted(p.name for p in LABELS.iterdir() if p.is_dir() and p.name.startswith("dev"))
LABEL_NAMES = {"supports", "contradicts", "neither"}


@pytest.fixture(scope="module")
def clusters() -> dict[str, dict[str, Any]]:
    return load_clusters(DUC)


def _records(split: str) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for path in sorted((LABELS / split).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.append((path, json.loads(line)))
    return out


def test_the_blind_s31_set_is_among_the_development_splits() -> None:
    assert "dev_altered6" in DEV_SPLITS


@pytest.mark.parametrize("split", DEV_SPLITS)
def test_each_claim_is_judged_once_against_every_article_of_its_cluster(
    split: str, clusters: dict[str, dict[str, Any]]
) -> None:
    records = _records(split)
    assert records
    ids = [rec["claim_id"] for _, rec in records]
    assert len(ids) == len(set(ids)), "a claim id is used twice"
    for path, rec in records:
        cluster = rec["cluster"]
        assert path.stem == cluster and rec["claim_id"].startswith(cluster + "-")
        assert rec["kind"] in KINDS
        judged = [j["document"] for j in rec["judgements"]]
        articles = [d["id"] for d in clusters[cluster]["documents"]]
        assert sorted(judged) == sorted(articles), rec["claim_id"]


@pytest.mark.parametrize("split", DEV_SPLITS)
def test_an_altered_claim_names_its_kind_and_the_true_fact_it_alters(
    split: str, clusters: dict[str, dict[str, Any]]
) -> None:
    for _, rec in _records(split):
        if rec["kind"] != "altered":
            continue
        assert rec["alteration"] in ALTERATIONS and rec["claim"].strip(), rec["claim_id"]
        base = rec["base"]
        texts = {d["id"]: d["text"] for d in clusters[rec["cluster"]]["documents"]}
        assert 0 <= base["start"] < base["end"] <= len(texts[base["document"]]), rec["claim_id"]


@pytest.mark.parametrize("split", DEV_SPLITS)
def test_evidence_points_inside_its_article_and_only_where_the_label_needs_it(
    split: str, clusters: dict[str, dict[str, Any]]
) -> None:
    for _, rec in _records(split):
        texts = {d["id"]: d["text"] for d in clusters[rec["cluster"]]["documents"]}
        for j in rec["judgements"]:
            assert j["label"] in LABEL_NAMES, rec["claim_id"]
            if j["label"] == "neither" and not j["updated"]:
                assert j["evidence"] == [], (rec["claim_id"], j["document"])
            else:
                assert j["evidence"], (rec["claim_id"], j["document"])
            for start, end in j["evidence"]:
                assert 0 <= start < end <= len(texts[j["document"]]), (rec["claim_id"], start)
