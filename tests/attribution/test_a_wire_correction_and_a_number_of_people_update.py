"""Two common wire phrasings of a changed figure are read (s31 fxD, review rvZ #10):

* a correction that says where the old figure came from ("About 150 boats were sunk, not
  250 as first reported") contradicts a claim of the old figure, as "not 250" alone does;
* a count named by what happened to whom ("The number of people injured when the bridge
  fell ... rose to 23") is the same running count as "the injured toll": a development,
  and the summary does not open on the earlier figure.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief

STORM = (
    "Harbour storm\n\nAbout 250 boats were sunk when the storm struck the harbour of Marlow "
    "on Monday, the port authority said. Fishermen searched the coast for their nets."
)
CORRECTED = (
    "Storm damage\n\nAbout 150 boats were sunk, not 250 as first reported, the port authority "
    "said on Tuesday. Insurers sent assessors to Marlow."
)


def test_a_correction_as_first_reported_contradicts_the_old_figure() -> None:
    docs = [
        {"id": "mon", "text": STORM, "published": "2025-06-02"},
        {"id": "tue", "text": CORRECTED, "published": "2025-06-03"},
    ]
    (att,) = newsbrief.attribute(docs, ["About 250 boats were sunk."])
    assert [s.article_id for s in att.contradicted_by] == ["tue"]
    (against,) = att.contradicted_by
    notes = [d.explanation for d in against.details if d.status == "conflicts"]
    assert any("correction" in n for n in notes), notes


BRIDGE_1 = (
    "Bridge collapse\n\nEleven people were injured when the old rail bridge at Dunmore fell into "
    "the river on Saturday, the county council said. Divers searched the wreck overnight."
)
BRIDGE_2 = (
    "Bridge toll rises\n\nThe number of people injured when the old rail bridge at Dunmore fell "
    "on Saturday rose to 23 on Sunday, the county council said. Engineers closed the line "
    "for a month."
)


def test_the_number_of_people_injured_rising_is_a_development_and_leads() -> None:
    docs = [
        {"id": "sat", "text": BRIDGE_1, "published": "2025-06-07", "source": "Ledger"},
        {"id": "sun", "text": BRIDGE_2, "published": "2025-06-08", "source": "Courier"},
    ]
    summary = newsbrief.summarize(docs, words=60)
    assert summary.analysis is not None
    (dev,) = summary.analysis.developments
    assert [p.article_id for p in dev.points] == ["sat", "sun"]
    assert "23" in dev.points[-1].value
    shown = " ".join(s.text for s in summary.sentences)
    assert "rose to 23" in shown
    assert "Eleven people were injured" not in shown  # the superseded count gives way
