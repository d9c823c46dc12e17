"""A claim's day or figure that the article states in another paragraph, about the same
event (``config.spread_details``, off by default).

A wire story states the event in one sentence and gives its day or its sum a few
paragraphs later ("The vote came on Tuesday ..."). With ``spread_details`` on, such a
value supports the claim when it is bound to the claim's deed there, and the detail
keeps the span of the sentence it came from (in the JSON and on a line of the text
output), so a reader sees where it is. A value of
another deed never counts, and another value for the same deed conflicts: an altered
claim's day or figure is never found "elsewhere".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

import newsbrief
from newsbrief.attribution import config, story_index
from newsbrief.model import ClaimAttribution
from newsbrief.render.claims import claims_text

# sentences about other things, so that the later paragraph lies outside every window
# and its neighbours
OTHER = [
    "Shipping firms have complained for years about the long queues at the old piers.",
    "Traffic on the coast road was slow all week because of repairs.",
    "Fishermen in the northern villages reported a good season.",
    "A new ferry line to the islands opens next spring.",
]
EVENT = (
    "The council approved a budget of 40 million dollars for the new container "
    "terminal after a long debate."
)
CLAIM = (
    "The harbor council approved a budget of 40 million dollars for the new container "
    "terminal on {}."
)


@pytest.fixture(autouse=True)
def spread_on() -> Iterator[None]:
    saved = config.CONFIG
    config.set_config(replace(saved, spread_details=1))
    yield
    config.set_config(saved)


def _text(*sentences: str) -> str:
    return "PORTVILLE (AP) _ " + " ".join(sentences)


def _attribute(claim: str, *sentences: str) -> ClaimAttribution:
    doc = {"id": "wire", "text": _text(*sentences), "published": "2003-05-10"}
    (att,) = newsbrief.attribute([doc], [claim])
    return att


def test_a_day_a_later_paragraph_gives_the_event_supports_the_claim() -> None:
    later = "The council approved it on Tuesday."
    att = _attribute(CLAIM.format("Tuesday"), *OTHER, EVENT, *OTHER, later)
    assert [e.article_id for e in att.supported_by] == ["wire"]
    config.set_config(replace(config.CONFIG, spread_details=0))
    assert not _attribute(CLAIM.format("Tuesday"), *OTHER, EVENT, *OTHER, later).supported_by


def test_the_detail_stated_elsewhere_points_at_its_own_sentence() -> None:
    later = "The council approved it on Tuesday."
    text = _text(*OTHER, EVENT, *OTHER, later)
    (evidence,) = _attribute(CLAIM.format("Tuesday"), *OTHER, EVENT, *OTHER, later).supported_by
    (found,) = [d for d in evidence.details if d.note == "elsewhere"]
    assert found.span is not None
    start, end = found.span
    # the span holds the value, and it is a sentence the support's own span leaves out
    assert found.evidence in text[start:end]
    assert end <= evidence.start or start >= evidence.end
    assert "stated elsewhere in the article" in found.explanation


def test_the_text_output_says_where_the_detail_stated_elsewhere_is() -> None:
    later = "The council approved it on Tuesday."
    att = _attribute(CLAIM.format("Tuesday"), *OTHER, EVENT, *OTHER, later)
    ((found,),) = [[d for d in e.details if d.span] for e in att.supported_by]
    assert found.span is not None
    start, end = found.span
    lines = claims_text([att]).splitlines()
    assert lines[-1] == f"     with Tuesday (stated elsewhere in the article) [{start}:{end}]"


def test_another_day_for_the_same_event_elsewhere_is_a_conflict() -> None:
    later = "The council approved it on Tuesday."
    index = story_index([{"id": "wire", "text": _text(*OTHER, EVENT, *OTHER, later)}])[0]
    claim, _ = index.claim_search(CLAIM.format("Monday"), None)
    event = len(OTHER)
    check, _ = index.window_check("wire", claim, event, event)
    dates = [d for d in check.details if d.kind == "date"]
    assert [(d.status, d.evidence, d.note) for d in dates] == [
        ("conflicts", "Tuesday", "elsewhere")
    ]
    assert not check.supports
    assert not _attribute(CLAIM.format("Monday"), *OTHER, EVENT, *OTHER, later).supported_by


def test_a_day_of_another_deed_elsewhere_does_not_count() -> None:
    walkout = "Dock workers walked off the job on Tuesday."
    att = _attribute(CLAIM.format("Tuesday"), *OTHER, EVENT, *OTHER, walkout)
    assert att.supported_by == ()


def test_a_figure_stated_elsewhere_supports_and_an_altered_one_does_not() -> None:
    event = "The council approved a budget for the new container terminal on Tuesday."
    later = "The council approved 40 million dollars in all, the mayor said."
    claim = (
        "The harbor council approved a budget of {} million dollars for the new container "
        "terminal on Tuesday."
    )
    true = _attribute(claim.format(40), *OTHER, event, *OTHER, later)
    assert [e.article_id for e in true.supported_by] == ["wire"]
    assert _attribute(claim.format(50), *OTHER, event, *OTHER, later).supported_by == ()


PLACE = (
    "The harbor council approved a budget of 40 million dollars for the new container "
    "terminal at Kesser Point on Tuesday."
)
DATED = (
    "The council approved a budget of 40 million dollars for the new container terminal on Tuesday."
)


def test_the_place_of_the_event_stated_elsewhere_supports_the_claim() -> None:
    later = "The council approved the site at Kesser Point in the same vote."
    att = _attribute(PLACE, *OTHER, DATED, *OTHER, later)
    assert [e.explanation for e in att.supported_by] == [
        "Kesser Point (stated elsewhere in the article)"
    ]


def test_a_place_of_another_deed_elsewhere_does_not_count() -> None:
    later = "Dock workers marched at Kesser Point on Monday."
    assert _attribute(PLACE, *OTHER, DATED, *OTHER, later).supported_by == ()


def test_who_did_it_is_never_taken_from_another_sentence() -> None:
    # the doer is the event itself: the sentence stating the budget must name her
    claim = (
        "Mayor Anna Berg approved a budget of 40 million dollars for the new container "
        "terminal on Tuesday."
    )
    later = "Mayor Anna Berg approved the site for the port in a separate vote."
    assert _attribute(claim, *OTHER, DATED, *OTHER, later).supported_by == ()
