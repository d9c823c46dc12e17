"""A wire version that shortens a quote ("not only ... but also" left out) is one quote."""

from __future__ import annotations

import newsbrief

DOCS = [
    {
        "id": "wire1",
        "published": "2020-03-01",
        "text": "Fire officials in Harlow were still naming the victims of the warehouse "
        'fire on Sunday.\n\n"The identification is slow not only because of the burns but '
        'also because they carried no papers at all," said coroner Petra Voss.\n',
    },
    {
        "id": "wire2",
        "published": "2020-03-01",
        "text": "Officials in Harlow were still naming the victims of the warehouse fire "
        'late on Sunday evening.\n\n"The identification is slow because they carried no '
        'papers at all," said coroner Petra Voss.\n',
    },
]


def test_two_wire_versions_of_one_quote_are_listed_once() -> None:
    summary = newsbrief.summarize(DOCS, words=60, quotes=True)
    assert summary.analysis is not None and summary.analysis.quotes is not None
    voss = [q for q in summary.analysis.quotes if "Voss" in q.speaker]
    assert len(voss) == 1
    assert {s.article_id for s in voss[0].sources} == {"wire1", "wire2"}
