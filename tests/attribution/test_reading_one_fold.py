"""Reading the misses of one dev fold leaves the other fold blind.

The blind-half round (docs/history/attribution-rounds.md, "Recall past the data read") reads the
errors of one cluster fold only and scores the other as aggregates; the miss listing
must never show a pair of the blind fold, and its folds must be the evaluation
script's own (``--folds 2``).
"""

from __future__ import annotations

import pytest
from benchmarks.attribution_misses import diagnose, main
from benchmarks.attribution_real_eval import folds, load_claims, load_clusters

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")


def test_the_miss_listing_of_fold_one_shows_only_fold_one_clusters() -> None:
    claims = load_claims("dev", load_clusters())
    read, blind = ({c.cluster for c in part} for part in folds(claims, 2))
    listed = {it["claim_id"].split("-")[0] for it in diagnose({"copied"}, "supports", None, (1, 2))}
    assert listed  # fold one has missed copied supports to read
    assert listed <= read
    assert not listed & blind


@pytest.mark.parametrize("fold", ["3/2", "x", "0/2", "1/1", "1/x"])
def test_a_fold_that_does_not_exist_is_a_usage_error_not_a_traceback(
    fold: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--fold", fold, "--summary"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"--fold '{fold}'" in err and "Traceback" not in err


def test_the_reasons_of_a_blind_fold_are_counts_without_any_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    claims = load_claims("dev", load_clusters())
    blind = folds(claims, 2)[1]
    texts = [c.text[:30] for c in blind]
    assert main(["--kind", "copied", "--fold", "2/2", "--reasons"]) == 0
    out = capsys.readouterr().out
    counted = [line for line in out.splitlines() if line and not line.startswith("#")]
    total = next(line for line in out.splitlines() if "missed supports pairs" in line)
    assert sum(int(line.split()[0]) for line in counted) == int(total.split()[1])
    assert "claim:" not in out and "evidence:" not in out
    assert not any(t in out for t in texts)


def test_the_causes_of_missed_contradictions_on_a_blind_fold_are_counts_without_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    claims = load_claims("dev", load_clusters())
    texts = [c.text[:30] for c in folds(claims, 2)[1]]
    args = ["--kind", "copied,human,altered", "--label", "contradicts", "--fold", "2/2"]
    assert main([*args, "--causes"]) == 0
    out = capsys.readouterr().out
    counted = [line.split(None, 1) for line in out.splitlines() if line and line[0] != "#"]
    assert {why for _, why in counted} <= {"retrieval", "binding", "decision", "not compared"}
    total = next(line for line in out.splitlines() if "missed contradicts pairs" in line)
    assert sum(int(n) for n, _ in counted) == int(total.split()[1])
    assert "claim:" not in out and not any(t in out for t in texts)


def test_causes_of_missed_supports_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--causes"])
    assert stop.value.code == 2
    assert "--label contradicts" in capsys.readouterr().err
