"""A sum of money is read in the currency it is written in, in wire spelling too: "dlrs
2.1 billion" and "US dlrs 2.1 billion" are "$2.1 billion", so "$3.5 billion" against
them is a conflict of two sums, as "20,000" against "10,000" is of two counts. Sums in
two currencies ("yen", "Swiss francs") are two kinds of value: never the same sum, never
in conflict.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.details import quantity_check
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.lexicon import tokenize
from newsbrief.attribution.numbers import Quantity, quantities, quantities_agree

NO_NAMES: frozenset[str] = frozenset()


def figures(text: str) -> list[Quantity]:
    toks = tokenize(text)
    return quantities(toks, [t.lower() for t in toks])


def doc(doc_id: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "text": text, "published": "2024-05-02"}


def verdict(claim: str, text: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute([doc("wire", text)], [claim])
    contra = [d.explanation for s in att.contradicted_by for d in s.details]
    return [s.article_id for s in att.supported_by], contra


AIRLINE = (
    "HARBOR CITY (AP) _ Coastal Air owes dlrs 2.1 billion to its creditors after a "
    "strike grounded its fleet for two months, the airline said Tuesday."
)


def test_wire_dollars_are_dollars() -> None:
    for written in ("dlrs 2.1 billion", "US dlrs 2.1 billion", "2.1 billion U.S. dollars"):
        (q,) = figures(f"The airline owes {written} to its creditors.")
        (dollars,) = figures("The airline owes $2.1 billion to its creditors.")
        assert q.unit == dollars.unit == "$"
        assert q.value == 2.1e9
        assert quantities_agree(q, dollars)


def test_a_wire_sum_is_shown_as_written() -> None:
    (q,) = figures("The airline owes dlrs 2.1 billion to its creditors.")
    assert q.text == "dlrs 2.1 billion"


def test_another_dollar_sum_in_wire_spelling_contradicts_the_claim() -> None:
    supported, contra = verdict("Coastal Air owes $3.5 billion to its creditors.", AIRLINE)
    assert supported == []
    assert "$3.5 billion vs dlrs 2.1 billion" in contra


def test_the_same_sum_in_wire_spelling_supports_the_claim() -> None:
    supported, contra = verdict("Coastal Air owes $2.1 billion to its creditors.", AIRLINE)
    assert supported == ["wire"]
    assert contra == []


def test_sums_in_two_currencies_neither_agree_nor_conflict() -> None:
    yen = AIRLINE.replace("dlrs 2.1 billion", "2.1 billion yen")
    for claim in (
        "Coastal Air owes $3.5 billion to its creditors.",
        "Coastal Air owes $2.1 billion to its creditors.",
    ):
        supported, contra = verdict(claim, yen)
        assert supported == []
        assert contra == []


def test_a_country_names_whose_currency_it_is() -> None:
    (swiss,) = figures("The fund gave 5 million Swiss francs.")
    (french,) = figures("The fund gave 5 million French francs.")
    (plain,) = figures("The fund gave 5 million francs.")
    assert swiss.unit != french.unit
    assert french.unit == plain.unit  # a franc with no country is the French one
    assert not quantities_agree(swiss, french)


def test_cents_are_hundredths_of_a_dollar() -> None:
    (q,) = figures("Visitors paid 55 U.S. cents to enter.")
    assert q.unit == "$"
    assert abs(q.value - 0.55) < 1e-9


def test_pounds_are_money_only_when_the_text_says_so() -> None:
    (weight,) = figures("Police found 400 pounds of explosives in the van.")
    assert weight.unit == "kg"
    for written in ("5 million pounds sterling", "5 million British pounds"):
        (money,) = figures(f"The club paid {written} for the player.")
        assert money.unit.startswith("money pound"), written
    # a conversion in brackets says an ambiguous word is a currency
    money, dollars = figures("The club paid 5 million pounds (dlrs 8 million) for him.")
    assert money.unit == "money pound"
    assert dollars.unit == "$" and dollars.value == 8e6


def test_a_bound_before_a_wire_sum_is_read() -> None:
    (q,) = figures("Damage reached more than dlrs 300 million.")
    assert q.bound == "min"
    (q,) = figures("Damage reached about dlrs 300 million.")
    assert q.approx


def test_a_verb_before_a_figure_is_no_currency() -> None:
    (q,) = figures("The ceremony marks 50 years of independence.")
    assert q.unit != "money mark"


def test_a_verb_and_its_noun_bind_two_sums_to_one_deed() -> None:
    # "cannot pay $3.5 billion" / "payments on dlrs 2.1 billion": one deed, paying, so
    # the two sums are one quantity and disagree (the verdict then rests on how much
    # else of the claim the sentence states)
    claim = facts_of("PAL says it cannot pay $3.5 billion of debt.", NO_NAMES)
    window = facts_of(
        "The airline is unable to make payments on dlrs 2.1 billion of debt.", NO_NAMES
    )
    (q,) = claim.quantities
    status, e = quantity_check(q, window, claim.quantities, [window])
    assert status == "conflicts"
    assert e is not None and e.text == "dlrs 2.1 billion"
    # another predicate for the same noun is another sum: "raised" / "pay"
    other = facts_of("The airline raised dlrs 2.1 billion of debt last year.", NO_NAMES)
    assert quantity_check(q, other, claim.quantities, [other])[0] == "missing"


def test_a_sum_owed_in_wire_spelling_contradicts_a_claim_of_the_verb() -> None:
    # the claim's verb ("pay") is stated by its noun ("payments"), so the sentence tells
    # the claim's event with another sum
    text = (
        "Coastal Air says it is unable to make payments on dlrs 2.1 billion of debt "
        "after a strike grounded its fleet.\n\nThe airline will still pay its pilots."
    )
    supported, contra = verdict("Coastal Air says it cannot pay $3.5 billion of debt.", text)
    assert supported == []
    assert "$3.5 billion vs dlrs 2.1 billion" in contra
    supported, contra = verdict("Coastal Air says it cannot pay $2.1 billion of debt.", text)
    assert supported == ["wire"]
    assert contra == []


def test_a_currency_word_of_a_figure_is_no_content_word() -> None:
    f = facts_of("The airline owes dlrs 2.1 billion and 40 million dollars.", NO_NAMES)
    assert not {"dlr", "dlrs", "dollar", "dollars"} & f.content
    # the currency itself, as a thing, still is: "the dollar fell"
    assert "dollar" in facts_of("The dollar fell against the yen.", NO_NAMES).content
