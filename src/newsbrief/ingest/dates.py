"""The one date normaliser: every input kind's publication date becomes sortable ISO 8601.

Why one: reading order and the "newest article" baseline compare these strings, and
"10 March" sorts before "5 March" as text. Text files, JSONL documents (with text, HTML or
a URL), pages and feeds all pass their dates through :func:`normalize_date` in
:func:`newsbrief.prepare`, so no raw date string is ever compared.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone

_log = logging.getLogger("newsbrief")

# LDC newswire ids (DUC, TDT, Gigaword) carry the wire date: APW19981017.0151.
_LDC_ID = re.compile(r"^[A-Z]{2,4}(?:_[A-Z]{3})?_?((?:19|20)\d{2})(\d{2})(\d{2})\.\d{3,5}$")
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%b. %d, %Y", "%Y/%m/%d")


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

    Accepts ISO 8601 (with ``Z``, offsets, fractions) and RFC 822 (RSS ``pubDate``);
    returns None for anything else rather than guessing.
    """
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
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
        _log.warning(
            "%s: unreadable 'published' date %r ignored (use ISO 8601)", where or doc_id, value
        )
    return date_from_ldc_id(doc_id) if doc_id else None
