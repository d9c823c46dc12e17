"""A partial quote that opens on the predicate of a subject standing outside its marks
(`Lopez "will travel to the coast," Reyes said`) reports what someone else does: shown
alone under the speaker it reads as the speaker's own deed, so it is left out. A quote
that opens its own clause, a phrase the speaker gives a thing, or the speaker's own
"he" keeps its speaker.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from .quote_helpers import is_quoted, quotes_of, speaker_of

LEAD = "Harbor Authority spokesman Tom Reyes spoke on Monday.\n\n"


def _speaker_of(text: str, words: str) -> str | None:
    assert is_quoted(text, words), "quote not found"
    return speaker_of(quotes_of(text), words)


def test_a_quote_going_on_from_another_persons_name_is_left_out() -> None:
    text = LEAD + ('Mayor Lopez "will travel to the coast within hours to hold talks," Reyes said.')
    assert _speaker_of(text, "will travel to the coast") is None


def test_a_quote_going_on_from_a_named_subject_after_said_is_left_out() -> None:
    text = LEAD + 'Reyes said the Port Council "does not accept the claim that it is to blame."'
    assert _speaker_of(text, "does not accept the claim") is None


def test_a_quote_going_on_from_a_noun_subject_is_left_out() -> None:
    text = LEAD + (
        'Reyes said the union\'s newly hard position "is a result of months of failed talks."'
    )
    assert _speaker_of(text, "is a result of months") is None


def test_the_speakers_next_sentence_of_his_own_is_still_shown() -> None:
    text = LEAD + (
        'Mayor Lopez "will travel to the coast within hours to hold talks," Reyes said. '
        '"We hope the strike ends before the winter comes."'
    )
    assert _speaker_of(text, "will travel to the coast") is None
    assert _speaker_of(text, "We hope the strike ends") == "Tom Reyes"


def test_the_speakers_own_he_keeps_the_quote() -> None:
    text = LEAD + 'Reyes said he "could support a compromise on the night shifts."'
    assert _speaker_of(text, "could support a compromise") == "Tom Reyes"


def test_a_phrase_the_speaker_gives_a_thing_keeps_its_speaker() -> None:
    text = LEAD + 'Reyes said the offer was "a waste of public money and time."'
    assert _speaker_of(text, "a waste of public money") == "Tom Reyes"


def test_a_quote_after_the_one_told_keeps_its_speaker() -> None:
    text = LEAD + 'Reyes told the Courier "the crews will be back at work next week."'
    assert _speaker_of(text, "crews will be back at work") == "Tom Reyes"


def test_a_quote_after_its_subjects_possessive_keeps_its_speaker() -> None:
    text = LEAD + (
        'Reyes said the Council\'s "keenness for good relations with the union" was real.'
    )
    assert _speaker_of(text, "keenness for good relations") == "Tom Reyes"
