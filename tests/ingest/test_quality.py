"""Extraction quality on our own pages: body paragraphs kept, boilerplate lines leaked.

Ground truth comes from the page structure: the body paragraphs are the ``<p>`` children of
the article body container; every other text block of at least three words (navigation,
banners, newsletter boxes, captions, related lists, comments, footers, ads, pull quotes)
is boilerplate. ``python -m tests.ingest.test_quality`` prints the table in docs/ingest.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsbrief.ingest.html import extract_html
from newsbrief.ingest.web import _html_file

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
QUALITY_PAGES = (
    "herald-bridge.html",
    "courier-bridge.html",
    "wire-bridge.html",
    "gazette-cp1252.html",
    "ledger-bridge.html",
)
_BODY = "//div[contains(@class,'article-body')]/p | //article[not(@class='comment')]/p"
_SKIP_TAGS = {"head", "script", "style", "title", "h1", "meta", "link"}


@dataclass
class Quality:
    page: str
    body_total: int
    body_kept: int
    boiler_total: int
    leaked: list[str]


def _norm(text: str) -> str:
    return " ".join(text.split())


def measure(name: str) -> Quality:
    path = PAGES / name
    doc = _html_file(path)
    tree = lxml_html.document_fromstring(path.read_bytes())
    body = tree.xpath(_BODY)
    body_ids = {id(p) for p in body}
    paragraphs = [_norm(p.text_content()) for p in body]
    extracted = _norm(doc.text)
    kept = sum(1 for p in paragraphs if p in extracted)
    boiler: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if id(el) in body_ids or any(id(a) in body_ids for a in el.iterancestors()):
            continue
        for piece in (el.text, el.tail if el.getparent() is not None else None):
            if piece is None:
                continue
            if piece is el.tail and id(el.getparent()) in body_ids:
                continue
            line = _norm(piece)
            if len(line.split()) >= 3:
                boiler.append(line)
    # A boilerplate line "leaks" when it shows up in the text other than inside a body
    # paragraph (a pull quote that repeats a body sentence leaks only as a second copy).
    leaked = [b for b in boiler if extracted.count(b) > sum(p.count(b) for p in paragraphs)]
    return Quality(name, len(paragraphs), kept, len(boiler), leaked)


@pytest.mark.parametrize("name", QUALITY_PAGES)
def test_body_kept_and_boilerplate_dropped(name: str) -> None:
    q = measure(name)
    assert q.body_total >= 3 and q.boiler_total >= 1
    assert q.body_kept == q.body_total
    assert q.leaked == []


def test_pull_quote_is_not_a_second_copy() -> None:
    html = (PAGES / "ledger-bridge.html").read_text()
    doc = extract_html(html, doc_id="ledger", where="ledger")
    assert doc.text.count("That work was never done.") == 1


if __name__ == "__main__":
    print("| page | body paragraphs kept | boilerplate blocks | leaked |")
    print("|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for page in QUALITY_PAGES:
        q = measure(page)
        print(f"| {page} | {q.body_kept}/{q.body_total} | {q.boiler_total} | {len(q.leaked)} |")
        totals = [
            totals[0] + q.body_kept,
            totals[1] + q.body_total,
            totals[2] + q.boiler_total,
            totals[3] + len(q.leaked),
        ]
        for line in q.leaked:
            print(f"|   leaked: {line[:70]} | | | |")
    print(f"| **all** | {totals[0]}/{totals[1]} | {totals[2]} | {totals[3]} |")
