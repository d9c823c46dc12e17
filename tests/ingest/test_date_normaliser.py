"""One date normaliser for every input kind: sortable ISO 8601 or nothing, never raw text."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.ingest import normalize_date, parse_story_line

ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?")


@given(st.text(max_size=40))
def test_any_text_gives_iso_or_none_and_is_idempotent(text: str) -> None:
    out = normalize_date(text)
    assert out is None or ISO.fullmatch(out)
    assert normalize_date(out) == out


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    st.integers(-12 * 60, 14 * 60),
)
def test_times_in_any_zone_sort_as_instants(moment: datetime, offset_min: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_min)))
    later = aware + timedelta(minutes=1)
    a, b = normalize_date(aware.isoformat()), normalize_date(later.isoformat())
    assert a is not None and b is not None and a < b


def test_written_dates_and_wire_ids() -> None:
    assert normalize_date("10 March 2024") == "2024-03-10"
    assert normalize_date("March 5, 2024") == "2024-03-05"
    assert normalize_date(None, doc_id="APW19981017.0151") == "1998-10-17"
    assert normalize_date("someday", doc_id="x") is None


def test_jsonl_documents_of_every_kind_are_normalised_before_ordering() -> None:
    """A written date in JSONL is compared as a date, not as text ("10 March" < "5 March")."""
    line = json.dumps(
        {
            "id": "s",
            "documents": [
                {
                    "id": "late",
                    "text": "The river rose again on Sunday.",
                    "published": "10 March 2024",
                },
                {"id": "early", "text": "The river rose on Tuesday.", "published": "5 March 2024"},
            ],
        }
    )
    story = parse_story_line(line, 1, "in.jsonl")
    prepared = newsbrief.prepare(story)
    assert {a.id: a.published for a in prepared.articles} == {
        "late": "2024-03-10",
        "early": "2024-03-05",
    }


def test_html_documents_in_jsonl_get_the_same_normaliser() -> None:
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "data" / "pages" / "herald-bridge.html"
    line = json.dumps(
        {
            "id": "s",
            "documents": [
                {"id": "page", "html": page.read_text(), "published": "10 March 2025"},
                {"id": "wire", "text": "The bridge closed on Monday.", "published": "9 March 2025"},
            ],
        }
    )
    prepared = newsbrief.prepare(parse_story_line(line, 1, "in.jsonl"))
    dates = {a.id: a.published for a in prepared.articles}
    assert dates == {"page": "2025-03-10", "wire": "2025-03-09"}
