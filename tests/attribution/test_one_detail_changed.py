"""One detail changed: a duration unit, an outcome, a margin, a word beside a name.

Each altered claim below restates one article sentence with a single detail changed; the
unchanged sentence must stay supported, so the rule cannot simply reject everything.
"""

from __future__ import annotations

import newsbrief

DOCS = [
    {
        "id": "gazette",
        "text": "The Orlan tunnel was closed for six hours on Monday after a lorry fire, "
        "officials said.\n\nTwo drivers were treated for minor injuries at the scene.\n\n"
        "The town council voted narrowly on Monday night to repair the tunnel roof.\n\n"
        "About 3,000 tins of Marlow plum jam were recalled by the grocer.\n",
    },
    {
        "id": "ledger",
        "text": "A lorry caught fire inside the Orlan tunnel on Monday, and traffic was "
        "diverted over the hill road.\n\nThe council approved the roof repairs by a single "
        "vote.\n",
    },
]


def _verdict(claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(DOCS, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_true_restatements_stay_supported() -> None:
    assert (
        "gazette"
        in _verdict("The Orlan tunnel was closed for six hours on Monday after a lorry fire.")[0]
    )
    assert "gazette" in _verdict("Two drivers were treated for minor injuries at the scene.")[0]
    assert "ledger" in _verdict("The council approved the roof repairs by one vote.")[0]
    assert "gazette" in _verdict("About 3,000 tins of Marlow plum jam were recalled.")[0]


def test_a_changed_duration_unit_is_not_supported() -> None:
    supported, contradicted = _verdict(
        "The Orlan tunnel was closed for six days on Monday after a lorry fire."
    )
    assert supported == []
    assert "gazette" in contradicted


def test_an_opposite_outcome_is_not_supported() -> None:
    supported, _ = _verdict("Two drivers were killed at the scene.")
    assert supported == []


def test_a_claim_with_several_outcomes_is_not_denied_by_one() -> None:
    # "killed ... and injured" states both; an article saying "injuries" does not deny it
    _, contradicted = _verdict("One driver was killed and two were treated for minor injuries.")
    assert contradicted == []


def test_a_wide_margin_is_not_a_narrow_one() -> None:
    supported, _ = _verdict("The council approved the roof repairs overwhelmingly.")
    assert supported == []


def test_a_swapped_word_beside_a_name_is_caught() -> None:
    # "tins of Marlow plum jam": the name stands between the anchor and the swapped word
    supported, _ = _verdict("The grocer recalled about 3,000 tins of cherry jam.")
    assert supported == []
