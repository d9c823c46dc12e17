"""The one date normaliser: every input kind's publication date becomes sortable ISO 8601.

Why one: reading order and the "newest article" baseline compare these strings, and
"10 March" sorts before "5 March" as text. Text files, JSONL documents (with text, HTML or
a URL), pages and feeds all pass their dates through :func:`normalize_date` in
:func:`newsbrief.prepare`, so no raw date string is ever compared.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta, timezone
from functools import cache

_log = logging.getLogger("newsbrief")

# LDC newswire ids (DUC, TDT, Gigaword) carry the wire date: APW19981017.0151.
_LDC_ID = re.compile(r"^[A-Z]{2,4}(?:_[A-Z]{3})?_?((?:19|20)\d{2})(\d{2})(\d{2})\.\d{3,5}$")
_DATE_FORMATS = ("%Y/%m/%d",)
# English month names, their three-letter abbreviations and AP style's "Sept".
_MONTHS = {
    name: number
    for number, full in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
    for name in (full, full[:3])
} | {"sept": 9}
_WEEKDAYS = frozenset(
    name
    for full in "monday tuesday wednesday thursday friday saturday sunday".split()
    for name in (full, full[:3])
)
# A date as people write it: "Sept. 30, 2026", "Monday, November 30, 2026",
# "30 Nov. 2026", "Nov 30 2026", "30th November 2026"; an optional weekday before it.
_WRITTEN = re.compile(
    r"""(?:(?P<weekday>[a-z]+)\.?,?\s+)?
    (?:(?P<month1>[a-z]+)\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{4})
      |(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+)\.?,?\s+(?P<year2>\d{4}))""",
    re.IGNORECASE | re.VERBOSE,
)
# A zone abbreviation after a time ("23:30:00 CET", "11:30 GMT", "... +0100 (CET)").
_ZONE_WORD = re.compile(
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"(?P<offset>\s*[+-]\d{2}:?\d{2})?\s*\(?(?P<zone>[A-Za-z]{1,5})\)?$"
)
_NOT_ZONES = frozenset({"am", "pm"})


@cache
def _zone_offsets() -> dict[str, timedelta]:
    """The package's table of zone abbreviations (``data/time_zones.txt``) as offsets."""
    from importlib.resources import files

    out: dict[str, timedelta] = {}
    text = files("newsbrief").joinpath("data/time_zones.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, offset = line.split()
        hours, minutes = int(offset[1:3]), int(offset[4:6])
        sign = -1 if offset[0] == "-" else 1
        out[name.upper()] = sign * timedelta(hours=hours, minutes=minutes)
    return out


def unknown_zone(value: str) -> str | None:
    """The zone abbreviation after ``value``'s time when it is none this reads ("IST"),
    else None. Why: such a time is refused, not read as UTC, and the refusal names it."""
    m = _ZONE_WORD.search(value.strip())
    if not m or m["offset"] or m["zone"].lower() in _NOT_ZONES:
        return None
    return None if m["zone"].upper() in _zone_offsets() else m["zone"]


def _with_numeric_zone(text: str) -> str | None:
    """``text`` with a zone abbreviation after its time written as a numeric offset
    (an offset already given wins over a name in brackets); None for an unknown zone."""
    m = _ZONE_WORD.search(text)
    if not m or m["zone"].lower() in _NOT_ZONES:
        return text
    head = text[: m.start("zone")].rstrip().rstrip("(").rstrip()
    if m["offset"]:
        return head
    delta = _zone_offsets().get(m["zone"].upper())
    if delta is None:
        return None
    minutes = int(delta.total_seconds()) // 60
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    if re.match(r"\d{4}-\d{2}-\d{2}", head):
        return f"{head}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{head} {sign}{minutes // 60:02d}{minutes % 60:02d}"


def _written_date(text: str) -> str | None:
    """A date written with its month's name (``_WRITTEN``) as ISO ``YYYY-MM-DD``."""
    m = _WRITTEN.fullmatch(text)
    if not m:
        return None
    if m["weekday"] and m["weekday"].lower() not in _WEEKDAYS:
        return None
    month = _MONTHS.get((m["month1"] or m["month2"]).lower())
    if month is None:
        return None
    try:
        return date(int(m["year1"] or m["year2"]), month, int(m["day1"] or m["day2"])).isoformat()
    except ValueError:
        return None


def date_from_ldc_id(doc_id: str) -> str | None:
    """The publication date an LDC-style document id encodes, as ISO ``YYYY-MM-DD``.

    Why: wire corpora rarely carry a date field, but their ids do.
    """
    m = _LDC_ID.match(doc_id)
    if not m:
        return None
    year, month, day = m.groups()
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_datetime(value: str | None) -> str | None:
    """An ISO 8601 string sortable across sources: UTC ``...Z`` with a time, else the day.

    Accepts ISO 8601 (with ``Z``, offsets, fractions) and RFC 822 (RSS ``pubDate``), a
    time's zone abbreviation read from ``data/time_zones.txt``; returns None for anything
    else, an unknown zone included, rather than guessing.
    """
    if not value:
        return None
    zoned = _with_numeric_zone(value.strip())
    if not zoned:
        return None
    text = zoned
    dt: datetime | None
    try:
        dt = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "Zz" else text)
    except ValueError:
        # Imported here: ``email`` costs about 5 ms at start-up and only RSS dates need it.
        from email.utils import parsedate_to_datetime

        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?!\d)", text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return None
        return None
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", text):
        return dt.date().isoformat()
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)  # no zone given: read as UTC, stated as such
    try:
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return None


def read_date(value: str) -> str | None:
    """``value`` as sortable ISO 8601, or None when it is no date this reads (no warning:
    a caller that refuses such a date, as the HTTP service does, says so itself)."""
    iso = iso_datetime(value)
    if iso:
        return iso
    if unknown_zone(value):
        return None  # a time in an unknown zone: not read as UTC, nor as its bare day
    written = _written_date(value.strip())
    if written:
        return written
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def normalize_date(value: str | None, where: str = "", doc_id: str = "") -> str | None:
    """``value`` as sortable ISO 8601; else the date an LDC ``doc_id`` encodes; else None.

    An unreadable date is dropped with a warning naming ``where``, never compared as text.
    Idempotent: an ISO date comes back unchanged.
    """
    if value and value.strip():
        read = read_date(value)
        if read:
            return read
        zone = unknown_zone(value)
        why = f"unknown time zone {zone!r}: give an offset, +01:00" if zone else "use ISO 8601"
        _log.warning("%s: unreadable 'published' date %r ignored (%s)", where or doc_id, value, why)
    return date_from_ldc_id(doc_id) if doc_id else None
