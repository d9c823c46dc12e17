"""A claim of one word states no fact: no article is said to report it.

"A U.S." (a fragment pasted by mistake) shares its one word with every article that
mentions the country; listing those articles as its sources would be a false label.
"""

from __future__ import annotations

import newsbrief

STORY = [
    {"id": "a", "text": "U.S. officials said the talks in Geneva would resume on Monday."},
    {"id": "b", "text": "The U.S. delegation arrived in Geneva for talks on Sunday."},
]


def test_a_one_word_fragment_has_no_sources() -> None:
    (att,) = newsbrief.attribute(STORY, ["A U.S."])
    assert att.supported_by == () and att.contradicted_by == ()


def test_a_short_real_claim_still_finds_its_sources() -> None:
    (att,) = newsbrief.attribute(STORY, ["U.S. talks in Geneva would resume."])
    assert "a" in [s.article_id for s in att.supported_by]


def test_one_shared_word_is_no_report_of_a_claim_naming_no_one() -> None:
    # "claims" is the one word "Duplicate claim." shares with the article: no name and
    # no figure pins it to what the article tells
    story = [
        {
            "id": "a",
            "text": "Norland and Estavia have quarrelled for years. The rebels also make "
            "territorial claims against Norland and accuse it of diverting water from the "
            "river. Officials met on Monday.",
        },
        {"id": "b", "text": "Estavia accused Norland of diverting water, officials said."},
    ]
    (att,) = newsbrief.attribute(story, ["Duplicate claim."])
    assert att.supported_by == ()
