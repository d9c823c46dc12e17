"""Negation: what a "not" governs, and what only looks like a negation."""

from __future__ import annotations

from newsbrief.attribution.facts import facts_of


def test_a_negation_governs_the_next_content_word() -> None:
    f = facts_of("Coalition forces had not verified the authenticity of the tape.")
    assert f.has_negation and len(f.negated) == 1
    assert not facts_of("Coalition forces verified the tape.").negated


def test_failed_and_refused_negate_the_verb_after_to() -> None:
    assert facts_of("The talks failed to reach a deal.").negated == {"reach"}
    # "the talks failed" says the talks failed; it denies no other word
    assert not facts_of("The talks failed on Monday, officials said.").negated


def test_a_no_confidence_vote_is_not_a_denial() -> None:
    assert not facts_of("The government lost a no-confidence vote.").negated
    assert not facts_of("The government lost a no confidence vote.").negated
    assert facts_of("No arrests had been made.").negated


def test_a_name_is_never_what_is_negated() -> None:
    f = facts_of("The ambassador denied that Ocalan was in Russia.")
    assert not any(w.startswith("ocalan") for w in f.negated)
