"""A weekday as wire copy abbreviates it ("Tues., Dec. 1", "said Fri.", "on Thurs.") is
read as that weekday where a date stands: before a date, or after a reporting verb or a
preposition of time. Elsewhere the same letters are words or names ("the Sun reported",
"said Sun Microsystems", "Sat on a bench"). Invented stories."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.attribution.dates import date_refs, reported_days
from newsbrief.attribution.lexicon import tokenize

_COLLAPSE = "The old bridge over the Dunmore river collapsed on {day}, the council said."
_CLAIM = "The old bridge over the Dunmore river collapsed on {day}."


def _days(text: str) -> list[int | None]:
    toks = tokenize(text)
    lows = [t.lower() for t in toks]
    said = reported_days(toks, lows, [None] * len(toks))
    return [d.weekday for d in (*date_refs(toks, lows), *said) if d.weekday is not None]


def _judged(article: str, claim: str) -> tuple[list[str], list[str]]:
    docs = [
        {
            "id": "wire",
            "source": "Valley Post",
            "published": "2026-12-02",
            "text": f"Bridge\n\n{article}\n",
        }
    ]
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.explanation for e in att.contradicted_by]


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("The council met Tues., Dec. 1, and voted for the plan.", 1),
        ("The vote is set for Fri. Nov. 20 in Riverton.", 4),
        ("The bridge collapsed on Mon. Oct. 5.", 0),
        ("The mayor said Wed. that the bridge would close.", 2),
        ("The bridge collapsed on Thurs.", 3),
        ("The market will reopen on Sat., officials said.", 5),
        ("The mayor said Sun. that the bridge would reopen.", 6),
    ],
)
def test_a_weekday_abbreviation_in_a_dates_place_is_that_weekday(text: str, weekday: int) -> None:
    assert _days(text) == [weekday]


@pytest.mark.parametrize(
    "text",
    [
        "The Sun reported the fire at the mill.",
        "Officials said Sun Microsystems would pay the fine.",
        "Sat on a bench outside the hall, he waited for the vote.",
        "The couple will wed in the spring.",
        "The Mon people of Burma held a festival.",
    ],
)
def test_the_same_letters_elsewhere_are_no_day(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(("abbreviation", "weekday"), [("Tues.", "Tuesday"), ("Tue.", "Tuesday")])
def test_an_abbreviated_day_agrees_with_the_same_day_written_out(
    abbreviation: str, weekday: str
) -> None:
    assert _judged(_COLLAPSE.format(day=abbreviation), _CLAIM.format(day=weekday)) == (["wire"], [])
    assert _judged(_COLLAPSE.format(day=weekday), _CLAIM.format(day=abbreviation)) == (["wire"], [])


def test_an_abbreviated_day_conflicts_with_another_day() -> None:
    supported, contradicted = _judged(
        _COLLAPSE.format(day="Tues., Dec. 1"), _CLAIM.format(day="Monday")
    )
    assert supported == []
    assert contradicted == ["Monday vs Tues"]
    supported, contradicted = _judged(_COLLAPSE.format(day="Tuesday"), _CLAIM.format(day="Thurs."))
    assert supported == []
    assert contradicted == ["Thurs vs Tuesday"]


def test_a_statement_said_on_an_abbreviated_day_is_that_days_statement() -> None:
    article = "Mayor Ana Ruiz said Tues. that the bridge would stay closed until March."
    assert _judged(
        article, "Mayor Ana Ruiz said Tuesday that the bridge would stay closed until March."
    ) == (
        ["wire"],
        [],
    )
    # another day for the same statement: not the statement the article reports
    assert (
        _judged(
            article, "Mayor Ana Ruiz said Monday that the bridge would stay closed until March."
        )[0]
        == []
    )
