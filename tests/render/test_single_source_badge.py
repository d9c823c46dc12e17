"""The "single source" badge is the analysis's verdict, counted by outlet: two articles of
one wire are one source, on the CLI's web page and on the service's story page alike."""

from __future__ import annotations

import re
from typing import Any

import newsbrief
from newsbrief.render import render, summary_dict

# Written for this test: one outlet ran the story twice, another once.
DOCS: list[dict[str, Any]] = [
    {
        "id": "wire-1",
        "source": "Wire",
        "published": "2025-03-10",
        "text": "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes. "
        "Mayor Ana Ruiz ordered the east side evacuated before dawn on Monday. "
        "Shelters at two schools took in 300 people.",
    },
    {
        "id": "wire-2",
        "source": "Wire",
        "published": "2025-03-11",
        "text": "Mayor Ana Ruiz ordered the east side of Riverton evacuated before dawn on "
        "Monday. The Elm River crested at 31 feet, flooding 40 homes. "
        "Volunteers filled sandbags through the night.",
    },
    {
        "id": "daily",
        "source": "Daily News",
        "published": "2025-03-11",
        "text": "The Elm River crested at 31 feet in Riverton on Monday and flooded 40 homes. "
        "The state sent two rescue boats to the town.",
    },
]


def _badged(page: str) -> dict[str, str]:
    """Each summary list item's sentence -> the outlet its single-source badge names."""
    out = {}
    for item in re.findall(r'<li id="s\d+".*?</li>', page, flags=re.S):
        badge = re.search(r"single source: <bdi>(.*?)</bdi>", item)
        text = re.sub(r"<[^>]+>", "", item.split('<span class="single"')[0]).strip()
        if badge:
            out[" ".join(text.split())] = badge.group(1)
    return out


def _expected(data: dict[str, Any]) -> dict[str, str]:
    return {data["sentences"][x["sentence"]]["text"]: x["source"] for x in data["single_source"]}


def test_html_page_badges_every_sentence_one_outlet_reports_even_in_two_articles() -> None:
    summary = newsbrief.summarize(DOCS, words=60)
    data = summary_dict(summary)
    two_articles_one_outlet = [
        s.text
        for s in summary.sentences
        if len({x.article_id for x in s.supported_by}) == 2
        and len({x.source for x in s.supported_by}) == 1
    ]
    assert two_articles_one_outlet  # the case the page used to miss
    badged = _badged(render(summary, "html"))
    assert badged == _expected(data)
    assert set(two_articles_one_outlet) <= set(badged)
    assert all(badged[t] == "Wire" for t in two_articles_one_outlet)
