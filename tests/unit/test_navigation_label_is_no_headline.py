"""A pasted page's navigation label above the headline is not the article's title.

Text copied from a site often keeps a stray "Menu" or "Sections" line above the
headline. A headline names what the article tells; a short line sharing no word with the
paragraphs after it is the page's furniture, and the next line is the headline.
"""

from __future__ import annotations

from newsbrief.clean import clean_text

BODY = (
    "The river burst its banks on Tuesday, flooding three towns after a week of record "
    "rain, officials said.\n\nRescue crews moved hundreds of residents to shelters "
    "overnight as the water kept rising.\n"
)


def test_a_stray_label_above_the_headline_is_left_out() -> None:
    cleaned = clean_text("Menu\n\nRiver floods three towns after record rain\n\n" + BODY)
    assert cleaned.title == "River floods three towns after record rain"
    assert "Menu" in cleaned.removed
    assert "Menu" not in cleaned.text


def test_a_short_headline_naming_the_story_stays_the_title() -> None:
    cleaned = clean_text("Floods\n\n" + BODY.replace("flooding", "floods hit"))
    assert cleaned.title == "Floods"


def test_a_long_first_line_is_read_as_before() -> None:
    cleaned = clean_text("Sections of the town were cut off\n\n" + BODY)
    assert cleaned.title == "Sections of the town were cut off"
