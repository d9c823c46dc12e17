"""The extended B-cubed score used when a gold article belongs to two stories."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories.metrics import bcubed, bcubed_multi

labelings = st.integers(1, 30).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 5), min_size=n, max_size=n),
        st.lists(st.integers(0, 5), min_size=n, max_size=n),
    )
)


@settings(max_examples=200, deadline=None)
@given(labelings)
def test_single_story_gold_scores_like_plain_bcubed(pair):
    pred, gold = pair
    assert bcubed_multi(pred, [{g} for g in gold]) == pytest.approx(bcubed(pred, gold))


def test_article_in_two_gold_stories_is_right_with_either():
    gold = [{"a"}, {"a"}, {"a", "b"}, {"b"}, {"b"}]
    with_a = bcubed_multi([1, 1, 1, 2, 2], gold)
    with_b = bcubed_multi([1, 1, 2, 2, 2], gold)
    assert with_a[0] == pytest.approx(1.0) and with_b[0] == pytest.approx(1.0)
    assert with_a == pytest.approx(with_b)
    # Plain B-cubed must keep the shared article under one story and calls the other wrong.
    assert bcubed([1, 1, 2, 2, 2], ["a", "a", "a", "b", "b"])[0] < 1.0


def test_lumping_the_two_stories_costs_precision():
    gold = [{"a"}, {"a"}, {"a", "b"}, {"b"}, {"b"}]
    assert bcubed_multi([1, 1, 1, 1, 1], gold)[0] < bcubed_multi([1, 1, 1, 2, 2], gold)[0]
