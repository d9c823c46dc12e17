"""A development line counts one point per distinct report, labelled as a reader names it."""

from __future__ import annotations

import newsbrief

_LEAD = (
    "A fire tore through a packed warehouse club in Varna Bay, killing {n} people and "
    "injuring 140 others, police said.\n\nThe cause of the blaze was not yet known.\n"
)
DOCS = [
    {"id": "mon", "published": "1998-10-30", "text": _LEAD.format(n=60)},
    # a wire re-send of the same report: set aside as a near-copy, so no second point
    {"id": "mon-resend", "published": "1998-10-30", "text": _LEAD.format(n=60)[:-1] + " \n"},
    {
        "id": "wed",
        "published": "1998-11-01",
        "text": "Two more teenagers died on Wednesday, raising the toll of the Varna Bay club "
        "fire that killed 62 people.\n\nInvestigators searched the ruins for a second day.\n",
    },
]


def test_a_near_copy_is_no_point_and_the_toll_is_labelled_dead() -> None:
    summary = newsbrief.summarize(DOCS, words=60)
    assert summary.analysis is not None
    (dev,) = summary.analysis.developments
    assert dev.quantity == "dead"
    ids = [p.article_id for p in dev.points]
    assert len(ids) == len(set(ids)) == 2
    assert ids[-1] == "wed"
