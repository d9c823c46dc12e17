"""A loanword or a name with an accent ("the café", "the fiancé", "Öcalan") is a word of
the shape its plain spelling has: the eligibility tests read "the café" as a definite
description of the café, not of a "caf" nobody introduced, so the sentence is not lost
from the summary (even with ``--method lead``) nor moved after a later one."""

from __future__ import annotations

import unicodedata

import pytest

from newsbrief import summarize
from newsbrief.eligible import (
    _dependency,
    definite_heads,
    demonstrative_heads,
    name_runs,
    opening_subject,
    unintroduced,
)

# Written for these tests.
SENTENCES = [
    "A fire destroyed the café on Monday, police said.",
    "A fire destroyed the café “Beyoncé” in Zürich on Monday — police said.",
    "The café opened in 1998 and closed last year.",
    "The fiancé was arrested on Tuesday in the town.",
    "Police questioned the protégé of the minister for hours.",
    "Investigators said this élite unit had been disbanded last year.",
    "The émigré later returned to the city to vote.",
    "Abdullah Öcalan was captured in Kenya in February.",
    "Öcalan said the rebels would lay down their arms.",
    "The señora declined to say where she had been living.",
    "Three days later, the café reopened to customers in the city.",
    "They said the café was the oldest in the region.",
    "Officials said the façade would be restored by spring.",
]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _reading(text: str) -> list[str]:
    """What the eligibility tests find in ``text``, accents taken off the answer."""
    found = (
        definite_heads(text),
        _dependency(text),
        sorted(unintroduced(text, "")),
        sorted(opening_subject(text)),
        demonstrative_heads(text),
        name_runs(text),
    )
    return [_plain(repr(x)).lower() for x in found]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_accented_word_reads_as_its_plain_spelling(sentence: str) -> None:
    assert _reading(sentence) == _reading(_plain(sentence))


def test_the_cafe_is_one_word() -> None:
    assert definite_heads("The fiancé was arrested on Tuesday.") == [(0, ("fiancé",))]
    assert name_runs("Abdullah Öcalan was captured in Kenya.")[0] == ["Abdullah", "Öcalan"]


CAFE = "A fire destroyed the café on Monday, police said. Nobody was hurt, the owner said."


@pytest.mark.parametrize("method", ["default", "lead"])
def test_a_lede_with_an_accented_noun_opens_the_summary(method: str) -> None:
    summary = summarize([{"id": "cafe", "text": CAFE}], method=method, sentences=2)
    texts = [s.text for s in summary.sentences]
    assert texts[0] == "A fire destroyed the café on Monday, police said."


def test_sentences_of_one_undated_article_keep_its_order() -> None:
    text = (
        "Café fire in Zürich\n\n"
        "A fire destroyed the café “Beyoncé” in Zürich on Monday — police said. "
        "Nobody was hurt; the owner, François Müller, said he would rebuild.\n\n"
        "The café opened in 1998."
    )
    summary = summarize([{"id": "zurich", "text": text}], sentences=2)
    starts = [s.start for s in summary.sentences]
    assert len(starts) == 2 and starts == sorted(starts)
