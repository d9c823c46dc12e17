"""A window that names the country a claim's city lies in (by the story's datelines,
"DAMASCUS, Syria"), or the other way round, states the place less or more precisely;
the explanation says which lies in which ("Damascus = Syria (Damascus lies in Syria)"),
never a bare "(the place it lies in)". One name of the window stands for one name of
the claim: a "Syria" that is the claim's own "Syria" does not also stand for its
"Damascus".

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief

CAPITAL = (
    "VERONA, Ostland (AP) _ Ostland's foreign minister said Monday the border talks "
    "would resume next week."
)
TALKS = "Wesland said the border talks will resume next week in Ostland."


def docs() -> list[dict[str, str]]:
    return [
        {"id": "dateline", "text": CAPITAL, "published": "2024-06-03"},
        {"id": "talks", "text": TALKS, "published": "2024-06-03"},
    ]


def test_the_explanation_says_which_place_lies_in_which() -> None:
    (att,) = newsbrief.attribute(
        docs(), ["Wesland said the border talks will resume next week in Verona."]
    )
    shown = [d.explanation for s in att.supported_by if s.article_id == "talks" for d in s.details]
    assert "Verona = Ostland (Verona lies in Ostland)" in shown
    assert not any("the place it lies in" in e for s in att.supported_by for e in [s.explanation])


def test_one_country_named_once_does_not_stand_for_two_names_of_the_claim() -> None:
    # the window's one "Ostland" is the claim's own "Ostland": it does not also state
    # "Verona" (the claim's second name), so that name is not found in the window
    (att,) = newsbrief.attribute(
        docs(),
        ["Wesland said the talks with Ostland will resume next week in Verona."],
    )
    assert all("Verona = Ostland" not in d.explanation for s in att.supported_by for d in s.details)
