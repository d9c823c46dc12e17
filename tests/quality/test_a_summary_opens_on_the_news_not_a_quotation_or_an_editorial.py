"""A summary opens on what happened: not on someone's words (a direct quotation is
colour) and not on an editorial's view, when an article's lede stating an event can open
it. The order moves sentences, it never rewrites one. Stories written for these tests."""

from __future__ import annotations

from newsbrief.api import prepare
from newsbrief.order import order_sentences

FIRE = [
    {
        "id": "fri",
        "published": "2024-05-10T08:00:00Z",
        "source": "Wire",
        "text": (
            '"No help came, no police, no firemen," said Ana Ruiz, a dancer at the club '
            "in Varna Bay, on Friday.\n\n"
            "Ambulances were called in from several towns along the coast of Varna Bay."
        ),
    },
    {
        "id": "mon",
        "published": "2024-05-13T08:00:00Z",
        "source": "Daily",
        "text": (
            "Two teenagers hurt in the Varna Bay club fire died on Monday, raising the "
            "death toll to 62.\n\nInvestigators searched the ruins of the club again."
        ),
    },
]

VIEW = [
    {
        "id": "view",
        "published": "2024-05-06T08:00:00Z",
        "source": "Herald",
        "text": (
            "The Harlow Herald said in an editorial for Monday, May 6:\n\n"
            "Mayor Ana Ruiz has little time to savor her narrow victory in Harlow.\n\n"
            "She must repair the city budget quickly."
        ),
    },
    {
        "id": "news",
        "published": "2024-05-05T08:00:00Z",
        "source": "Wire",
        "text": (
            "Harlow voters re-elected Mayor Ana Ruiz on Sunday with 51 percent of the "
            "vote.\n\nTurnout in Harlow was the highest in a decade, officials said."
        ),
    },
]


def _order(docs: list[dict[str, str]], starts: tuple[str, ...]) -> list[str]:
    prepared = prepare(docs)
    found = [next(s for s in prepared.sentences if s.text.startswith(t)) for t in starts]
    items = [(s, False) for s in found]
    return [items[k][0].text for k in order_sentences(items, prepared.articles)]


def test_a_quotation_gives_way_to_a_lede_that_states_the_event() -> None:
    got = _order(FIRE, ('"No help came', "Ambulances were", "Two teenagers hurt"))
    assert got[0].startswith("Two teenagers hurt")
    assert len(got) == 3  # the same sentences, only moved


def test_an_editorial_comes_after_the_news_it_is_about() -> None:
    got = _order(VIEW, ("Mayor Ana Ruiz has little time", "Harlow voters re-elected"))
    assert got[0].startswith("Harlow voters re-elected")
