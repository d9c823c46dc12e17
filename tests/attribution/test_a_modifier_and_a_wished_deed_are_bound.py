"""A modifier is evidence only for what it describes, and a deed a speaker only demands,
asks or hopes for in a quotation is no report of it.

Why: a window holding "center-left" (about one politician) and "center-right" (about
another) has every word of "X is a center-right leader" and says the opposite of it;
'"Keep him in custody in Germany," the group's leader demanded' has every word of "He is
in custody in Germany" and reports no custody. The texts are ours (issue 11).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.details import modifier_check, modifiers, wished_quotes
from newsbrief.attribution.facts import facts_of

STORY = [
    {
        "id": "valley-1",
        "text": (
            "Premier Anna Varga, leader of the center-left Unity Party, met the governor "
            "on Monday. Her rival Piotr Nowak, head of the center-right Civic Bloc, "
            "declined to attend the talks in Lodz."
        ),
    },
    {
        "id": "valley-2",
        "text": (
            "Governor Tomas Berg said the talks would go on. President Lena Horn asked the "
            "center-left leader to form a new cabinet on Tuesday."
        ),
    },
]

QUOTES = [
    {
        "id": "north-1",
        "text": (
            "BERLIN (AP) _ Thousands of Kurds marched through Berlin on Monday. "
            '"Ocalan must be held in custody in Germany until a court hears him," '
            "the march's organizer, Ali Demir, demanded. Police said the march was "
            "peaceful."
        ),
    },
    {
        "id": "south-1",
        "text": (
            "ROME (AP) _ Police arrested the rebel leader Abdullah Ocalan at the Rome "
            'airport on Thursday. "Ocalan is in custody in Rome," a police spokesman, '
            "Marco Bellini, said on Friday."
        ),
    },
]


def _mods(text: str):  # type: ignore[no-untyped-def]
    return modifiers(text, facts_of(text).names)


def test_another_modifier_of_the_same_pattern_for_the_same_head_conflicts() -> None:
    (d,) = modifier_check(
        _mods("Varga is a center-right leader."),
        _mods("Horn asked the center-left leader to form a cabinet."),
    )
    assert (d.kind, d.status) == ("modifier", "conflicts")
    assert (d.claim, d.evidence) == ("center-right leader", "center-left leader")


def test_a_modifier_given_to_someone_else_is_not_stated() -> None:
    (d,) = modifier_check(
        _mods("Premier Varga is a center-right leader."),
        _mods("Premier Varga, leader of the center-left Unity Party, met a center-right mayor."),
    )
    assert (d.kind, d.status) == ("modifier", "missing")


def test_a_rival_modifier_of_the_same_name_and_head_conflicts() -> None:
    (d,) = modifier_check(
        _mods("Varga leads a center-right party."),
        _mods("Varga, leader of the center-left Unity Party, met Nowak, the center-right chief."),
    )
    assert (d.status, d.evidence) == ("conflicts", "center-left Unity Party")


def test_the_same_modifier_of_the_same_name_agrees() -> None:
    assert (
        modifier_check(
            _mods("Varga is a center-left leader."),
            _mods("Anna Varga, leader of the center-left Unity Party, met the governor."),
        )
        == []
    )


def test_one_word_in_two_forms_is_no_rival_modifier() -> None:
    # "hard-line" and "hard-liner" are one description
    assert (
        modifier_check(
            _mods("The hard-line clerics won the vote."),
            _mods("The hard-liner clerics won the vote on Friday."),
        )
        == []
    )


def test_a_description_is_not_supported_by_the_words_of_two_descriptions() -> None:
    (att,) = newsbrief.attribute(STORY, ["Varga is a center-right leader."])
    assert att.supported_by == ()
    (true,) = newsbrief.attribute(STORY, ["Varga is a center-left leader."])
    assert [s.article_id for s in true.supported_by] == ["valley-1"]


def test_only_a_verb_of_wishing_or_a_question_makes_a_quote_a_wish() -> None:
    assert wished_quotes('"Keep him in custody in Germany," the organizer demanded.') == [
        "Keep him in custody in Germany,"
    ]
    assert wished_quotes('"Is he in custody in Germany?" a reporter wondered.') == [
        "Is he in custody in Germany?"
    ]
    assert wished_quotes('"He is in custody in Rome," a police spokesman said.') == []
    assert wished_quotes('"He is in custody" and more') == []  # no governing verb to read


def test_a_deed_only_demanded_in_a_quote_is_not_reported() -> None:
    (att,) = newsbrief.attribute(QUOTES, ["Ocalan is in custody in Germany."])
    assert att.supported_by == ()
    assert att.contradicted_by == ()  # a demand denies nothing either


def test_a_quoted_statement_of_an_official_still_reports_the_deed() -> None:
    (att,) = newsbrief.attribute(QUOTES, ["Ocalan is in custody in Rome."])
    assert [s.article_id for s in att.supported_by] == ["south-1"]


def test_a_rival_that_may_say_the_same_blocks_support_but_never_conflicts() -> None:
    # "state-owned" and "state-run" are no opposites: the window may say it in other words
    (d,) = modifier_check(
        _mods("The minister sold a state-run bank."),
        _mods("The minister sold a state-owned bank on Monday."),
    )
    assert (d.kind, d.status) == ("modifier", "missing")


def test_a_rival_describing_something_else_says_nothing_of_the_claims() -> None:
    # a second-floor hall is no rank of the city
    assert (
        modifier_check(
            _mods("The club met in Boras, Sweden's second-largest city."),
            _mods("The club met in a rented second-floor hall in Boras."),
        )
        == []
    )


def test_the_verb_nearest_a_quote_governs_it() -> None:
    # "said when asked why": the answer is a statement, not a question
    assert wished_quotes('"I always liked the north," Reed said when asked why he went.') == []
    assert wished_quotes('Demir urged the court: "Keep him in Germany."') == [
        "Keep him in Germany."
    ]


def test_a_claim_reporting_the_demand_is_still_supported_by_it() -> None:
    claim = "Ali Demir demanded that Ocalan be held in custody in Germany."
    (att,) = newsbrief.attribute(QUOTES, [claim])
    assert [s.article_id for s in att.supported_by] == ["north-1"]
