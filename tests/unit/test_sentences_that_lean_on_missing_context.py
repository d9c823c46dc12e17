"""A sentence whose meaning needs a sentence before it is never read alone."""

from __future__ import annotations

import pytest

from newsbrief.eligible import _dependency, is_opinion

LEANING = [
    "Nine other candidates shared the rest of the vote in the count.",
    "Several shed tears as they accepted checks from the embassy.",
    "Ana Ruiz, a 48-year-old baker, also planned to vote for the mayor.",
    "The blaze was already consuming the wooden building.",
    "Even so, army troops were deployed at polling stations in the north.",
    "Two more people died on Monday in the city hospital.",
    "Even without new cuts, the situation still looks grim for the mayor's allies.",
    "The move angered opposition leaders in the capital on Monday.",
    "Two junior clerks at the port could lose their jobs too.",
    "The harbour master was questioned by the inspectors as well.",
]
ALONE = [
    "Several people died in the blaze at the club on Friday.",
    "Several armed men entered the hall just before midnight.",
    "The storm has already killed 30 people in the region.",
    "The blaze was already out when the firemen arrived.",
    "More than 400,000 people watched the mass in the square.",
    "The law bans not only smoking but also vaping in bars.",
    "The situation in Harlow looks grim for the allies of the mayor.",
    "The decision to close the plant was made by the board on Friday.",
    "The ferry arrived too late for the morning train to the capital.",
    "The mayor and the harbour master as well as two clerks resigned.",
]


@pytest.mark.parametrize("text", LEANING)
def test_a_sentence_leaning_on_an_antecedent_needs_it(text: str) -> None:
    assert _dependency(text) is not None


@pytest.mark.parametrize("text", ALONE)
def test_a_sentence_that_names_what_it_tells_stands_alone(text: str) -> None:
    assert _dependency(text) is None


def test_an_editorial_marks_itself_by_its_first_line_title_or_address() -> None:
    assert is_opinion("The Harlow Herald said in an editorial for Monday:\n\nThe mayor erred.")
    assert is_opinion("The mayor erred.", title="Opinion: the mayor erred")
    assert is_opinion("The mayor erred.", url="https://herald.example/opinion/2020/mayor")
    assert not is_opinion("Opinion polls show the mayor ahead by ten points.")
    assert not is_opinion("The mayor said in an interview on Monday that he erred.")
