"""What ``--format json`` prints, the API gives as typed objects, offsets into the texts given."""

from __future__ import annotations

import json
import re
from typing import Any

import newsbrief
from newsbrief.cli import main
from newsbrief.model import Evidence, StoryAnalysis
from newsbrief.render import summary_dict

from ..conftest import EXAMPLE


def _given() -> dict[str, str]:
    return {p.stem: p.read_text() for p in sorted(EXAMPLE.glob("*.txt"))}


def _shown(raw: str) -> str:
    """The given span as the summary shows it: wire quotes normalised, whitespace folded."""
    return " ".join(re.sub("``|''", '"', raw).split())


def _evidence(summary: newsbrief.Summary) -> list[Evidence]:
    a = summary.analysis
    assert isinstance(a, StoryAnalysis)
    out = [e for s in summary.sentences for e in (*s.supported_by, *s.contradicted_by)]
    out += [e for d in a.disagreements for e in (*d.reports, *d.conflicts)]
    out += [e for f in (*a.shared_facts, *a.single_source_facts) for e in f.sources]
    out += [e for q in a.quotes or () for e in q.sources]
    return out


def test_api_json_equals_cli_json(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "json", "--quotes"]) == 0
    printed = json.loads(capsys.readouterr().out)
    articles = [newsbrief.Article(i, t, title_line=True) for i, t in _given().items()]
    summary = newsbrief.summarize(articles, quotes=True)
    assert summary_dict(summary) == printed
    assert {"coverage", "single_source", "disagreements", "facts", "quotes"} <= set(printed)


def test_every_offset_in_the_objects_indexes_the_text_as_given() -> None:
    given = _given()
    summary = newsbrief.summarize(list(given.values()), quotes=True)
    by_doc = dict(zip([a.id for a in summary.articles], given.values(), strict=True))
    assert summary.sentences and summary.analysis and summary.analysis.quotes
    for s in summary.sentences:
        assert _shown(by_doc[s.article_id][s.start : s.end]) == _shown(s.text)
    spans = _evidence(summary)
    assert len(spans) > len(summary.sentences)
    for e in spans:
        assert _shown(by_doc[e.article_id][e.start : e.end]) == _shown(e.text)
        assert e.source


def test_facts_and_their_sources_are_objects_naming_the_outlets() -> None:
    summary = newsbrief.summarize(
        newsbrief.Story(
            "mosul",
            tuple(
                newsbrief.Article(p.stem, p.read_text(), title_line=True)
                for p in sorted(EXAMPLE.glob("*.txt"))
            ),
        )
    )
    assert summary.story_id == "mosul"
    assert summary.analysis is not None
    # the fact both report is said on summary sentence 1, with both outlets (the lists
    # hold the facts beyond the summary)
    assert {e.article_id for e in summary.sentences[0].supported_by} == {"fox-news", "nbc-news"}
    assert summary.analysis.single_source_facts
    for f in summary.analysis.single_source_facts:
        assert f.sources and all(e.article_id in {"fox-news", "nbc-news"} for e in f.sources)
    assert summary.analysis.quotes is None  # not asked for


def test_analysis_can_be_left_out() -> None:
    summary = newsbrief.summarize(list(_given().values()), analysis=False)
    data: dict[str, Any] = summary_dict(summary)
    assert summary.analysis is None
    assert set(data) == {
        *("id", "summary", "sentences", "articles", "dropped", "method", "words"),
        *("title", "date_range", "outlets"),  # the story heading
    }
    assert all("supported_by" not in s for s in data["sentences"])


FIRE = [
    {
        "id": "herald",
        "source": "Herald",
        "text": "A fire tore through a chemical warehouse at the port of Velmont on Tuesday "
        "night, killing 12 workers, officials said. Firefighters fought the blaze for six "
        "hours. The cause of the fire is under investigation.",
    },
    {
        "id": "courier",
        "source": "Courier",
        "text": "A fire at a chemical warehouse in the port of Velmont killed 14 workers on "
        "Tuesday night, officials said. The blaze burned for six hours before firefighters "
        "put it out. Investigators have not yet found the cause.",
    },
]


def test_a_disagreement_is_one_typed_record_with_the_detail_that_differs() -> None:
    summary = newsbrief.summarize(FIRE, words=60)
    assert summary.analysis is not None
    (d,) = summary.analysis.disagreements  # shown once, not again from the other lead
    assert {e.source for e in d.reports} | {e.source for e in d.conflicts} == {
        "Herald",
        "Courier",
    }
    (against,) = d.conflicts
    conflicting = [x for x in against.details if x.status == "conflicts"]
    assert [x.kind for x in conflicting] == ["number"]
    assert {conflicting[0].claim, conflicting[0].evidence} == {"12 workers", "14 workers"}
    assert "12 workers" in against.explanation and "14 workers" in against.explanation
    given = {x["id"]: x["text"] for x in FIRE}
    assert given[against.article_id][against.start : against.end] == against.text
