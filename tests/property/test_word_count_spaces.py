"""``word_count`` counts single-spaced printable ASCII text by its spaces: the same
count as ``str.split`` for every text, with ASCII's other whitespace (tab, the
separators \\x1c-\\x1f), doubled, leading and trailing spaces included."""

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.text import word_count

_PIECES = ["a", "bc", " ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x7f", "."]


def test_every_short_text_counts_as_split_counts() -> None:
    for n in range(6):
        for parts in product(["a", " ", "\x1f", "\t"], repeat=n):
            text = "".join(parts)
            word_count.cache_clear()
            assert word_count(text) == len(text.split())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_word_count_is_the_split_count(text: str) -> None:
    word_count.cache_clear()
    assert word_count(text) == len(text.split())
