"""A partial quote that opens on the predicate of a subject standing outside its marks
(`Lopez "will travel to the coast," Reyes said`) reports what someone else does: shown
alone under the speaker it reads as the speaker's own deed, so it is shown with its
subject, in the writer's words (`Mayor Lopez “will travel to the coast ...”`), its
source span running from the subject, offsets into the article as given. A quote that
opens its own clause, a phrase the speaker gives a thing, or the speaker's own "he"
keeps its plain form; a subject that is only a relative pronoun says nothing, so that
quote is left out. The subject survives the merge of the same quote across outlets and
every rendering.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import json

import newsbrief
from newsbrief.model import Quote
from newsbrief.render import render

from .quote_helpers import is_quoted, quotes_of, speaker_of

LEAD = "Harbor Authority spokesman Tom Reyes spoke on Monday.\n\n"
TRIP = 'Mayor Lopez "will travel to the coast within hours to hold talks," Reyes said.'


def _quote(quotes: tuple[Quote, ...], words: str) -> Quote:
    (found,) = [q for q in quotes if words in q.text]
    return found


def _speaker_of(text: str, words: str) -> str | None:
    assert is_quoted(text, words), "quote not found"
    return speaker_of(quotes_of(text), words)


def test_a_quote_going_on_from_another_persons_name_is_shown_with_that_name() -> None:
    text = LEAD + TRIP
    quote = _quote(quotes_of(text), "will travel to the coast")
    assert quote.speaker == "Tom Reyes"
    assert quote.text == "Mayor Lopez “will travel to the coast within hours to hold talks”"


def test_the_source_span_runs_from_the_subject_in_the_text_as_given() -> None:
    text = LEAD + TRIP
    (source,) = _quote(quotes_of(text), "will travel to the coast").sources
    assert text[source.start : source.end] == source.text
    assert source.text.startswith('Mayor Lopez "will travel')
    assert source.text.endswith("to hold talks")


def test_a_quote_going_on_from_a_named_subject_after_said_is_shown_with_it() -> None:
    text = LEAD + 'Reyes said the Port Council "does not accept the claim that it is to blame."'
    quote = _quote(quotes_of(text), "does not accept the claim")
    assert quote.speaker == "Tom Reyes"
    assert quote.text.startswith("the Port Council “does not accept")


def test_a_quote_going_on_from_a_noun_phrase_shows_the_whole_noun_phrase() -> None:
    text = LEAD + (
        'Reyes said the union\'s newly hard position "is a result of months of failed talks."'
    )
    quote = _quote(quotes_of(text), "is a result of months")
    assert quote.text.startswith("the union's newly hard position “is a result")


def test_a_subject_after_a_subordinator_starts_after_it() -> None:
    text = LEAD + (
        'Reyes said he backed the crews because they "are the ones who keep the port open."'
    )
    quote = _quote(quotes_of(text), "are the ones who keep")
    assert quote.speaker == "Tom Reyes"
    assert quote.text.startswith("they “are the ones")


def test_a_quote_whose_subject_is_only_a_relative_pronoun_is_left_out() -> None:
    text = LEAD + 'Reyes said the new plan, which "will cut costs for every family," was fair.'
    assert _speaker_of(text, "will cut costs for every family") is None


def test_the_speakers_next_sentence_of_his_own_is_shown_on_its_own() -> None:
    text = LEAD + TRIP + ' "We hope the strike ends before the winter comes."'
    quotes = quotes_of(text)
    assert _quote(quotes, "will travel to the coast").text.startswith("Mayor Lopez “")
    own = _quote(quotes, "We hope the strike ends")
    assert own.speaker == "Tom Reyes"
    assert own.text == "We hope the strike ends before the winter comes"


def test_the_speakers_own_he_keeps_the_plain_quote() -> None:
    text = LEAD + 'Reyes said he "could support a compromise on the night shifts."'
    quote = _quote(quotes_of(text), "could support a compromise")
    assert quote.speaker == "Tom Reyes"
    assert quote.text == "could support a compromise on the night shifts"


def test_a_phrase_the_speaker_gives_a_thing_keeps_its_plain_form() -> None:
    text = LEAD + 'Reyes said the offer was "a waste of public money and time."'
    quote = _quote(quotes_of(text), "a waste of public money")
    assert quote.speaker == "Tom Reyes"
    assert quote.text == "a waste of public money and time"


def test_a_quote_after_the_one_told_keeps_its_plain_form() -> None:
    text = LEAD + 'Reyes told the Courier "the crews will be back at work next week."'
    quote = _quote(quotes_of(text), "crews will be back at work")
    assert quote.speaker == "Tom Reyes"
    assert quote.text.startswith("the crews")


def test_a_quote_after_its_subjects_possessive_keeps_its_plain_form() -> None:
    text = LEAD + (
        'Reyes said the Council\'s "keenness for good relations with the union" was real.'
    )
    quote = _quote(quotes_of(text), "keenness for good relations")
    assert quote.speaker == "Tom Reyes"
    assert quote.text.startswith("keenness")


def test_the_noun_phrase_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = LEAD + (
        "Ana Ortiz, a 38-year-old welder from the north shore, who attended the meeting "
        'said that the strike "will leave the port empty for a month."'
    )
    quote = _quote(quotes_of(text), "will leave the port empty")
    assert quote.speaker == "Ana Ortiz"
    assert quote.text.startswith("the strike “will leave")


OTHER_OUTLET = (
    "Harbor Authority spokesman Tom Reyes briefed reporters.\n\n"
    'Reyes said the mayor had been invited and "will travel to the coast within hours to '
    'hold talks with the striking crews."'
)


def test_merged_across_outlets_the_quote_keeps_its_subject() -> None:
    # the other outlet's words run longer but open on the predicate, its subject outside
    quotes = quotes_of(LEAD + TRIP, OTHER_OUTLET)
    merged = _quote(quotes, "will travel to the coast")
    assert {e.article_id for e in merged.sources} == {"a1", "a2"}
    assert merged.text.startswith("Mayor Lopez “will travel")
    # the same, whichever outlet comes first
    merged = _quote(quotes_of(OTHER_OUTLET, LEAD + TRIP), "will travel to the coast")
    assert merged.text.startswith("Mayor Lopez “will travel")


def _rendered(fmt: str) -> str:
    docs = [{"id": "a1", "text": LEAD + TRIP + ' "We hope the strike ends soon," he added.'}]
    summary = newsbrief.summarize(docs, words=40, quotes=True)
    return render(summary, fmt)


def test_markdown_and_text_show_the_subject_outside_the_marks_once() -> None:
    for fmt in ("markdown", "text"):
        out = _rendered(fmt)
        assert "Mayor Lopez “will travel to the coast within hours to hold talks” " in out
        assert "“Mayor Lopez" not in out  # no mark doubled around the writer's words
        assert "“We hope the strike ends soon”" in out  # a whole quote keeps its marks


def test_html_shows_the_subject_outside_the_marks_once() -> None:
    section = _rendered("html").split("<h2>Quotes</h2>")[1]
    assert (
        '<blockquote><span dir="auto">Mayor Lopez “will travel to the coast within hours '
        "to hold talks”</span><br>" in section
    )
    assert '<blockquote>“<span dir="auto">We hope the strike ends soon</span>”' in section


def test_json_gives_the_shown_text_and_the_span_from_the_subject() -> None:
    data = json.loads(_rendered("json"))
    (quote,) = [q for q in data["quotes"] if "will travel" in q["text"]]
    assert quote["text"].startswith("Mayor Lopez “will travel")
    (source,) = quote["sources"]
    assert (LEAD + TRIP)[source["start"] : source["end"]].startswith('Mayor Lopez "will')
