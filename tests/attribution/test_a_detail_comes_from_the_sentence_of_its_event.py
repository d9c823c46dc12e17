"""A claim's day or figure is confirmed only by a value bound to the claim's event.

A window of two or three sentences glues the sentence that states the claim's event to
its neighbours; a neighbour's weekday or figure is usually another deed's ("advanced
Tuesday into Mosul" beside "emerged Wednesday with a statement"). Such a value never
confirms the claim, and where the event's own sentence gives another value the claim is
not supported (contradicted, when it is the same deed). A neighbour that goes on about
the same event ("It was approved on Tuesday") or counts the same thing still supplies
its value.
"""

from __future__ import annotations

from pathlib import Path

import newsbrief
from newsbrief.attribution import story_index
from newsbrief.attribution.binding import event_part, same_deed, unbound_dates
from newsbrief.attribution.facts import facts_of

LEAD = "KOBE, Japan (AP) _ "
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


def verdict(claim: str, *sentences: str) -> tuple[list[str], list[str]]:
    """Who supports the claim, and the reasons of those contradicting it, in an article
    published on Saturday 10 May 2003."""
    text = LEAD + " ".join(sentences)
    (att,) = newsbrief.attribute([{"id": "wire", "text": text, "published": "2003-05-10"}], [claim])
    return [s.article_id for s in att.supported_by], [s.explanation for s in att.contradicted_by]


APPROVED = "The city council approved the harbor budget on Wednesday after a long debate."
WALKOUT = "Dock workers walked off the job on Tuesday, and the new budget pays for their raise."


def test_a_neighbours_day_of_another_deed_does_not_confirm_the_claims_day() -> None:
    claim = "The city council approved the budget for the harbor on {}."
    assert verdict(claim.format("Tuesday"), APPROVED, WALKOUT) == ([], ["Tuesday vs Wednesday"])
    assert verdict(claim.format("Wednesday"), APPROVED, WALKOUT) == (["wire"], [])


def test_a_neighbours_day_does_not_fill_in_a_day_the_event_sentence_leaves_out() -> None:
    approved = "The city council approved a new budget for the harbor after a long debate."
    walkout = "Dock workers walked off the job on Monday."
    claim = "The city council approved a new budget for the harbor on Monday."
    assert verdict(claim, approved, walkout) == ([], [])


def test_a_neighbour_that_restates_the_event_gives_its_day() -> None:
    approved = "The city council approved a new budget for the harbor after a long debate."
    restated = "It was approved on Tuesday, a day after dock workers walked off the job on Monday."
    claim = "The city council approved a new budget for the harbor on {}."
    assert verdict(claim.format("Tuesday"), approved, restated) == (["wire"], [])
    supported, _ = verdict(claim.format("Monday"), approved, restated)
    assert supported == []


def test_in_one_sentence_the_day_of_another_deed_is_not_the_events_day() -> None:
    for sentence in (
        "Dock workers walked off the job on Tuesday, and the city council approved the "
        "harbor budget on Wednesday.",
        "After dock workers walked off the job on Tuesday, the city council approved the "
        "harbor budget on Wednesday.",
    ):
        claim = "The city council approved the harbor budget on {}."
        assert verdict(claim.format("Tuesday"), sentence) == ([], ["Tuesday vs Wednesday"])
        assert verdict(claim.format("Wednesday"), sentence) == (["wire"], [])


def test_a_neighbours_figure_of_another_deed_does_not_confirm_the_claims_figure() -> None:
    fire = (
        "A fire swept through a crowded dance hall in the port on Saturday night, killing "
        "dozens of young people."
    )
    crews = "Some 140 firefighters fought the blaze in the dance hall for three hours."
    supported, _ = verdict(
        "The fire in the crowded dance hall killed 140 young people.", fire, crews
    )
    assert supported == []
    supported, _ = verdict("Some 140 firefighters fought the blaze in the dance hall.", fire, crews)
    assert supported == ["wire"]


def test_the_event_sentences_own_figure_decides_over_a_neighbours() -> None:
    approved = (
        "The council approved a budget of 300 million yen for the harbor after a long debate."
    )
    asked = (
        "Dock workers had asked for 500 million yen, and the harbor budget now pays for repairs."
    )
    claim = "The council approved a harbor budget of {} million yen."
    assert verdict(claim.format(500), approved, asked) == (
        [],
        ["500 million yen vs 300 million yen"],
    )
    assert verdict(claim.format(300), approved, asked) == (["wire"], [])


def test_a_neighbour_counting_the_same_thing_gives_its_figure() -> None:
    approved = "The council approved the new harbor budget after a long debate."
    counted = (
        "Dock workers, 500 of them, walked off the job, and the harbor budget now pays for repairs."
    )
    supported, _ = verdict(
        "The council approved the harbor budget for 500 dock workers.", approved, counted
    )
    assert supported == ["wire"]


def test_the_event_sentence_is_the_one_stating_what_happened() -> None:
    index, _ = story_index([{"id": "wire", "text": LEAD + APPROVED + " " + WALKOUT}])
    claim, _ = index.claim_search("The city council approved the harbor budget on Tuesday.", None)
    parts = [facts_of(WALKOUT), facts_of(APPROVED)]
    assert event_part(claim, parts) == 1
    assert event_part(claim, parts[:1]) is None  # one sentence: nothing to choose
    (tuesday,) = claim.facts.dates
    (walked,) = parts[0].dates
    (wednesday,) = parts[1].dates
    assert not same_deed(claim, tuesday, walked, parts[0])
    assert same_deed(claim, tuesday, wednesday, parts[1])
    # the event's own sentence gives another day: no neighbour's day agrees
    assert unbound_dates(claim, tuesday, parts, None, None) == {id(walked)}


def test_the_example_storys_release_day_changed_is_reported_by_no_outlet() -> None:
    # NBC's "advanced Tuesday into Mosul" dates the advance, not the message it reports
    # in the sentence before ("emerged Wednesday with a statement")
    docs = [{"id": p.stem, "text": p.read_text("utf-8")} for p in sorted(EXAMPLE.glob("*.txt"))]
    claim = "Abu Bakr al-Baghdadi spoke in an audio recording released on {}."
    (changed, kept) = newsbrief.attribute(
        docs, [claim.format("Tuesday"), claim.format("Wednesday")]
    )
    assert changed.supported_by == ()
    assert "fox-news" in {s.article_id for s in changed.contradicted_by}
    assert {s.article_id for s in kept.supported_by} == {"fox-news", "nbc-news"}
