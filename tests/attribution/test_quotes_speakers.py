"""Direct quotes (``--quotes``): who said it, as a reader must be able to trust it.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main

from .quote_helpers import quotes_of as _quotes

RUIZ_1 = (
    "RIVERTON (AP) _ Mayor Ana Ruiz opened the new Elm River bridge on Monday after three "
    "years of work.\n\n"
    "``The bridge will carry ten thousand cars a day across the river,'' Ruiz said.\n\n"
    "Traffic on the old crossing fell by half within hours, city engineers said."
)
RUIZ_2 = (
    "Riverton's new bridge opened Monday with a ribbon cutting by the mayor.\n\n"
    "Ruiz spoke to several hundred residents gathered on the east bank. ``The bridge will "
    "carry ten thousand cars a day,'' she told the crowd.\n\n"
    "The bridge cost $40 million."
)


def test_a_surname_speaker_is_given_by_the_fullest_name_the_article_uses() -> None:
    (quote,) = _quotes(RUIZ_1)
    assert quote.speaker == "Mayor Ana Ruiz"
    assert quote.text.startswith("The bridge will carry ten thousand cars")


def test_the_same_quote_told_to_a_crowd_by_another_outlet_is_one_quote() -> None:
    quotes = _quotes(RUIZ_1, RUIZ_2)
    assert len(quotes) == 1
    (quote,) = quotes
    assert quote.speaker == "Mayor Ana Ruiz"
    assert {e.article_id for e in quote.sources} == {"a1", "a2"}


def test_every_source_span_is_the_quoted_words_in_the_text_as_given() -> None:
    (quote,) = _quotes(RUIZ_1, RUIZ_2)
    given = {"a1": RUIZ_1, "a2": RUIZ_2}
    for e in quote.sources:
        assert given[e.article_id][e.start : e.end] == e.text
        assert e.text.startswith("The bridge will carry")


def test_quotes_of_different_people_are_not_merged() -> None:
    other = (
        "Council member Tom Baker opposed the bridge.\n\n"
        '"The bridge will carry ten thousand cars a day into our streets," Baker said.'
    )
    quotes = _quotes(RUIZ_1, other)
    assert sorted(q.speaker for q in quotes) == ["Mayor Ana Ruiz", "Tom Baker"]


def test_a_pronoun_is_the_person_last_named_never_a_place_or_a_day() -> None:
    text = (
        "Gov. Helen Marsh toured the flooded towns of Oakdale and Pine Hill on Tuesday.\n\n"
        "In Oakdale, water reached the second floor of the county courthouse.\n\n"
        '"We will rebuild every road and every school in this valley," she said.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Gov. Helen Marsh"


def test_a_pronoun_after_two_people_is_the_last_one_who_spoke() -> None:
    text = (
        "Prime Minister Karl Vos met the opposition leader, Lena Dahl, on Friday.\n\n"
        'Dahl said the talks had been useful but short. "We agreed on nothing except the '
        'date of the next meeting," she said.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Lena Dahl"


def test_a_role_speaker_stays_a_role() -> None:
    text = (
        "Two men were arrested after a robbery at a jewelry store downtown on Sunday.\n\n"
        '"Both suspects were carrying stolen watches when we stopped them," a police '
        "spokesman said."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "a police spokesman"


def test_the_president_is_the_person_named_earlier_with_that_title() -> None:
    text = (
        "President Maria Lopez signed the budget on Thursday.\n\n"
        '"This budget puts schools first for the next five years," the president said.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "President Maria Lopez"


def test_a_spokesman_named_in_apposition_is_named() -> None:
    text = (
        "The ministry denied the report.\n\n"
        "A ministry spokesman, Omar Haddad, said: ``No such order was ever given to the "
        "border troops.''"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Omar Haddad"


def test_a_quote_split_by_its_attribution_is_one_quote() -> None:
    text = (
        "Coach Dan Miller praised his players after the final.\n\n"
        '"They never stopped running," Miller said, "and they never stopped believing in '
        'each other."'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Coach Dan Miller"
    assert len(quote.sources) == 2
    assert "never stopped running" in quote.text and "believing in each other" in quote.text


def test_a_wire_quote_running_over_two_paragraphs_is_one_quote() -> None:
    text = (
        "Judge Ruth Adler adjourned the trial until March.\n\n"
        "``The defense needs time to read eleven thousand pages of evidence,'' Adler said. "
        "``It is not a request I can refuse.\n\n"
        "``But I will not allow a second delay of this kind,'' she added."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Judge Ruth Adler"
    assert "second delay" in quote.text and "eleven thousand pages" in quote.text


def test_a_quote_opened_with_closing_marks_as_wire_copy_sometimes_does_is_found() -> None:
    text = (
        "Senator Paul Ames spoke to reporters after the vote.\n\n"
        "''There is no money left for roads this year,'' Ames said."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Senator Paul Ames"
    assert quote.text.startswith("There is no money left")


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    text = (
        'Director Ines Kohl showed her film "The Long Road Home Again" in Venice on '
        'Saturday.\n\nCritics called the film a "slow and quiet masterpiece of its kind" in '
        "their reviews."
    )
    assert _quotes(text) == ()


def test_a_quote_without_any_attribution_is_left_out() -> None:
    text = (
        "The strike entered its third week.\n\n"
        '"Nobody knows when the trains will run again," read a sign at the station door.'
    )
    assert _quotes(text) == ()


def test_short_quotes_are_left_out() -> None:
    text = 'Mayor Ana Ruiz called the bridge "a great day" on Monday, officials said.'
    assert _quotes(text) == ()


def test_two_people_with_one_surname_keep_their_own_names() -> None:
    text = (
        "Anna Berg, the team's captain, scored twice.\n\n"
        '"We wanted this title more than anyone," Berg said.\n\n'
        "Her father, Lars Berg, a former coach, watched from the stands. "
        '"I have never seen her play better than tonight," Lars Berg said.'
    )
    speakers = {q.text.split()[0]: q.speaker for q in _quotes(text)}
    assert speakers == {"We": "Anna Berg", "I": "Lars Berg"}


def test_quotes_in_a_headline_are_not_quotes(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(
        'Mayor says "the bridge will open next spring" at rally\n\n'
        "Mayor Ana Ruiz spoke at a rally on Monday.\n\n"
        '"We will cut the ribbon before the first day of summer," Ruiz said.\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    assert main(["summarize", str(path), "--quotes", "-o", str(out)]) == 0
    quotes = json.loads(out.read_text(encoding="utf-8"))["quotes"]
    assert [set(q) for q in quotes] == [{"speaker", "text", "sources"}]
    assert quotes[0]["speaker"] == "Mayor Ana Ruiz"
    assert quotes[0]["text"].startswith("We will cut the ribbon")


CILLER = (
    "ANKARA, Turkey (AP) _ Former Prime Minister Tansu Ciller said on Thursday her party "
    "would stay out of any new coalition.\n\n"
    "``We are open to any kind of proposal, but not to this government,'' Mrs. Ciller "
    "said.\n\n"
    "Talks were to resume on Friday."
)


def test_a_title_in_the_attribution_still_names_the_person_given_in_full_earlier() -> None:
    (quote,) = _quotes(CILLER)
    assert quote.speaker == "Former Prime Minister Tansu Ciller"


def test_a_title_of_the_other_sex_is_another_person_of_that_surname() -> None:
    text = CILLER.replace("Mrs. Ciller", "Mr. Ciller").replace("her party", "the party")
    text = text.replace("Former Prime Minister Tansu Ciller", "Mrs. Tansu Ciller")
    (quote,) = _quotes(text)
    assert quote.speaker == "Mr. Ciller"
