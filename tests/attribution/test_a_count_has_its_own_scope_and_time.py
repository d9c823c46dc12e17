"""A count is compared only with the same count: the same place (a continent's toll is
not one country's, though the next sentence names the country), and the same moment (a
same-day edition that says its total rose, or that gives the claim's figure as the
earlier report, tells a development, not a disagreement). A total "by Monday" is what an
article of that Monday states.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief

MORNING = {
    "id": "morning",
    "source": "Wire A",
    "published": "2024-01-15",  # a Monday
    "text": "BRAVIK, Northland (AP) _ A cold wave that hit Northland a week ago has killed "
    "32 people, police said Monday.\n\nMost of the victims were homeless men.",
}
EUROPE = {
    "id": "europe",
    "source": "Wire B",
    "published": "2024-01-15",
    "text": "KARSTADT, Westland (AP) _ A cold wave and blizzards have killed at least 65 people "
    "throughout Europe, police and media reported Monday.\n\nIn Northland, 36 people died, "
    "most of them homeless men, police said.\n\nEarlier police said 32 people throughout "
    "Northland had died of cold exposure, but by evening more deaths were reported.",
}


def verdict(claim: str, *docs: dict[str, str]) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(list(docs), [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_a_continents_toll_is_not_a_countrys() -> None:
    europe = {
        "id": "europe",
        "published": "2024-01-15",
        "text": "KARSTADT, Westland (AP) _ A cold wave and blizzards have killed at least 65 "
        "people throughout Europe, police and media reported Monday.\n\nIn Northland, 36 people "
        "died, most of them homeless men, police said.",
    }
    (att,) = newsbrief.attribute(
        [europe], ["A cold wave that hit Northland a week ago has killed 32 people."]
    )
    reasons = [d.explanation for s in att.contradicted_by for d in s.details]
    assert not any("65 people" in r for r in reasons)


def test_a_same_day_update_is_no_disagreement() -> None:
    _, contradicted = verdict("The cold wave killed 32 people in Northland.", MORNING, EUROPE)
    assert "europe" not in contradicted
    _, contradicted = verdict("The cold wave killed 36 people in Northland.", MORNING, EUROPE)
    assert "morning" not in contradicted
    summary = newsbrief.summarize([MORNING, EUROPE], sentences=3)
    assert summary.analysis is not None
    assert summary.analysis.disagreements == ()


def test_a_same_day_conflict_without_an_update_is_still_one() -> None:
    other = {
        "id": "other",
        "source": "Wire C",
        "published": "2024-01-15",
        "text": "BRAVIK, Northland (AP) _ A cold wave that hit Northland a week ago has killed "
        "29 people, police said Monday.",
    }
    _, contradicted = verdict("The cold wave killed 32 people in Northland.", MORNING, other)
    assert contradicted == ["other"]


def test_a_total_by_a_day_is_stated_by_an_article_of_that_day() -> None:
    supported, contradicted = verdict(
        "The cold wave killed 32 people in Northland by Monday.",
        {
            "id": "wire",
            "published": "2024-01-15",
            "text": "KARSTADT, Westland (AP) _ A cold wave and blizzards have killed at least 62 "
            "people throughout Europe, police and media reported Monday.\n\nIn Northland, 32 "
            "people died, most of them homeless men, police said.",
        },
    )
    assert (supported, contradicted) == (["wire"], [])


def test_a_total_by_a_day_is_not_stated_by_an_article_of_another_day() -> None:
    supported, _ = verdict(
        "The cold wave killed 32 people in Northland by Monday.",
        {
            "id": "wire",
            "published": "2024-01-18",
            "text": "KARSTADT, Westland (AP) _ A cold wave has swept Europe for weeks.\n\nIn "
            "Northland, 32 people died, most of them homeless men, police said.",
        },
    )
    assert supported == []
