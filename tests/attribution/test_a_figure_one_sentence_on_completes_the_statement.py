"""An outlet states the event in one sentence and its figure a sentence further on,
with a sentence about the same thing between ("Floods forced residents ... to leave" /
"The water ... spilled into the town." / "In all, about 4,000 residents left the
town"). The three read as one statement when the first states most of the claim and
the last holds the figure it leaves out (``config.far_fillers``); the figure is then
compared as any other: a changed one conflicts, and a figure of another thing does not
complete the claim. The texts are written for the tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import attribute, config

CLAIM = "Floods forced 4,000 residents of the river town of Penmarr to leave their homes on Monday."
EVENT = (
    "Floods forced residents of the river town of Penmarr to leave their homes on Monday, "
    "officials said."
)
BETWEEN = "The water rose overnight after heavy rain and spilled into the town."


def _verdicts(last: str) -> tuple[list[str], list[str]]:
    story = [
        {
            "id": "valley-wire",
            "published": "2026-03-02",
            "text": "\n\n".join([EVENT, BETWEEN, last]),
        }
    ]
    (result,) = attribute(story, [CLAIM])
    return [s.article_id for s in result.supported_by], [
        c.article_id for c in result.contradicted_by
    ]


@pytest.fixture
def far_fillers_on(config_with: Callable[..., config.Config]) -> None:
    # off by default since the s27 held-out gate failed with it on (docs/attribution.md)
    config_with(far_fillers=1)


@pytest.fixture
def far_fillers_off(config_with: Callable[..., config.Config]) -> None:
    config_with(far_fillers=0)


@pytest.mark.usefixtures("far_fillers_on")
def test_the_figure_a_sentence_further_on_completes_the_claim() -> None:
    supported, contradicted = _verdicts(
        "In all, about 4,000 residents left the town, the mayor said."
    )
    assert supported == ["valley-wire"]
    assert contradicted == []


@pytest.mark.usefixtures("far_fillers_on")
def test_another_figure_there_contradicts_the_claim() -> None:
    supported, contradicted = _verdicts(
        "In all, about 400 residents left the town, the mayor said."
    )
    assert supported == []
    assert contradicted == ["valley-wire"]


@pytest.mark.usefixtures("far_fillers_on")
def test_a_figure_of_another_thing_does_not_complete_the_claim() -> None:
    supported, _ = _verdicts(
        "About 4,000 soldiers were sent to the northern border, the army said."
    )
    assert supported == []


@pytest.mark.usefixtures("far_fillers_off")
def test_without_the_rule_the_event_sentence_alone_lacks_the_figure() -> None:
    supported, _ = _verdicts("In all, about 4,000 residents left the town, the mayor said.")
    assert supported == []
