"""Every sentence's offsets index the article text exactly, whatever script it is in:
generated text mixing Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Armenian and
Georgian words (combining marks, direction marks and other scripts' full stops included)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.clean import is_debris
from newsbrief.segment import split_sentences
from newsbrief.text import spans_words, words

_WORDS = [
    "Взрыв", "порт", "ΟΔΟΣ", "λιμάνι", "ς", "مسؤولون", "بيروت", "פיצוץ", "נמל", "विस्फोट",
    "बंदरगाह", "हुआ", "Պայթյուն", "ցնցել", "აფეთქება", "cafe\u0301", "Beirut", "U.S.", "it's",
    "12", "٣٤", "«Да»", '"Yes"', "\u200fשלום", "(AP)", "İstanbul",
]  # fmt: skip
_SEPARATORS = [
    " ", " ", " ", ". ", "। ", "؟ ", "، ", "; ", "։ ", "! ", ".\n", "\n\n", ".\u200f\n", " — ",
]  # fmt: skip
_TEXT = (
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40
    )
    .map(lambda pairs: "".join(w + s for w, s in pairs))
    .filter(lambda t: any(map(str.isalpha, t)))
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_sentence_offsets_index_the_article_text_in_any_script(texts: list[str]) -> None:
    prepared = newsbrief.prepare(texts)
    for article in prepared.articles:
        own = [s for s in prepared.sentences if s.article_id == article.id]
        assert own == list(split_sentences(article))
        for s in own:
            assert article.text[s.start : s.end] == s.text
            assert s.text == s.text.strip()
        # tokenising by sentences gives the article's words (deduplication relies on it)
        assert spans_words(article.text, [(s.start, s.end, s.text) for s in own]) == words(
            article.text
        )


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_summary_offsets_index_the_text_as_given_in_any_script(texts: list[str]) -> None:
    # a line of three words in three scripts is a language menu: cleaning removes it
    assume(any(not is_debris(line) for t in texts for line in t.splitlines()))
    # a text with no sentence at all (words with no full stop) is left out as empty
    assume(newsbrief.prepare(texts).articles)
    summary = newsbrief.summarize(texts, words=60, analysis=False)
    given_text = {f"doc{k}": t for k, t in enumerate(texts, 1)}  # ids of texts passed as strings
    for s in summary.sentences:
        assert given_text[s.article_id][s.start : s.end] == s.text
