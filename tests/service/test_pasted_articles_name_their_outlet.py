"""Pasted articles name their outlet with a front-matter block (``---`` / ``source: AP``
/ ``---``), the form says how, articles with the same source count as one outlet on the
page, and a paste that names no outlet says so instead of counting each article as an
outlet (s34 fxU, review rvW #11: ten AP texts pasted read "Reported by several outlets
(pasted-2, pasted-4)").

The articles are written for these tests (not third-party text).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .conftest import make_client

A = (
    "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
    "The bridge will cost $40 million, the mayor said. Work starts in the spring."
)
B = (
    "The Elm River bridge was approved by the city council on Monday in a 7-2 vote. "
    "The mayor said the bridge will cost $40 million. Residents cheered the vote."
)
C = (
    "A new bridge over the Elm River won the city council's approval on Monday, 7-2. "
    "Construction starts in the spring, the mayor said. The old ferry will stop."
)


def _text(page: str) -> str:
    """The page as a reader sees it: tags dropped, entities read, spaces joined."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())


def _paste(tmp_path: Path, articles: str, words: int = 20) -> str:
    with make_client(tmp_path) as client:
        answer = client.post("/summarize", data={"articles": articles, "words": words})
    assert answer.status_code == 200, answer.text
    return answer.text


def _meta(page: str) -> str:
    meta = re.search(r'<p class="meta">(.*?)</p>', page, re.S)
    assert meta is not None
    return _text(meta[1])


def test_the_paste_form_shows_how_to_name_an_articles_outlet(tmp_path: Path) -> None:
    with make_client(tmp_path) as client:
        page = client.get("/").text
    box = re.search(r"<textarea id=\"articles\"[^>]*>", page)
    assert box is not None and 'aria-describedby="paste-outlet"' in box[0]
    hint = re.search(r'<p id="paste-outlet"[^>]*>(.*?)</p>', page, re.S)
    assert hint is not None
    assert "source: AP" in _text(hint[1]) and "count as one outlet" in _text(hint[1])
    assert "---\nsource: AP\n---\n" in page  # the example, as it is typed


def test_pasted_articles_with_the_same_source_count_as_one_outlet(tmp_path: Path) -> None:
    # the first article's block opens the paste; the others follow a --- separator
    page = _paste(
        tmp_path,
        f"---\nsource: AP\n---\n{A}\n---\nsource: AP\n---\n{B}\n---\nsource: Reuters\n---\n{C}",
        words=60,
    )
    assert _meta(page).startswith("3 pasted articles from AP, Reuters")
    text = _text(page)
    assert "pasted-2" not in _meta(page)
    # what both AP articles report is reported by one outlet: its badge names AP once
    assert "The bridge will cost $40 million, the mayor said. single source: AP" in text
    assert page.count("<article id=") == 3  # a block is no article of its own


def test_a_paste_that_names_no_outlet_says_so(tmp_path: Path) -> None:
    page = _paste(tmp_path, f"{A}\n---\n{B}\n---\n{C}")
    assert _meta(page).startswith("3 pasted articles (outlets not named)")
    text = _text(page)
    assert "several outlets" not in text and "one outlet" not in text.split("Summarize again")[0]
    assert "Reported by several articles" in text
    assert "each article without one counts as a source of its own" in text
