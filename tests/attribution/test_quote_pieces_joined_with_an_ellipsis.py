"""A quote split by its attribution is never shown as one run-on misquote.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from .quote_helpers import quotes_of


def _only(text: str, words: str) -> str:
    (quote,) = [q for q in quotes_of(text) if words in q.text]
    return quote.text


def test_pieces_either_side_of_he_says_adding_are_marked_as_cut() -> None:
    text = _only(
        "The harbour master spoke to reporters on the quay on Monday morning.\n\n"
        '"Keep every boat in port until the storm has passed over the bay," harbour master '
        'Lena Holt says, adding, "and check every mooring line twice before dark tonight."',
        "storm has passed",
    )
    assert "over the bay … and check every mooring" in text
    assert "over the bay and check" not in text


def test_pieces_either_side_of_he_said_are_marked_as_cut() -> None:
    text = _only(
        "The mayor opened the new library on Saturday after two years of work.\n\n"
        '"This building belongs to every family in the valley," Mayor Ana Ruiz said, '
        '"and it will stay open seven days a week for all of them."',
        "belongs to every family",
    )
    assert "in the valley … and it will stay" in text


def test_a_quote_reopened_on_the_next_paragraph_is_joined_with_a_space() -> None:
    text = _only(
        "The fire chief gave an update on the forest fire on Sunday evening.\n\n"
        'Fire Chief Omar Said told reporters: "We have the northern edge of the fire under '
        "control after three long days of work.\n\n"
        '"The southern edge is still burning and we expect it to take most of the week."',
        "northern edge",
    )
    assert "of work The southern edge" in text and "…" not in text
