"""A summary opens on a sentence a reader can place: not on a description or a surname
that nothing before it introduces ("The strikers returned ...", "Marrow was ..."), but
on the sentence that introduces it, or else on one that leans on nothing. The order
moves sentences; it never rewrites one. Stories written for these tests."""

from __future__ import annotations

import pytest

from newsbrief import order, summarize
from newsbrief.api import prepare
from newsbrief.order import _Names, opening_needs, order_sentences

DOCKS = [
    {
        "id": "mon",
        "published": "2024-03-04T08:00:00Z",
        "text": (
            "The strikers returned to the quays on Monday after the night's vote.\n\n"
            "Marrow was one of three pilots who flew the relief route over the harbour."
        ),
    },
    {
        "id": "tue",
        "published": "2024-03-05T08:00:00Z",
        "text": (
            "Dock strikers in Vell ended a two-week strike on Monday after the port "
            "agreed to raise their pay by nine percent.\n\n"
            "Captain Edda Marrow flew food and medicine into Vell during a dock strike.\n\n"
            "Marrow said the harbour had been calm all week."
        ),
    },
]


def _items(*starts: str):
    prepared = prepare(DOCKS)
    found = [next(s for s in prepared.sentences if s.text.startswith(t)) for t in starts]
    return [(s, False) for s in found], prepared.articles


def _first(starts: tuple[str, ...], **kw: bool) -> str:
    items, articles = _items(*starts)
    return items[order_sentences(items, articles, **kw)[0]][0].text


def test_an_unintroduced_description_does_not_open_the_summary() -> None:
    starts = ("The strikers returned", "Dock strikers in Vell")
    assert _first(starts).startswith("Dock strikers in Vell")
    # without the rule the earliest report leads, with strikers no reader has met
    assert _first(starts, place_opening=False).startswith("The strikers returned")


def test_a_surname_alone_does_not_open_the_summary() -> None:
    starts = ("Marrow was one", "Captain Edda Marrow")
    assert _first(starts).startswith("Captain Edda Marrow")
    assert _first(starts, place_opening=False).startswith("Marrow was one")


def test_an_opening_a_reader_can_place_stays() -> None:
    starts = ("Captain Edda Marrow", "Dock strikers in Vell")
    items, articles = _items(*starts)
    assert order_sentences(items, articles) == order_sentences(items, articles, place_opening=False)


def test_what_needs_an_introduction() -> None:
    prepared = prepare(DOCKS)
    names = _Names(prepared.articles)
    assert opening_needs("The strikers returned to the quays on Monday.", names) == (
        frozenset(["strikers"]),
        frozenset(),
    )
    assert opening_needs("Marrow was one of three pilots.", names) == (
        frozenset(),
        frozenset(["Marrow"]),
    )
    # a referent of any news setting, and a description its own words establish
    assert opening_needs("The government said on Monday that talks would resume.", names) == (
        frozenset(),
        frozenset(),
    )
    assert opening_needs("The strikers at the port of Vell voted.", names) == (
        frozenset(),
        frozenset(),
    )


def test_a_summary_keeps_its_sentences_and_opens_on_one_a_reader_can_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = _Names(prepare(DOCKS).articles)
    shown = {w: summarize(DOCKS, words=w, analysis=False).sentences for w in (40, 60)}
    plain = order.order_sentences
    monkeypatch.setattr(
        order, "order_sentences", lambda *a, **kw: plain(*a, **{**kw, "place_opening": False})
    )
    for words, got in shown.items():
        before = summarize(DOCKS, words=words, analysis=False).sentences
        assert any(opening_needs(before[0].text, names))  # the earliest report's opening
        assert not any(opening_needs(got[0].text, names))
        assert sorted(s.text for s in got) == sorted(s.text for s in before)
