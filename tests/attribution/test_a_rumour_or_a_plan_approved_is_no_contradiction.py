"""A rumour of a deed and a plan that was approved contradict no report of the deed.

"stoking speculation that he'd ask the mayor to form a cabinet" is what others guess, no
one's plan: it leaves "The governor asked the mayor to form a cabinet" unsupported, never
contradicted. "under a plan approved by the council" says the council approved the plan:
the same verb as a participle, agreement, not "approved vs approved (planned)". A plan an
outlet tells as still to come in a near copy of the claim ("will hold talks") still
contradicts the claim that it was done, as the labelled wire news has it.
Stories written for these tests (fictional).
"""

from __future__ import annotations

import newsbrief

CABINET = [
    {
        "id": "wire-1",
        "text": (
            "Governor Alma Reyes planned to meet Mayor Tomas Varga on Wednesday, stoking "
            "speculation that she'd ask the mayor to form a new cabinet.\n"
        ),
    },
]

HARBOR = [
    {
        "id": "wire-1",
        "text": (
            "The harbor council approved a plan in May to rebuild the north pier with "
            "public money.\n"
        ),
    },
    {
        "id": "paper-2",
        "text": (
            "Critics said the delay was aimed at the north pier, which, under a plan "
            "approved by the harbor council, would be rebuilt with public money.\n"
        ),
    },
]


def _verdicts(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def test_a_rumour_leaves_the_deed_unsupported_not_contradicted() -> None:
    claim = "Governor Alma Reyes asked Mayor Tomas Varga to form a new cabinet."
    assert _verdicts(CABINET, claim) == ([], [])


def test_a_plan_approved_by_the_council_agrees_that_it_approved_it() -> None:
    claim = "The harbor council approved a plan to rebuild the north pier with public money."
    supported, contradicted = _verdicts(HARBOR, claim)
    assert contradicted == []
    assert "wire-1" in supported


def test_a_plan_told_as_still_to_come_contradicts_the_deed_told_as_done() -> None:
    docs = [
        {
            "id": "wire-1",
            "text": "Governor Alma Reyes will meet Mayor Tomas Varga in the capital on Friday.\n",
        }
    ]
    claim = "Governor Alma Reyes met Mayor Tomas Varga in the capital on Friday."
    assert _verdicts(docs, claim) == ([], ["wire-1"])
