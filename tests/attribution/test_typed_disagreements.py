"""A "contradicted" label only for a conflict of a typed detail bound to the same thing.

Each test is one kind of false disagreement seen on real wire copy (reworded in our own
words): the same value in other units, another word for the same thing, a place inside
another place, an identifier read as a figure, two different quantities, running totals,
a report not given. The last tests keep the true conflicts that must still be called.
"""

from __future__ import annotations

import newsbrief
from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.developments import story_developments
from newsbrief.attribution.lexicon import tokenize
from newsbrief.attribution.numbers import quantities


def _figures(text: str) -> list:
    toks = tokenize(text)
    return quantities(toks, [t.lower() for t in toks])


def _against(evidence: str, claim: str, *, day: str = "2001-03-05", other: str = "") -> tuple:
    docs = [
        {"id": "a", "published": day, "text": evidence + "\n"},
        {
            "id": "b",
            "published": day,
            "text": other or "Officials gave no further details on Monday.\n",
        },
    ]
    (att,) = newsbrief.attribute(docs, [claim])
    return att.supported_by, att.contradicted_by


# -- units ---------------------------------------------------------------------------


def test_kms_kilometers_and_miles_are_one_distance() -> None:
    a, b, c = _figures("about 40 kms away, 40 kilometers north, (25 miles) west")
    assert a.unit == b.unit == c.unit == "km"
    assert a.value == b.value
    _, against = _against(
        "Soldiers found the truck 40 kilometers (25 miles) west of the capital on Tuesday.",
        "Soldiers found the truck 40 kms west of the capital on Tuesday.",
    )
    assert against == ()


def test_a_speed_of_movement_is_not_a_wind_speed() -> None:
    _, against = _against(
        "With sustained winds of 145 kph (90 mph) at its core, the storm moved west over the sea.",
        "The storm was moving west at 12 kph (7.5 mph) over the sea, with sustained winds.",
    )
    assert against == ()


# -- other words ----------------------------------------------------------------------


def test_another_word_for_the_same_deed_is_not_a_contradiction() -> None:
    _, against = _against(
        "A car bomb blew up on Friday in a crowded market in the northern city of Tarsa.",
        "A car bomb exploded on Friday in a crowded market in the northern city of Tarsa.",
    )
    assert against == ()


def test_another_noun_for_the_same_place_is_not_a_contradiction() -> None:
    _, against = _against(
        "Army jets flew along the eastern frontier on Friday in a show of force.",
        "Army jets flew along the eastern border on Friday in a show of force.",
    )
    assert against == ()


# -- places and identifiers ------------------------------------------------------------


def test_a_city_and_its_country_are_not_rival_names() -> None:
    _, against = _against(
        "The jet flying from Boston to Switzerland crashed into the sea, killing all 80 people.",
        "The jet flying from Boston to Geneva crashed into the sea, killing all 80 people.",
        other="Relatives gathered at the airport in Geneva, Switzerland, on Thursday.\n",
    )
    assert against == ()


def test_a_state_abbreviation_is_not_a_rival_name() -> None:
    index_docs = prepare(
        [{"id": "a", "text": "The accord was reached at Wye Mills, Md., last month."}]
    )
    index = StoryIndex(index_docs.articles, index_docs.sentences)
    assert not index.distinct_names(["md"], ["netanyahu"])
    assert index.distinct_names(["rome"], ["milan"])


def test_a_number_inside_an_identifier_is_not_a_figure() -> None:
    md11, flight = _figures("The MD-11 jet on Flight 111 crashed; 229 people died.")[:2]
    assert md11.ident and flight.ident
    (deaths,) = [
        q for q in _figures("The plane on Flight 111 crashed and 229 people died.") if not q.ident
    ]
    assert deaths.value == 229


# -- different quantities ---------------------------------------------------------------


def test_dead_and_injured_are_different_counts() -> None:
    _, against = _against(
        "The blaze killed 67 of them. Officers said a further 173 people were injured.",
        "A fire in the hall killed 60 people and injured 162 others, police said.",
    )
    assert all(
        not (d.claim.startswith("60") and d.evidence.startswith("173"))
        for e in against
        for d in e.details
        if d.status == "conflicts"
    )


def test_two_lower_bounds_that_both_hold_do_not_conflict() -> None:
    _, against = _against(
        "The cyclone killed more than 120 people along the coast before it veered east.",
        "The cyclone killed at least 127 people along the coast before it veered east.",
    )
    assert against == ()


def test_a_toll_for_another_place_is_not_the_claims_toll() -> None:
    _, against = _against(
        "Across Europe the freezing weather has left at least 62 people dead, officials said.",
        "In Poland alone the freezing weather has left 32 people dead, officials said.",
    )
    assert against == ()


# -- reports and negation ----------------------------------------------------------------


def test_a_report_not_given_denies_nothing() -> None:
    _, against = _against(
        "Police arrested the former minister in London. Officials have not said where he is.",
        "Police said Saturday they have arrested the former minister in London.",
    )
    assert against == ()


def test_a_noun_under_another_negation_is_no_denial() -> None:
    _, against = _against(
        "The trials of the two men opened on Thursday, although neither trial has ended.",
        "The charges the two men face in a trial could carry a term of six years.",
    )
    assert against == ()


# -- developments -----------------------------------------------------------------------


def test_a_development_counts_one_thing() -> None:
    docs = [
        {
            "id": "d1",
            "published": "1998-11-06",
            "text": "Two bombers killed themselves in a market blast on Friday.\n",
        },
        {
            "id": "d2",
            "published": "1998-11-07",
            "text": "Two bombers killed themselves and 21 people were injured in the market.\n",
        },
        {
            "id": "d3",
            "published": "1998-11-08",
            "text": "Four defendants pleaded guilty to the market bombing on Sunday.\n",
        },
        {
            "id": "d4",
            "published": "1998-11-09",
            "text": "The court heard the men had pleaded guilty to 14 murders in all.\n",
        },
    ]
    prepared = prepare(docs)
    devs = story_developments(StoryIndex(prepared.articles, prepared.sentences))
    assert [d.quantity for d in devs] == []


def test_an_identifier_is_never_a_development() -> None:
    docs = [
        {
            "id": "d1",
            "published": "1998-09-03",
            "text": "The MD-11 jet flying to Geneva crashed.\n",
        },
        {
            "id": "d2",
            "published": "1998-09-04",
            "text": "Divers searched for the jet flying as Flight 111 when it crashed.\n",
        },
    ]
    prepared = prepare(docs)
    assert story_developments(StoryIndex(prepared.articles, prepared.sentences)) == ()


# -- true conflicts are still called -----------------------------------------------------


def test_another_toll_for_the_same_deed_the_same_day_is_contradicted() -> None:
    _, against = _against(
        "A bomb in the capital's main market killed 14 people on Friday, police said.",
        "A bomb in the capital's main market killed 12 people on Friday, police said.",
    )
    assert [e.article_id for e in against] == ["a"]
    (conflict,) = [d for d in against[0].details if d.status == "conflicts"]
    assert (conflict.kind, conflict.claim, conflict.evidence) == (
        "number",
        "12 people",
        "14 people",
    )


def test_a_denied_deed_is_contradicted() -> None:
    _, against = _against(
        "Officials said the bodies of the four hostages had not been found on Tuesday.",
        "Officials said the bodies of the four hostages had been found on Tuesday.",
    )
    assert [e.article_id for e in against] == ["a"]
