"""A hyphenated compound with a particle is one word, written closed or not.

"shoot-out" and "shootout", "take-over" and "takeover" are one word: read as its parts,
the particle (a stopword) is dropped and "shoot-out" would read as "shoot", so an outlet
writing "shootout" would not report a claim's "shoot-out". A compound of content words
("car-bomb") keeps its words, as the open form ("car bomb") has them.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.lexicon import tokenize

PARTICLES = ["out", "up", "off", "down", "over", "in", "back", "away"]


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12),
    st.sampled_from(PARTICLES),
)
def test_a_particle_compound_reads_as_its_closed_form(head: str, particle: str) -> None:
    assert tokenize(f"after a {head}-{particle} with") == tokenize(f"after a {head}{particle} with")


def test_a_compound_of_content_words_keeps_its_words() -> None:
    assert tokenize("a car-bomb exploded") == ["a", "car", "-", "bomb", "exploded"]
    # figures and ranges are not words: "30-minute", "7-2" read as before
    assert tokenize("a 30-minute delay") == ["a", "30", "-", "minute", "delay"]


def test_both_forms_state_the_same_words() -> None:
    hyphen = facts_of("Two guards died in a shoot-out at the bank.")
    closed = facts_of("Two guards died in a shootout at the bank.")
    assert hyphen.content == closed.content


def test_an_outlet_writing_the_closed_form_reports_the_hyphenated_claim() -> None:
    articles = [
        {
            "id": "closed",
            "text": "Gunmen seized the three engineers on Sunday after a shootout with "
            "their guards.",
        }
    ]
    (att,) = newsbrief.attribute(
        articles,
        ["Gunmen seized the three engineers on Sunday after a shoot-out with their guards."],
    )
    assert [s.article_id for s in att.supported_by] == ["closed"]
