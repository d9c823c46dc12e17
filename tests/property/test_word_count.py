"""The memoised word count selection and eligibility read is ``Sentence.n_words``."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.model import Sentence
from newsbrief.text import word_count

# Words, every kind of whitespace str.split() splits on, and punctuation.
_TEXT = st.text(alphabet=st.sampled_from(list("ab1. ,\t\n\r\x0b\x0c\u00a0\u2003\u3000-'")))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_word_count_is_the_sentences_whitespace_token_count(text: str) -> None:
    sentence = Sentence("a", 0, len(text), text, 0, 0)
    assert word_count(text) == sentence.n_words
    assert word_count(text) == sentence.n_words  # and again, from the memo
