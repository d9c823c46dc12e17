"""Where a row stands for one article (the "who reported what" table, the sources list,
the page's article headings), rows name articles by id as soon as one outlet ran two:
a lone article of another outlet is then named by its id too, never by a bare outlet
that reads as all of that outlet's reporting."""

from __future__ import annotations

import re

import newsbrief
from newsbrief.render import render

from .test_single_source_badge import DOCS


def _rows(md: str) -> list[str]:
    table = md.split("## Who reported what", 1)[1].split("\n## ", 1)[0]
    return [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| ")][1:]


def _sources(md: str) -> list[str]:
    part = md.split("## Sources", 1)[1]
    return re.findall(r"^- \*\*(.*?)\*\*", part, flags=re.M)


def test_the_lone_article_of_an_outlet_is_named_by_its_id_beside_two_of_another() -> None:
    md = render(newsbrief.summarize(DOCS, words=60), "markdown")
    named = ["wire-1", "wire-2", "Daily News (daily)"]  # an id naming its outlet: alone
    assert _rows(md) == named
    assert _sources(md) == named
    page = render(newsbrief.summarize(DOCS, words=60), "html")
    assert "<h3>Daily News (daily)" in page


def test_one_article_per_outlet_rows_name_the_outlets() -> None:
    docs = [DOCS[0], DOCS[2]]
    md = render(newsbrief.summarize(docs, words=60), "markdown")
    assert _rows(md) == ["Wire", "Daily News"]
    assert _sources(md) == ["Wire", "Daily News"]
