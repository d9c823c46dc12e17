"""A speaker whose name opens with an accented capital ("Élisabeth Borne", "Ángel Gurría")
is found, and found whole: ``[A-Z]`` missed the quote or cut the name to its surname."""

from __future__ import annotations

from .quote_helpers import quotes_of, speaker_of

A = (
    "Pension reform passes first vote\n\nThe pension bill passed its first reading in "
    'parliament on Tuesday. "We will not back down on this reform," Élisabeth Borne said '
    'after the vote. "This is a necessary step for public finances," said Ángel Gurría, who '
    'led the OECD until 2021. "The streets will answer," Édouard Martin told reporters.'
)
B = (
    "Pension bill clears first reading\n\nParliament passed the pension bill in a first "
    "reading on Tuesday. Unions plan strikes next week."
)


def test_a_speaker_opening_with_an_accented_capital_is_named_in_full() -> None:
    quotes = quotes_of(A, B)
    assert speaker_of(quotes, "We will not back down") == "Élisabeth Borne"


def test_a_speaker_after_said_with_an_accented_capital_is_found() -> None:
    quotes = quotes_of(A, B)
    assert speaker_of(quotes, "necessary step") == "Ángel Gurría"
    assert speaker_of(quotes, "streets will answer") == "Édouard Martin"
