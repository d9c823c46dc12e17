"""A full stop after an abbreviation of initials ("P.O.", "B.J.", "B.C.") ends a sentence
only where a sentence can start after it. "Write to the editor at P.O." shown alone (and
"Box 1234, Springfield." after it) misleads a reader; so does "demanding that President
B.J." A pronoun or a clause with its own verb after the initials still opens a new
sentence. Our own texts."""

from __future__ import annotations

import pytest

from newsbrief import summarize
from newsbrief.model import Article
from newsbrief.segment import split_sentences


def _split(text: str) -> list[str]:
    sents = split_sentences(Article(id="x", text=text))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


@pytest.mark.parametrize(
    "text",
    [
        "Write to the editor at P.O. Box 1234, Springfield.",
        "Letters go to P.O. Box 12 in Springfield, where the paper keeps its office.",
        "Readers demanded that President B.J. Habibie put an end to the violence.",
        "The report named former President P.W. Botha, his army chief and two ministers.",
        "March 8, 1994, Vancouver, B.C. — Dr. Jane Roe, 57, was eating breakfast.",
        # news style spells out a number opening a sentence: a figure goes on
        "He joined the F.B.I. 20 years ago and left in May.",
        "She has worked for the U.N. 12 years, most of them in Geneva.",
    ],
)
def test_what_cannot_open_a_sentence_stays_with_the_initials(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("He moved to the U.S.", "He likes it there."),
        ("The agent joined the F.B.I.", "Officials there praised him."),
        ("The letter was addressed to P.O.", "While it was sent on Monday, it came late."),
        ("The parcel went to the F.B.I.", "Its sender paid for it on Friday."),
    ],
)
def test_a_sentence_after_initials_still_starts_a_new_sentence(first: str, second: str) -> None:
    assert _split(f"{first} {second}") == [first, second]


def test_a_summary_never_shows_half_an_address() -> None:
    story = [
        Article(
            id=f"a{i}",
            text=(
                "The city council voted on Tuesday to rebuild the old bridge over the river.\n\n"
                "Residents may send their comments to the council at P.O. Box 1234, "
                f"Springfield.\n\nWork on the bridge starts in the spring{tail}"
            ),
        )
        for i, tail in enumerate((".", ", the mayor said."))
    ]
    shown = [s.text for s in summarize(story, words=200).sentences]
    assert shown
    assert all(not s.endswith("P.O.") and not s.startswith("Box 1234") for s in shown)
