"""A window that calls a named one by its description states the name.

Wire copy names someone once and then describes them: "Transport Minister Ana Ruiz" and
later "the minister"; "Norlink, the islands' oldest ferry company," and later "the
company". A claim naming them is supported by a sentence that describes them, where the
article named them that way before and named no one else that way; a name the article
never gave, or a description two of its names fit, states no one.
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config
from newsbrief.attribution.names import described_names

# Invented wire copy: the names are given in the second sentence, the deed four
# sentences on, described only.
STORY = [
    "Ferry services to the northern islands were cut on Tuesday after a storm.",
    "Norlink, the islands' oldest ferry company, had ignored safety rules, Transport "
    "Minister Ana Ruiz said in May.",
    "Officials said repairs would take weeks.",
    "Fishermen in the port said they had lost a week's catch.",
    "Tourism offices expected bookings to fall sharply.",
    "Shop owners said the season had started badly.",
    "The minister ordered the company to replace its two oldest ferries by March.",
]


def supporters(claim: str, story: list[str] = STORY) -> list[str]:
    (att,) = newsbrief.attribute([{"id": "wire", "text": " ".join(story)}], [claim])
    return [s.article_id for s in att.supported_by]


def test_a_description_gives_the_name_written_before_it() -> None:
    keys = described_names(STORY)
    assert {"ana", "ruiz", "norlink"} <= keys[-1]
    # a description before any name stands for no one
    assert described_names(["The minister spoke.", "Minister Ana Ruiz left."])[0] == set()


def test_a_name_the_article_gave_the_post_or_the_description_is_supported() -> None:
    claim = "Ana Ruiz ordered Norlink to replace its two oldest ferries by March."
    assert supporters(claim) == ["wire"]


def test_a_name_the_article_never_gave_is_not_supported() -> None:
    assert supporters("Ben Soto ordered Norlink to replace its two oldest ferries by March.") == []
    assert supporters("Ana Ruiz ordered Seaway to replace its two oldest ferries by March.") == []


def test_a_description_two_names_fit_stands_for_neither() -> None:
    claim = "Ana Ruiz ordered the company to replace its two oldest ferries."
    assert supporters(claim) == ["wire"]
    story = [*STORY[:2], "Finance Minister Carl Berg said the money was there.", *STORY[3:]]
    assert not {"ana", "carl"} & described_names(story)[-1]
    assert supporters(claim, story) == []


def test_the_words_of_a_description_must_be_the_names() -> None:
    # "the Italian parliament" is no "Kurdish Parliament"; "the prime minister" is
    # no "Defense Minister"; "the World Trade Center bombing" names no center
    assert (
        described_names(["The Kurdish Parliament met.", "The Italian parliament voted."])[1]
        == set()
    )
    assert (
        described_names(["Defense Minister Ali Sen spoke.", "The prime minister left."])[1] == set()
    )
    assert (
        described_names(["The World Trade Center bombing was in 1993.", "The center shut."])[1]
        == set()
    )


def test_described_names_is_a_switch_of_the_config(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(described_names=0)
    claim = "Ana Ruiz ordered Norlink to replace its two oldest ferries by March."
    assert supporters(claim) == []
