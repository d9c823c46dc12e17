"""The story page's article texts are highlighted in green, red and yellow; a legend above
them says what each colour means, naming exactly the kinds the texts hold. Before s34
the page had no key: the meaning was written only in docs/service.md, and a reader met
coloured spans with nothing on the page to say what they were.

(That the kinds differ by more than colour, for a colour-blind reader, is checked in
Chromium by ``test_browser.py``.)
"""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import make_client

QUAKE_12 = (
    "Earthquake hits Riverton\n\n"
    "A strong earthquake struck the town of Riverton on Friday morning, killing 12 people "
    "and injuring dozens, officials said. Rescue teams searched collapsed buildings in the "
    "old town through the day."
)
QUAKE_14 = (
    "Riverton quake kills 14\n\n"
    "An earthquake struck Riverton on Friday morning, killing 14 people, officials said. "
    "Rescue teams searched collapsed buildings in the old town."
)
FERRY = (
    "Ferry service resumes\n\n"
    "Ferry service to the islands resumed on Thursday after a week of storms, the ferry "
    "company said. The first boat left the harbour at 7 a.m. with 40 passengers aboard. "
    "The company's new timetable adds a late boat on Fridays."
)
FERRY_2 = (
    "Boats sail again\n\n"
    "Ferry service to the islands resumed on Thursday after a week of storms, the ferry "
    "company said. Ticket prices are unchanged, the company said. Island shops had run "
    "short of bread and milk during the storms."
)

MARK = re.compile(r'<mark class="(\w+)">')


def _page(tmp_path: Path, *articles: str, words: int = 20) -> tuple[dict[str, str], set[str]]:
    """The legend's entries (kind -> text) and the kinds of mark in the article texts."""
    with make_client(tmp_path) as client:
        page = client.post(
            "/summarize", data={"articles": "\n---\n".join(articles), "words": str(words)}
        )
    assert page.status_code == 200, page.text
    articles_part = page.text.split('<section class="articles">', 1)[1]
    legend = re.search(r'<p class="legend">(.*?)</p>', articles_part)
    entries = (
        dict(re.findall(r'<mark class="(\w+)">([^<]*)</mark>', legend.group(1))) if legend else {}
    )
    texts = articles_part[legend.end() :] if legend else articles_part
    return entries, set(MARK.findall(texts))


def test_a_contradiction_is_explained_by_the_legend(tmp_path: Path) -> None:
    entries, kinds = _page(tmp_path, QUAKE_12, QUAKE_14, words=40)
    assert "con" in kinds  # the 12-vs-14 report is marked red in its article
    assert set(entries) == kinds
    assert entries["con"] == "contradicts a summary sentence"


def test_one_outlet_facts_are_explained_by_the_legend(tmp_path: Path) -> None:
    entries, kinds = _page(
        tmp_path, f"---\nsource: Island Post\n---\n{FERRY}", f"source: Bay News\n---\n{FERRY_2}"
    )
    assert "one" in kinds  # a fact only one paste reports is marked yellow
    assert set(entries) == kinds
    assert entries["one"] == "reported by this outlet only"


def test_a_paste_naming_no_outlet_calls_a_yellow_span_one_sources(tmp_path: Path) -> None:
    # each unnamed article counts as a source of its own: no "outlet" is claimed
    entries, kinds = _page(tmp_path, FERRY, FERRY_2)
    assert "one" in kinds
    assert entries["one"] == "reported by this source only"
    assert entries["sup"] == "reports a summary sentence"
