"""The HTML page: self-contained, sentences linked to spans, nothing from an article runs."""

from html.parser import HTMLParser

from newsbrief.api import summarize
from newsbrief.cli import main
from newsbrief.render import render

from ..conftest import EXAMPLE

EVIL = [
    {
        "id": 'x"><script>alert(1)</script>',
        "title": "<img src=x onerror=alert(2)>",
        "url": "javascript:alert(3)",
        "source": "<b onmouseover=alert(4)>Evil</b>",
        "text": (
            "The harbour bridge closed on Monday after a crack was found, engineers said. "
            "<script>alert('text')</script> Traffic was diverted through the tunnel. "
            '<a href="javascript:alert(5)">click</a> <img src=x onerror="alert(6)">'
        ),
    },
    {
        "id": "good",
        "url": "https://example.org/bridge?a=1&b=<2>",
        "text": (
            "Engineers closed the harbour bridge on Monday after finding a crack. "
            "Drivers were sent through the tunnel instead."
        ),
    },
]


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


def page(items=EVIL) -> str:
    return render(summarize(items, words=60, quotes=True), "html")


def test_nothing_from_an_article_can_run() -> None:
    html = page()
    parser = Collect()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "img" not in tags and "b" not in tags
    for _, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), name
            assert not (value or "").strip().lower().startswith("javascript:"), value
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # the untrusted text is still shown, as text
    assert "&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in html
    hrefs = [v for t, a in parser.tags if t == "a" for n, v in a if n == "href"]
    assert "https://example.org/bridge?a=1&b=<2>" in hrefs  # parser unescapes &amp; &lt;
    assert all(h.startswith(("#", "https://")) for h in hrefs)


def test_sentences_link_to_highlighted_spans() -> None:
    html = page([{"id": p.stem, "text": p.read_text()} for p in sorted(EXAMPLE.iterdir())])
    parser = Collect()
    parser.feed(html)
    ids = {v for _, a in parser.tags for n, v in a if n == "id"}
    links = [v for t, a in parser.tags if t == "a" for n, v in a if n == "href"]
    targets = [h[1:] for h in links if h and h.startswith("#")]
    assert targets and all(t in ids for t in targets)
    assert html.count('<mark class="sup">') >= 1
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<link" not in html and "src=" not in html  # self-contained


def test_disagreements_stand_out(tmp_path) -> None:
    story = [
        {"id": "a", "text": "The storm killed 12 people in the port city of Velna on Sunday."},
        {"id": "b", "text": "The storm killed 19 people in the port city of Velna on Sunday."},
    ]
    html = page(story)
    assert 'class="disagreements"' in html and "⚠" in html
    out = tmp_path / "page.html"
    import json

    jl = tmp_path / "s.jsonl"
    jl.write_text(json.dumps({"id": "s", "documents": story}) + "\n")
    assert main(["summarize", str(jl), "--format", "html", "-o", str(out)]) == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
