"""A true claim is not contradicted by a figure it rounds, a count told at another stage,
a month read as "may", or a bare year of another event; a figure said of someone else
does not support it.

"In May the council rejected ..." states a deed done in May, not a plan ("may"), and a
plan the window does state is explained with its own words ("will reject"). "fell 3.5
percent" agrees with "was down 3.47 percent" (an outlet rounding), while "rose 3.5
percent" is told the other way. "With 80 percent of the ballots counted" dates a report:
two reports' counted shares do not conflict. "Oct. 4" without a year is not
contradicted by "last year's October election", nor "March 3" by a meeting "in 2019".
"Jonas Brandt had 48 percent" is not supported by a sentence giving 48 percent to Ana
Petrov and 31 to Brandt.
Stories written for these tests (fictional).
"""

from __future__ import annotations

import newsbrief


def _doc(doc_id: str, text: str, published: str = "2025-06-20") -> dict[str, str]:
    return {"id": doc_id, "text": text + "\n", "published": published}


def _verdicts(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    supported = [e.article_id for e in att.supported_by]
    return supported, [f"{e.article_id}: {e.explanation}" for e in att.contradicted_by]


COUNCIL = [
    _doc(
        "wire",
        "The mayor and the city council must keep the budget in balance. In May the "
        "council rejected his plan for a new stadium on the river.",
    )
]


def test_the_month_may_does_not_turn_a_done_deed_into_a_plan() -> None:
    claim = "In May, the council rejected the mayor's plan for a new stadium."
    assert _verdicts(COUNCIL, claim) == (["wire"], [])


def test_a_plan_told_as_done_is_explained_with_the_plan_word() -> None:
    docs = [
        _doc(
            "wire",
            "The city council will reject the mayor's plan for a new stadium on the river, "
            "members said on Monday.",
        )
    ]
    claim = "The city council rejected the mayor's plan for a new stadium on the river."
    assert _verdicts(docs, claim) == ([], ["wire: rejected vs will reject (planned)"])


INDEX = [
    _doc(
        "paper",
        "Shares in Lindholm tumbled after the bank's warning, and the Lindholm index was "
        "down 3.47 percent on Tuesday.",
    )
]


def test_a_figure_that_rounds_to_the_claimed_one_is_no_conflict() -> None:
    _, contradicted = _verdicts(INDEX, "The Lindholm index fell 3.5 percent on Tuesday.")
    assert contradicted == []


def test_a_figure_said_to_move_the_other_way_contradicts() -> None:
    _, contradicted = _verdicts(INDEX, "The Lindholm index rose 3.5 percent on Tuesday.")
    assert contradicted == ["paper: rose 3.5 percent vs down 3.47 percent"]


VOTE = [
    _doc(
        "early",
        "With 30 percent of the ballots counted, Mayor Ana Petrov had 44 percent of the "
        "vote in the Korvel election.",
        "2025-06-02",
    ),
    _doc(
        "late",
        "With 80 percent of the ballots counted, Mayor Ana Petrov had 48 percent of the "
        "vote in the Korvel election, and her rival Jonas Brandt of the Green Party had "
        "31 percent.",
        "2025-06-02",
    ),
]


def test_two_reports_shares_of_the_ballots_counted_do_not_conflict() -> None:
    claim = "With 80 percent of the ballots counted, Ana Petrov had 48 percent of the vote."
    supported, contradicted = _verdicts(VOTE, claim)
    assert supported == ["late"]
    assert not any("80 percent vs 30 percent" in c for c in contradicted)


def test_a_figure_said_of_another_candidate_does_not_support() -> None:
    late = VOTE[1:]
    claim = "Jonas Brandt had 48 percent of the vote in the Korvel election."
    assert _verdicts(late, claim)[0] == []
    true_claim = "Jonas Brandt had 31 percent of the vote in the Korvel election."
    assert _verdicts(late, true_claim)[0] == ["late"]


def test_a_year_of_another_event_does_not_contradict_a_day_without_a_year() -> None:
    docs = [
        _doc("wire", "The Lindholm bank collapse took place on March 3, the regulator said."),
        _doc(
            "paper",
            "The first meeting with the bank's owners, which prosecutors said took place "
            "in 2019, is described in the report.",
        ),
    ]
    assert _verdicts(docs, "The Lindholm bank collapse took place on March 3.") == (["wire"], [])
    last = [
        _doc(
            "review",
            "Since Mayor Petrov won the first round of last year's October election, her "
            "approval rating has fallen by 17 points.",
            "2025-12-30",
        )
    ]
    claim = "Mayor Petrov won the first round of the election on Oct. 4."
    assert _verdicts(last, claim)[1] == []
