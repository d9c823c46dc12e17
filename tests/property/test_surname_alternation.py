"""Surnames with characters beyond word characters ("D'Amato", "Moseley-Braun") are
counted by ``str.find`` as the word-boundary alternation regex counts them: the same
matches in the same order, also where one name is the start of another ("Al" and
"Al-Sadr"), so the first listed wins as it does in the regex."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.eligible import Surnames, _alternation_matches

from .surname_oracle import surname_keys

_CHARS = ["A", "a", "b", "'", "-", ".", "_", "é", "1", " ", "\n", "’"]
# Free strings, and names one of which starts another ("Al" of "Al-Sadr") and so match
# at the same place: there the first listed must win.
_ALT = st.lists(st.sampled_from(_CHARS), min_size=1, max_size=5).map("".join) | st.sampled_from(
    ["Al", "Al-Sadr", "A", "A-b", "Ab", "A'b", "Ab.", "b"]
)
_TEXT = st.lists(st.sampled_from([*_CHARS, "Ab", "A-b", "A'b", "Ab."]), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ALT, min_size=1, max_size=5), _TEXT)
def test_alternation_matches_are_those_of_the_regex(alternatives: list[str], text: str) -> None:
    rx = re.compile(r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")\b")
    expected = [(m.start(), m.group()) for m in rx.finditer(text)]
    assert _alternation_matches(alternatives, text) == expected


_PIECES = ["Ann D'Amato", "D'Amato", "d'amato", "Carol Moseley-Braun", "Moseley-Braun"]
_PIECES += ["Braun", "Al", "Ali Al-Sadr", "Al-Sadr", "the ", "The ", " ", ". ", "\n", "'s"]
_STORY = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_STORY, min_size=1, max_size=4))
def test_surnames_with_apostrophes_and_hyphens_are_those_the_regexes_find(
    texts: list[str],
) -> None:
    keys = surname_keys(texts)
    every = "\n".join(texts)
    lowered = every.lower()
    assert Surnames._kept_by_search(keys, every, lowered) == Surnames._kept_by_regex(
        keys, every, lowered
    )
