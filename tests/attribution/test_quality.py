"""Quality floors on the hand-labelled attribution set (tests/data/attribution).

Dev split (the stories thresholds are tuned on): floors at the issue's targets, so a
miss there fails here rather than in the scoring nobody sees. The one metric the dev split
does not reach, copied-sentence recall (0.878 measured in round 5; target 0.95: the misses are other
outlets' paraphrases of a copied sentence, listed in docs/attribution.md), is pinned at its
measured value instead, so it cannot get worse unnoticed.

Held-out splits (test, heldout, heldout2, heldout3, heldout4: 204 claims never tuned on,
pooled):
floors at the measured values less a noise margin of 0.05 (about two labelled pairs),
documented in docs/attribution.md. Several are under the targets there: the gap is real
and reported. heldout3 and heldout4 (each written before its round's changes) weigh
copied recall down most.
"""

import pytest
from benchmarks.attribution_eval import load, predict_newsbrief, score

# (metric path, floor): the targets on dev
DEV_FLOORS = {
    ("copied", "precision"): 0.97,
    ("copied", "recall"): 0.87,  # below the 0.95 target: measured 0.878, see docstring
    ("human", "precision"): 0.95,
    ("human", "recall"): 0.85,
    ("altered", "no_support_rate"): 0.95,
    ("contradiction", "precision"): 0.80,
    ("contradiction", "recall"): 0.60,
}
# measured on the pooled held-out splits, less 0.05
HELDOUT_FLOORS = {
    ("copied", "precision"): 0.93,  # 0.988
    ("copied", "recall"): 0.82,  # 0.878 (round 5; 0.844 before)
    ("human", "precision"): 0.94,  # 0.990
    ("human", "recall"): 0.82,  # 0.872 (round 5; 0.863 before)
    ("altered", "no_support_rate"): 0.92,  # 0.972
    ("contradiction", "precision"): 0.89,  # 0.949
    ("contradiction", "recall"): 0.53,  # 0.587
}


@pytest.fixture(scope="module")
def scored() -> dict[str, dict[str, dict[str, float]]]:
    stories, claims, labels = load()
    pred = predict_newsbrief(stories, claims)
    dev = [c for c in claims if c["split"] == "dev"]
    held = [c for c in claims if c["split"] != "dev"]
    return {"dev": score(dev, labels, pred), "held": score(held, labels, pred)}


@pytest.mark.parametrize(("metric", "floor"), DEV_FLOORS.items(), ids=str)
def test_dev_split_meets_the_targets(
    scored: dict[str, dict[str, dict[str, float]]], metric: tuple[str, str], floor: float
) -> None:
    assert scored["dev"][metric[0]][metric[1]] >= floor


@pytest.mark.parametrize(("metric", "floor"), HELDOUT_FLOORS.items(), ids=str)
def test_held_out_splits_keep_their_level(
    scored: dict[str, dict[str, dict[str, float]]], metric: tuple[str, str], floor: float
) -> None:
    assert scored["held"][metric[0]][metric[1]] >= floor
