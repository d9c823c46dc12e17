"""Names: capitalised spans, with the other forms that name the same thing."""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of, name_keys


def test_names_skip_sentence_initial_capitals_unless_the_story_knows_them() -> None:
    names = facts_of("Residents near the port were told to leave by Mayor Tom Regan.").names
    assert [n.text for n in names] == ["Mayor Tom Regan"]
    known = facts_of("Dorrian said the tape was real.", frozenset({"dorrian"})).names
    assert [n.words for n in known] == [("dorrian",)]


def test_abbreviations_and_demonyms_name_the_same_place() -> None:
    assert "united" in name_keys("U.S.")
    assert "syria" in name_keys("Syrian")
    assert "kurd" in name_keys("Kurds")


def test_a_demonym_in_ian_names_the_country_in_y() -> None:
    # "Italian" / "Italy", "Hungarian" / "Hungary": a general ending rule, no country list
    assert "italy" in name_keys("Italian")
    assert "hungary" in name_keys("Hungarian")
    docs = [{"id": "wire", "text": "Police in Italy arrested the rebel leader at Rome airport.\n"}]
    (att,) = newsbrief.attribute(
        docs, ["Italian police arrested the rebel leader at Rome airport."]
    )
    assert [e.article_id for e in att.supported_by] == ["wire"]


def test_a_name_describing_a_noun_may_be_left_out_unless_it_is_a_participant() -> None:
    # "its powerful Conservative lobby": the name says what kind of lobby; the outlet that
    # leaves it out still reports who backs the mayor
    docs = [
        {
            "id": "wire",
            "text": "The vote was held on Monday.\n\nMayor Ines Calder is backed by Ambrey's "
            "council and its powerful lobby, officials said.\n",
        }
    ]
    claim = "Mayor Ines Calder is backed by Ambrey's council and its powerful Conservative lobby."
    (att,) = newsbrief.attribute(docs, [claim])
    assert [e.article_id for e in att.supported_by] == ["wire"]
    # the name next to the verb is who was backed: leaving it out is another fact
    (att,) = newsbrief.attribute(
        docs, ["Mayor Tom Regan is backed by Ambrey's council and its powerful lobby."]
    )
    assert not att.supported_by


def test_a_spelling_variant_of_a_name_is_the_same_name() -> None:
    docs = [
        {
            "id": "wire",
            "text": "The shuttle Endeavour lifted off from Cape Canaveral on Friday with "
            "six astronauts aboard.\n",
        }
    ]
    (att,) = newsbrief.attribute(
        docs, ["The shuttle Endeavor lifted off from Cape Canaveral on Friday."]
    )
    assert [e.article_id for e in att.supported_by] == ["wire"]


def test_here_in_a_datelined_article_is_the_dateline_city() -> None:
    docs = [
        {
            "id": "wire",
            "text": "DAMASCUS, Syria (AP) _ The envoy flew here on Sunday to ease tension "
            "between the two neighbours.\n",
        }
    ]
    (att,) = newsbrief.attribute(
        docs, ["The envoy flew to Damascus on Sunday to ease tension between the neighbours."]
    )
    assert [e.article_id for e in att.supported_by] == ["wire"]
