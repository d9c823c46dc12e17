"""``newsbrief.summarize`` leaves out an article with no sentence (a page's menu, a
headline alone) as ``newsbrief.cluster`` does: it is no source of the summary and is in
``Summary.dropped``, named by its id, with the reason an empty article has."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.errors import InputError

from ..conftest import EXAMPLE


def _example() -> list[dict[str, str]]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(EXAMPLE.glob("*.txt"))
    ]


@pytest.mark.parametrize("text", ["Home | News | Sports", "Storm hits coast", ""])
def test_summarize_leaves_out_what_cluster_leaves_out(text: str) -> None:
    articles = [{"id": "junk", "text": text}, *_example()]
    summary = newsbrief.summarize(articles)
    assert [a.id for a in summary.articles] == ["fox-news", "nbc-news"]
    assert [(d.article_id, d.reason) for d in summary.dropped] == [("junk", "empty")]
    assert all(s.article_id != "junk" for s in summary.sentences)
    clustered = newsbrief.cluster(articles)
    assert [s.article_id for s in clustered.skipped] == ["junk"]


def test_the_summary_is_the_same_with_or_without_the_menu() -> None:
    alone = newsbrief.summarize(_example())
    with_menu = newsbrief.summarize([{"id": "menu", "text": "Home | News | Sports"}, *_example()])
    assert with_menu.text == alone.text


def test_a_story_of_only_menus_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty after cleaning"):
        newsbrief.summarize(["Home | News | Sports", "Subscribe | Log in"])


# Written for this test: every sentence's last word ends in a vowel sign before the danda.
HINDI = (
    "अधिकारियों ने कहा कि मंगलवार को एक विस्फोट ने बंदरगाह को हिला दिया। "
    "दर्जनों लोग घायल हुए और उन्हें अस्पताल ले जाया गया।"
)


def test_a_sentence_whose_last_word_ends_in_a_mark_is_a_sentence() -> None:
    clustered = newsbrief.cluster([{"id": "hi", "text": HINDI}])
    assert len(clustered) == 1 and not clustered.skipped
    summary = newsbrief.summarize([{"id": "hi", "text": HINDI}], analysis=False)
    assert summary.dropped == () and summary.sentences


def test_a_sentence_ending_in_a_percent_sign_is_an_article() -> None:
    # "5%." closes a sentence as "5." does: such an article is summarized, not left out
    text = "Acme Corp said on Tuesday that its quarterly revenue rose 5%."
    summary = newsbrief.summarize([{"id": "acme", "text": text}])
    assert summary.dropped == ()
    assert [s.text for s in summary.sentences] == [text]
