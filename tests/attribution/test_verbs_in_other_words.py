"""The same deed in another common verb ("established" / "created", "regarded" /
"viewed"; data/synonyms.txt) is the same event, while another deed or another year still
is not. The story is written for the tests."""

from __future__ import annotations

from newsbrief.attribution import attribute
from newsbrief.attribution.lexicon import canon

STORY = [
    {
        "id": "valley-post",
        "published": "2026-04-02",
        "text": (
            "The provincial assembly created a flood relief fund in 2004 to rebuild bridges "
            "in the Lannet valley.\n\n"
            "Many farmers viewed the new canal as a waste of public money."
        ),
    }
]


def supported(text: str) -> bool:
    (result,) = attribute(STORY, [text])
    return bool(result.supported_by)


def test_established_and_created_state_one_deed() -> None:
    assert canon("established") == canon("created") == canon("establish")
    assert supported("The provincial assembly established a flood relief fund in 2004.")


def test_regarded_and_viewed_state_one_view() -> None:
    assert canon("regarded") == canon("viewed") == canon("considered")
    assert supported("Many farmers regarded the new canal as a waste of public money.")


def test_another_deed_or_year_is_still_no_support() -> None:
    assert not supported("The provincial assembly dissolved a flood relief fund in 2004.")
    assert not supported("The provincial assembly established a flood relief fund in 2009.")
