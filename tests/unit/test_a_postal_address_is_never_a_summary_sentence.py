"""A postal address ("P.O. Box B, Redding Ridge, Conn. 06876.") is contact furniture:
as a paragraph of its own it is cleaned away, and as the piece a sentence splitter cut
from "... reached by mail at P.O. Box B, ..." it is no summary sentence (a new user's
digest of the DUC Swissair story printed it as one). Sentences that give an address
inside their reporting, or end on a number, are kept."""

from __future__ import annotations

import pytest

from newsbrief import summarize
from newsbrief.clean import clean_text
from newsbrief.eligible import is_eligible
from newsbrief.model import Article
from newsbrief.segment import split_sentences
from newsbrief.text import is_postal_address

ADDRESSES = [
    "P.O. Box B, Redding Ridge, Conn. 06876.",
    "Box B, Redding Ridge, Conn. 06876.",
    "1600 Pennsylvania Ave. NW, Washington, D.C. 20500",
    "Suite 200, 100 Main St., Springfield, IL 62701-1234",
    "24 Sussex Drive, Ottawa, Ontario K1A 0B1",
    "10 Downing Street, London SW1A 2AA",
]

NOT_ADDRESSES = [
    # reporting that gives an address: lower-case words (a verb)
    "The family association can be reached by mail at P.O. Box B, Redding Ridge, Conn. 06876.",
    "He lives at 5 Main St., Springfield, Ill. 62701.",
    # a number at the end, but no address
    "In 1998, Clinton won 54321.",
    "Officials in Miami, Fla., counted 12000.",
    # a dateline or headline in capitals, no postal code
    "NEW YORK, Oct. 12",
    "NATIONAL FORECAST",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_line_is_debris_of_the_cleaning(text: str) -> None:
    assert is_postal_address(text)
    body = "The council voted on Tuesday to rebuild the old bridge across the river."
    cleaned = clean_text(f"{body}\n\n{text}\n\nWork starts in the spring, officials said.")
    assert text not in cleaned.text
    assert body in cleaned.text


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_reporting_and_other_numbers_are_not_addresses(text: str) -> None:
    assert not is_postal_address(text)


def test_an_address_cut_from_its_sentence_is_not_eligible() -> None:
    # the piece a splitter leaves after cutting at "P.O." (segment.py no longer does,
    # s34 fxP; a paragraph may still open on it)
    (address,) = split_sentences(Article(id="a", text="Box B, Redding Ridge, Conn. 06876."))
    assert not is_eligible(address)
    (reporting,) = split_sentences(
        Article(id="b", text="He lives at 5 Main St. in Springfield, Ill., near 62701.")
    )
    assert is_eligible(reporting)


def test_a_summary_of_a_story_with_a_contact_address_leaves_the_address_out() -> None:
    story = [
        Article(
            id=f"a{i}",
            text=(
                "Relatives of the people killed in the crash of the airliner formed a "
                "family association on Monday.\n\n"
                "The association wants investigators to share what they learn about the "
                "crash with the families.\n\n"
                "The family association can be reached by mail at P.O. Box B, Redding "
                f"Ridge, Conn. 06876.\n\nThe airline said it would meet the families{tail}"
            ),
        )
        for i, tail in enumerate((" next week.", " in Geneva next week."))
    ]
    result = summarize(story, words=200)
    assert result.sentences
    assert not any(is_postal_address(s.text) for s in result.sentences)
    assert not any("06876" in s.text and s.text.startswith("Box") for s in result.sentences)
