"""One claim detail against one window (``details.py``) and an article's verdict from its
best windows (``rules.article_verdict``). Invented sentences, one behaviour each."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.attribution import config
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.details import (
    another_time,
    compare_dates,
    name_found,
    quantity_check,
    scope_absent,
)
from newsbrief.attribution.facts import canon, facts_of
from newsbrief.attribution.rules import Check, Scored, article_verdict, nli_pending, wording
from newsbrief.model import Article, Detail

NO_NAMES: frozenset[str] = frozenset()
POLAND = "The flu has killed 32 people in Poland this winter."


def test_a_name_spelled_one_letter_apart_is_the_same_name() -> None:
    claim = facts_of("The shuttle Endeavor landed in Florida on Friday.", NO_NAMES)
    window = facts_of("The shuttle Endeavour landed in Florida on Friday.", NO_NAMES)
    assert [n.text for n in claim.names] == ["Endeavor", "Florida"]
    assert all(name_found(n, window) for n in claim.names)


def test_another_place_is_not_the_claims_name() -> None:
    claim = facts_of("Officials in Ohio said the plant closed.", NO_NAMES)
    window = facts_of("Officials in Iowa said the plant closed.", NO_NAMES)
    assert [n.text for n in claim.names] == ["Ohio"]
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
    return Check(
        coverage=coverage,
        rest_coverage=coverage,
        core_coverage=coverage,
        matched=6,
        details=details,
        anchored=True,
        claim_words=12,
        deed_coverage=coverage,
    )


def _window(key: float, check: Check, start: int, end: int) -> Scored:
    return Scored(key, check, lo=0, hi=0, start=start, end=end)


def test_support_wins_unless_a_contradiction_covers_clearly_more() -> None:
    support = _window(0.7, _check(0.7), 0, 10)
    close = _window(0.7, _check(0.7 + config.CONFIG.contradict_override / 2), 20, 30)
    far = _window(0.9, _check(0.7 + config.CONFIG.contradict_override + 0.05), 20, 30)
    assert article_verdict(support, close, 0.0, set()) == ("supports", support)
    assert article_verdict(support, far, 0.0, set()) == ("contradicts", far)
    assert article_verdict(None, None, 0.0, set()) is None


def test_an_article_denying_what_its_support_leaves_out_does_not_support() -> None:
    support = _window(0.7, _check(0.7), 0, 10)
    assert article_verdict(support, None, 0.0, {"arrest"}) is None
    assert article_verdict(support, None, 0.8, set()) is None  # a denial covering more


def test_only_missing_wording_is_left_to_an_entailment_model() -> None:
    assert wording(Detail("verb", "missing", "scrapped", "cancelled"))
    assert not wording(Detail("word", "missing", "Smith", "Jones"))  # a name swapped in
    assert not wording(Detail("verb", "conflicts", "scrapped", "kept"))
    assert not wording(Detail("number", "missing", "14", ""))


def test_a_date_stated_beside_the_window_agrees_unless_the_window_has_its_own() -> None:
    story = StoryIndex([Article("a", "The ferry sank near the port on Friday.")])
    claim, _ = story.claim_search("The ferry sank near the port on Friday.", None)
    window = facts_of("The ferry sank near the port.", NO_NAMES)
    around = facts_of("The storm hit on Friday. The ferry sank near the port.", NO_NAMES)
    got = compare_dates(claim, window, around, None, None)
    assert [(d.status, d.evidence, d.note) for d in got] == [("agrees", "Friday", "around")]
    # the window's own "Sunday" dates its own event: the neighbour's day is not the claim's
    own = facts_of("The ferry sank. Divers searched the wreck on Sunday.", NO_NAMES)
    got = compare_dates(claim, own, around, None, None)
    assert [d.status for d in got] == ["missing"]


def test_a_place_written_beside_the_claims_place_keeps_the_figures_scope() -> None:
    text = "The crash killed 270 people in Lockerbie."
    claim = facts_of(text, NO_NAMES)
    q = claim.quantities[0]
    window = facts_of("The crash killed 259 people in Scotland.", NO_NAMES)
    # the story writes "Lockerbie, Scotland": the window names the place it lies in
    beside = frozenset({frozenset({canon("lockerbie"), canon("scotland")})})
    assert not scope_absent(text, q, claim.names, window, beside)
    assert scope_absent(text, q, claim.names, window, frozenset())


def test_a_figure_and_a_date_of_two_clauses_are_not_one_moment() -> None:
    # the figure is the toll's, the date the statement's: each changed is a conflict
    claim = "The toll rose to 40, officials said on Monday."
    found = [
        Detail("number", "conflicts", "40", "55"),
        Detail("date", "conflicts", "Monday", "Wednesday"),
    ]
    assert another_time(claim, found, lambda number, date: True) == found


def test_a_window_missing_only_wording_is_left_to_the_entailment_model() -> None:
    reworded = Detail("verb", "missing", "scrapped", "cancelled")
    assert nli_pending(_check(0.4, reworded))
    # a missing figure is a veto the model may not overrule, unless it is peripheral
    figure = Detail("number", "missing", "14", "")
    assert not nli_pending(_check(0.4, reworded, figure))
    assert nli_pending(_check(0.4, reworded, replace(figure, note="peripheral")))
    assert not nli_pending(_check(0.4, reworded, Detail("date", "conflicts", "May", "June")))
    assert not nli_pending(_check(config.CONFIG.nli_min_coverage / 2, reworded))
