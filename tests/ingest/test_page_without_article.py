"""A page with no article is skipped with a reason that reads as English."""

from __future__ import annotations

import pytest

from newsbrief.errors import FetchError
from newsbrief.ingest.html import extract_html


@pytest.mark.parametrize(("body", "count"), [("Subscribe", "1 word"), ("Home News", "2 words")])
def test_a_page_without_article_text_counts_its_words_in_english(body: str, count: str) -> None:
    page = f"<html><head><title>Index</title></head><body><p>{body}</p></body></html>"
    with pytest.raises(FetchError) as info:
        extract_html(page, doc_id="index", where="index.html")
    assert info.value.message == f"no article text found in the page (only {count})"
