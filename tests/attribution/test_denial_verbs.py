"""A denial verb negates the clause it governs; a wish not to do a thing states nothing of it.

"X denied his country was involved", "rejected the claim that it had sent troops",
"dismissed reports that it harbored him" say the deed did not happen: against a claim
stating it, that is a conflicting negation, never a support. "Does not want to be
involved" is neither a plan to be involved nor the deed: it neither backs nor denies a
claim that it was involved. The stories below are written for these tests (invented
countries and people).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import canon, facts_of


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def test_a_denial_negates_the_verb_of_its_clause() -> None:
    assert "involv" in facts_of("Ostria denied its army was involved in the raid.").negated
    assert "send" in facts_of("Ostria rejected the claim that it had sent troops.").negated
    assert "harbor" in facts_of("Ostria dismissed reports that it harbored Keller.").negated
    assert "send" in facts_of("Ostria denied reports that it sent troops.").negated


def test_a_rejection_without_a_statement_is_a_deed_not_a_denial() -> None:
    assert not facts_of("Ostria rejected the plan for the border.").negated
    assert not facts_of("The council dismissed the chief of police.").negated
    # a denied noun is denied, not a participle describing it
    denied = facts_of("Ostria denied the charges brought by Velmaria.").negated
    assert canon("brought") not in denied


def test_a_denied_complement_is_not_read_as_stated() -> None:
    docs = [
        {
            "id": "wire",
            "text": "Border clash\n\nIn Korval, army spokesman Ivo Marek on Saturday denied "
            "his country was involved in the clash between Dravia and Velmaria.\n",
        }
    ]
    claim = "Ostria said it was involved in the clash between Dravia and Velmaria."
    assert verdict(docs, claim) == ([], ["wire"])
    (att,) = newsbrief.attribute(docs, [claim])
    assert att.contradicted_by[0].explanation == "involved vs not involved"
    # the denial itself is what the article reports
    denial = "Ostria denied it was involved in the clash between Dravia and Velmaria."
    assert verdict(docs, denial)[0] == ["wire"]


def test_a_wish_not_to_act_neither_backs_nor_denies_the_deed() -> None:
    docs = [
        {
            "id": "wire",
            "text": "Border clash\n\nSignaling it does not want to be involved in any clash "
            "between Dravia and Velmaria, Ostria is limiting army drills along its border.\n",
        }
    ]
    claim = "Ostria said it was involved in the clash between Dravia and Velmaria."
    assert verdict(docs, claim) == ([], [])
    f = facts_of("Ostria does not want to be involved in any clash.")
    assert "involv" not in f.irrealis and "involv" not in f.realis
    assert "want" in f.negated and "want" not in f.modal  # the wish itself is denied
