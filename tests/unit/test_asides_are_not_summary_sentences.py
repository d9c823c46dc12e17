"""A sentence inside a bracketed aside that runs on is not shown as a summary sentence.

"(Astronomers call objects moving earthward meteoroids." opens an aside its sentence never
closes (the aside goes on, and so does the reader's wait for its end); a sentence whose
")" closes an aside begun before it is that aside's end. Neither stands alone.
"""

from __future__ import annotations

from newsbrief.eligible import is_eligible
from newsbrief.model import Sentence


def sentence(text: str) -> Sentence:
    return Sentence("a", 0, len(text), text, 0, 0)


def test_an_aside_opened_and_not_closed_is_left_out() -> None:
    assert not is_eligible(
        sentence("(Astronomers call the objects moving earthward meteoroids, not meteors.")
    )


def test_the_sentence_closing_an_aside_begun_before_is_left_out() -> None:
    assert not is_eligible(sentence("Most burn up high above the ground, they said.)"))


def test_a_sentence_with_a_whole_aside_inside_stays() -> None:
    assert is_eligible(
        sentence("The storm (the third this month) killed 14 people in the fishing villages.")
    )
