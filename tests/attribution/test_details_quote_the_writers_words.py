"""A detail's explanation quotes the claim and the article, not the tokenizer.

Figures and dates are read from tokens ("30", "-", "minute"); a reader checks what an
explanation says against the texts, so "30-minute audio = 30-minute message" must be
shown as written, not "30 - minute audio". The story below is written for this test.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import as_written

DOCS = [
    {
        "id": "wire",
        "text": "Audio message\n\nThe rebel leader Ivo Marek released a 30-minute message "
        "on Wednesday, calling on supporters to hold the line in the 14–9 standoff.\n",
    }
]


def test_explanations_show_hyphenated_figures_as_written() -> None:
    claim = "Ivo Marek released a 30-minute audio message on Wednesday."
    (att,) = newsbrief.attribute(DOCS, [claim])
    (support,) = att.supported_by
    number = next(d for d in support.details if d.kind == "number")
    assert number.claim == "30-minute audio"
    assert number.evidence == "30-minute message"
    assert " - " not in support.explanation


def test_a_detail_is_found_in_its_source_whatever_the_dash_or_possessive() -> None:
    assert as_written("14 - 9 standoff", DOCS[0]["text"]) == "14–9 standoff"
    assert as_written("Ostria forces", "Ostria's forces moved") == "Ostria's forces"
    # a reader's note is not in the text: only the tokenizer's spaces go
    assert as_written("30 - minute (planned)", "no such words") == "30-minute (planned)"


def test_a_name_with_a_title_is_shown_with_its_point() -> None:
    assert as_written("Mrs Ciller", "Mrs. Ciller, head of the party, said") == "Mrs. Ciller"
    assert as_written("turkey accused Syria", "Turkey accused Syria on Monday") == (
        "Turkey accused Syria"
    )
