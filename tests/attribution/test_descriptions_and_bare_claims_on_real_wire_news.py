"""On real wire stories (dev clusters of DUC 2003, read from ``../shared``): a description
many people may fit is not contradicted by another person's, a unique post is; a
description is the one its name is given, not the words of two; a place named beside
another deed is not the claim's; a claim naming no one is not reported by an article
sharing one word with it.

d31009t (Turkey's government falls) and d30028t (Mubarak's mediation) are dev clusters,
read while building the method (docs/attribution.md); the claims are a user's (s27 review).
"""

from __future__ import annotations

import pytest

import newsbrief

from ..conftest import DUC, duc_cluster

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")


def test_a_description_many_may_fit_is_not_contradicted_by_anothers() -> None:
    # "Mrs. Ciller, head of the center-right True Path Party" says nothing against
    # Ecevit being "a center-right leader"; only "the center-left leader" (Ecevit) does
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ecevit is a center-right leader."])
    assert all("Ciller" not in e.explanation for e in att.contradicted_by)
    assert all("center-left leader" in e.explanation for e in att.contradicted_by)


def test_a_description_is_not_supported_by_the_words_of_two_descriptions() -> None:
    # every window holding "center" and "right" gives "center-right" to other parties
    # (Ciller's, "Turkey's two center-right parties") and calls Ecevit center-left
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ecevit is a center-right leader."])
    assert att.supported_by == ()
    (true,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ecevit is a center-left leader."])
    assert true.supported_by


def test_a_place_named_beside_another_deed_is_not_where_the_claim_happened() -> None:
    # "... terrorist acts even in Germany," D'Alema told ... / "Ocalan was arrested at
    # the Rome airport": Germany places the acts, not the arrest
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ocalan is in custody in Germany."])
    assert att.supported_by == ()
    (true,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ocalan is in custody in Italy."])
    assert true.supported_by


def test_a_unique_post_another_holds_is_contradicted() -> None:
    claim = "Ecevit is head of the center-right True Path Party."
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), [claim])
    assert att.contradicted_by
    # (one article's window also gives Ecevit "a center-left party": both are said)
    assert all("Ciller" in e.explanation for e in att.contradicted_by)
    assert any("Mrs. Ciller" in e.explanation for e in att.contradicted_by)


def test_one_shared_word_is_no_report_of_a_claim_naming_no_one() -> None:
    (att,) = newsbrief.attribute(duc_cluster("d30028t"), ["Duplicate id claim."])
    assert att.supported_by == ()
