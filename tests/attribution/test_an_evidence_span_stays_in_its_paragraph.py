"""With ``paragraph_windows`` on (off by default: see config.py), an evidence span does
not reach over a paragraph break into a sentence that shares the claim with the one
before only through a name: a wire paragraph states one fact, and the next paragraph's
sentence naming the same country is another fact, which the reader would be shown as
"the supporting span". A sentence that goes on with the one before (an opening pronoun:
"He was flown to the capital ...") still joins it.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsbrief

BORDER = (
    "Norland has massed troops on the border following allegations that Sudria is "
    "supporting Kurdish rebels.\n\n"
    "Valdora in response has accused Norland and Ostia of plotting against Sudria through "
    "their military cooperation.\n\n"
    "The two countries have been at odds for years."
)
# the dateline puts Valdora in Sudria
DATELINE = "VALDORA, Sudria (AP) _ Sudria said Monday it wants good relations with its neighbors."
ARREST = (
    "Police arrested Omar Haddad, a leader of the rebels, at the airport on Monday.\n\n"
    "He was flown to the capital and charged with treason."
)


def docs() -> list[dict[str, str]]:
    return [
        {"id": "border", "text": BORDER, "published": "2024-06-03"},
        {"id": "dateline", "text": DATELINE, "published": "2024-06-03"},
        {"id": "arrest", "text": ARREST, "published": "2024-06-03"},
    ]


def test_a_span_does_not_glue_the_next_paragraphs_fact(config_with: Callable[..., Any]) -> None:
    config_with(paragraph_windows=1)
    # the denial is stated nowhere: the accusation's paragraph and the next one's
    # counter-charge, glued, do not report it
    (att,) = newsbrief.attribute(
        docs(),
        ["The Norland government accuses Sudria of aiding the rebels, a charge Valdora denies."],
    )
    assert att.supported_by == ()
    assert all("\n\n" not in s.text for s in att.contradicted_by)


def test_a_sentence_that_goes_on_with_the_one_before_still_joins_it(
    config_with: Callable[..., Any],
) -> None:
    config_with(paragraph_windows=1)
    (att,) = newsbrief.attribute(docs(), ["Omar Haddad was arrested and charged with treason."])
    (span,) = att.supported_by
    assert span.article_id == "arrest"
    assert "Police arrested Omar Haddad" in span.text and "charged with treason" in span.text
