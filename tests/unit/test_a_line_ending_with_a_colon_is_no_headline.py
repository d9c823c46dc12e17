"""A first line that ends with a colon introduces what follows ("The Times said in an
editorial on Monday:"): it is the article's first line, never its headline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_text

BODY = (
    "The river burst its banks on Tuesday, flooding three towns after a week of record "
    "rain, officials said.\n\nRescue crews moved hundreds of residents to shelters "
    "overnight as the water kept rising.\n"
)


def test_an_editorial_lead_in_is_text_not_the_title() -> None:
    cleaned = clean_text("The Valley Post said in an editorial on Monday, Oct. 26:\n\n" + BODY)
    assert cleaned.title is None
    assert cleaned.text.startswith("The Valley Post said in an editorial on Monday, Oct. 26:")


def test_a_headline_with_a_colon_inside_stays_the_title() -> None:
    cleaned = clean_text("Floods: three towns under water after record rain\n\n" + BODY)
    assert cleaned.title == "Floods: three towns under water after record rain"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12), st.sampled_from([":", "：", ": "]))
def test_no_first_line_ending_with_a_colon_is_a_title(words: list[str], colon: str) -> None:
    line = " ".join(words) + colon
    cleaned = clean_text(line + "\n\n" + BODY)
    assert cleaned.title is None
    # text, or (a few words naming nothing the article tells) furniture set aside
    assert line.strip() in cleaned.text or line.strip() in cleaned.removed
