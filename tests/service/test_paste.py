"""The paste form's parser: articles separated by a line holding only ``---``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.errors import InputError
from newsbrief.service.core import _split_pasted, pasted_documents

line = st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=30).filter(
    lambda s: s.strip() != "---"
)
article = st.lists(line, min_size=1, max_size=5).map("\n".join)


@given(st.lists(article, min_size=1, max_size=5))
def test_pasted_articles_come_back_as_pasted(articles: list[str]) -> None:
    assert _split_pasted("\n---\n".join(articles)) == articles


@given(st.lists(article, min_size=1, max_size=5))
def test_windows_line_ends_split_the_same(articles: list[str]) -> None:
    pasted = "\r\n---\r\n".join(a.replace("\n", "\r\n") for a in articles)
    assert _split_pasted(pasted) == articles


def test_blank_pieces_are_not_articles() -> None:
    docs = pasted_documents("First story text here.\n---\n\n   \n---\nSecond one.", "")
    assert [d.id for d in docs] == ["pasted-1", "pasted-2"]
    assert docs[1].text == "Second one."


def test_nothing_pasted_is_an_error() -> None:
    with pytest.raises(InputError):
        pasted_documents(" \n---\n ", "  \n")
