"""Every report opens with what the story is, when it was reported and by whom."""

from __future__ import annotations

import json
import re

import newsbrief
from newsbrief import Article
from newsbrief.render import render, story_heading, summary_dict

# Written for these tests.
FLOOD = [
    Article(
        "riverton-gazette",
        "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes. Twelve "
        "people died in the flood, county officials said. The mayor ordered the east side "
        "evacuated before dawn.",
        title="Elm River floods Riverton, twelve dead",
        source="Riverton Gazette",
        published="2025-03-10T08:00:00+00:00",
    ),
    Article(
        "valley-news",
        "Twelve people died when the Elm River flooded Riverton, officials said on Tuesday. "
        "The river crested at 31 feet on Monday. Shelters at two schools took in 300 people.",
        source="Valley News",
        published="2025-03-11",
    ),
    Article(
        "wire",
        "Floodwaters in Riverton began to recede on Wednesday after the Elm River crested "
        "at 31 feet. The flood killed twelve people, officials said.",
        source="Valley News",  # a second article of one outlet: listed once
        published="2025-03-12T17:30:00-05:00",
    ),
]


def test_the_title_is_the_first_articles_title_and_the_dates_and_outlets_follow() -> None:
    summary = newsbrief.summarize(FLOOD, words=60)
    head = story_heading(summary)
    assert head.title == "Elm River floods Riverton, twelve dead"
    assert (head.first, head.last) == ("2025-03-10", "2025-03-12")
    assert head.outlets == ("Riverton Gazette", "Valley News")
    text = render(summary, "text").splitlines()
    assert text[0] == "Elm River floods Riverton, twelve dead"
    assert text[1] == "2025-03-10 to 2025-03-12 · 3 articles: Riverton Gazette, Valley News"
    assert text[2] == "" and text[3 : 3 + len(summary.sentences)] == [
        s.text for s in summary.sentences
    ]


def test_markdown_and_html_open_with_the_same_heading() -> None:
    summary = newsbrief.summarize(FLOOD, words=60)
    md = render(summary, "markdown").splitlines()
    assert md[0] == "# Elm River floods Riverton, twelve dead"
    assert md[2] == "*2025-03-10 to 2025-03-12 · 3 articles: Riverton Gazette, Valley News*"
    assert md[4] == "## Summary"
    page = render(summary, "html")
    assert "<title>Elm River floods Riverton, twelve dead</title>" in page
    assert "<h1>Elm River floods Riverton, twelve dead</h1>" in page
    assert "2025-03-10 to 2025-03-12 · 3 articles: Riverton Gazette, Valley News" in page


def test_json_adds_the_heading_and_keeps_the_summary_text() -> None:
    summary = newsbrief.summarize(FLOOD, words=60)
    data = json.loads(render(summary, "json"))
    assert data["title"] == "Elm River floods Riverton, twelve dead"
    assert data["date_range"] == {"first": "2025-03-10", "last": "2025-03-12"}
    assert data["outlets"] == ["Riverton Gazette", "Valley News"]
    assert data["summary"] == "\n".join(s.text for s in summary.sentences)
    assert summary_dict(summary) == data


def test_without_titles_the_title_is_the_sentence_the_articles_share_never_an_id() -> None:
    untitled = [Article(a.id, a.text, source=a.source) for a in FLOOD]  # no titles, no dates
    summary = newsbrief.summarize(untitled, words=60)
    head = story_heading(summary)
    # all three articles report the deaths in the flood; the river's crest (the first
    # sentence in reading order) is a detail next to it. The second article's lede says
    # both, in the source's words.
    assert head.title == (
        "Twelve people died when the Elm River flooded Riverton, officials said on Tuesday."
    )
    assert any(head.title in a.text for a in untitled)
    assert summary.sentences[0].text != head.title
    page = render(summary, "html")
    title = re.search(r"<title>(.*?)</title>", page)
    assert title and summary.story_id not in title.group(1)
    assert render(summary, "text").splitlines()[1] == "3 articles: Riverton Gazette, Valley News"


def test_a_hostile_title_is_escaped_in_html_and_markdown() -> None:
    arts = [Article(a.id, a.text, source=a.source) for a in FLOOD]
    # the story's words after the markup: a title about the story names it
    hostile = "<script>alert(1)</script> [x](javascript:y) Elm River floods Riverton"
    arts[0] = Article(arts[0].id, arts[0].text, title=hostile)
    summary = newsbrief.summarize(arts, words=60)
    page = render(summary, "html")
    assert "<script>" not in page
    assert (
        "<title>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:y) Elm River floods "
        "Riverton</title>"
    ) in page
    md = render(summary, "markdown")
    assert md.startswith(
        "# \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) Elm River floods Riverton\n"
    )


def test_a_digest_can_leave_the_heading_out() -> None:
    summary = newsbrief.summarize(FLOOD, words=60)
    assert (
        render(summary, "text", header=False) == "\n".join(s.text for s in summary.sentences) + "\n"
    )
    assert render(summary, "markdown", header=False).startswith("# Summary\n")
