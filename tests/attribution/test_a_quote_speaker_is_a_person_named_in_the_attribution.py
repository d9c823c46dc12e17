"""A quote's speaker is a person or body the attribution names: never a noun phrase the
sentence is about ("a decision"), a lone capital glued to a verb, the subject of the next
sentence, or a plural for "he"; "what X called" gives the phrase to X; a speaker is shown
by the fullest name the article gives, a title by its holder, and a one-letter typo in a
first name does not split one quote in two.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from .quote_helpers import is_quoted, quotes_of, speaker_of


def _speaker_of(text: str, words: str) -> str | None:
    assert is_quoted(text, words), "quote not found"
    return speaker_of(quotes_of(text), words)


def test_the_subject_of_a_relative_clause_spoke_not_the_noun_it_describes() -> None:
    text = (
        "The council put off the vote, a decision that Mayor Ana Ruiz said was wise. "
        '"It is normal to wait a few days after a storm like this one," she said.'
    )
    assert _speaker_of(text, "normal to wait a few days") == "Mayor Ana Ruiz"


def test_what_someone_called_a_phrase_is_their_phrase() -> None:
    text = (
        "Neighbours said Dr. Paul Berg kept his clinic open because he had what one friend "
        'called "a quiet and stubborn kind of courage."'
    )
    assert _speaker_of(text, "stubborn kind of courage") == "one friend"


def test_a_capital_glued_to_a_speech_verb_is_no_speaker() -> None:
    # "Masked" is not "M" + "asked"
    text = (
        "One hostage, freed this year, spoke on condition of anonymity. Masked guards "
        "moved the prisoners at night, he said. "
        '"Their only aim was the ransom money and nothing else," he said.'
    )
    assert _speaker_of(text, "only aim was the ransom") != "M"


def test_the_next_sentences_subject_did_not_say_a_quote_that_ended_its_sentence() -> None:
    text = (
        'Patients endured shouts from picketers of "You are killing the town." A longtime '
        "patient who asked that she be named only as Karen said that the doctor apologized "
        "for the protests."
    )
    assert _speaker_of(text, "You are killing the town") is None


def test_he_is_never_a_plural_noun_phrase() -> None:
    text = (
        "Businessman Boris Kavel has denied paying ransoms.\n\n"
        "But even the hostage releases have only added fuel to the dispute in the region.\n\n"
        '"I tried to do everything possible on my side to stop this," he said Tuesday.'
    )
    assert _speaker_of(text, "tried to do everything possible") != "the hostage releases"


def test_a_title_with_its_holder_in_apposition_is_shown_by_the_holders_name() -> None:
    text = (
        '"We should look at this disaster as a chance to build something better," '
        "explained Portvale's Housing Secretary, Ana Carmen Alemany."
    )
    assert _speaker_of(text, "chance to build something better") == "Ana Carmen Alemany"


def test_a_first_name_alone_is_shown_by_the_full_name_the_article_gives() -> None:
    text = (
        '"It was the most frightening night I have ever lived through," said Arya Shafai, '
        "a 15-year-old student.\n\n"
        '"He was just so small, you know, and nobody saw him," said Arya, his voice '
        "trailing off."
    )
    assert _speaker_of(text, "just so small") == "Arya Shafai"


def test_one_quote_with_a_typo_in_the_speakers_first_name_is_listed_once() -> None:
    quote = '"The earlier figure the police gave out was simply wrong,"'
    first = f"{quote} Hand Carlsson, the lead detective, told reporters.\n"
    second = f"{quote} Hans Carlsson, the lead detective, told reporters.\n"
    third = f"Police spoke on Friday. {quote} Hans Carlsson, the lead detective, said.\n"
    found = [q for q in quotes_of(first, second, third) if "figure the police" in q.text]
    assert [q.speaker for q in found] == ["Hans Carlsson"]


def test_the_office_after_a_title_is_not_part_of_the_speakers_name() -> None:
    text = (
        "Secretary of State Madeline Orr telephoned the premier on Friday. "
        '"It is customary to pause for a few days after an attack like this," Orr said.'
    )
    assert _speaker_of(text, "customary to pause") == "Madeline Orr"
