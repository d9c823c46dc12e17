"""A quote's speaker is the person the attribution names, shown with the title as the
article writes it: "X was quoted by a paper as saying" is X's, "former Mayor Ana Lopez"
is no mayor, and "Harbor Authority spokesman Tom Reyes" is the spokesman, not the body.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

from .quote_helpers import is_quoted, quotes_of, speaker_of


def _speaker_of(text: str, words: str) -> str | None:
    assert is_quoted(text, words), "quote not found"
    return speaker_of(quotes_of(text), words)


def test_was_quoted_by_a_paper_as_saying_is_the_one_quoted_not_an_earlier_subject() -> None:
    text = (
        "The harbor strike went into its third week.\n\n"
        'On Friday the city council warned the union that its "patience was running out '
        'for good," and Mayor Ana Lopez was quoted Saturday by the daily Courier as '
        'saying, "the crews are waiting for an order now."'
    )
    assert _speaker_of(text, "crews are waiting for an order") == "Mayor Ana Lopez"


def test_was_quoted_by_a_paper_as_saying_after_the_quote_is_the_one_quoted() -> None:
    text = (
        "Mayor Ana Lopez visited the harbor on Monday.\n\n"
        '"The crews are waiting for an order now," Lopez was quoted by the Courier as saying.'
    )
    assert _speaker_of(text, "crews are waiting for an order") == "Mayor Ana Lopez"


def test_a_former_title_is_shown_with_its_former() -> None:
    text = (
        "The council met on Monday with former Mayor Ana Lopez and the union.\n\n"
        '"We are open to any kind of proposal from the port," Mrs. Lopez told reporters.'
    )
    assert _speaker_of(text, "open to any kind of proposal") == "former Mayor Ana Lopez"


def test_an_acting_title_is_shown_with_its_acting() -> None:
    text = (
        "The port reopened on Monday under acting Mayor Ana Lopez.\n\n"
        '"The crews will be back at work by the end of the week," Lopez said.'
    )
    assert _speaker_of(text, "back at work by the end") == "acting Mayor Ana Lopez"


def test_a_spokesman_for_a_body_named_before_his_name_is_the_speaker() -> None:
    for attribution in (
        "said Harbor Authority spokesman Tom Reyes",
        "Harbor Authority spokesman Tom Reyes said",
    ):
        text = (
            "The strike closed the port on Monday.\n\n"
            f'"The authority has no part in this dispute at all," {attribution}.'
        )
        assert _speaker_of(text, "no part in this dispute") == "Tom Reyes", attribution


def test_a_time_after_the_speakers_name_is_not_a_second_name() -> None:
    text = (
        "Mayor Ana Lopez spoke to the crews.\n\n"
        '"The crews will be back at work by the end of the week," said Lopez late Monday.'
    )
    assert _speaker_of(text, "back at work by the end") == "Mayor Ana Lopez"


def test_a_lower_case_word_inside_a_name_is_no_role() -> None:
    text = (
        '"It will be hard, but we have to deliver that budget," said Paulo Mendes do Rego, '
        "the director of the port."
    )
    assert _speaker_of(text, "we have to deliver that budget") == "Paulo Mendes"


def test_outlets_quoting_one_qualified_speaker_still_merge() -> None:
    words = '"We are open to any kind of proposal from the port and the union,"'
    quotes = quotes_of(
        f"The talks were led by former Mayor Ana Lopez.\n\n{words} Mrs. Lopez told reporters.",
        f"Ana Lopez met the union on Monday.\n\n{words} Lopez said.",
        f'The port was shut.\n\n{words[:-2]} at all," said Harbor Authority spokesman Tom Reyes.',
    )
    merged = [q for q in quotes if "open to any kind" in q.text]
    lopez = [q for q in merged if q.speaker == "former Mayor Ana Lopez"]
    assert len(lopez) == 1 and len(lopez[0].sources) == 2
    assert [q.speaker for q in merged if q is not lopez[0]] == ["Tom Reyes"]
