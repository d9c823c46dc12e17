"""Concept weights built by merging each article's votes at once are exactly those of
voting unit by unit, article by article: the same concept ids (in the order units first
get a vote), the same float weights and the same concepts per candidate, on the 30 DUC
2003 clusters and on smaller stories cut from them, under every weighting setting."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from newsbrief.concepts import sentence_units
from newsbrief.eligible import MIN_WORDS
from newsbrief.select import Problem
from newsbrief.select.coverage import CoverageConfig, WeightedConcepts, min_df, weigh_concepts

from ..conftest import DUC

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="shared DUC data not present")


def reference_weights(problem: Problem, config: CoverageConfig) -> WeightedConcepts:
    """The weighting written as plainly as possible: each article votes for each unit it
    states, at its first mention's position, one unit at a time (no version groups)."""
    voters = [a.id for a in problem.articles]
    unigrams = config.unigram_weight > 0
    wanted = {u for s in problem.candidates for u in sentence_units(s.text, unigrams=unigrams)}
    votes: dict[str, float] = {}
    df: Counter[str] = Counter()
    for a in problem.articles:
        first: dict[str, int] = {}
        body, last_paragraph = 0, -1
        for s in (s for s in problem.all_sentences if s.article_id == a.id):
            long = s.n_words >= MIN_WORDS
            if config.paragraph_positions and long:
                if s.paragraph != last_paragraph and last_paragraph >= 0:
                    body += 1
                last_paragraph = s.paragraph
            pos = body if config.body_positions else s.index
            for u in sentence_units(s.text, unigrams=unigrams):
                first.setdefault(u, pos)
            if long and not config.paragraph_positions:
                body += 1
        # Keys in the order of the last sentence stating them first: the order the
        # selector's ids follow (it builds this dict from the sentences in reverse).
        order = [
            u
            for s in reversed([s for s in problem.all_sentences if s.article_id == a.id])
            for u in sentence_units(s.text, unigrams=unigrams)
        ]
        seen = {u: first[u] for u in order}
        if config.title_as_lead and a.title:
            for u in sentence_units(a.title, unigrams=unigrams):
                seen[u] = 0
        for u in seen:
            if u in wanted:
                bonus = 1.0 + config.lead_bonus / (1.0 + seen[u] / config.lead_scale)
                votes[u] = votes.get(u, 0.0) + bonus
                df[u] += 1
    threshold = min_df(len(voters), config.min_df_share)
    index: dict[str, int] = {}
    weights: list[float] = []
    word_ids: set[int] = set()
    for u, vote in votes.items():
        n = df[u]
        if n >= threshold:
            scale = 1.0
        elif config.low_df_power > 0:
            scale = (n / threshold) ** config.low_df_power
        else:
            scale = config.low_df_weight
        if scale <= 0:
            continue
        if " " not in u:
            scale *= config.unigram_weight
            word_ids.add(len(weights))
        index[u] = len(weights)
        weights.append(scale * vote**config.vote_power)
    by_candidate = tuple(
        tuple(sorted({index[u] for u in sentence_units(s.text, unigrams=unigrams) if u in index}))
        for s in problem.candidates
    )
    return WeightedConcepts(index, tuple(weights), by_candidate, unigrams, frozenset(word_ids))


def _first_articles(problem: Problem, n: int) -> Problem:
    """The story as its first ``n`` articles told it."""
    ids = {a.id for a in problem.articles[:n]}
    cands = tuple(s for s in problem.candidates if s.article_id in ids)
    return replace(
        problem,
        articles=problem.articles[:n],
        candidates=cands,
        lengths=tuple(s.n_words for s in cands),
    )


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"title_as_lead": False},
        {"unigram_weight": 0.0},
        {"vote_power": 0.5},
        {"low_df_power": 1.0},
        {"low_df_weight": 0.0},
        {"paragraph_positions": True},
        {"body_positions": False},
        {"min_df_share": 0.5},
        {"lead_bonus": 0.0},
    ],
)
def test_merged_votes_give_the_weights_of_voting_unit_by_unit(
    duc_problems: list[Problem], settings: dict[str, object]
) -> None:
    config = replace(CoverageConfig(), **settings)  # type: ignore[arg-type]
    for problem in duc_problems:
        for story in (problem, _first_articles(problem, 1), _first_articles(problem, 3)):
            got = weigh_concepts(story, config)
            want = reference_weights(story, config)
            assert list(got.index.items()) == list(want.index.items())
            assert got.weights == want.weights  # the same floats, not close ones
            assert got.by_candidate == want.by_candidate
            assert got.word_ids == want.word_ids
