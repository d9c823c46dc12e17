"""A participle phrase right after the main verb's object says what the object is
("released a statement [urging fighters in the battle for Port Annel, which they are
holding against army units]"): a peripheral part an outlet may leave out, as the issue
defines support (the main event stated, its bound details agreeing). An article stating
the main event supports the claim without it; a window giving one of the description's
names otherwise still does not. The story is written for the tests; the last test reads
the project's example story.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.attribution import attribute, config
from newsbrief.attribution.clauses import object_description
from newsbrief.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"

STORY = [
    {
        "id": "harbor-post",
        "published": "2026-05-08",
        "text": (
            "The rebel commander released a statement on Thursday, his first since the "
            "siege began.\n\nThe army shelled the harbor district overnight."
        ),
    },
    {
        "id": "delta-times",
        "published": "2026-05-08",
        "text": (
            "The rebel commander released a statement urging fighters in the battle for "
            "Port Annel.\n\nFerries to the islands stopped running."
        ),
    },
]

CLAIM = (
    "The rebel commander released a statement urging fighters in the battle for Port "
    "Annel, which they are holding against army units."
)


def supported_by(text: str) -> list[str]:
    (result,) = attribute(STORY, [text])
    return sorted(s.article_id for s in result.supported_by)


def description(text: str, verb: str) -> str | None:
    span = object_description(text, verb)
    return None if span is None else text[span[0] : span[1]]


def test_a_participle_after_the_object_and_its_relative_clause_describe_the_object() -> None:
    assert description(CLAIM, "releas") == (
        "urging fighters in the battle for Port Annel, which they are holding against army units"
    )


def test_a_participle_after_a_comma_is_a_predication_of_its_own() -> None:
    assert description("The storm flooded the old town, killing 12 people.", "flood") is None


def test_an_ing_word_before_its_head_noun_modifies_it() -> None:
    assert (
        description("Congress adopted a temporary spending measure that expires soon.", "adopt")
        is None
    )
    assert description("It voted a continuing spending resolution to keep going.", "vote") is None


def test_an_object_without_a_determiner_has_no_description_read() -> None:
    assert description("The floods left thousands missing before the accords.", "left") is None


def test_an_article_stating_the_main_event_supports_the_claim_without_the_description() -> None:
    assert "harbor-post" in supported_by(CLAIM)


def test_a_name_of_the_description_stated_otherwise_still_blocks_support() -> None:
    # a near copy of the claim with another place in the description: read as written
    changed = CLAIM.replace("Port Annel", "Kessa")
    (result,) = attribute(STORY, [changed])
    assert "delta-times" not in {s.article_id for s in result.supported_by}
    assert "delta-times" in {s.article_id for s in result.contradicted_by}


@pytest.fixture
def peripheral_parts_read_as_the_rest(config_with: Callable[..., config.Config]) -> None:
    config_with(attribution_weight=1.0)


@pytest.mark.usefixtures("peripheral_parts_read_as_the_rest")
def test_read_as_part_of_the_event_the_unstated_description_blocks_support() -> None:
    assert "harbor-post" not in supported_by(CLAIM)


def test_the_example_storys_opening_is_not_listed_as_one_outlets(capsys) -> None:
    # Fox's opening: "The head of the Islamic State released a message encouraging forces
    # in the fight for Mosul, which ..., according to ... said Thursday." NBC's lede
    # reports the message; the opening is no "only fox-news" line
    assert main(["summarize", str(EXAMPLE), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    single = out.split("## Reported by one outlet only")[1].split("\n## ")[0]
    assert "released a message encouraging forces" not in single
    summary = out.split("## Summary")[1].split("\n## ")[0]
    assert "emerged Wednesday" in summary and "*(nbc-news, fox-news)*" in summary
