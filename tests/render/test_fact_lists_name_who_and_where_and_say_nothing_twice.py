"""A fact list line is read out of its article, as a summary sentence is: one whose
subject is a pronoun ("He argued ..."), that opens on a connective ("And ..."), or whose
place is its trimmed dateline ("arrived Saturday for a visit") names nobody or nowhere
and is not listed; nor is one whose content the summary already states in other words.
A near-copy set aside is no source anywhere: not a row of "Who reported what", not an
article counted beside a sentence or a fact, and the heading counts it apart."""

from __future__ import annotations

import json

from newsbrief import summarize
from newsbrief.render import render

# Written for this test: a harbor strike told by three outlets; "Harbor Times" also sent
# an updated copy of its report (one sentence added), which is set aside.
TIMES = (
    "Dock workers in Varna began a strike on Monday over pay, closing the port to cargo "
    "ships. The union leader Petar Ivanov said the strike would last a week. He argued "
    "that wages had not risen in five years. And the port authority warned of heavy "
    "losses. Ivanov arrived Saturday for talks with the port authority. Dock workers "
    "have stopped cargo ships at the port of Varna, the union said. Fishing boats were "
    "allowed to leave the harbor on Monday morning."
)
DOCS = [
    {"id": "t1", "source": "Harbor Times", "published": "2025-05-05", "text": TIMES},
    {
        "id": "t2",
        "source": "Harbor Times",
        "published": "2025-05-05",
        "text": TIMES + " Police stood guard at the gates of the port.",
    },
    {
        "id": "c1",
        "source": "Coast Radio",
        "published": "2025-05-05",
        "text": (
            "A strike by dock workers closed the port of Varna to cargo ships on Monday. "
            "Union leader Petar Ivanov said the strike over pay would last a week. Fishing "
            "boats were allowed to leave the harbor on Monday morning. The port authority "
            "said it would lose money every day the port stays closed."
        ),
    },
    {
        "id": "s1",
        "source": "Sea News",
        "published": "2025-05-05",
        "text": (
            "Cargo ships could not enter the port of Varna on Monday after dock workers "
            "went on strike over pay. Petar Ivanov, the union leader, said the strike "
            "would last a week. Fishing boats were allowed to leave the harbor on Monday."
        ),
    },
]


def _lists() -> tuple[list[str], list[str], dict]:
    summary = summarize(DOCS, words=40)
    assert summary.analysis is not None
    shared = [f.text for f in summary.analysis.shared_facts]
    single = [f.text for f in summary.analysis.single_source_facts]
    return shared, single, json.loads(render(summary, "json"))


def test_no_fact_line_opens_on_a_pronoun_or_a_connective_or_lacks_its_place() -> None:
    shared, single, _ = _lists()
    lines = shared + single
    assert lines  # the lists still hold the story's other facts
    assert not any(t.startswith(("He ", "And ")) for t in lines)
    assert not any("arrived Saturday for talks" in t for t in lines)


def test_a_fact_the_summary_states_in_other_words_is_not_listed_again() -> None:
    summary = summarize(DOCS, words=40)
    assert summary.analysis is not None
    assert any(s.text.startswith("A strike by dock workers closed") for s in summary.sentences)
    listed = [f.text for f in summary.analysis.shared_facts + summary.analysis.single_source_facts]
    # the Times' lede tells the same strike in other words: not listed again
    assert not any(t.startswith("Dock workers in Varna began a strike") for t in listed)


def test_a_near_copy_set_aside_is_no_source_and_is_counted_apart() -> None:
    summary = summarize(DOCS, words=40)
    assert [(d.article_id, d.duplicate_of) for d in summary.dropped] == [("t1", "t2")]
    assert summary.analysis is not None
    assert "t1" not in {c.article_id for c in summary.analysis.coverage}
    for s in summary.sentences:
        assert "t1" not in {e.article_id for e in s.supported_by}
    for f in summary.analysis.shared_facts + summary.analysis.single_source_facts:
        assert "t1" not in {e.article_id for e in f.sources}
    text = render(summary, "markdown")
    assert "3 articles (+1 near-copy set aside)" in text
    assert "| t1 |" not in text
    assert "t1: not used (duplicate of t2)" in text
