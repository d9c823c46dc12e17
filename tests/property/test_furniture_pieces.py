"""Cross-story furniture counts the same sentence pieces as the plain per-line split."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import furniture

# The pieces as first written: per line, split after an end mark, each piece lower-cased.
_END_REFERENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


def reference_pieces(texts: list[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            for piece in _END_REFERENCE.split(line.strip()):
                parts = piece.split()
                if len(parts) >= furniture.MIN_WORDS:
                    out.add(" ".join(parts).lower())
    return out


_PIECES = [
    *"aZ .!?\"')’”\t\n\r\xa0\x85\u2028\x1c",
    "ΟΔΟΣ",
    "Σ",
    "ς",
    "İ",
    "K",
    "the",
    "Mayor",
    "said",
    "  ",
    "\r\n",
    "U.S.",
    "...",
]
texts = st.lists(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), max_size=3)


@settings(max_examples=2000, deadline=None)
@given(texts)
def test_pieces_are_the_per_line_split(ts: list[str]) -> None:
    assert furniture._raw_sentences(ts) == reference_pieces(ts)
