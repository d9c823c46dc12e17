"""The decision rules: what a window must state of a claim to support or contradict it."""

from __future__ import annotations

from pathlib import Path

from newsbrief.api import prepare
from newsbrief.attribution import config
from newsbrief.attribution.facts import facts_of, proper_words, read
from newsbrief.attribution.rules import Check, contradiction_rule, support_rule
from newsbrief.model import Detail

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


def _check(coverage: float, core: float, *details: Detail, rest: float | None = None) -> Check:
    return Check(coverage, coverage if rest is None else rest, core, 6, details, True, 12, core)


def test_a_window_stating_most_of_what_happened_supports_a_long_claim() -> None:
    # "derailed near Oakridge on Friday, injuring 23 people, two of them seriously, the
    # rail operator said": another outlet stating the derailment and the toll covers most
    # of what happened but not every word (the attribution and the extra detail weigh in)
    cfg = config.CONFIG
    below = cfg.support_coverage - 0.01
    assert below >= cfg.long_coverage
    assert support_rule(_check(below, max(cfg.long_core, cfg.support_core))) == "long claim"
    assert support_rule(_check(cfg.support_coverage, cfg.support_core)) == "main event"


def test_a_window_covering_little_needs_most_of_the_core() -> None:
    cfg = config.CONFIG
    # topic, not the fact: under the long-claim deed share
    assert support_rule(_check(cfg.support_coverage - 0.01, cfg.long_core - 0.01)) is None
    # too little of the claim at all
    assert support_rule(_check(cfg.long_coverage - 0.01, 0.95)) is None
    # every word but not what happened
    assert support_rule(_check(0.9, cfg.support_core - 0.01)) is None


def test_a_missing_or_conflicting_detail_blocks_support() -> None:
    missing = Detail("number", "missing", "14 dead", "")
    assert support_rule(_check(0.9, 0.9, missing)) is None
    agrees = Detail("date", "agrees", "Friday", "Nov. 20")
    assert support_rule(_check(0.9, 0.9, agrees)) == "main event"


def test_a_conflict_contradicts_only_the_same_event() -> None:
    figure = Detail("number", "conflicts", "14 dead", "12 dead")
    assert contradiction_rule(_check(0.9, 0.9, figure)) == "conflicting number"
    # another figure in a sentence about something else is another fact
    assert contradiction_rule(_check(0.3, 0.3, figure)) is None
    # a swapped word needs a near copy of the rest of the claim
    word = Detail("word", "conflicts", "expanding", "limiting")
    assert contradiction_rule(_check(0.7, 0.7, word)) is None
    assert contradiction_rule(_check(0.9, 0.9, word)) == "conflicting word"


def test_an_update_is_neither_support_nor_contradiction() -> None:
    update = Detail("number", "missing", "60 people", "62", "reported Nov 2")
    check = _check(0.9, 0.9, update)
    assert not check.supports and not check.contradicts


def test_facts_from_indexing_tokens_are_the_same() -> None:
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in EXAMPLE.glob("*.txt")]
    prepared = prepare(docs)
    proper = proper_words(a.text for a in prepared.articles)
    for s in prepared.sentences:
        assert facts_of(s.text, proper, read(s.text)) == facts_of(s.text, proper)
    assert read("Baghdadi's men’s U.S. pledge's")[0] == ["Baghdadi", "men", "U.S.", "pledge"]
