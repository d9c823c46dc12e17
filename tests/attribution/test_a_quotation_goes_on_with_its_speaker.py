"""A sentence that opens with a quotation whose speaker is the person the sentence
before is about goes on with it, as a sentence opening with "He" does
(``config.join_speaker``): "Minister Ana Ruiz insisted on Veldonia's neutrality ..." /
"``We play no role in this,'' Ruiz told reporters" state together that Veldonia
plays no role in the quarrel, though the two share no word of the claim. A
quotation of someone else is another statement. The texts are written for the tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config

CLAIM = "Veldonia insists it plays no role in the border quarrel of Ostra and Belmar."
LEAD = (
    "Foreign Minister Ana Ruiz insisted on Veldonia's neutrality in the border quarrel of "
    "Ostra and Belmar."
)
QUOTE = '"We play no role in this," {} told reporters in the capital on Sunday.'


def _supported(speaker: str) -> list[str]:
    text = LEAD + "\n\n" + QUOTE.format(speaker)
    (result,) = attribute(
        [{"id": "capital-wire", "published": "2026-03-02", "text": text}], [CLAIM]
    )
    return [s.article_id for s in result.supported_by]


@pytest.fixture
def join_speaker_on(config_with: Callable[..., config.Config]) -> None:
    # off by default since the s27 held-out gate failed with it on (docs/attribution.md)
    config_with(join_speaker=1)


@pytest.fixture
def join_speaker_off(config_with: Callable[..., config.Config]) -> None:
    config_with(join_speaker=0)


@pytest.mark.usefixtures("join_speaker_on")
def test_the_speakers_quotation_completes_what_the_sentence_before_says_of_them() -> None:
    assert _supported("Ruiz") == ["capital-wire"]


@pytest.mark.usefixtures("join_speaker_on")
def test_a_quotation_of_someone_else_is_another_statement() -> None:
    assert _supported("the mediator Tomas Kell") == []


@pytest.mark.usefixtures("join_speaker_off")
def test_without_the_rule_the_sentence_about_the_speaker_lacks_the_denial() -> None:
    assert _supported("Ruiz") == []
