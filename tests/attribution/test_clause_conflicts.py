"""Another day for the event a claim's date belongs to, stated in one sentence.

Wire copy often states only the clause a claim's date belongs to ("Norlanders voted
Friday to elect the 60-seat Council of Elders") while the claim says much more; that
sentence contradicts the claim's "Thursday" though it states little of the rest. It is
the same event only when it states the clause's own figures and names too, the clause is
no denial ("performed no abortions Tuesday" says nothing of the days abortions were
performed), the sentence's date dates the same deed ("invaded in 1975 and later
annexed" dates no annexation), and the date is no day to come ("next Friday": plans
slip). Each of these tests fails with ``clause_same_event`` off or the rule off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config
from newsbrief.attribution.dates import report_day
from newsbrief.attribution.facts import facts_of

COUNCIL = (
    "Norlanders voted on Thursday to elect the 60-seat Council of Elders, a clerical body "
    "expected to keep its conservative majority, officials in Varna said."
)
CLINIC = (
    "But the clinic performed no abortions Tuesday and saw only a few patients, said the "
    "director, Ann Holt."
)
PROVINCE = (
    "Officials are examining a request to try the general for abuses in Tessaly, a former "
    "Varnish province annexed by Norland in 1976."
)


def contradicted(sentence: str, claim: str) -> bool:
    story = [{"id": "wire", "text": "Reformers hoped for gains in the vote.\n\n" + sentence}]
    (att,) = newsbrief.attribute(story, [claim])
    return [s.article_id for s in att.contradicted_by] == ["wire"]


def test_another_day_for_the_dates_own_clause_contradicts(
    config_with: Callable[..., config.Config],
) -> None:
    other_day = "Norlanders voted Friday to elect the 60-seat Council of Elders."
    assert contradicted(other_day, COUNCIL)
    assert not contradicted(other_day.replace("Friday", "Thursday"), COUNCIL)
    config_with(clause_conflict=2.0)  # the rule off: the sentence states too little
    assert not contradicted(other_day, COUNCIL)


def test_a_sentence_leaving_out_the_clauses_own_figure_and_name_is_another_event(
    config_with: Callable[..., config.Config],
) -> None:
    # "the council" may be another council, elected another day
    loose = "Norlanders voted Friday to elect the council."
    assert not contradicted(loose, COUNCIL)
    config_with(clause_same_event=0)
    assert contradicted(loose, COUNCIL)


def test_a_day_to_come_is_a_schedule_not_a_conflict(
    config_with: Callable[..., config.Config],
) -> None:
    ahead = "Norlanders go to the polls next Friday to elect the 60-seat Council of Elders."
    assert not contradicted(ahead, COUNCIL)
    config_with(clause_same_event=0)
    assert contradicted(ahead, COUNCIL)


def test_the_day_of_a_deed_not_done_conflicts_with_no_day_of_the_deed(
    config_with: Callable[..., config.Config],
) -> None:
    other = (
        "A spokeswoman for the clinic, where Dr. Lind performed abortions, said a warning "
        "was faxed to the clinic Friday morning."
    )
    assert not contradicted(other, CLINIC)
    config_with(clause_same_event=0)
    assert contradicted(other, CLINIC)


def test_a_year_the_sentence_gives_another_deed_is_no_conflict(
    config_with: Callable[..., config.Config],
) -> None:
    invaded = "Tessaly is a former Varnish province that Norland invaded in 1975 and later annexed."
    assert not contradicted(invaded, PROVINCE)
    # the same deed in another year contradicts
    assert contradicted(
        "Tessaly is a former Varnish province that Norland annexed in 1975.", PROVINCE
    )
    # without the same-event guards the date is still bound to its own deed (each date
    # carries the verb it dates: details.compare_dates), so no conflict either
    config_with(clause_same_event=0)
    assert not contradicted(invaded, PROVINCE)


def test_a_date_knows_the_deed_before_it_and_a_day_to_come() -> None:
    (invaded,) = facts_of("Norland invaded in 1975 and later annexed it.", frozenset()).dates
    assert invaded.verb == "invad"
    (annexed,) = facts_of("a province annexed by Norland in 1976", frozenset()).dates
    assert annexed.verb == "annex"
    (ahead,) = facts_of("The vote is next Friday.", frozenset()).dates
    (past,) = facts_of("The vote was on Friday.", frozenset()).dates
    assert ahead.ahead and not past.ahead


def test_each_outlets_own_day_is_its_report_day() -> None:
    # "headed toward the coast Friday" in Friday's paper, "raced toward it on Saturday"
    # in Saturday's: each reports the storm on its own day
    (friday,) = facts_of("The storm headed toward the coast Friday.", frozenset()).dates
    friday_paper, saturday_paper = dt.date(1998, 10, 23), dt.date(1998, 10, 24)
    assert report_day(friday, friday_paper)
    assert not report_day(friday, saturday_paper)
    assert not report_day(friday, None)


def test_a_figures_short_clause_alone_does_not_contradict(
    config_with: Callable[..., config.Config],
) -> None:
    # a temperature "over the weekend" in a claim about a cold wave: another outlet's
    # reading of another day or town states the same short clause
    claim = (
        "Temperatures in Varna dropped as low as minus 26 Celsius over the weekend, as the "
        "cold wave that began on Nov. 6 tightened its grip on the north, forecasters said."
    )
    reading = "Temperatures in Varna were as low as minus 20 degrees Celsius over the weekend."
    assert not contradicted(reading, claim)
    config_with(clause_figures=1)  # figures' clauses read as dates' are
    assert contradicted(reading, claim)
