"""Quality gate on real wire news: the labelled DUC 2003 clusters (tests/data/attribution_real).

Runs when ``../shared`` holds the DUC 2003 data (CI has it beside the clone); the labels
are in the repository, the article text is read from there. Floors are the measured
scores less a noise margin (0.03 on dev, 0.05 on the smaller held-out split): they stop
a regression, they are not the issue's targets (docs/attribution.md lists both). The
held-out split is frozen: its label files must hash to ``heldout.sha256``, and its scores
were measured once, after every constant was chosen on dev.
"""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.attribution_real_eval import (
    LABELS,
    load_claims,
    load_clusters,
    predict_current,
    score,
    split_hash,
)

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")

# (group, metric) -> floor; "altered_any_support" is a ceiling
# measured (17 dev clusters, 223 claims): copied 1.000 / 0.661, human 0.957 / 0.344,
# altered with any support 0.107, contradiction 0.876 / 0.353 (round 3: contradictions
# only from typed details; 0.812 / 0.353 before)
DEV_FLOORS: dict[tuple[str, str], float] = {
    ("copied", "support_precision"): 0.97,
    ("copied", "support_recall"): 0.63,
    ("human", "support_precision"): 0.92,
    ("human", "support_recall"): 0.31,
    ("contradiction", "precision"): 0.84,
    ("contradiction", "recall"): 0.32,
}
DEV_ALTERED_CEILING = 0.14
# held-out (8 clusters, 96 claims) scored once after round 1 (copied 0.958 / 0.554, human
# 0.737 / 0.197, altered with any support 0.312, contradiction 0.545 / 0.174) and once
# after round 2, the method frozen before each: copied 0.958 / 0.554, human 0.762 /
# 0.225, altered with any support 0.250, contradiction 0.545 / 0.174; and once after
# round 3: support unchanged, contradiction 0.900 / 0.130 (10 predicted). Floors 0.05
# under the last (a small split: one pair moves human precision 0.04); errors never read.
HELDOUT_FLOORS: dict[tuple[str, str], float] = {
    ("copied", "support_precision"): 0.90,
    ("copied", "support_recall"): 0.50,
    ("human", "support_precision"): 0.71,
    ("human", "support_recall"): 0.17,
    ("contradiction", "precision"): 0.85,
    ("contradiction", "recall"): 0.08,
}
HELDOUT_ALTERED_CEILING = 0.30


def _scores(split: str) -> dict[str, Any]:
    clusters = load_clusters(DUC)
    claims = load_claims(split, clusters)
    assert claims, f"no labelled claims in {split}"
    return score(claims, predict_current(claims, clusters))


@pytest.fixture(scope="module")
def dev() -> dict[str, Any]:
    return _scores("dev")


@pytest.fixture(scope="module")
def heldout() -> dict[str, Any]:
    return _scores("heldout")


def _metric(res: dict[str, Any], group: str, name: str) -> float:
    if group == "contradiction":
        return float(res["contradiction"][name])
    return float(res[group][name])


@pytest.mark.parametrize(("metric", "floor"), DEV_FLOORS.items(), ids=str)
def test_dev_split_keeps_its_level(
    dev: dict[str, Any], metric: tuple[str, str], floor: float
) -> None:
    assert _metric(dev, *metric) >= floor


def test_dev_altered_claims_rarely_get_support(dev: dict[str, Any]) -> None:
    assert dev["altered"]["any_support_rate"] <= DEV_ALTERED_CEILING


def test_the_held_out_split_is_the_frozen_one() -> None:
    pinned = (LABELS / "heldout.sha256").read_text(encoding="utf-8").split()[0]
    assert split_hash("heldout") == pinned


@pytest.mark.parametrize(("metric", "floor"), HELDOUT_FLOORS.items(), ids=str)
def test_held_out_split_keeps_its_level(
    heldout: dict[str, Any], metric: tuple[str, str], floor: float
) -> None:
    assert _metric(heldout, *metric) >= floor


def test_held_out_altered_claims_rarely_get_support(heldout: dict[str, Any]) -> None:
    assert heldout["altered"]["any_support_rate"] <= HELDOUT_ALTERED_CEILING
