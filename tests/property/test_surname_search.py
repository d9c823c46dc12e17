"""Surnames' one-pass search over the lower-cased story keeps the regexes' answer, also
where lower-casing changes a text's length ("İ") or turns a non-ASCII letter into an
ASCII one (the Kelvin sign "K" into "k")."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.eligible import Surnames

from .surname_oracle import surname_keys

# Surname-shaped runs, their lower-case forms, "the", and letters that lower-case oddly.
_PIECES = ["Ab Cd", "Cd", "cd", "Ef Cd", "Kab", "Ab Kab", "kab", "the ", "The ", "Mr. "]
_PIECES += ["İ", "K", "Σ", " ", "\n", ", ", ". ", "-", "'s", "x"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_surnames_are_those_the_word_boundary_regexes_find(texts: list[str]) -> None:
    every = "\n".join(texts)
    expected = Surnames._kept_by_regex(surname_keys(texts), every, every.lower())
    # the oracle finds surnames written after a first name ("Ab Cd" ... "Cd"), not the
    # family names written first ("Cd Mr."), which the default also keeps
    assert Surnames(texts, family_first=False).keys == frozenset(expected)
