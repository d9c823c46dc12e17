"""The facts a report lists are sentences a reader can take as statements."""

import newsbrief

from ..conftest import EXAMPLE

HEADLINE = "ISIS leader releases message encouraging fighters in Mosul"


def _untitled_example() -> list[dict[str, str]]:
    # As a JSONL story or the HTTP API carries it: no title field, the headline line
    # still at the top of the text.
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "source": p.stem}
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]


def test_a_headline_line_in_the_text_is_not_listed_as_a_fact() -> None:
    docs = _untitled_example()
    assert docs[0]["text"].startswith(HEADLINE)
    analysis = newsbrief.summarize(docs, words=100).analysis
    facts = [f.text for f in (*analysis.shared_facts, *analysis.single_source_facts)]
    assert facts
    assert HEADLINE not in facts
    assert all(f.rstrip("\"”’') ")[-1:] in ".!" for f in facts), facts


def test_the_fact_both_outlets_report_is_still_shared() -> None:
    summary = newsbrief.summarize(_untitled_example(), words=100)
    # the calls for attacks are a summary sentence: both outlets are named on it, and it
    # is not listed again among the facts beyond the summary
    said = [s for s in summary.sentences if "Saudi Arabia and Turkey" in s.text]
    assert said and {e.source for e in said[0].supported_by} == {"fox-news", "nbc-news"}
    assert summary.analysis is not None
    assert not any("Saudi Arabia and Turkey" in f.text for f in summary.analysis.shared_facts)
