"""A figure joined to its noun by hyphens ("a 3,500-page report", "a 17-month-old
government") measures that noun, whatever verb its sentence has, so a claim giving the
same noun another measure ("runs to 5,300 pages", "27 months old") is contradicted, and
the explanation quotes the figure as written ("3,500-page").
Stories written for these tests (fictional).
"""

from __future__ import annotations

from newsbrief.attribution.facts import facts_of

from .verdict_helpers import verdicts

STORY = [
    {
        "id": "wire-1",
        "text": (
            "The 3,500-page report by the Harbor Safety Commission culminates two years of "
            "public hearings.\n\n"
            "Parliament toppled Premier Ines Lind's 17-month-old government on Wednesday in "
            "a vote over a bribery scandal.\n"
        ),
    },
    {
        "id": "paper-2",
        "text": (
            "Last week the commission unveiled a 3,500-page report naming dozens of "
            "harbor officials.\n"
        ),
    },
]


def _verdicts(claim: str) -> tuple[list[str], dict[str, str]]:
    return verdicts(STORY, claim)


def test_another_page_count_for_the_report_is_contradicted() -> None:
    supported, contradicted = _verdicts("The Harbor Safety Commission report runs to 5,300 pages.")
    assert supported == []
    assert contradicted.get("wire-1") == "5,300 pages vs 3,500-page"


def test_the_same_page_count_is_supported() -> None:
    supported, contradicted = _verdicts("The Harbor Safety Commission report runs to 3,500 pages.")
    assert "wire-1" in supported and contradicted == {}


def test_another_age_of_the_government_is_contradicted() -> None:
    supported, contradicted = _verdicts("Lind's government was about 27 months old when it fell.")
    assert supported == []
    assert contradicted.get("wire-1") == "about 27 months old vs 17-month"


def test_the_compound_figure_measures_its_noun_not_the_verb() -> None:
    (q,) = facts_of("The commission unveiled a 3,500-page report on Monday.").quantities
    assert (q.value, q.measures) == (3500.0, "report")
    assert q.event == frozenset({"report"})
    (alone,) = facts_of("The report runs to 5,300 pages.").quantities
    assert alone.measures == ""
