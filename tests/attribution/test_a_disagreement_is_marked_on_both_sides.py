"""A same-time conflict between two reports is marked on both: the summary sentence
that states one side is "contradicted by" the outlet of the other, whichever of the two
was found as the claim (a short sentence is found in a long one that states its every
detail, never the long one in the short)."""

from __future__ import annotations

import newsbrief
from newsbrief import Article

# Two made-up outlets on one council vote; the second states more than the first.
SHORT = (
    "The council approved a new bridge over the River Tay on Monday. "
    "The new bridge will cost $40 million, the council said. "
    "Work is due to start in the spring. "
    "Residents have asked for a bridge for twenty years."
)
LONG = (
    "Councillors voted on Monday for a new bridge over the River Tay that will cost "
    "$45 million and open in 2029, the council said. The vote was nine to two. "
    "Two councillors said the money should go to schools."
)
# One outlet's count and another's, each in a sentence of its own; the first outlet's
# next sentence gives the quake's strength, which no detail of the count concerns (the
# strengths disagree on their own: 5.8 / 6.1).
QUAKE_A = (
    "A strong earthquake struck the hill town of Marlow on Sunday, killing 12 people, "
    "officials said. The quake had a magnitude of 5.8, the national seismology office said. "
    "Rescue teams searched collapsed houses in the old market district through the night."
)
QUAKE_B = (
    "An earthquake of magnitude 6.1 hit Marlow on Sunday, killing 14 people, the regional "
    "governor said. Dozens of houses collapsed in the old market district. "
    "The governor asked neighbouring towns to send doctors."
)


def _summary(a: str, b: str) -> newsbrief.Summary:
    arts = [
        Article("a", a, source="Tay Times", published="2026-05-04"),
        Article("b", b, source="Fife Echo", published="2026-05-04"),
    ]
    return newsbrief.summarize(arts, words=200)


def _marked(summary: newsbrief.Summary, needle: str) -> list[tuple[str, str]]:
    (s,) = [s for s in summary.sentences if needle in s.text]
    return [(c.article_id, c.explanation) for c in s.contradicted_by]


def test_the_longer_sentence_of_a_figure_conflict_is_marked_contradicted_too() -> None:
    summary = _summary(SHORT, LONG)
    assert _marked(summary, "$45 million") == [("a", "$45 million vs $40 million")]
    # and the coverage table shows the cross
    assert summary.analysis is not None
    (row,) = [c for c in summary.analysis.coverage if c.article_id == "a"]
    (k,) = [i for i, s in enumerate(summary.sentences) if "$45 million" in s.text]
    assert k in row.contradicts


def test_a_sentence_beside_a_conflicting_one_is_not_marked_by_a_detail_it_does_not_state() -> None:
    summary = _summary(QUAKE_A, QUAKE_B)
    assert _marked(summary, "killing 12") == [("b", "12 people vs 14 people")]
    # the two magnitudes are one quantity too (a figure's count ends at its clause, s34
    # fxM): each sentence is marked by the details it states, never by the other's
    assert _marked(summary, "killing 14") == [("a", "6.1 vs 5.8; 14 people vs 12 people")]
    assert _marked(summary, "magnitude of 5.8") == [("b", "5.8 vs 6.1")]
