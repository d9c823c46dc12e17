"""Direct quotes: a wrong speaker shown as fact is worse than none, so when the article does
not say who spoke, the quote is left out; quotes are merged only when they are one quote.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from newsbrief.attribution.quotes import story_quotes
from newsbrief.model import Article

from .quote_helpers import quotes_of as _quotes
from .quote_helpers import speaker_of as _speaker_of

HALL = (
    "Prosecutor Ann Hall opened the case on Monday.\n\n"
    '"The defendant planned this crime for months," Hall said.\n\n'
)


def test_a_lawyer_answering_the_prosecutor_is_not_given_the_prosecutor_s_name() -> None:
    quotes = _quotes(
        HALL + '"The evidence against my client is thin and old," defense lawyer John Smith said.'
    )
    assert _speaker_of(quotes, "evidence against my client") == "John Smith"
    assert _speaker_of(quotes, "planned this crime") == "Prosecutor Ann Hall"


def test_a_titled_spokesman_after_a_role_word_is_the_speaker() -> None:
    quotes = _quotes(
        HALL + '"Our soldiers fired only after they were attacked first," army spokesman '
        "Col. Dan Cohen told reporters."
    )
    assert _speaker_of(quotes, "Our soldiers fired") == "Col. Dan Cohen"


def test_a_reply_in_the_next_paragraph_is_the_one_who_replied() -> None:
    quotes = _quotes(
        '"We will win this fight in court," Mayor Ana Ruiz said.\n\n'
        '"They will lose every single appeal," union chief Mike Dunn replied.'
    )
    assert _speaker_of(quotes, "win this fight") == "Mayor Ana Ruiz"
    assert _speaker_of(quotes, "lose every single appeal") == "Mike Dunn"


def test_a_quote_after_someone_else_is_named_is_not_carried_over_to_the_last_speaker() -> None:
    quotes = _quotes(
        "Mayor Ana Ruiz and union chief Mike Dunn met on Monday.\n\n"
        '"We will win this fight in court," Ruiz said. Dunn laughed. "They will lose every '
        'single appeal."'
    )
    assert _speaker_of(quotes, "win this fight") == "Mayor Ana Ruiz"
    assert _speaker_of(quotes, "lose every single appeal") is None


def test_the_same_speaker_going_on_in_the_next_paragraph_keeps_the_speaker() -> None:
    quotes = _quotes(
        HALL + '"He bought the rope two weeks before the night of the murder."\n\n'
        "The trial resumes on Tuesday."
    )
    assert _speaker_of(quotes, "bought the rope") == "Prosecutor Ann Hall"


def test_words_the_speaker_reports_another_person_saying_are_not_the_speaker_s() -> None:
    claim = _quotes(
        "Mayor Ana Ruiz met union chief Mike Dunn on Monday.\n\n"
        '"We will pay every worker on time," Ruiz said, rejecting Dunn\'s claim that "the '
        'city is broke and cannot pay its workers."'
    )
    assert _speaker_of(claim, "pay every worker on time") == "Mayor Ana Ruiz"
    assert _speaker_of(claim, "city is broke") is None
    called = _quotes(
        "Mayor Ana Ruiz met union chief Mike Dunn on Monday.\n\n"
        'Ruiz said Dunn had called the offer "an insult to every worker in the city."'
    )
    assert _speaker_of(called, "an insult to every worker") is None


def test_two_people_of_one_surname_in_one_article_are_never_merged() -> None:
    quotes = _quotes(
        'Hillary Clinton spoke first. "Health care is a right for every American," Clinton '
        "said.\n\n"
        'Bill Clinton spoke next. "Health care must be a right for every American family," '
        "Clinton said."
    )
    assert {q.speaker: len(q.sources) for q in quotes} == {"Hillary Clinton": 1, "Bill Clinton": 1}


def test_people_of_one_surname_with_different_first_names_are_not_merged_across_outlets() -> None:
    quotes = _quotes(
        'Anna Berg, the captain, scored twice. "We wanted this title more than anyone," Berg said.',
        'Coach Lars Berg watched. "We wanted this title more than any team in the league," '
        "Berg said.",
    )
    assert sorted(q.speaker for q in quotes) == ["Anna Berg", "Coach Lars Berg"]


def test_two_opposite_quotes_of_one_speaker_are_both_kept() -> None:
    quotes = _quotes(
        'Mayor Ana Ruiz spoke Monday. "The bridge will not open this year because of the '
        'floods," Ruiz said.',
        'Mayor Ana Ruiz spoke Monday. "The bridge will open this year despite the floods," Ruiz '
        "said.",
    )
    texts = sorted(q.text for q in quotes)
    assert texts == [
        "The bridge will not open this year because of the floods",
        "The bridge will open this year despite the floods",
    ]


def test_two_quotes_of_one_speaker_in_one_article_stay_two_quotes() -> None:
    quotes = _quotes(
        "Mayor Ana Ruiz spoke on Monday.\n\n"
        '"The new bridge will carry ten thousand cars a day," Ruiz said.\n\n'
        'Later she repeated it. "The new bridge will carry ten thousand cars every day," '
        "Ruiz said."
    )
    assert len(quotes) == 2
    assert all(len(q.sources) == 1 for q in quotes)


def test_a_trimmed_copy_of_a_quote_by_another_outlet_is_still_merged() -> None:
    quotes = _quotes(
        'Mayor Ana Ruiz spoke Monday. "The bridge will carry ten thousand cars a day across '
        'the river," Ruiz said.',
        'Ana Ruiz spoke Monday. "The bridge will carry ten thousand cars a day," the mayor, '
        "Ana Ruiz, said.",
    )
    assert len(quotes) == 1
    assert {e.article_id for e in quotes[0].sources} == {"a1", "a2"}


def test_he_after_two_people_of_unknown_sex_gives_no_speaker() -> None:
    quotes = _quotes(
        "Tom Reed and Ana Ruiz ran for mayor.\n\n"
        'Ruiz said the race was close. "He has run a dirty campaign from the very start," he '
        "said.\n\n"
        'Reed spoke later. "I will win this race by a wide margin," she said.'
    )
    assert _speaker_of(quotes, "win this race") is None


def test_a_speaker_named_at_a_sentence_end_has_no_trailing_period() -> None:
    quotes = _quotes(
        '"The evidence against my client is thin and old," said defense lawyer John Smith.'
    )
    assert [q.speaker for q in quotes] == ["John Smith"]


def test_a_determiner_alone_is_never_a_speaker() -> None:
    for text in ('The, said: "the bridge will open soon"', 'A, said "the bridge will open soon"'):
        assert story_quotes([Article("a1", text, cleaned=True)]) == ()
