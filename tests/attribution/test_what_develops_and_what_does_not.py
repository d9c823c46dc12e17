"""Only a count develops: a time of day, a date, an age or an ordinal does not.

Stories written for the tests (``tests/quality/dated_stories.py``).
"""

from __future__ import annotations

import newsbrief
from newsbrief.api import prepare
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.developments import (
    counted_figures,
    stale_statements,
    story_developments,
    updates_it,
)
from newsbrief.model import Detail

from ..quality.dated_stories import HARBOR_FIRE, SCHOOL_BUS


def test_a_time_of_day_an_age_a_date_or_an_ordinal_is_no_count() -> None:
    assert counted_figures("Ana Ruiz said the blaze started shortly after 9 p.m.") == frozenset()
    assert counted_figures("The blast happened at 6:40 a.m. on Nov. 20, 1998.") == frozenset()
    assert counted_figures("The driver, aged 62, was not hurt.") == frozenset()
    assert counted_figures("Voters re-elected him in the first round.") == frozenset()


def test_heads_sums_shares_and_durations_are_counts() -> None:
    assert counted_figures("Fourteen people were treated for smoke inhalation.") == {14.0}
    assert counted_figures("The repairs will cost $40 million.") == {40e6}
    assert counted_figures("He won 30 percent of the vote.") == {30.0}
    assert counted_figures("The search lasted three days.") == {3 * 1440.0}


def test_a_later_outlets_other_time_of_day_is_a_disagreement_not_an_update() -> None:
    claim = "Fire Chief Ana Ruiz said the blaze started shortly after 9 p.m."
    (att,) = newsbrief.attribute(HARBOR_FIRE, [claim])
    (later,) = [e for e in att.contradicted_by if e.article_id == "p1"]
    assert not updates_it(later.details, claim, later.text)


def test_a_later_count_is_an_update_even_beside_a_disputed_time() -> None:
    claim, evidence = "14 people were treated after 9 p.m.", "22 were treated after 10 p.m."
    time = Detail("number", "conflicts", "after 9 p.m.", "after 10 p.m.")
    count = Detail("number", "conflicts", "14 people", "22")
    day = Detail("date", "conflicts", "Saturday", "Sunday")
    assert not updates_it([time], claim, evidence)
    assert not updates_it([time, day], claim, evidence)
    assert updates_it([time, count], claim, evidence)
    assert updates_it([Detail("negation", "conflicts", "opened", "not opened")], "", "")


def test_every_earlier_statement_of_a_count_that_moved_on_is_stale() -> None:
    prepared = prepare(SCHOOL_BUS)
    index = StoryIndex(prepared.articles, prepared.sentences)
    ((dev, stale),) = stale_statements(index)
    # the line itself is read from the leads: the first report's lede count, then the
    # later day's
    assert story_developments(index) == (dev,)
    assert dev.points[0].article_id == "hc"
    assert dev.points[-1].value == "Seventeen children"
    text = SCHOOL_BUS[0]["text"]
    said = [text[p.start : p.end] for p in stale]
    # its lede count and the same count in its last paragraph, nothing of the later day
    assert {p.article_id for p in stale} == {"hc"}
    assert len(said) == 2 and all("Eleven children" in s for s in said)
    assert any(s.endswith("airlifted to a trauma center, police said.") for s in said)
