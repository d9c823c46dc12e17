"""The HTML page lays out article text in its own direction: every sentence, quote and
article body taken from an Arabic or Hebrew article sits in an element marked
``dir="auto"``, so its full stop shows at its left end, not the right. Texts written for
these tests."""

from __future__ import annotations

from html.parser import HTMLParser

from newsbrief.api import summarize
from newsbrief.render import render

_VOID = {"br", "meta", "link", "img", "hr", "input"}

STORY = [
    {
        "id": "nahar",
        "title": "انفجار في ميناء بيروت",
        "text": "قال مسؤولون إن انفجارا قويا هز ميناء بيروت يوم الثلاثاء. وأصيب 40 شخصا "
        "بجروح بحسب الدفاع المدني. وأغلقت السلطات الميناء حتى إشعار آخر.",
    },
    {
        "id": "akhbar",
        "text": "هز انفجار قوي ميناء بيروت يوم الثلاثاء، وفق مسؤولين. وأصيب 65 شخصا "
        "بجروح بحسب الدفاع المدني. وأغلقت السلطات الميناء حتى إشعار آخر.",
    },
]


class _Directions(HTMLParser):
    """Each run of text with whether an enclosing element says ``dir="auto"``."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.runs: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            # the page's style gives h1 (an article's headline) "unicode-bidi: plaintext",
            # which is dir="auto" for an element that holds only text
            self.stack.append(("dir", "auto") in attrs or tag == "h1")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if data.strip() and self.lasttag != "title":  # the browser's tab: plain text
            self.runs.append((data, any(self.stack)))


def _arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def test_every_arabic_text_on_the_page_is_laid_out_in_its_own_direction() -> None:
    summary = summarize(STORY, words=60, quotes=True)
    parser = _Directions()
    page = render(summary, "html")
    parser.feed(page)
    arabic = [(text, auto) for text, auto in parser.runs if _arabic(text)]
    assert arabic
    assert [text for text, auto in arabic if not auto] == []
    assert "h1 { unicode-bidi: plaintext; }" in page
    shown = "".join(text for text, _ in arabic)
    for s in summary.sentences:
        assert s.text in shown


def test_the_figures_in_dispute_are_shown_in_their_own_direction() -> None:
    html = render(summarize(STORY, words=60), "html")
    assert 'class="disagreements"' in html
    section = html.split('class="disagreements"', 1)[1].split("</section>", 1)[0]
    parser = _Directions()
    parser.feed(section)
    assert [t for t, auto in parser.runs if _arabic(t) and not auto] == []
    assert any("65" in t for t, auto in parser.runs if auto)
