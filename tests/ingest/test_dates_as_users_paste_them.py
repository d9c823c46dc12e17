"""Dates as people paste them ("Sept. 30, 2026", "Monday, November 30, 2026") read back
as the day they name, and a time's zone abbreviation is read as its offset, or refused
when unknown, never taken for UTC."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.ingest import normalize_date
from newsbrief.ingest.dates import read_date

_AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
STYLES = {
    "AP": lambda d: f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "weekday, month day, year": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    "day abbreviated-month. year": lambda d: f"{d.day} {d:%b}. {d.year}",
    "abbreviated-month day year": lambda d: f"{d:%b} {d.day} {d.year}",
    "short weekday, day month year": lambda d: f"{d:%a}, {d.day} {d:%B} {d.year}",
}


@pytest.mark.parametrize("style", sorted(STYLES))
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_date_in_a_common_written_style_reads_back_as_itself(style: str, day: date) -> None:
    assert read_date(STYLES[style](day)) == day.isoformat()


def test_the_pasted_dates_users_reported_are_read() -> None:
    assert read_date("Sept. 30, 2026") == "2026-09-30"
    assert read_date("Monday, November 30, 2026") == "2026-11-30"
    assert read_date("30 Nov. 2026") == "2026-11-30"
    assert read_date("Nov 30 2026") == "2026-11-30"


def test_words_that_are_no_month_or_weekday_are_no_date() -> None:
    assert read_date("Someday, November 30, 2026") is None
    assert read_date("Nob 30 2026") is None
    assert read_date("Feb. 30, 2026") is None


@pytest.mark.parametrize(
    "zone,hours", [("CET", 1), ("CEST", 2), ("BST", 1), ("EST", -5), ("PDT", -7), ("GMT", 0)]
)
def test_a_feed_time_in_a_named_zone_is_read_as_that_zones_instant(zone: str, hours: int) -> None:
    local = datetime(2026, 11, 30, 23, 30, tzinfo=timezone(timedelta(hours=hours)))
    expected = local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert read_date(f"Mon, 30 Nov 2026 23:30:00 {zone}") == expected
    assert read_date(f"2026-11-30T23:30:00 {zone}") == expected


def test_a_numeric_offset_wins_over_the_name_in_brackets() -> None:
    assert read_date("Mon, 30 Nov 2026 23:30:00 +0100 (CET)") == "2026-11-30T22:30:00Z"


def test_an_unknown_zone_is_refused_with_a_warning_naming_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert read_date("Mon, 30 Nov 2026 23:30:00 IST") is None  # India, Israel or Ireland?
    with caplog.at_level(logging.WARNING, logger="newsbrief"):
        assert normalize_date("Mon, 30 Nov 2026 23:30:00 XYZ", "feed item 3") is None
    (message,) = [r.getMessage() for r in caplog.records]
    assert "feed item 3" in message and "unknown time zone 'XYZ'" in message
