"""A page without a dated header gets no publication date, not a year taken from its text."""

from __future__ import annotations

from newsbrief.ingest.html import extract_html

BODY = (
    "<p>The harbor board voted on Tuesday to rebuild the north pier, which was first built "
    "in 1987 and last repaired in 2003 after a winter storm broke its outer piles.</p>"
    "<p>Engineers told the board the new pier will take two years to finish and will "
    "carry both ferries and fishing boats once the work is done next spring.</p>"
)


def _page(head: str = "") -> str:
    return (
        f"<html><head><title>Board votes to rebuild pier</title>{head}</head>"
        f"<body><article><h1>Board votes to rebuild pier</h1>{BODY}</article></body></html>"
    )


def test_years_mentioned_in_the_body_are_not_taken_as_the_date() -> None:
    article = extract_html(_page(), doc_id="p", where="pier.html")
    assert "2003" in article.text
    assert article.published is None


def test_a_date_in_the_page_metadata_is_still_read() -> None:
    head = '<meta property="article:published_time" content="2025-03-11T13:15:00Z">'
    article = extract_html(_page(head), doc_id="p", where="pier.html")
    assert article.published == "2025-03-11T13:15:00Z"
