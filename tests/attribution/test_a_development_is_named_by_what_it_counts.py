"""A development line is one counted quantity: named by what it counts ("dead"), with
every report of it in time order, the first day's included, whatever verb carries the
figure ("killing 12 people" on the first day, "the death toll rose to 31" after)."""

from __future__ import annotations

import newsbrief
from newsbrief import Article
from newsbrief.attribution.developments import same_day_differences

# Four reports of one made-up quake by three outlets over three days.
DAY1_A = (
    "A strong earthquake struck the hill town of Marlow on Sunday, killing 12 people, "
    "officials said. The quake had a magnitude of 5.8, the national seismology office said. "
    "Rescue teams searched collapsed houses in the old market district through the night. "
    "Power was cut to much of the town after the shaking."
)
DAY1_B = (
    "An earthquake of magnitude 6.1 hit Marlow on Sunday, killing 14 people, the regional "
    "governor said. Dozens of houses collapsed in the old market district. "
    "The governor asked neighbouring towns to send doctors."
)
DAY2 = (
    "The death toll from Sunday's earthquake in Marlow rose to 31 on Monday, officials said. "
    "Rescue teams pulled two survivors from the rubble of a bakery. "
    "Thousands of residents spent the night in tents."
)
DAY3 = (
    "The death toll from the Marlow earthquake rose to 40 on Tuesday as rescuers reached "
    "outlying villages, officials said. Hundreds of people remain in hospital. "
    "Engineers began checking the town's bridges."
)


def _developments() -> tuple[newsbrief.Development, ...]:
    arts = [
        Article("a", DAY1_A, source="Valley Post", published="2026-03-01"),
        Article("b", DAY1_B, source="Ridge Herald", published="2026-03-01"),
        Article("c", DAY2, source="Valley Post", published="2026-03-02"),
        Article("d", DAY3, source="Coast Daily", published="2026-03-03"),
    ]
    summary = newsbrief.summarize(arts, words=80)
    assert summary.analysis is not None
    return summary.analysis.developments


def test_a_toll_reported_by_a_participle_then_a_rising_total_is_one_line_named_dead() -> None:
    devs = _developments()
    assert [d.quantity for d in devs] == ["dead"]
    (dev,) = devs
    assert [(p.article_id, p.value) for p in dev.points] == [
        ("a", "12 people"),
        ("b", "14 people"),
        ("c", "31"),
        ("d", "40"),
    ]


def test_the_first_days_two_counts_are_shown_as_disagreeing() -> None:
    (dev,) = _developments()
    assert same_day_differences(dev) == [("2026-03-01", ["12 people", "14 people"])]


def test_a_death_toll_no_lead_writes_as_a_verb_is_named_dead_not_by_its_verb_of_change() -> None:
    arts = [
        Article("c", DAY2, source="Valley Post", published="2026-03-02"),
        Article("d", DAY3, source="Coast Daily", published="2026-03-03"),
    ]
    summary = newsbrief.summarize(arts, words=60)
    assert summary.analysis is not None
    assert [(d.quantity, [p.value for p in d.points]) for d in summary.analysis.developments] == [
        ("dead", ["31", "40"])
    ]
