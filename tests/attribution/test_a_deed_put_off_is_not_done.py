"""A deed put off is not done (s31 atQ round): "repeatedly put off announcing the
package" and "postponed announcing the cuts" do not back a claim that the package or
the cuts were announced, as a deed wanted or planned does not (``plan_governors.txt``,
the "off" group and the verbs of putting off). An outlet that reports the announcement
made after a delay still backs it.

The stories are written for these tests, in the shape of wire reports.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.lexicon import canon
from newsbrief.attribution.predicate import only_governed

SAY = canon("announced")  # the verb of saying, as the claim's announcement is read


def supporters(story: list[dict[str, str]], claim: str) -> list[str]:
    (att,) = newsbrief.attribute(story, [claim])
    return [s.article_id for s in att.supported_by]


LEAD = "QUITO, Ecuador (AP) _ "
PUT_OFF = [
    {
        "id": "put-off",
        "text": LEAD + "The cost of forcing through such harsh measures in an election year "
        "became plain when President Ramon Vela repeatedly put off announcing the spending cuts.",
    }
]
POSTPONED = [
    {
        "id": "postponed",
        "text": LEAD + "The cost of forcing through such harsh measures in an election year "
        "became plain when President Ramon Vela postponed announcing the spending cuts.",
    }
]
MADE = [
    {
        "id": "made",
        "text": LEAD + "After weeks of delay, President Ramon Vela announced the spending cuts "
        "in an election year, despite the cost of forcing through such harsh measures.",
    }
]

CLAIM = (
    "In an election year President Ramon Vela promptly announced the spending cuts, "
    "despite the cost of forcing through such harsh measures."
)


def test_an_announcement_put_off_backs_no_announcement() -> None:
    assert supporters(PUT_OFF, CLAIM) == []


def test_an_announcement_postponed_backs_no_announcement() -> None:
    assert supporters(POSTPONED, CLAIM) == []


def test_an_announcement_made_after_a_delay_is_still_supported() -> None:
    assert supporters(MADE, CLAIM) == ["made"]


def test_a_gerund_after_put_off_or_postponed_is_named_as_not_done() -> None:
    assert only_governed(["He put off announcing the package."], SAY) == "put off announcing"
    assert only_governed(["He postponed announcing it."], SAY) == "postponed announcing"
    assert only_governed(["He announced it after a delay."], SAY) is None
