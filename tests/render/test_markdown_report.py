"""The markdown report renders as the reader expects: one numbered summary list, no lists
nested by accident, article text never turned into markup (checked with markdown-it-py)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import newsbrief
from newsbrief import Article
from newsbrief.model import Summary, SummarySentence
from newsbrief.render import render
from newsbrief.render.markdown import escape_markdown

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"
MD = MarkdownIt("commonmark").enable("table")
MARKUP_CHARS = "0123456789.)-+=*#>_`[]()!<&\\ |~:ab\t"


def _tokens(text: str) -> list[str]:
    return [t.type for t in MD.parse(text)]


def _example_markdown() -> str:
    texts = [p.read_text() for p in sorted(EXAMPLE.glob("*.txt"))]
    return render(newsbrief.summarize(texts, words=100), "markdown")


def _section(md: str, heading: str) -> str:
    """The markdown between ``heading`` and the next heading of level 2."""
    start = md.index(heading + "\n") + len(heading) + 1
    nxt = md.find("\n## ", start)
    return md[start : nxt if nxt >= 0 else len(md)]


def test_summary_sentences_are_one_numbered_list_matching_the_coverage_columns() -> None:
    md = _example_markdown()
    summary = _section(md, "## Summary")
    types = _tokens(summary)
    assert types.count("ordered_list_open") == 1
    assert "bullet_list_open" not in types
    n_items = types.count("list_item_open")
    assert n_items >= 3
    # the "who reported what" table numbers its columns 1..n, the list's own numbers
    table = _section(md, "## Who reported what")
    header = table.strip().splitlines()[0]
    assert header.split("|")[2:-1] == [f" {k} " for k in range(1, n_items + 1)]


def test_no_section_nests_a_list_inside_a_list_item_by_accident() -> None:
    md = _example_markdown()
    rendered = MD.render(md)
    # only "Disagreements" nests on purpose (the reports under each claim)
    for part in re.split(r"<h2>", rendered):
        if part.startswith("Disagreements"):
            continue
        assert not re.search(r"<li>[^<]*<(ol|ul)", part), part[:300]
    assert "<li><ol" not in rendered and "<li>\n<ol" not in rendered


def test_single_source_sentences_are_named_by_number_without_opening_a_list() -> None:
    md = _example_markdown()
    assert "## Summary sentences from a single source" in md
    part = _section(md, "## Summary sentences from a single source")
    types = _tokens(part)
    assert types.count("bullet_list_open") == 1 and "ordered_list_open" not in types
    assert re.search(r"^- sentence \d+: ", part, re.M)


def test_sentences_that_look_like_list_markers_stay_text() -> None:
    # the cleaner seldom lets such a sentence through; the renderer must not rely on it
    texts = [
        "1999. The year the river rose twice, residents said.",
        "- Officials said the levee held.",
        "+ Two shelters opened.",
        "# Not a heading.",
        "> Not a quote.",
    ]
    body = " ".join(texts)
    sentences, pos = [], 0
    for t in texts:
        start = body.index(t, pos)
        sentences.append(SummarySentence(t, "a", start, start + len(t), 1.0))
        pos = start + len(t)
    summary = Summary("s", tuple(sentences), (Article("a", body, title="River"),))
    md = render(summary, "markdown")
    types = _tokens(_section(md, "## Summary"))
    assert types.count("ordered_list_open") == 1
    assert types.count("list_item_open") == len(texts)
    assert not {"bullet_list_open", "heading_open", "blockquote_open"} & set(types)
    shown = html.unescape(MD.render(md))
    assert all(t in shown for t in texts)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80
        ),
        st.text(alphabet=MARKUP_CHARS, max_size=30),  # mostly markup: where escaping bites
    )
)
def test_escaped_text_as_a_list_item_is_one_item_of_plain_text(text: str) -> None:
    flat = " ".join(text.split())
    tokens = MD.parse(f"1. {escape_markdown(text)}\n")
    types = [t.type for t in tokens]
    if not flat:
        return
    assert types.count("ordered_list_open") == 1
    assert types.count("list_item_open") == 1
    assert not {"bullet_list_open", "heading_open", "blockquote_open", "html_block"} & set(types)
    inline = [c for t in tokens if t.type == "inline" for c in (t.children or [])]
    assert all(c.type in ("text", "softbreak", "hardbreak") for c in inline), inline
    shown = "".join(c.content for c in inline if c.type == "text")
    assert shown == flat


def test_exclamation_marks_in_quotes_stay_readable_in_the_markdown_source() -> None:
    quote = (
        '"Start your actions! Turn the night into day!" he said. ![x](http://evil.example/i.png)'
    )
    escaped = escape_markdown(quote)
    assert escaped.startswith('"Start your actions! Turn the night into day!"')
    tokens = MD.parse(f"1. {escaped}\n")
    inline = [c for t in tokens if t.type == "inline" for c in (t.children or [])]
    assert all(c.type == "text" for c in inline)  # still no image


def test_a_sentence_contradicted_by_its_own_outlet_names_the_other_article() -> None:
    from newsbrief.model import Evidence

    arts = (
        Article("w1", "Officials said four bodies were found on Tuesday.", source="Wire"),
        Article("w2", "The bodies have not been found, a guard said.", source="Wire"),
        Article("p1", "Four bodies were found, officials said.", source="Post"),
    )
    text = arts[0].text
    against = Evidence("w2", "Wire", 0, len(arts[1].text), arts[1].text, 0.9)
    sent = SummarySentence(text, "w1", 0, len(text), 1.0, contradicted_by=(against,))
    md = render(Summary("s", (sent,), arts), "markdown")
    # "Wire, contradicted by Wire" would say nothing: the other Wire article is named
    assert "*(Wire)* **⚠ contradicted by Wire (w2)**" in md


def test_a_briefing_names_each_source_day_once() -> None:
    # written for this test: one id spells its day, the other does not
    from newsbrief.render.markdown import brief_sources

    arts = (
        Article("WIRE20250310.0042", "The river rose.", source="Wire", published="2025-03-10"),
        Article("gazette-7", "The river fell.", source="Wire", published="2025-03-11T08:00"),
    )
    (line,) = brief_sources(Summary("s", (), arts))
    assert line == "- **Wire** (2 articles): WIRE20250310.0042, gazette-7 (2025-03-11)"
