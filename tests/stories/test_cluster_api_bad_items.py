"""`newsbrief.cluster(..., on_error="skip")` reports a bad article and clusters the rest."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.errors import InputError, OptionsError

BRIDGE = "The city council voted 7-2 on Monday to approve a new bridge over the Elm River."
BRIDGE2 = "The Elm River bridge won council approval on Monday in a 7-2 vote, officials said."


def test_by_default_a_bad_article_stops_clustering_naming_it() -> None:
    with pytest.raises(InputError) as err:
        newsbrief.cluster([{"id": "a", "text": BRIDGE}, {"id": "b"}])
    assert "article 2" in str(err.value)


def test_skip_lists_the_bad_article_and_clusters_the_rest() -> None:
    items = [
        {"id": "a", "text": BRIDGE},
        {"id": "b"},  # no text field
        {"id": "c", "text": BRIDGE2},
        {"id": "a", "text": "Another text under a used id."},
    ]
    result = newsbrief.cluster(items, on_error="skip")
    clustered = sorted(a.id for s in result for a in s.articles)
    assert clustered == ["a", "c"]
    assert [s.article_id for s in result.skipped] == ["b", "a"]
    assert all(s.reason for s in result.skipped)
    assert "used twice" in result.skipped[1].reason


def test_an_unknown_on_error_value_is_an_options_error() -> None:
    with pytest.raises(OptionsError):
        newsbrief.cluster([BRIDGE], on_error="ignore")
