"""Deduplication reuses each sentence's memoised tokens: the article's words come out the
same as tokenising the whole article, wherever the sentences start and end.

``text.spans_words`` tokenises only the text between sentences and falls back to the whole
article where a cut could join or split a token; these properties check that on
generated text with awkward cuts (inside words, before "'s", next to characters whose
lower case changes length). benchmarks/speed.py measures the gain.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.api import prepare
from newsbrief.dedup import SHINGLE, _shingles
from newsbrief.text import spans_words, words

_PIECES = [*"ab Z9.'’-\n", "İ", "K", "ΟΣ", "'s", "’t", "don't", "U.S.", "rock'n'roll", "  "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(_TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [(a, b, text[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return text, spans


@settings(max_examples=800, deadline=None)
@given(text_and_spans())
def test_words_from_sentence_tokens_equal_the_whole_articles_words(
    case: tuple[str, list[tuple[int, int, str]]],
) -> None:
    text, spans = case
    assert spans_words(text, spans) == words(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_duplicate_detection_sees_the_same_shingles_with_or_without_sentences(
    texts: list[str],
) -> None:
    prepared = prepare(texts)
    for article in prepared.articles:
        own = [s for s in prepared.sentences if s.article_id == article.id]
        assert _shingles(article.text, own) == _shingles(article.text)


def test_shingles_of_a_real_article_are_its_word_5grams() -> None:
    story = "Rescuers reached the village on Monday. It's the third flood this year.\n\n" * 3
    prepared = prepare([story])
    (article,) = prepared.articles
    w = words(article.text)
    grams = {hash(tuple(w[i : i + SHINGLE])) for i in range(len(w) - SHINGLE + 1)}
    assert _shingles(article.text, prepared.sentences) == frozenset(grams)
