"""The story page's content: highlights, links and the coverage picture."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.service.view import build_page, highlight, safe_url, timeline


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_highlighting_keeps_every_character(text: str, raw_spans) -> None:
    spans = [(a, b, "sup", f"x{k}") for k, (a, b) in enumerate(raw_spans)]
    segments = highlight(text, spans)
    assert "".join(s.text for s in segments) == text
    usable = {f"x{k}" for k, (a, b) in enumerate(raw_spans) if 0 <= a < b <= len(text)}
    assert {a for s in segments for a in s.anchors} == usable


def test_overlapping_contradiction_wins_the_colour() -> None:
    segments = highlight("abcdef", [(0, 4, "sup", "s"), (2, 6, "con", "c")])
    assert [(s.text, s.kind) for s in segments] == [("ab", "sup"), ("cd", "con"), ("ef", "con")]


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "data:text/html,x",
        "//evil",
        None,
        "https://ex ample.com",
        'https://x.com/"onmouseover=1',
    ):
        assert safe_url(bad) is None


def test_timeline_places_outlets_in_time_and_keeps_undated() -> None:
    t = timeline(
        [
            ("A", "2024-03-01T10:00:00Z", "#a0"),
            ("B", "2024-03-02T10:00:00+00:00", "#a1"),
            ("B", "2024-03-02T10:00:00Z", "#a2"),
            ("C", None, "#a3"),
        ]
    )
    assert t is not None
    assert [r[0] for r in t.rows] == ["A", "B", "C"]  # first to report on top
    xs = {d.label.split(",")[0]: d.x for d in t.dots}
    assert xs["A"] < xs["B"] < xs["C"]
    big = next(d for d in t.dots if d.label.startswith("B"))
    assert "2 articles" in big.label  # same time: one bigger dot


def test_page_marks_single_source_and_disagreement() -> None:
    text_a = "The storm killed 12 people on Monday."
    text_b = "The storm killed 14 people on Monday, police said."
    data = {
        "id": "s",
        "articles": [{"id": "a", "source": "A"}, {"id": "b", "source": "B", "url": "ftp://x"}],
        "sentences": [
            {
                "text": text_a,
                "article_id": "a",
                "start": 0,
                "end": len(text_a),
                "supported_by": [{"document": "a", "start": 0, "end": len(text_a)}],
                "contradicted_by": [{"document": "b", "start": 0, "end": len(text_b)}],
            },
        ],
        "single_source": [{"sentence": 0, "document": "a", "source": "A"}],
        "disagreements": [
            {
                "claim": text_a,
                "sentence": 0,
                "reports": [
                    {"document": "a", "source": "A", "start": 0, "end": 10, "text": text_a}
                ],
                "conflicts": [
                    {
                        "document": "b",
                        "source": "B",
                        "start": 0,
                        "end": 10,
                        "text": text_b,
                        "explanation": "12 vs 14",
                    }
                ],
            },
        ],
        "developments": [
            {
                "quantity": "dead",
                "points": [
                    {
                        "value": "12",
                        "document": "a",
                        "published": "2024-03-01",
                        "start": 17,
                        "end": 19,
                    },
                    {
                        "value": "14",
                        "document": "b",
                        "published": "2024-03-02",
                        "start": 17,
                        "end": 19,
                    },
                ],
            },
        ],
    }
    page = build_page(data, {"a": text_a, "b": text_b})
    s = page.sentences[0]
    assert s.single == "A"
    assert [link.label for link in s.against] == ["B"]
    assert [x.stance for x in page.disagreements[0].sides] == ["reports", "conflicts"]
    assert page.disagreements[0].sides[1].details == ["12 vs 14"]
    steps = page.developments[0].steps
    assert [(x.value, x.source) for x in steps] == [("12", "A"), ("14", "B")]
    assert all(x.href for x in steps)
    b = page.articles[1]
    assert b.url is None and b.url_text == "ftp://x"
    assert any(seg.kind == "con" for seg in b.segments)


def test_story_page_marks_each_quote_once() -> None:
    data = {
        "articles": [{"id": "a", "source": "wire"}],
        "quotes": [
            {"speaker": "Amr Moussa", "text": "Mubarak “will head to Syria and Turkey”"},
            {"speaker": "Ann Lee", "text": "We will rebuild the bridge"},
        ],
    }
    page = build_page(data, {"a": ""})
    shown = [text for text, _speaker, _sources in page.quotes]
    assert shown == ["Mubarak “will head to Syria and Turkey”", "“We will rebuild the bridge”"]


def test_no_dot_covers_an_outlets_name() -> None:
    """On the drawn page the outlet names end left of every dot, the biggest at the
    earliest time included: the names ended 10 px left of the first time, and an 11 px
    dot (three articles at once) covered their last letters ("APW" read "AP")."""
    import re

    from newsbrief.service.routes import render_page

    dated = [("APW", "1998-10-17")] * 3 + [("NYT", "1998-10-17"), ("NYT", "1998-10-18")]
    arts = [
        {"id": f"{src}{k}", "source": src, "published": day}
        for k, (src, day) in enumerate([*dated, ("AFP", None)])
    ]
    page = build_page({"id": "s", "articles": arts, "sentences": []}, {})
    html = render_page("story.html", page=page, stored=False, skipped=[])
    ends = [float(x) for x in re.findall(r'<text class="outlet" x="([\d.]+)"', html)]
    dots = [
        (float(cx), float(r))
        for cx, r in re.findall(r'<circle class="dot" cx="([\d.]+)" cy="[\d.]+" r="([\d.]+)"', html)
    ]
    assert len(ends) == 3 and len(dots) == 4
    assert max(r for _, r in dots) >= 10  # the case drawn: a dot of several articles
    for cx, r in dots:
        assert cx - r > max(ends), f"a dot at {cx} (radius {r}) reaches over the outlet names"
