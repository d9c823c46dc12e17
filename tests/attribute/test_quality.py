"""Quality floors on the hand-labelled attribution set (tests/data/attribution).

Floors sit a little under the measured values (docs/attribution.md) so that a change
that makes attribution worse fails here rather than in the scoring nobody sees.
"""

from benchmarks.attribution_eval import load, predict_newsbrief, score


def test_floors_on_the_labelled_set() -> None:
    stories, claims, labels = load()
    res = score(claims, labels, predict_newsbrief(stories, claims))
    assert res["copied"]["precision"] >= 0.95 and res["copied"]["recall"] >= 0.85
    assert res["human"]["precision"] >= 0.90 and res["human"]["recall"] >= 0.85
    assert res["altered"]["no_support_rate"] >= 0.90
    assert res["contradiction"]["precision"] >= 0.85
    assert res["contradiction"]["recall"] >= 0.65
