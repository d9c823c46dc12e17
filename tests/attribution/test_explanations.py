"""Every verdict explains itself in a reader's words, never in internal codes."""

from __future__ import annotations

import re

import newsbrief

DOCS = [
    {
        "id": "ap",
        "published": "1998-11-21",
        "text": "A fire in a crowded dance hall killed 14 people on Friday, police said.\n\n"
        "The hall was licensed for 150 guests.\n",
    },
    {
        "id": "upi",
        "published": "1998-11-21",
        "text": "A fire in a crowded dance hall killed 12 people on Friday, police said.\n",
    },
]


def _one(claim: str) -> newsbrief.ClaimAttribution:
    (att,) = newsbrief.attribute(DOCS, [claim])
    return att


def test_a_conflicting_figure_reads_as_both_figures() -> None:
    att = _one("A fire in a crowded dance hall killed 14 people on Friday, police said.")
    assert [e.article_id for e in att.supported_by] == ["ap"]
    (upi,) = att.contradicted_by
    assert upi.explanation == "14 people vs 12 people"


def test_a_date_in_another_form_reads_as_an_equation() -> None:
    att = _one("A fire in a crowded dance hall killed 14 people on Nov. 20.")
    (ap,) = att.supported_by
    dates = [d for d in ap.details if d.kind == "date"]
    assert [d.explanation for d in dates] == ["Nov. 20 = Friday"]


def test_no_explanation_shows_an_internal_code() -> None:
    claims = [
        "A fire in a crowded dance hall killed 14 people on Friday, police said.",
        "A fire in a crowded dance hall killed 14 people on Thursday.",
        "The hall was not licensed for 150 guests.",
    ]
    for att in newsbrief.attribute(DOCS, claims):
        for e in (*att.supported_by, *att.contradicted_by):
            for d in e.details:
                text = d.explanation
                assert not re.search(r"\b(wd|dm|mo|yr):|e\+0|#n|#d", text), text


def test_a_rival_holder_and_a_swapped_party_read_as_names_and_figures() -> None:
    post = [
        {
            "id": "herald",
            "text": "The list was handed to Finance Minister Tomas Varga at a meeting on "
            "Thursday with the two party leaders.\n",
        }
    ]
    (att,) = newsbrief.attribute(
        post, ["The list was handed to Finance Minister Ilse Brandt at a meeting on Thursday."]
    )
    (span,) = att.contradicted_by
    assert [d.explanation for d in span.details if d.status == "conflicts"] == [
        "Finance Minister Ilse Brandt vs Finance Minister Tomas Varga"
    ]
    parties = [
        {
            "id": "wire",
            "text": "Officials said that investor Skyline Air wants to trim the carrier's work "
            "force to about 4,000, but chairman Luis Tamayo did not want to cut staff "
            "below 7,000 to avoid angering the unions.\n",
        }
    ]
    claim = (
        "Chairman Luis Tamayo wants to trim the carrier's work force to about 4,000, but "
        "Skyline Air does not want to cut it below 7,000 to avoid angering the unions."
    )
    (att,) = newsbrief.attribute(parties, [claim])
    (span,) = att.contradicted_by
    shown = [d.explanation for d in span.details if d.status == "conflicts"]
    assert shown == ["Luis Tamayo: 4,000 vs Skyline Air: 4,000"]
    assert not any(re.search(r"\?|[a-z]+:[a-z]", x) for x in shown)


def test_a_vote_tally_reads_as_written() -> None:
    docs = [
        {"id": "herald", "text": "The city council voted 7-2 on Monday to approve a new bridge."},
        {"id": "courier", "text": "The city council approved the bridge on Monday in a 6-3 vote."},
    ]
    (att,) = newsbrief.attribute(
        docs, ["The city council voted 7-2 on Monday to approve a new bridge."]
    )
    (courier,) = att.contradicted_by
    assert courier.explanation == "7-2 vs 6-3 vote"
