"""A sentence read out of its article must not point back at what only its article
named: "The memo said ..." after the article's "a memo from the harbour master" reads,
in a summary, as a memo nobody introduced. And a side item of another story inside an
article is not one of the story's facts."""

from __future__ import annotations

import newsbrief
from newsbrief.eligible import TopicWords, named_before, off_topic, refers_to

ARTICLE = (
    "HARLOW _ The port authority released a memo from the harbour master on Monday. "
    "It lists the repairs the docks need before winter."
)


def test_a_definite_subject_the_article_named_before_needs_introducing() -> None:
    text = "The memo, dated March 3, asked for two new cranes at the east dock."
    assert named_before(text, ARTICLE) == {"memo"}


def test_a_definite_source_of_a_reporting_aside_needs_introducing() -> None:
    text = "The first repair, the memo said, was to shore up the east dock."
    assert "memo" in named_before(text, ARTICLE)


def test_a_description_its_own_words_establish_needs_nothing() -> None:
    assert named_before("The memo from the harbour master was leaked on Tuesday.", ARTICLE) == set()


def test_a_referent_of_any_news_setting_or_the_topic_needs_nothing() -> None:
    earlier = "the government and the pope met. a port strike began."
    assert named_before("The government said the talks would resume.", earlier) == set()
    assert named_before("The pope said mass in the square on Sunday.", earlier) == set()
    assert named_before("The strike closed the port for a week.", earlier, {"strike"}) == set()


def test_a_description_the_article_never_named_is_not_this_rules() -> None:
    assert named_before("The memo asked for two new cranes.", "the docks need repairs.") == set()


def test_an_opening_description_before_a_comma_is_the_subject_refers_to_reads() -> None:
    previous = 'It opens with a list of "our goals for the meeting."'
    assert refers_to("The first goal, the memo said, was to win the contract.", previous)


def test_a_sentence_with_no_word_the_story_is_about_is_off_topic() -> None:
    texts = [
        "Flooding closed the port of Harlow on Monday as the river rose.",
        "The river flooded the port of Harlow, closing the docks.",
        "Harlow port stayed closed on Tuesday after the flooding.",
    ]
    topics = TopicWords(texts)
    assert off_topic("The king's nephew ran the kingdom's affairs during his illness.", topics)
    assert not off_topic("Divers inspected the walls of the port on Wednesday.", topics)


def test_a_side_item_of_another_story_is_not_listed_as_a_fact() -> None:
    side = "The queen's cousin opened a new museum of tapestries in the northern town of Dunmore."
    docs = [
        {
            "id": "a",
            "text": "Flooding closed the port of Harlow on Monday as the river rose. "
            "Officials said the docks would stay shut for a week. " + side,
        },
        {
            "id": "b",
            "text": "The river flooded the port of Harlow on Monday, closing the docks. "
            "Ships were sent to other harbours while the water stays high.",
        },
        {
            "id": "c",
            "text": "Harlow port stayed closed on Tuesday after Monday's flooding. "
            "Engineers said the flood walls held along most of the river.",
        },
    ]
    summary = newsbrief.summarize(docs, words=30)
    assert summary.analysis is not None
    analysis = summary.analysis
    facts = [f.text for f in (*analysis.shared_facts, *analysis.single_source_facts)]
    assert side not in facts


MEMO_STORY = [
    {
        "id": "a",
        "text": "The Harlow port authority on Monday released a memo from its harbour master "
        "on the state of the docks. Officials said repairs would start in spring. "
        "The memo, dated March 3, warned that the east dock of Harlow port could collapse "
        "in a winter storm and asked for emergency repairs to the east dock.",
    },
    {
        "id": "b",
        "text": "The east dock of Harlow port could collapse in a winter storm, engineers said "
        "on Monday. Emergency repairs to the east dock will cost two million pounds.",
    },
    {
        "id": "c",
        "text": "Harlow port will close its east dock for emergency repairs this winter. "
        "The port authority said the east dock could collapse in a storm.",
    },
]


def test_a_summary_shows_the_memo_only_after_a_sentence_naming_a_memo() -> None:
    for words in (25, 40, 60, 90):
        shown = [s.text for s in newsbrief.summarize(MEMO_STORY, words=words).sentences]
        for k, text in enumerate(shown):
            if text.startswith("The memo"):
                assert any("memo" in t for t in shown[:k]), (words, shown)
