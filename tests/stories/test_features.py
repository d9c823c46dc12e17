"""Article features for clustering: what a line is, what counts, what is shared."""

from __future__ import annotations

import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import features as F

WORDS = st.sampled_from(
    ["Pinochet", "the", "of", "London", "court", "ruled", "3,197", "a", "U.S.", "--", "I", "it's"]
)
LINES = st.lists(st.lists(WORDS, max_size=8).map(" ".join), max_size=8)


def reference_counts(
    text: str, title: str | None, line_df: dict[int, int]
) -> tuple[list[int | None], np.ndarray, np.ndarray]:
    """The definition, line by line: each non-empty line's stem codes (stop words break
    bigrams), the first LEAD_PARAS lines and the title weighted up, a line held by n
    articles counted 1/n, bigrams never across lines."""
    keys: list[int | None] = []
    codes: list[int] = []
    weights: list[float] = []
    n = 0
    for line in text.split("\n"):
        toks = F._TOKEN.findall(line.lower())
        if not toks:
            continue
        key = zlib.crc32(" ".join(toks).encode()) if len(toks) >= F.MIN_LINE_WORDS else None
        keys.append(key)
        w = F.LEAD_WEIGHT if n < F.LEAD_PARAS else 1.0
        if key is not None and line_df:
            w /= max(1, line_df.get(key, 1))
        codes += [F._code(t) for t in toks] + [F._BREAK]
        weights += [w] * (len(toks) + 1)
        n += 1
    head = [F._code(t) for t in F._TOKEN.findall(title.lower())] if title else []
    codes += head
    weights += [F.TITLE_WEIGHT] * len(head)
    feats: dict[int, float] = {}
    for i, (c, w) in enumerate(zip(codes, weights, strict=True)):
        if c >= 0:
            feats[c & F._MASK] = feats.get(c & F._MASK, 0.0) + w
        if i and c >= 0 and codes[i - 1] >= 0:
            b = ((codes[i - 1] * 0x9E3779B1) ^ (c * 0x85EBCA77)) & F._MASK
            feats[b] = feats.get(b, 0.0) + w * F.BIGRAM_WEIGHT
    idx = np.array(sorted(feats), dtype=np.int64)
    return keys, idx, np.array([feats[i] for i in idx.tolist()])


@settings(max_examples=200, deadline=None)
@given(LINES, st.one_of(st.none(), st.lists(WORDS, max_size=5).map(" ".join)), st.booleans())
def test_features_follow_the_line_by_line_definition(
    lines: list[str], title: str | None, shared: bool
) -> None:
    text = "\n".join(lines)
    parsed = F.parse(text, title)
    line_df = {k: 3 for k in parsed.keys if k is not None} if shared else {}
    keys, idx, val = reference_counts(text, title, line_df)
    got_idx, got_val = F.term_counts(parsed, line_df)
    assert parsed.keys == keys
    assert got_idx.tolist() == idx.tolist()
    assert np.allclose(got_val, val)


@settings(max_examples=100, deadline=None)
@given(LINES)
def test_blank_lines_and_line_ends_do_not_change_an_articles_features(lines: list[str]) -> None:
    plain = F.term_counts(F.parse("\n".join(lines)))
    spaced = F.term_counts(F.parse("\n\n \n".join(lines) + "\n\n"))
    assert plain[0].tolist() == spaced[0].tolist()
    assert np.array_equal(plain[1], spaced[1])


def test_a_line_shared_by_many_pages_counts_less_than_the_articles_own_words() -> None:
    notice = "Sign up for our morning newsletter today"
    text = "Flood waters rose in Dhaka overnight\n" + notice
    parsed = F.parse(text)
    alone: dict[int, float] = dict(zip(*(a.tolist() for a in F.term_counts(parsed)), strict=True))
    key = parsed.keys[1]  # the notice's line, seen on ten pages
    assert key is not None
    on_ten_pages = {key: 10}
    spread: dict[int, float] = dict(
        zip(*(a.tolist() for a in F.term_counts(parsed, on_ten_pages)), strict=True)
    )
    news = F._code("flood") & F._MASK
    furniture = F._code("newsletter") & F._MASK
    assert spread[news] == alone[news]
    assert spread[furniture] == alone[furniture] / 10
