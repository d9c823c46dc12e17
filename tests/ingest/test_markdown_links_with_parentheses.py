"""A markdown link whose address holds parentheses (any Wikipedia link) keeps only its text.

The destination used to end at its first ")", leaving a stray ")" in the sentence, which
made the sentence unusable and the summary of a one-article story empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import summarize
from newsbrief.clean import clean_text
from newsbrief.ingest import load_documents

ARTICLE = (
    "# Council votes\n\n"
    "The council voted 7-2 on Monday to approve the "
    "[bridge](https://en.wikipedia.org/wiki/Elm_(river)) over the river, officials said. "
    "The bridge will cost $40 million, Mayor Ana Ruiz said.\n"
)


def _clean(line: str) -> str:
    return clean_text(line, markdown=True, detect_title=False).text


def test_a_link_to_an_address_with_parentheses_leaves_no_stray_bracket() -> None:
    assert _clean("They approved the [bridge](https://x.example/wiki/Elm_(river)) today.") == (
        "They approved the bridge today."
    )
    line = "The page hid a [script](javascript:alert(1)) in its text."
    assert _clean(line) == "The page hid a script in its text."


def test_link_titles_angle_addresses_and_escaped_brackets_are_markup() -> None:
    line = 'A [b](</a b> "t") c [d](/n "ti(t)le") e ![img](a(b)c.png) f [g](x\\)y) h.'
    assert _clean(line) == "A b c d e  f g h."


def test_an_unbalanced_address_is_left_as_text() -> None:
    # CommonMark reads no link here either: the text keeps what was typed
    assert _clean("See [z](a(b) now.") == "See [z](a(b) now."


def test_a_one_article_summary_with_a_wikipedia_link_is_not_empty(tmp_path: Path) -> None:
    path = tmp_path / "wiki.md"
    path.write_text(ARTICLE, encoding="utf-8")
    summary = summarize(load_documents([str(path)]), words=100)
    texts = [s.text for s in summary.sentences]
    assert texts == [
        "The council voted 7-2 on Monday to approve the bridge over the river, officials said.",
        "The bridge will cost $40 million, Mayor Ana Ruiz said.",
    ]


_URL_CHARS = st.text("abcxyz019/_-.:#?=&%+~", max_size=5)


def _balanced(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _URL_CHARS
    inner = _balanced(depth - 1).map(lambda s: f"({s})")
    return st.lists(st.one_of(_URL_CHARS, inner), min_size=1, max_size=3).map("".join)


@settings(max_examples=150, deadline=None)
@given(
    dest=_balanced(3).filter(bool),
    label=st.sampled_from(["bridge", "the river", "Elm (river)", "council vote"]),
    title=st.sampled_from(["", ' "A title"', " 'x'", " (paren title)"]),
)
def test_links_lose_their_markup_as_commonmark_reads_them(
    dest: str, label: str, title: str
) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    line = f"The council approved the [{label}]({dest}{title}) over the river."
    tokens = markdown_it.MarkdownIt("commonmark").parseInline(line)[0].children or []
    if not any(t.type == "link_open" for t in tokens):
        return  # not a link for CommonMark either (its label or address breaks it)
    expected = "".join(t.content for t in tokens if t.type == "text")
    assert _clean(line) == expected
