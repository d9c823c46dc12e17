"""What a figure counts is read inside its own phrase and clause: the words after a
comma, a reporting verb or the object of the verb it is the subject of are another
thing ("The quake measured 5.8, the national seismology office said": 5.8 counts no
"seismology"). A measure noun written right before the figure after a determiner or
"of" ("a magnitude of 5.8", "A magnitude 6.1 quake", "of magnitude 6.1") names what it
is a value of, unless the figure counts a plural noun ("a total of 40 people"). So two
outlets' magnitudes of one quake conflict, and other quantities stay apart. Invented
stories."""

from __future__ import annotations

import pytest

import newsbrief

from .judging import figures

_POST = "An earthquake struck the hill town of Marlow on Tuesday. " + (
    "The quake had a magnitude of 5.8, the national seismology office said. "
    "Rescue teams searched collapsed houses through the night."
)
_HERALD = (
    "An earthquake of magnitude 6.1 hit Marlow on Tuesday, killing 14 people. "
    "Twelve aftershocks followed before dawn, the town's mayor said."
)
_TIMES = (
    "A powerful quake shook Marlow on Tuesday. The quake measured 5.8, the national "
    "seismology office said. Schools in the town were closed."
)


def _verdicts(texts: dict[str, str], claim: str) -> tuple[list[str], list[str]]:
    """Supporting ids and contradicting explanations of ``claim`` in a story of
    ``texts`` (outlet -> text), all published on the same day."""
    docs = [
        {"id": name, "source": name, "published": "2026-03-01", "text": f"Quake in Marlow\n\n{t}\n"}
        for name, t in texts.items()
    ]
    (att,) = newsbrief.attribute(docs, [claim])
    return (
        [e.article_id for e in att.supported_by],
        [f"{e.article_id}: {e.explanation}" for e in att.contradicted_by],
    )


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The quake measured 5.8, the national seismology office said.", frozenset()),
        ("The quake had a magnitude of 5.8, the national seismology office said.", {"magnitud"}),
        ("A magnitude 6.1 quake hit Marlow on Tuesday.", {"magnitud"}),
        ("An earthquake of magnitude 6.1 hit Marlow on Tuesday.", {"magnitud"}),
        ("The home side won with a score of 5 in the final.", {"score"}),
    ],
)
def test_a_figure_counts_no_word_of_the_next_clause(text: str, counted: frozenset[str]) -> None:
    (figure,) = figures(text)
    assert figure.after == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A total of 40 people were hurt in the crash.", "peopl"),
        ("An additional 14 people were injured on Monday.", "peopl"),
        ("Two Libyans were indicted in 1991.", "indict"),
    ],
)
def test_a_figure_still_counts_the_noun_after_it(text: str, counted: str) -> None:
    assert counted in figures(text)[0].after


def test_two_outlets_magnitudes_of_one_quake_conflict() -> None:
    texts = {"valley-post": _POST, "ridge-herald": _HERALD}
    supported, contradicted = _verdicts(texts, "The quake had a magnitude of 6.1.")
    assert supported == ["ridge-herald"]
    assert [c.split(":")[0] for c in contradicted] == ["valley-post"]
    supported, contradicted = _verdicts(texts, "The quake had a magnitude of 5.8.")
    assert supported == ["valley-post"]
    assert [c.split(":")[0] for c in contradicted] == ["ridge-herald"]


def test_a_figure_before_a_reporting_clause_is_compared_with_the_same_measure() -> None:
    supported, contradicted = _verdicts({"hill-times": _TIMES}, "The quake measured 6.1.")
    assert supported == []
    assert contradicted == ["hill-times: 6.1 vs 5.8"]


def test_another_quantity_of_the_same_story_does_not_conflict_with_the_magnitude() -> None:
    texts = {"valley-post": _POST, "ridge-herald": _HERALD}
    supported, contradicted = _verdicts(texts, "Twelve aftershocks followed before dawn.")
    assert supported == ["ridge-herald"]
    assert contradicted == []
    supported, contradicted = _verdicts(texts, "The earthquake killed 14 people in Marlow.")
    assert "ridge-herald" in supported
    assert contradicted == []
