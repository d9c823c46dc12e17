"""A headline is a whole sentence or clause, never an editorial's view."""

from __future__ import annotations

import newsbrief
from newsbrief.render import sentence_title, whole_clause_title


def test_a_headline_never_opens_on_the_and_of_an_opening_clause() -> None:
    text = (
        "As a trade team headed for Geneva, and the prime minister flew off to Lisbon, "
        "finance officials in Harlow put the finishing touches on Friday on a package of "
        "spending cuts and tax increases for next year."
    )
    assert not sentence_title(text).lower().startswith("and ")


def test_a_title_cut_mid_clause_is_no_whole_clause_title() -> None:
    long = (
        "The man accused of directing the bomb attack on the harbor office in Varna came "
        "of age on a poor island where gifted teenagers leave home to study abroad."
    )
    assert whole_clause_title(long) is None
    clause = (
        "Rivals of the mayor won important council races in Harlow on Sunday, handing "
        "the re-elected mayor a difficult landscape for pushing through his reforms."
    )
    title = whole_clause_title(clause)
    assert title is not None and title.startswith("Rivals of the mayor won")


def test_an_editorial_neither_opens_the_summary_nor_heads_it() -> None:
    docs = [
        {
            "id": "view",
            "published": "2020-05-06",
            "text": "The Harlow Herald said in an editorial for Wednesday, May 6:\n\n"
            "Mayor Ana Ruiz has little time to savor her narrow re-election victory in "
            "Harlow.\n\nShe must take rapid and unpopular steps to repair the city budget.\n",
        },
        {
            "id": "news",
            "published": "2020-05-04",
            "text": "Harlow voters re-elected Mayor Ana Ruiz on Sunday with 51 percent of "
            "the vote, officials said.\n\nTurnout in Harlow was the highest in a decade.\n",
        },
        {
            "id": "news2",
            "published": "2020-05-05",
            "text": "Mayor Ana Ruiz won re-election in Harlow on Sunday with 51 percent of "
            "the vote, the city election board said.\n\nHer rival conceded on Monday.\n",
        },
    ]
    summary = newsbrief.summarize(docs, words=80)
    assert summary.sentences[0].article_id != "view"
    from newsbrief.render import story_heading

    assert "savor" not in story_heading(summary).title
