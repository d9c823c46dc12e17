"""An English word typed with accents ("Beyoncé", "cafés", "coördinated", "İstanbul")
matches the same word typed without them: deduplication, selection and attribution
compare stems, and those must agree. Words of other scripts keep their letters."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.text import content_stems, stem, words


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("Beyoncé", "Beyonce"),
        ("cafés", "café"),
        ("cafés", "cafe"),
        ("coördinated", "coordinated"),
        ("naïve", "naive"),
        ("İstanbul", "Istanbul"),
        ("Zürich's", "Zurich"),
    ],
)
def test_an_accented_word_has_the_stem_of_the_plain_word(accented: str, plain: str) -> None:
    assert content_stems(accented) == content_stems(plain)


def test_an_accented_word_is_porter_stemmed_like_english() -> None:
    assert stem("coördinated") == stem("coordinating") == "coordin"


def test_the_turkish_capital_i_folds_to_a_plain_i() -> None:
    assert words("İstanbul") == ["istanbul"]


@pytest.mark.parametrize("word", ["łódź", "взрывы", "λιμάνι", "विस्फोट"])
def test_words_not_latin_without_their_marks_are_kept_whole(word: str) -> None:
    assert stem(word) == word


def test_an_outlet_writing_without_accents_supports_the_accented_report() -> None:
    a = (
        "Beyoncé opened her new café in Zürich on Monday, her spokesman said. "
        "The coördinated launch drew thousands of fans to the city centre."
    )
    b = (
        "Beyonce opened a new cafe in Zurich on Monday, according to a spokesman. "
        "Thousands of fans came to the coordinated launch, police said."
    )
    summary = newsbrief.summarize([a, b], words=30)
    assert summary.sentences
    for s in summary.sentences:
        assert {e.article_id for e in s.supported_by} == {"doc1", "doc2"}, s.text
