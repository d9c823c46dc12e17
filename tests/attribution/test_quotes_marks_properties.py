"""Quote marks are paired locally: any text gives in-bounds, ordered spans that never cross
a paragraph, and a well-formed quote is found whatever surrounds it; any story gives quotes
of four words or more, each with a speaker and spans that are the words shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.attribution.quotes import quote_spans, story_quotes
from newsbrief.model import Article

_CHARS = st.sampled_from(list("ab Cd.,\"“”„«»‘’`'\n-("))
_TEXT = st.text(_CHARS, max_size=200)
_WORDS = st.lists(st.sampled_from(["rain", "Bay", "road", "the", "will", "stop"]), min_size=4)


@given(_TEXT)
def test_spans_are_in_bounds_ordered_and_within_one_paragraph(text: str) -> None:
    spans = quote_spans(text)
    last_end = 0
    for start, end, _closed in spans:
        assert 0 <= start < end <= len(text)
        assert start >= last_end
        last_end = end
        if "\n\n" in text:
            assert "\n\n" not in text[start:end]


@given(_TEXT, _WORDS, _TEXT)
def test_a_well_formed_quote_in_its_own_paragraph_is_found(
    before: str, words: list[str], after: str
) -> None:
    body = " ".join(words)
    text = f'{before}\n\n"{body}," she said.\n\n{after}'
    start = len(before) + 3
    assert (start, start + len(body) + 1, True) in quote_spans(text)


_PIECES = st.sampled_from(
    [
        "Mayor Ana Ruiz",
        "Ruiz",
        "she",
        "he",
        "said",
        "told the crowd",
        "a police spokesman",
        "the mayor",
        "``",
        "''",
        '"',
        ",",
        ".",
        "\n\n",
        "the bridge will open in spring",
        "According to",
        "in Riverton on Monday",
    ]
)


@given(st.lists(st.lists(_PIECES, max_size=30), min_size=1, max_size=3))
def test_any_story_gives_quotes_whose_spans_are_the_words_shown(stories: list[list[str]]) -> None:
    articles = [
        Article(f"a{i}", " ".join(pieces), cleaned=True) for i, pieces in enumerate(stories)
    ]
    by_id = {a.id: a.text for a in articles}
    for quote in story_quotes(articles):
        assert quote.speaker.strip()
        assert len(quote.text.split()) >= 4
        for s in quote.sources:
            assert by_id[s.article_id][s.start : s.end] == s.text
