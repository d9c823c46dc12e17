"""Properties of the scraped-page rules: a reader-comment thread is found as the plain
list-scanning rule finds it (the set that made it linear changes no answer); a line that
reports (a speech verb, a quote mark) is never a site notice; the English function-word
share is a share, blind to case and repetition; cleaning a page with notices and forum
headers still copies every character it keeps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import (
    _COMMENT_STAMPS,
    _comment_thread,
    _is_comment_stamp,
    _is_site_notice,
    _notice_hints,
    _user_wrote,
    clean_text,
    is_debris,
    looks_like_title,
)
from newsbrief.language import english_share

_LINES = [
    "jk_1977 5 hours ago",
    "Anna B · 2d",
    "marco_p wrote:",
    "Quote from: river_watcher",
    "The Prime Minister wrote:",
    "President Macron wrote:",
    '"We will rebuild the bridge," the mayor said.',
    "Comments",
    "The bridge was closed on Tuesday, officials said.",
    "This bridge has been a disaster for years.",
    "Engineers found cracks in two columns.",
]


def reference_thread(lines: list[str]) -> set[int]:
    """The thread rule as first written: stamps in a list, scanned for each stamp."""
    stamps = [n for n, t in enumerate(lines) if len(t.split()) <= 8 and _is_comment_stamp(t)]
    if len(stamps) < _COMMENT_STAMPS:
        return {n for n in stamps if _user_wrote(lines[n]) or lines[n].startswith("Quote")}
    out: set[int] = set()
    for n in stamps:
        out.add(n)
        if n + 1 < len(lines) and n + 1 not in stamps and not lines[n + 1].startswith('"'):
            out.add(n + 1)
    head = stamps[0] - 1
    if (
        head >= 0
        and head not in out
        and len(lines[head].split()) <= 5
        and looks_like_title(lines[head])
    ):
        out.add(head)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30))
def test_comment_thread_is_the_list_rule(lines: list[str]) -> None:
    assert _comment_thread(lines) == reference_thread(lines)


_NOTICE_WORDS = [
    "We use cookies",
    "your browser",
    "Please enable JavaScript",
    "on this site",
    "your device",
    "the mayor",
    "bridge",
    "to",
    "and",
]
notice_like = st.lists(st.sampled_from(_NOTICE_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(notice_like, st.sampled_from([" the minister said.", ' "', "``", " according to police"]))
def test_a_line_that_reports_is_never_a_site_notice(line: str, reporting: str) -> None:
    assert not _is_site_notice(line + reporting)


words = st.lists(
    st.sampled_from(["the", "of", "bridge", "pont", "le", "était", "and", "Eastport", "a"]),
    min_size=1,
    max_size=40,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(words, st.integers(min_value=2, max_value=4))
def test_english_share_is_a_share_blind_to_names_numbers_and_repetition(text: str, k: int) -> None:
    share, n = english_share(text)
    assert 0.0 <= share <= 1.0
    assert english_share(" ".join([text] * k)) == (share, n * k)
    # a capitalised name or a number between the words is not judged
    assert english_share(text.replace(" ", " Fisher 54 ")) == (share, n)


pieces = st.lists(
    st.sampled_from([*_LINES, "We use cookies to improve your experience.", "Accept all cookies"]),
    max_size=15,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(pieces)
def test_cleaning_a_page_with_notices_copies_every_kept_character(raw: str) -> None:
    c = clean_text(raw)
    for i, ch in enumerate(c.text):
        if ch != "\n":
            assert raw[c.raw_map.to_raw(i)] == ch


notice_lines = st.lists(
    st.one_of(
        notice_like,
        st.sampled_from(["Accept all cookies", "Read our cookie policy.", "Ad-blocker on?"]),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=500, deadline=None)
@given(notice_lines)
def test_the_page_wide_notice_shortcut_decides_as_each_line_alone(lines: list[str]) -> None:
    page = "\n".join(lines)
    hints = _notice_hints(page)
    for line in lines:
        assert is_debris(line, notices=hints) == is_debris(line)
