"""A page's HTML source pasted into the form (it opens with ``<!doctype html`` or ``<html``)
is read as a page, as ``newsbrief summarize -`` reads one piped in: its main text, title,
outlet and date. Before s34 it was read as text: an empty summary said "No sentence fits
the budget", credited to ``pasted-1``, with the page's markup shown as the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.service.core import pasted_documents

from .conftest import make_client

pytest.importorskip("trafilatura")


def _page(site: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head><title>{title} - {site}</title>"
        f'<meta property="og:site_name" content="{site}">'
        '<meta property="article:published_time" content="2026-11-30T10:00:00Z">'
        f"</head><body><nav>Home | News | Sports | Weather</nav><article><h1>{title}</h1>"
        f"{body}</article><footer>Copyright {site}</footer></body></html>"
    )


GAZETTE = _page(
    "Elm Gazette",
    "Elm River bridge approved",
    "The city council voted 7-2 on Monday to approve a new bridge over the Elm River.",
    "The bridge will cost $40 million, the mayor said at a news conference after the vote.",
    "Work is due to start in the spring and to finish in 2029, the council said.",
)
VALLEY = _page(
    "Valley News",
    "Council backs new bridge",
    "The Elm River bridge was approved by the city council on Monday in a 7-2 vote.",
    "Construction starts next spring, according to the council's planning office.",
)


def test_pasted_page_sources_are_summarized_with_their_outlets(tmp_path: Path) -> None:
    with make_client(tmp_path) as client:
        page = client.post("/summarize", data={"articles": f"{GAZETTE}\n---\n{VALLEY}"})
    assert page.status_code == 200, page.text
    # the summary and the articles; the form under them holds the paste as sent
    html = page.text[: page.text.index('id="edit"')]
    assert "No sentence fits the budget" not in html
    assert "The city council voted 7-2 on Monday" in html
    assert "<bdi>Elm Gazette</bdi>" in html and "<bdi>Valley News</bdi>" in html
    assert "pasted-1" not in html  # the outlet the page names, not the paste's number
    assert "&lt;p&gt;" not in html  # the markup is not shown as the article's text
    assert "Home | News" not in html  # nor the page's menu


def test_a_page_and_a_text_pasted_together_are_both_read() -> None:
    text = "Bridge vote\n\nThe council approved the Elm River bridge on Monday, 7-2."
    docs = pasted_documents(f"{VALLEY}\n---\n{text}", "")
    assert [d.source for d in docs] == ["Valley News", None]
    assert docs[0].title == "Council backs new bridge"
    assert "<p>" not in docs[0].text and docs[1].text == text


def test_without_the_html_extra_a_pasted_page_is_refused_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.ingest.html as html_reader
    from newsbrief.errors import MissingExtraError

    def missing(where: str) -> None:
        raise MissingExtraError("reading HTML", "html")

    monkeypatch.setattr(html_reader, "_trafilatura", missing)
    with make_client(tmp_path) as client:
        page = client.post("/summarize", data={"articles": VALLEY})
    assert page.status_code == 501
    assert "pasted article 1 looks like an HTML page" in page.text
    assert "newsbrief[html]" in page.text


not_a_page = st.text(min_size=1, max_size=200).filter(
    lambda t: (
        all(line.strip() != "---" for line in t.replace("\r\n", "\n").split("\n"))
        and not t.lstrip("\ufeff \t\r\n").startswith("<")
    )
)


@given(not_a_page)
def test_text_that_opens_with_no_page_start_is_kept_as_pasted(text: str) -> None:
    docs = pasted_documents(text, "") if text.strip() else []
    assert all(d.text == text.replace("\r\n", "\n") and d.source is None for d in docs)
