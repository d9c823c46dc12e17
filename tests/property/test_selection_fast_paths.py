"""Selection's speed shortcuts give exactly the regex answers they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.eligible import TopicWords, _whole_word

# Word characters of several kinds (ASCII, accented, digits, underscore) and separators.
_TEXT = st.text(alphabet=st.sampled_from(list("ab1_éß -'’,.\n")), max_size=40)
_WORD = st.text(alphabet=st.sampled_from(list("ab1éß")), min_size=1, max_size=3)


@settings(max_examples=500, deadline=None)
@given(_TEXT, _WORD)
def test_whole_word_match_agrees_with_a_word_boundary_regex(text: str, word: str) -> None:
    expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert _whole_word(word, text) is expected


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=5), _WORD)
def test_topic_word_is_one_found_whole_in_half_the_articles(texts: list[str], word: str) -> None:
    need = max(2, (len(texts) + 1) // 2)
    rx = re.compile(rf"\b{re.escape(word.lower())}\b")
    expected = sum(1 for t in texts if rx.search(t.lower())) >= need
    assert (word.lower() in TopicWords(texts)) is expected
