"""Fifth round: long copied sentences that another outlet states in part, and reading a
sentence once (indexing's tokens reused for its facts)."""

from __future__ import annotations

from pathlib import Path

from newsbrief.api import prepare
from newsbrief.attribution.align import Check
from newsbrief.attribution.facts import facts_of, proper_words, read

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


def _check(coverage: float, core: float) -> Check:
    return Check(coverage, coverage, core, 6, (), (), True, 12, core)


def test_a_window_stating_most_of_what_happened_supports_a_long_claim() -> None:
    # "derailed near Oakridge on Friday, injuring 23 people, two of them seriously, the
    # rail operator said": another outlet that states the derailment and the toll covers
    # most of what happened (core) but under half of all the words (the attribution and
    # the extra detail weigh in)
    assert _check(0.47, 0.66).supports
    assert _check(0.52, 0.45).supports


def test_a_window_covering_under_half_needs_most_of_the_core() -> None:
    assert not _check(0.47, 0.55).supports  # topic, not the fact
    assert not _check(0.40, 0.90).supports  # too little of the claim at all


def test_facts_from_indexing_tokens_are_the_same() -> None:
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in EXAMPLE.glob("*.txt")]
    prepared = prepare(docs)
    proper = proper_words(a.text for a in prepared.articles)
    for s in prepared.sentences:
        assert facts_of(s.text, proper, read(s.text)) == facts_of(s.text, proper)
    assert read("Baghdadi's men’s U.S. pledge's")[0] == ["Baghdadi", "men", "U.S.", "pledge"]
