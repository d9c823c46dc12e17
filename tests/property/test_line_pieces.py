"""Lines (cleaning) and paragraphs (splitting) found by ``str.split`` are the runs the
patterns ``[^\\n\\r]+`` and ``[^\\n]+`` match, at the same offsets, also after a start
offset (markdown front matter) and with carriage returns alone or in pairs."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import clean, segment

_TEXT = st.lists(st.sampled_from(["a", "Bc d", " ", "\n", "\r", "\r\n", "\t", "é", "\u2028"])).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=8))
def test_lines_are_the_line_pattern_matches(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = [(m.start(), m.group()) for m in clean._LINE.finditer(text, start)]
    assert clean._lines(text, start) == expected


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_paragraphs_are_the_paragraph_pattern_matches(text: str) -> None:
    expected = [(m.start(), m.group()) for m in segment._PARAGRAPH.finditer(text)]
    assert segment._paragraphs(text) == expected
