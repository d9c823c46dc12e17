"""A site notice printed on pages of unrelated stories never reaches a batch's summaries."""

from __future__ import annotations

import newsbrief
from newsbrief.api import StoryLine

NOTICE = "Articles are added to our archive after an embargo period of two weeks."

# Three unrelated stories from one site, written for this test; each page carries the notice.
PAGES = {
    "harbour": (
        "The harbour authority approved a new ferry terminal on Tuesday after a year of "
        "hearings. The terminal will handle four ferries an hour and open in 2027. "
        "Fishermen said the construction would close the north quay for two seasons."
    ),
    "library": (
        "The city library will stay open until midnight during exam weeks, the board "
        "decided on Monday. Students had collected 3,000 signatures for longer hours. "
        "The extra hours will cost about 40,000 dollars a year."
    ),
    "marathon": (
        "A 19-year-old runner from Lyon won the city marathon on Sunday in 2 hours 14 "
        "minutes. Temperatures reached 28 degrees by the finish. Organisers said 12,000 "
        "people started the race and 11,400 finished it."
    ),
}


def _stories() -> list[dict[str, object]]:
    return [
        {"id": sid, "documents": [{"id": f"{sid}-1", "text": f"{body}\n\n{NOTICE}"}]}
        for sid, body in PAGES.items()
    ]


def test_one_story_alone_cannot_tell_the_notice_from_news() -> None:
    # the premise of the test below: with room for everything, a lone story keeps it
    summary = newsbrief.summarize(_stories()[0]["documents"], words=200, analysis=False)
    assert NOTICE in summary.text


def test_batch_drops_a_sentence_repeated_across_unrelated_stories() -> None:
    results = list(newsbrief.summarize_batch(_stories(), newsbrief.SummaryOptions(words=200)))
    assert all(r.ok for r in results)
    for r in results:
        assert r.summary is not None and r.summary.sentences
        assert NOTICE not in r.summary.text


def test_batch_from_jsonl_lines_drops_it_too() -> None:
    import json

    lines = [StoryLine("in.jsonl", n, json.dumps(s)) for n, s in enumerate(_stories(), 1)]
    for r in newsbrief.summarize_batch(lines, newsbrief.SummaryOptions(words=200)):
        assert r.summary is not None and NOTICE not in r.summary.text
