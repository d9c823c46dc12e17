"""Property tests for the parsers written here: feeds, dates, content types, charsets, URLs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsbrief.errors import FetchError
from newsbrief.ingest.feed import ATOM, parse_feed
from newsbrief.ingest.fetch import decode_body, is_public_address, parse_content_type
from newsbrief.ingest.html import iso_datetime
from newsbrief.ingest.web import doc_id_for_url

# XML 1.0 cannot carry most control characters; feeds with them are malformed by definition.
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s)
slug = st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(timezone.utc)
).map(lambda d: d.replace(microsecond=0))
items = st.lists(st.tuples(xml_text, slug, moments), min_size=1, max_size=6)


def _rss(entries: list[tuple[str, str, datetime]]) -> bytes:
    rss = etree.Element("rss", version="2.0")
    channel = etree.SubElement(rss, "channel")
    etree.SubElement(channel, "title").text = "Feed"
    for title, path, when in entries:
        item = etree.SubElement(channel, "item")
        etree.SubElement(item, "title").text = title
        etree.SubElement(item, "link").text = f"https://news.example/{path}"
        etree.SubElement(item, "pubDate").text = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return etree.tostring(rss, xml_declaration=True, encoding="utf-8")


def _atom(entries: list[tuple[str, str, datetime]]) -> bytes:
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    etree.SubElement(feed, f"{{{ATOM}}}title").text = "Feed"
    for title, path, when in entries:
        entry = etree.SubElement(feed, f"{{{ATOM}}}entry")
        etree.SubElement(entry, f"{{{ATOM}}}title").text = title
        etree.SubElement(entry, f"{{{ATOM}}}link", href=f"/{path}")
        etree.SubElement(entry, f"{{{ATOM}}}updated").text = when.isoformat()
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8")


def _expected(entries: list[tuple[str, str, datetime]]) -> list[tuple[str, str, str]]:
    return [
        (t.strip(), f"https://news.example/{p}", w.strftime("%Y-%m-%dT%H:%M:%SZ"))
        for t, p, w in entries
    ]


@given(items)
def test_rss_round_trip(entries: list[tuple[str, str, datetime]]) -> None:
    feed = parse_feed(_rss(entries), "f.xml")
    got = [(i.title, i.link, i.published) for i in feed.items]
    assert got == _expected(entries)


@given(items)
def test_atom_round_trip_resolves_relative_links(entries: list[tuple[str, str, datetime]]) -> None:
    feed = parse_feed(_atom(entries), "f.atom", base_url="https://news.example/feeds/all")
    got = [(i.title, i.link, i.published) for i in feed.items]
    assert got == _expected(entries)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_feed_parser_only_raises_fetch_error(data: bytes) -> None:
    try:
        parse_feed(data, "junk.xml")
    except FetchError as exc:
        assert exc.where == "junk.xml"


@given(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_iso_datetime_normalises_to_utc(moment: datetime, offset_min: int) -> None:
    aware = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset_min)))
    out = iso_datetime(aware.isoformat())
    assert out == aware.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # RFC 822 (RSS) and ISO spellings of one moment agree
    assert iso_datetime(aware.strftime("%a, %d %b %Y %H:%M:%S %z")) == out


@given(st.text(max_size=60))
def test_iso_datetime_total(text: str) -> None:
    out = iso_datetime(text)
    assert out is None or (len(out) in (10, 20) and out[4] == "-")


@given(st.text(max_size=80))
def test_content_type_parser_total(header: str) -> None:
    media, charset = parse_content_type(header)
    assert media == media.lower() and ";" not in media
    assert charset is None or charset == charset.lower()


@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "latin-1", "bogus-cs", "utf-16"]))
def test_decode_total(body: bytes, charset: str | None) -> None:
    try:
        text = decode_body(body, charset, "page")
    except FetchError as exc:
        assert "broken text encoding" in exc.message
    else:
        assert isinstance(text, str)


@given(st.text(max_size=50))
def test_public_address_check_total(addr: str) -> None:
    assert is_public_address(addr) in (True, False)


@given(st.text(max_size=80))
def test_doc_id_total(tail: str) -> None:
    out = doc_id_for_url("https://news.example/" + tail)
    assert out and "/" not in out


def test_a_lone_surrogate_escape_is_a_bad_line_named_by_file_and_line(tmp_path) -> None:
    """A lone "\\ud800" decodes to text no output file can hold: the line is refused
    up front (exit 2, file:line named, no traceback), and a real pair still reads."""
    import subprocess
    import sys

    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "s", "documents": [{"id": "a", "text": "\\ud800 The council voted."}]}\n',
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "newsbrief", "batch", str(bad), "-o", str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert f"{bad}:1:" in run.stderr and "Traceback" not in run.stderr
    good = tmp_path / "good.jsonl"
    good.write_text(
        '{"id": "s", "documents": [{"id": "a", "text": "\\ud83d\\ude00 The council voted on '
        'the new bridge on Monday."}]}\n',
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "newsbrief", "batch", str(good), "-o", str(tmp_path / "g.jsonl")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
