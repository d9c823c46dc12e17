"""A story's title says what happened: a sentence that describes how things are (a
form of "be" with no participle), announces what follows, ends on a pro-form or opens
on a description nobody introduced is ranked after those that state an event."""

from __future__ import annotations

from newsbrief.api import prepare
from newsbrief.render import overview_index, rank_titles, sentence_title, states_no_event

from ..quality.briefing_stories import DANCE


def _ranked(reading: bool) -> list[str]:
    prepared = prepare(DANCE)
    candidates = [(s.text, sentence_title(s.text)) for s in prepared.sentences]
    return [t for t, _ in rank_titles(prepared.articles, candidates, reading=reading)]


def test_a_description_of_the_victims_is_no_title_when_the_event_is_there() -> None:
    assert "killed 31" in _ranked(True)[0]
    # without the rule the most widely shared sentence, a state, is the title
    assert "nationalities" in _ranked(False)[0]


def test_a_state_is_no_event_but_a_passive_or_a_progressive_is() -> None:
    assert states_no_event("Officials said the victims and survivors were of 12 nationalities.")
    assert states_no_event("The airline says it is unable to pay its debts.")
    assert not states_no_event("The former dictator was arrested in London on Friday.")
    assert not states_no_event("Rebels are fleeing the city, officials said.")
    assert not states_no_event("A fire killed 31 people in a dance hall.")
    assert not states_no_event(
        "Officials said the victims and survivors were of 12 nationalities.", states=False
    )


def test_announcements_and_back_references_are_ranked_last() -> None:
    prepared = prepare(DANCE)
    sentences = [
        "Two questions now hang over the Brenna dance hall fire.",
        "A fire in a Brenna dance hall killed 31 young people on Saturday night.",
    ]
    ranked = rank_titles(prepared.articles, [(t, sentence_title(t)) for t in sentences])
    assert ranked[0][0].startswith("A fire")


def test_the_overview_is_a_summary_sentence_that_states_the_event() -> None:
    prepared = prepare(DANCE)
    sentences = [
        "Officials said the victims and survivors were of 12 nationalities.",
        "Police said the dance hall fire in Brenna killed 31.",
    ]
    assert overview_index(prepared.articles, sentences) == 1
    assert overview_index(prepared.articles, sentences[:1]) is None


def test_a_habit_or_a_rule_is_no_event() -> None:
    # what usually happens is background a reader needs, not the news a headline gives
    assert states_no_event("The development bank generally lends money to poor countries.")
    assert states_no_event("Ferries usually leave the harbour at dawn, the port said.")
    assert not states_no_event("The development bank lent $2 billion to the country on Friday.")
    assert not states_no_event(
        "The development bank generally lends money to poor countries.", states=False
    )
