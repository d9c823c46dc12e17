"""The speed shortcuts in cleaning, splitting and dedup give exactly the slow path's answer.

Each shortcut skips work only where a cheap test proves the expensive one cannot fire;
these properties check that proof on generated text (benchmarks/speed.py measures the gain).
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import clean, punkt_spans, segment
from newsbrief.dedup import SHINGLE, _shingles
from newsbrief.text import words

_PIECES = [
    *"ab Z1.?!\"')(;:_&`\t\u00a0",
    "``",
    "''",
    " _ ",
    "&AMP;",
    "&#39;",
    "  ",
    "Col.",
    "U.S.",
    "Mr.",
    "Lt. Gen.",
    "2014.AFP - Getty Images",
    "(Photo: Reuters)",
    "photo credit: Ann Lee",
    "…",
]
text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

# The wire-convention pattern as first written, before it was reshaped for speed (with the
# underscore a wire prints for a hyphen after an abbreviation, "U.S._British", since s28).
_WIRE_REFERENCE = re.compile(
    r"``|''|(?<=\s)_(?=\s)|(?<=\.)_(?=[^\W\d_])|&[A-Za-z]{2,8};|&#\d{1,6};|[ \t\u00a0]{2,}"
)


@settings(max_examples=500, deadline=None)
@given(text)
def test_wire_patterns_match_the_reference(s: str) -> None:
    expected = [m.span() for m in _WIRE_REFERENCE.finditer(s)]
    assert [m.span() for m in clean._WIRE.finditer(s)] == expected
    if not ("  " in s or "\t" in s or "\u00a0" in s):
        assert [m.span() for m in clean._WIRE_NO_RUNS.finditer(s)] == expected


@settings(max_examples=500, deadline=None)
@given(text)
def test_debris_prefilters_are_necessary(s: str) -> None:
    s = s.strip()
    if clean._GLUED_CREDIT.search(s):
        assert clean._GLUED_HINT.search(s)
    if clean._TRAILING_CREDIT.search(s):
        assert s.endswith(")") or ":" in s


@settings(max_examples=500, deadline=None)
@given(text.filter(lambda s: "\n" not in s))
def test_paragraph_shortcut_matches_punkt(paragraph: str) -> None:
    expected = punkt_spans.span_tokenize(paragraph, segment._model())
    assert segment._punkt_spans(paragraph) == expected


@settings(max_examples=500, deadline=None)
@given(text, st.data())
def test_title_check_matches_full_search(s: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(s)))
    end = data.draw(st.integers(start, len(s)))
    expected = segment._TITLE_END.search(s[start:end]) is not None
    assert segment._ends_with_title(s, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "mayor", "said", "bridge", "vote", "7-2"]), max_size=30))
def test_shingles_are_the_distinct_word_5grams(tokens: list[str]) -> None:
    w = words(" ".join(tokens))
    grams = {hash(tuple(w[i : i + SHINGLE])) for i in range(len(w) - SHINGLE + 1)}
    assert _shingles(" ".join(tokens)) == grams
