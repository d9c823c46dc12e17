"""One claim detail against one window (``details.py``) and an article's verdict from its
best windows (``rules.article_verdict``). Invented sentences, one behaviour each."""

from __future__ import annotations

from newsbrief.attribution import config
from newsbrief.attribution.details import another_time, name_found, quantity_check, scope_absent
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.rules import Check, article_verdict, wording
from newsbrief.model import Detail

NO_NAMES: frozenset[str] = frozenset()
POLAND = "The flu has killed 32 people in Poland this winter."


def test_a_name_spelled_one_letter_apart_is_the_same_name() -> None:
    claim = facts_of("The shuttle Endeavor landed in Florida on Friday.", NO_NAMES)
    window = facts_of("The shuttle Endeavour landed in Florida on Friday.", NO_NAMES)
    assert all(name_found(n, window) for n in claim.names)


def test_another_place_is_not_the_claims_name() -> None:
    claim = facts_of("Officials in Ohio said the plant closed.", NO_NAMES)
    window = facts_of("Officials in Iowa said the plant closed.", NO_NAMES)
    assert not any(name_found(n, window) for n in claim.names)


def test_a_figure_is_compared_only_with_one_counting_the_same_thing() -> None:
    q = facts_of(POLAND, NO_NAMES).quantities[0]
    same = facts_of("The flu has killed 85 people in Poland this winter.", NO_NAMES)
    other = facts_of("Floods injured 85 people in Poland.", NO_NAMES)
    assert quantity_check(q, same)[0] == "conflicts"
    assert quantity_check(q, facts_of("The flu has killed 32 people.", NO_NAMES))[0] == "agrees"
    assert quantity_check(q, other) == ("missing", None)


def test_a_figure_whose_place_the_window_leaves_out_is_another_total() -> None:
    claim = facts_of(POLAND, NO_NAMES)
    q = claim.quantities[0]
    europe = facts_of("The flu has killed 85 people throughout Europe this winter.", NO_NAMES)
    poland = facts_of("The flu has killed 85 people in Poland this winter.", NO_NAMES)
    assert scope_absent(POLAND, q, claim.names, europe)
    assert not scope_absent(POLAND, q, claim.names, poland)


def test_a_figure_and_a_date_that_moved_together_are_another_time() -> None:
    claim = "The toll rose to 40 on Monday, officials said."
    found = [
        Detail("number", "conflicts", "40", "55"),
        Detail("date", "conflicts", "Monday", "Wednesday"),
    ]
    # the story states 40 on Monday elsewhere: the window reports a later moment
    moved = another_time(claim, found, lambda number, date: True)
    assert [(d.status, d.note) for d in moved] == [("missing", "another time")] * 2
    # nowhere else: two details changed are still two conflicts
    assert another_time(claim, found, lambda number, date: False) == found


def _check(coverage: float, *details: Detail) -> Check:
    return Check(coverage, coverage, coverage, 6, details, True, 12, coverage)


def test_support_wins_unless_a_contradiction_covers_clearly_more() -> None:
    support = (0.7, _check(0.7), 0, 10)
    close = (0.7, _check(0.7 + config.CONFIG.contradict_override / 2), 20, 30)
    far = (0.9, _check(0.7 + config.CONFIG.contradict_override + 0.05), 20, 30)
    assert article_verdict(support, close, 0.0, set()) == ("supports", support[1], 0, 10)
    assert article_verdict(support, far, 0.0, set()) == ("contradicts", far[1], 20, 30)
    assert article_verdict(None, None, 0.0, set()) is None


def test_an_article_denying_what_its_support_leaves_out_does_not_support() -> None:
    support = (0.7, _check(0.7), 0, 10)
    assert article_verdict(support, None, 0.0, {"arrest"}) is None
    assert article_verdict(support, None, 0.8, set()) is None  # a denial covering more


def test_only_missing_wording_is_left_to_an_entailment_model() -> None:
    assert wording(Detail("verb", "missing", "scrapped", "cancelled"))
    assert not wording(Detail("word", "missing", "Smith", "Jones"))  # a name swapped in
    assert not wording(Detail("verb", "conflicts", "scrapped", "kept"))
    assert not wording(Detail("number", "missing", "14", ""))
