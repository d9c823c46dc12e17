"""On real wire stories (dev clusters of DUC 2003, read from ``../shared``): a description
many people may fit is not contradicted by another person's, a unique post is; a claim
naming no one is not reported by an article sharing one word with it.

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
    # Ecevit being "a center-right leader" (the articles never describe him so, either)
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), ["Ecevit is a center-right leader."])
    assert att.contradicted_by == ()


def test_a_unique_post_another_holds_is_contradicted() -> None:
    claim = "Ecevit is head of the center-right True Path Party."
    (att,) = newsbrief.attribute(duc_cluster("d31009t"), [claim])
    assert att.contradicted_by
    assert all("Mrs. Ciller" in e.explanation for e in att.contradicted_by)


def test_one_shared_word_is_no_report_of_a_claim_naming_no_one() -> None:
    (att,) = newsbrief.attribute(duc_cluster("d30028t"), ["Duplicate id claim."])
    assert att.supported_by == ()
