"""Selection that works out each candidate's unit only when it reaches the heap's top
chooses exactly what building every unit first chooses (on the 30 DUC 2003 clusters)."""

from dataclasses import replace

import pytest

from newsbrief.select import Problem
from newsbrief.select.coverage import (
    CoverageConfig,
    build_units_needing,
    fill_choice,
    furniture_of,
    greedy_cover,
    select_with,
    weigh_concepts,
)

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="shared DUC data not present")


@pytest.mark.parametrize(
    "budget",
    [
        {"words": 100, "fill": True},
        {"words": 250},
        {"words": None, "sentences": 3},
        # a sentence the caller shows anyway (the digest's latest development)
        {"words": 80, "fill": True, "given": (0,)},
    ],
)
@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"surnames": False},
        {"attach_dependents": False},
        {"ratio_power": 1.0},
        {"supported_restates": True},
    ],
)
def test_lazy_units_choose_what_building_every_unit_first_chooses(
    duc_problems: list[Problem], budget: dict[str, object], settings: dict[str, object]
) -> None:
    for problem in duc_problems:
        p = replace(problem, **budget)  # type: ignore[arg-type]
        lazy = select_with(p, CoverageConfig(lazy_units=True, **settings))  # type: ignore[arg-type]
        eager = select_with(p, CoverageConfig(lazy_units=False, **settings))  # type: ignore[arg-type]
        assert lazy == eager


def _reference_filler(problem, wc, chosen, allowed, restate_share):  # type: ignore[no-untyped-def]
    """The filler as first written: every candidate's cut valued, in order."""
    left = problem.words - sum(problem.lengths[j] for j in chosen)
    if left <= 0:
        return None
    covered = {c for j in chosen for c in wc.by_candidate[j]}
    best = None
    for j, s in enumerate(problem.candidates):
        if j in chosen or j not in allowed:
            continue
        units = wc.by_candidate[j]
        if problem.lengths[j] > left:
            units = wc.ids_of(" ".join(s.text.split()[:left]))
        gain = sum(wc.weights[c] for c in units if c not in covered)
        if gain <= 0 or (best is not None and gain <= best[0]):
            continue
        mine = [c for c in wc.by_candidate[j] if c in wc.word_ids]
        if mine and sum(c in covered for c in mine) >= restate_share * len(mine):
            continue
        best = (gain, j)
    return best


@pytest.mark.parametrize("words", [40, 100])
def test_the_filler_is_the_sentence_whose_cut_adds_most(
    duc_problems: list[Problem], words: int
) -> None:
    config = CoverageConfig()
    for problem in duc_problems:
        p = replace(problem, words=words)
        wc = weigh_concepts(p, config)
        units_n = build_units_needing(p, config, furniture_of(p))
        singles = [u for u, need in units_n if len(u) == 1 and not need]
        picked = greedy_cover(p, wc, config, singles)
        alone = {u[0] for u in singles}
        got = fill_choice(p, wc, picked, alone, {}, config.restate_share)
        want = _reference_filler(p, wc, picked, alone, config.restate_share)
        assert (None if got is None else (got.score, got.index)) == want
