"""A quote is never given to someone who did not say it: a possessor after "according to",
the subject of another clause before the attribution, the one who quotes someone else, a
name that is no one of the pronoun's sex, and a speaker re-spelled from capitals.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from .quote_helpers import is_quoted, quotes_of, speaker_of


def _speaker_of(text: str, words: str) -> str | None:
    assert is_quoted(text, words), "quote not found"
    return speaker_of(quotes_of(text), words)


QUOTE = '"The new bridge will open next week after all the safety checks,"'


def test_according_to_someones_lawyer_is_not_that_person() -> None:
    text = f"Builder John Ruiz was charged on Monday.\n\n{QUOTE} according to John Ruiz's lawyer."
    assert _speaker_of(text, "new bridge will open") != "Builder John Ruiz"
    assert _speaker_of(text, "new bridge will open") in (None, "John Ruiz's lawyer")


def test_according_to_an_office_is_not_a_possessive_fragment() -> None:
    text = f"The works ran late.\n\n{QUOTE} according to the mayor's office."
    assert _speaker_of(text, "new bridge will open") in (None, "the mayor's office")


def test_a_clause_with_its_own_subject_before_the_attribution_is_someone_elses_words() -> None:
    for clause in (
        "the crowd chanted",
        "the farmers demanded outside the hall",
        "the workers were shouting outside",
    ):
        text = f'"Open the bridge next week or we will all strike," {clause}, Ruiz said.'
        assert _speaker_of(text, "Open the bridge next week") is None, clause


def test_words_opening_with_a_preposition_or_participle_still_lead_to_the_speaker() -> None:
    text = (
        "Senator Maria Vance faced the committee on Wednesday.\n\n"
        '"We want our money back before the winter comes," in a letter to the council, '
        "Vance said.\n\n"
        '"I have nothing more to add on the contracts" by refusing to answer, she said.'
    )
    assert _speaker_of(text, "money back before the winter") == "Senator Maria Vance"
    assert _speaker_of(text, "nothing more to add") == "Senator Maria Vance"


def test_quoted_someone_as_saying_gives_the_one_quoted() -> None:
    text = (
        "Mayor Ana Lopez met builder John Ruiz on Monday.\n\n"
        '"The bridge is safe and will open next week," Lopez quoted Ruiz as saying.'
    )
    assert _speaker_of(text, "bridge is safe and will open") == "John Ruiz"


def test_she_is_not_a_man_when_a_woman_marked_as_such_is_in_view() -> None:
    text = (
        "Ms. Carla Diaz ran the clinic for ten years. Bill Hart, the clinic's owner, "
        "sold it on Friday.\n\n"
        '"Nobody asked the nurses what they wanted for the ward," she said.'
    )
    assert _speaker_of(text, "Nobody asked the nurses") != "Bill Hart"


def test_he_is_never_a_dateline_a_treaty_or_a_party() -> None:
    text = (
        "JERUSALEM (AP) _ Talks on the border resumed on Monday.\n\n"
        "Dayton Accords ended the war in 1995. A Republican spoke for the motion.\n\n"
        '"We will not give up one metre of the valley," he said.'
    )
    assert _speaker_of(text, "not give up one metre") is None


def test_he_after_a_man_named_as_a_subject_is_that_man() -> None:
    text = (
        "Ibrahim Kola spoke on Tuesday after touring the flooded villages.\n\n"
        '"The water will go down by the end of the month," he said.'
    )
    assert _speaker_of(text, "water will go down") == "Ibrahim Kola"


def test_a_speaker_in_an_all_capitals_story_is_shown_as_written() -> None:
    text = (
        "THE BLAST HIT THE MARKET ON FRIDAY MORNING AND KILLED SIX PEOPLE.\n\n"
        '"WE HAVE ARRESTED TWO MEN IN CONNECTION WITH THE BLAST," SAID MIKE MCCURRY.\n\n'
        '"WE WILL WIN THIS WAR AND ALL WHO OPPOSE US WILL LOSE," THE LEADER ABU BAKR '
        "AL-BAGHDADI SAID."
    )
    assert _speaker_of(text, "WE HAVE ARRESTED TWO MEN") == "MIKE MCCURRY"
    assert _speaker_of(text, "WE WILL WIN THIS WAR") == "THE LEADER ABU BAKR AL-BAGHDADI"
