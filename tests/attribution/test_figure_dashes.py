"""A vote, score or range written with an en dash, em dash or minus sign reads like "-"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.lexicon import figure_dashes, tokenize

ARTICLES = [
    "The city council voted 7-2 on Monday to rezone the Elm Street lots for housing, "
    "the mayor said.",
    "By a 7-2 vote on Monday, the city council rezoned the Elm Street lots so that homes "
    "can be built there.",
    "The city council voted 7-2 on Monday to allow housing on the Elm Street lots after a "
    "long hearing.",
]
DASHES = ["-", "\u2012", "\u2013", "\u2014", "\u2212"]


@pytest.mark.parametrize("dash", DASHES)
def test_vote_tally_with_any_dash_is_supported(dash: str) -> None:
    claim = f"The city council voted 7{dash}2 on Monday to rezone the Elm Street lots for housing."
    att = newsbrief.attribute(ARTICLES, claim)
    assert att[0].supported_by


@pytest.mark.parametrize("dash", DASHES)
def test_other_tally_with_any_dash_is_contradicted(dash: str) -> None:
    claim = f"The city council voted 7{dash}3 on Monday to rezone the Elm Street lots for housing."
    att = newsbrief.attribute(ARTICLES, claim)
    assert not att[0].supported_by
    assert att[0].contradicted_by


def test_article_with_en_dash_supports_claim_with_hyphen() -> None:
    articles = [a.replace("7-2", "7\u20132") for a in ARTICLES]
    att = newsbrief.attribute(articles, "The city council voted 7-2 on Monday to rezone the lots.")
    assert att[0].supported_by


def test_dash_between_words_stays_a_clause_mark() -> None:
    assert tokenize("Paris \u2014 the capital") == ["Paris", "\u2014", "the", "capital"]


@given(
    st.integers(0, 999),
    st.integers(0, 999),
    st.sampled_from(DASHES),
    st.sampled_from(["", " "]),
)
def test_figures_read_the_same_whatever_the_dash(a: int, b: int, dash: str, space: str) -> None:
    hyphen = tokenize(f"voted {a}{space}-{space}{b} today")
    assert tokenize(f"voted {a}{space}{dash}{space}{b} today") == hyphen


@given(st.text(alphabet=st.sampled_from(list("ab 1\u2013\u2014\u2212-")), max_size=30))
def test_only_dashes_touching_figures_change(text: str) -> None:
    out = figure_dashes(text)
    assert len(out) == len(text)
    for x, y in zip(text, out, strict=True):
        assert x == y or (y == "-" and x in DASHES)
