"""Regression floors on the older, fictional labelled set (tests/data/attribution).

Secondary set: short stories written for the tests (3 articles of about 70 words), whose
style differs from real wire copy; its errors were read while earlier versions of the
method were built, so none of it is held out any more. The real-news gate is
``test_real_news_quality.py``. Floors are the values the current method measures, less
0.05 (about two labelled pairs): dev and the five other splits pooled.
"""

import pytest
from benchmarks.attribution_eval import load, predict_newsbrief, score

# measured: dev copied 1.000/0.829, human 0.933/0.792, altered unsupported 0.893,
# contradiction 0.879/0.680 (round 1: human 0.936/0.830, altered 0.929; where round 2
# fell, human recall and altered, the floor is 0.05 under the round-2 value). Round 3
# (contradictions only from typed details: figures, dates, names, negation; another word
# in a slot blocks support but no longer contradicts): human 0.935/0.811, contradiction
# 0.980/0.640, the rest unchanged; the contradiction floors follow the new values.
DEV_FLOORS = {
    ("copied", "precision"): 0.95,
    ("copied", "recall"): 0.77,
    ("human", "precision"): 0.88,
    ("human", "recall"): 0.74,
    ("altered", "no_support_rate"): 0.84,
    ("contradiction", "precision"): 0.93,
    ("contradiction", "recall"): 0.59,
}
# measured on the other five splits pooled: copied 0.987/0.856, human 0.951/0.829,
# altered unsupported 0.958, contradiction 0.875/0.519; round 3 contradiction 0.937/0.392
# (swapped words such as "almond" / "peanut" butter, "tram" / "bus" drivers are now
# "not supported", not "contradicted": see docs/attribution.md)
OTHER_FLOORS = {
    ("copied", "precision"): 0.93,
    ("copied", "recall"): 0.80,
    ("human", "precision"): 0.91,
    ("human", "recall"): 0.76,
    ("altered", "no_support_rate"): 0.88,
    ("contradiction", "precision"): 0.88,
    ("contradiction", "recall"): 0.34,
}


@pytest.fixture(scope="module")
def scored() -> dict[str, dict[str, dict[str, float]]]:
    stories, claims, labels = load()
    pred = predict_newsbrief(stories, claims)
    dev = [c for c in claims if c["split"] == "dev"]
    other = [c for c in claims if c["split"] != "dev"]
    return {"dev": score(dev, labels, pred), "other": score(other, labels, pred)}


@pytest.mark.parametrize(("metric", "floor"), DEV_FLOORS.items(), ids=str)
def test_fictional_dev_split_keeps_its_level(
    scored: dict[str, dict[str, dict[str, float]]], metric: tuple[str, str], floor: float
) -> None:
    assert scored["dev"][metric[0]][metric[1]] >= floor


@pytest.mark.parametrize(("metric", "floor"), OTHER_FLOORS.items(), ids=str)
def test_fictional_other_splits_keep_their_level(
    scored: dict[str, dict[str, dict[str, float]]], metric: tuple[str, str], floor: float
) -> None:
    assert scored["other"][metric[0]][metric[1]] >= floor
