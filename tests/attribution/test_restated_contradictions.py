"""An outlet restating a contradicting report contradicts the claim too.

Outlets retell one event in their own words. When one article's window contradicts a
claim (another name, figure or date for the same event) and a second article states that
window's event with the same conflicting value, the second outlet contradicts the claim
as well, though its own wording is too far from the claim's to be aligned with it
directly. A second article that states the event without the conflicting value, or
supports the claim, is not listed against it.
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config

REPORT = (
    "MOSCOW (AP) _ Lawmakers in the lower house of parliament voted on Wednesday to seek "
    "asylum for the fugitive rebel leader.\n\n"
    "Opposition lawmaker Pavel Rudenko proposed the motion seeking asylum after the rebel "
    "leader wrote to the lower house, thanking it for its support.\n\n"
    "The government has not said whether it will act on the vote."
)
RETOLD = (
    "MOSCOW _ The rebel leader's request for asylum drew wide support in parliament.\n\n"
    "Opposition lawmaker Pavel Rudenko proposed the motion seeking asylum for the rebel.\n\n"
    "Officials in the capital declined to comment."
)
SILENT = (
    "MOSCOW _ The rebel leader's request for asylum drew wide support in parliament.\n\n"
    "An opposition lawmaker proposed the motion seeking asylum for the rebel.\n\n"
    "Officials in the capital declined to comment."
)
CLAIM = (
    "Opposition lawmaker Igor Danilov proposed the lower house's motion seeking political "
    "asylum for the rebel leader after he wrote to thank the lower house for its support."
)


def contradicting(*articles: tuple[str, str]) -> dict[str, str]:
    story = [{"id": i, "text": t} for i, t in articles]
    (att,) = newsbrief.attribute(story, [CLAIM])
    return {s.article_id: s.explanation for s in att.contradicted_by}


def test_an_outlet_retelling_the_contradicting_report_is_listed_against_the_claim() -> None:
    found = contradicting(("ap", REPORT), ("other", RETOLD))
    assert set(found) == {"ap", "other"}
    assert found["other"] == "Igor Danilov vs Pavel Rudenko"


def test_an_outlet_leaving_out_the_conflicting_name_is_not_listed() -> None:
    assert set(contradicting(("ap", REPORT), ("other", SILENT))) == {"ap"}


def test_restating_is_a_switch_of_the_config(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(propagate_contradictions=0)
    assert set(contradicting(("ap", REPORT), ("other", RETOLD))) == {"ap"}
