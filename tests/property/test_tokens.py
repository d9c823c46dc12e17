"""Tokenising gives the regex's tokens on every text: the translate-and-split shortcut
for plain ASCII text without apostrophes changes no token."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.text import sentence_words, spans_words, words

_REGEX = re.compile(r"([a-z0-9]+)(?:['’][a-z]+)?")
_TEXT = st.text(alphabet=st.sampled_from(list("aZk19 _-'’.,\n\t\"ÉéΣ—İ")), max_size=60)


@given(_TEXT)
def test_tokens_are_the_word_regexs(text: str) -> None:
    expected = _REGEX.findall(text.lower())
    assert words(text) == expected
    assert list(sentence_words(text)) == expected


@given(st.lists(_TEXT, max_size=4))
def test_a_text_tokenised_by_its_sentences_gives_its_tokens(parts: list[str]) -> None:
    text, spans, pos = "", [], 0
    for p in parts:
        text += p + " "
        spans.append((pos, pos + len(p), p))
        pos += len(p) + 1
    assert spans_words(text, [s for s in spans if s[0] < s[1]]) == _REGEX.findall(text.lower())
