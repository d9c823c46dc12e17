"""Quality gate on real wire news: the labelled DUC 2003 clusters (tests/data/attribution_real).

Runs when ``../shared`` holds the DUC 2003 data (CI has it beside the clone); the labels
are in the repository, the article text is read from there. Floors are the measured
scores less a noise margin (0.03 on dev, 0.05 on the smaller held-out split): they stop
a regression, they are not the issue's targets (docs/attribution.md lists both). The
held-out splits are frozen: their label files must hash to ``heldout.sha256`` and
``heldout2.sha256``, and their scores were measured only after the constants were chosen
on dev (the counts of scorings are in docs/attribution.md); their errors are never read.
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
# measured (17 dev clusters, 223 claims): copied 1.000 / 0.706, human 0.962 / 0.390,
# altered with any support 0.027, contradiction 0.906 / 0.394 (values in another form,
# conflicts pinned by the claim's other figures; 1.000 / 0.689, 0.961 / 0.379, 0.027,
# 0.902 / 0.376 before; 1.000 / 0.661, 0.957 / 0.344, 0.107, 0.876 / 0.353 the round before)
DEV_FLOORS: dict[tuple[str, str], float] = {
    ("copied", "support_precision"): 0.97,
    ("copied", "support_recall"): 0.67,
    ("human", "support_precision"): 0.93,
    ("human", "support_recall"): 0.36,
    ("contradiction", "precision"): 0.85,
    ("contradiction", "recall"): 0.36,
}
DEV_ALTERED_CEILING = 0.06
# held-out (8 clusters, 96 claims) scored once after round 1 (copied 0.958 / 0.554, human
# 0.737 / 0.197, altered with any support 0.312, contradiction 0.545 / 0.174) and once
# after round 2, the method frozen before each: copied 0.958 / 0.554, human 0.762 /
# 0.225, altered with any support 0.250, contradiction 0.545 / 0.174; and once after
# round 3: support unchanged, contradiction 0.900 / 0.130 (10 predicted). Floors 0.05
# under the last (a small split: one pair moves human precision 0.04); errors never read.
# Scored a fourth time at the end of the next session (bound details, clause-by-clause
# recall): copied 0.958 / 0.554, human 0.773 / 0.239, altered 0.250, contradiction
# 0.889 / 0.116: the floors still hold. Scored a fifth time (same-time rule: unchanged) and
# a sixth at the end of the session after (values in another form, pinned conflicts):
# copied 0.959 / 0.566, human 0.773 / 0.239, altered 0.250, contradiction 0.889 / 0.116;
# a seventh after the other-forms round: the same but altered 0.281 (an altered date).
HELDOUT_FLOORS: dict[tuple[str, str], float] = {
    ("copied", "support_precision"): 0.90,
    ("copied", "support_recall"): 0.51,
    ("human", "support_precision"): 0.71,
    ("human", "support_recall"): 0.17,
    ("contradiction", "precision"): 0.85,
    ("contradiction", "recall"): 0.08,
}
HELDOUT_ALTERED_CEILING = 0.30
# second held-out split (5 clusters, 63 claims, labelled later, frozen before any change was
# measured on it): scored when frozen (copied 0.969 / 0.554, human 0.875 / 0.259, altered
# 0.150, contradiction 0.846 / 0.204) and at the end of that session (copied 0.969 / 0.554,
# human 0.875 / 0.259, altered 0.200, contradiction 0.800 / 0.148), once more after the
# same-time rule (unchanged) and at the end of the next session (values in another form,
# pinned conflicts): copied 0.969 / 0.554, human 0.917 / 0.407, altered 0.200,
# contradiction 0.818 / 0.167. Floors 0.05 under the last; errors never read.
HELDOUT2_FLOORS: dict[tuple[str, str], float] = {
    ("copied", "support_precision"): 0.91,
    ("copied", "support_recall"): 0.50,
    ("human", "support_precision"): 0.86,
    ("human", "support_recall"): 0.35,
    ("contradiction", "precision"): 0.76,
    ("contradiction", "recall"): 0.11,
}
HELDOUT2_ALTERED_CEILING = 0.25


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


@pytest.fixture(scope="module")
def heldout2() -> dict[str, Any]:
    return _scores("heldout2")


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


# the enlarged dev set of altered claims (dev_altered2: 36 more claims on the dev clusters,
# mostly verb, plan and roles; development data): measured 0.500 of them supported before
# the predicate checks, 0.306 after; ceiling 0.03 over the last
DEV_ALTERED2_CEILING = 0.34


def test_altered_verbs_plans_and_roles_of_the_enlarged_dev_set_rarely_get_support() -> None:
    res = _scores("dev_altered2")
    assert res["altered"]["any_support_rate"] <= DEV_ALTERED2_CEILING
    assert res["contradiction"]["precision"] >= 0.90


# the later altered sets, each its share of altered claims with any support at HEAD plus about
# 0.03: dev_altered4 (verb, plan, roles; read since s29) 0.161, the place and roles sets written by
# the s30 rounds that tuned on them 0.000 / 0.133, and dev_altered5, written blind in s30
# (0.200 then), read since the s31 atQ round: 0.125
LATER_ALTERED_CEILINGS = {
    "dev_altered4": 0.19,
    "dev_altered_place": 0.03,
    "dev_altered_roles": 0.16,
    "dev_altered5": 0.15,
    # blind (its errors never read): 0.150 at the s30, s31 and s33 heads
    "dev_altered6": 0.175,
}


@pytest.mark.parametrize(("split", "ceiling"), LATER_ALTERED_CEILINGS.items(), ids=str)
def test_later_altered_sets_rarely_get_support(split: str, ceiling: float) -> None:
    res = _scores(split)
    assert res["altered"]["any_support_rate"] <= ceiling
    assert res["contradiction"]["precision"] >= 0.80


@pytest.mark.parametrize("split", ["heldout", "heldout2"])
def test_the_held_out_splits_are_the_frozen_ones(split: str) -> None:
    pinned = (LABELS / f"{split}.sha256").read_text(encoding="utf-8").split()[0]
    assert split_hash(split) == pinned


@pytest.mark.parametrize(("metric", "floor"), HELDOUT_FLOORS.items(), ids=str)
def test_held_out_split_keeps_its_level(
    heldout: dict[str, Any], metric: tuple[str, str], floor: float
) -> None:
    assert _metric(heldout, *metric) >= floor


def test_held_out_altered_claims_rarely_get_support(heldout: dict[str, Any]) -> None:
    assert heldout["altered"]["any_support_rate"] <= HELDOUT_ALTERED_CEILING


@pytest.mark.parametrize(("metric", "floor"), HELDOUT2_FLOORS.items(), ids=str)
def test_second_held_out_split_keeps_its_level(
    heldout2: dict[str, Any], metric: tuple[str, str], floor: float
) -> None:
    assert _metric(heldout2, *metric) >= floor


def test_second_held_out_altered_claims_rarely_get_support(heldout2: dict[str, Any]) -> None:
    assert heldout2["altered"]["any_support_rate"] <= HELDOUT2_ALTERED_CEILING
