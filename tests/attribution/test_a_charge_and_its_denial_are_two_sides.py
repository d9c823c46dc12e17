"""A charge and its denial are the two sides' claims, not two reports of one fact.

"Ostria denied sheltering the rebels" and "Dravia accuses Ostria of sheltering the
rebels" do not disagree about what happened: the accusation does not state the deed as a
fact, so it neither supports nor contradicts the denial, and the other way round.
Stories written for these tests (fictional countries).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution import story_index
from newsbrief.model import TWO_SIDES

from .verdict_helpers import verdicts

STORY = [
    {
        "id": "wire-1",
        "text": (
            "Dravia has massed troops on its border with Ostria after stepping up its "
            "accusations that Ostria is sheltering Kestrel rebels.\n\n"
            "Ostria denied sheltering the Kestrel rebels in a statement on Saturday.\n"
        ),
    },
    {
        "id": "wire-2",
        "text": (
            "Dravia has long accused Ostria of sheltering Kestrel rebels, who have fought "
            "for self-rule since 1984.\n\n"
            "Talks between the two neighbours are due next week.\n"
        ),
    },
    {
        "id": "paper-3",
        "text": "Ostria has denied sheltering Kestrel rebels.\n",
    },
]


def _verdicts(claim: str) -> tuple[list[str], dict[str, str]]:
    return verdicts(STORY, claim)


def test_an_accusation_does_not_contradict_the_denial() -> None:
    supported, contradicted = _verdicts("Ostria denied sheltering Kestrel rebels.")
    assert contradicted == {}
    assert "paper-3" in supported and "wire-2" not in supported


def test_a_denial_does_not_contradict_the_accusation() -> None:
    supported, contradicted = _verdicts("Dravia accuses Ostria of sheltering Kestrel rebels.")
    assert contradicted == {}
    assert "wire-2" in supported


def test_the_detail_reads_denied_vs_accused_never_not_rebels_vs_rebels() -> None:
    index, _ = story_index(STORY)
    claim, _ = index.claim_search("Ostria denied sheltering Kestrel rebels.", None)
    check, _ = index.window_check("wire-2", claim, 0, 0)
    (detail,) = [d for d in check.details if d.kind == "negation"]
    assert (detail.status, detail.note) == ("missing", TWO_SIDES)
    assert detail.explanation == f"denied vs accused ({TWO_SIDES})"


def test_a_denial_against_a_plain_statement_of_the_deed_still_contradicts() -> None:
    story = [
        *STORY,
        {"id": "daily-4", "text": "Ostria sheltered Kestrel rebels for years, officials said.\n"},
    ]
    (att,) = newsbrief.attribute(story, ["Ostria never sheltered Kestrel rebels."])
    assert [e.article_id for e in att.contradicted_by] == ["daily-4"]


def test_a_denial_by_someone_else_of_something_else_is_no_support() -> None:
    # the official denies a target, not Ostria sheltering anyone: another side's denial
    story = [
        *STORY,
        {
            "id": "wire-5",
            "text": (
                "A Dravian official said on Saturday that the troop deployments were not "
                "targeting Ostria, but Kestrel rebels.\n"
            ),
        },
    ]
    (att,) = newsbrief.attribute(story, ["Ostria denied sheltering Kestrel rebels."])
    assert "wire-5" not in [e.article_id for e in att.supported_by]
    assert "paper-3" in [e.article_id for e in att.supported_by]
