"""A story's title names what happened where a reader can place it: a plan ("planned to
meet", "will travel") is no event, a sentence whose place is its trimmed dateline ("flew
here", "arrived Saturday for a visit") cannot be placed, a title opening on a description
nothing introduces ("The sanctions, which ...") leans on nothing, and a month before the
story began ("In July, ..." in October's news) is background: each ranks after a
sentence that tells the news."""

from __future__ import annotations

from newsbrief.model import Article
from newsbrief.render import rank_titles, sentence_title, states_no_event
from newsbrief.select.dateline import needs_dateline


def _articles() -> list[Article]:
    texts = [
        "The government of Prime Minister Arto Lind fell on Wednesday after losing a "
        "confidence vote in parliament over a bribery scandal. President Maria Kask "
        "planned to meet party leaders on Thursday. The sanctions on the port were lifted.",
        "Prime Minister Arto Lind's government fell Wednesday when parliament voted against "
        "it in a confidence vote over the bribery scandal. President Maria Kask flew here on "
        "Thursday to meet party leaders.",
        "Parliament brought down the government of Arto Lind in a confidence vote on "
        "Wednesday. In July, parliament opened an inquiry into the bribery scandal.",
    ]
    return [
        Article(f"a{k}", t, source=s, published=f"2025-10-{15 + k:02d}", cleaned=True)
        for k, (t, s) in enumerate(zip(texts, ["AP", "BBC", "NYT"], strict=True))
    ]


def _first(sentences: list[str]) -> str:
    """The sentence whose title ranks first."""
    candidates = [(s, sentence_title(s)) for s in sentences]
    shown = rank_titles(_articles(), candidates)[0][0]
    return next(s for s, t in candidates if t == shown)


FELL = "Arto Lind's government fell on Wednesday amid protests by farmers and dockworkers."
# Each flagged candidate below uses more of the words all three articles share (the
# government, the confidence vote, the bribery scandal, parliament) than FELL does: it
# would be the title by centrality alone.


def test_a_plan_is_no_event_but_a_deed_is() -> None:
    assert states_no_event("President Maria Kask planned to meet party leaders on Thursday.")
    assert states_no_event("Mubarak will travel to Damascus and Ankara.")
    assert states_no_event("Officials said the talks are expected to resume on Monday.")
    assert not states_no_event(FELL)
    assert not states_no_event("The president met party leaders on Thursday.")


def test_a_plan_ranks_after_the_news() -> None:
    plan = (
        "The government of Prime Minister Arto Lind planned to win the confidence vote in "
        "parliament over the bribery scandal."
    )
    assert _first([plan, FELL]) == FELL


def test_a_place_only_the_dateline_gives_is_read_as_unplaced() -> None:
    assert needs_dateline("President Maria Kask flew here on Thursday to meet party leaders.")
    assert needs_dateline("The president arrived Saturday for a one-day visit to the capital.")
    assert not needs_dateline("The president arrived in Tallinn on Saturday for a visit.")
    assert not needs_dateline('"We are here to help," the president said.')
    assert not needs_dateline("Most visitors arrive by ferry from Malta.")
    here = (
        "Prime Minister Arto Lind flew here on Wednesday before the confidence vote in "
        "parliament over the bribery scandal."
    )
    assert _first([here, FELL]) == FELL


def test_a_title_opening_on_an_unintroduced_description_ranks_after_the_news() -> None:
    sanctions = (
        "The vote, which the bribery scandal forced on the government of Prime Minister "
        "Arto Lind, was held in parliament."
    )
    assert _first([sanctions, FELL]) == FELL


def test_a_month_before_the_story_is_background() -> None:
    july = (
        "In July, parliament held a confidence vote over the bribery scandal of the "
        "government of Prime Minister Arto Lind."
    )
    assert _first([july, FELL]) == FELL
