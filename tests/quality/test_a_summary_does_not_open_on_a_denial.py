"""A summary does not open on what a party says is not so ("Norland is not involved in the
dispute, a spokesman said"): a reader of a story about troops on a border meets first what
happened. The first later summary sentence that states an event and leans on nothing
opens it instead; the order moves sentences, it never rewrites one, and an opening that
states an event stays. Stories written for these tests."""

from __future__ import annotations

import pytest

from newsbrief import order, summarize
from newsbrief.api import prepare
from newsbrief.order import opens_on_denial, order_sentences

BORDER = [
    {
        "id": "sat",
        "published": "2024-05-11T08:00:00Z",
        "source": "Wire",
        "text": (
            "Norland is not involved in any way in the growing dispute between Vell and "
            "Ostra, a Norland government spokesman said Saturday.\n\n"
            "The spokesman said Norland hoped both sides would return to talks."
        ),
    },
    {
        "id": "sun",
        "published": "2024-05-12T08:00:00Z",
        "source": "Daily",
        "text": (
            "Vell has massed ten thousand troops on its border with Ostra and warned of a "
            "military strike against rebel camps there.\n\n"
            "Ostra denied that it shelters the rebels in its northern hills.\n\n"
            "The foreign minister of Ostra flew to Vell on Sunday to ease the tension "
            "between the two neighbours."
        ),
    },
]


def _first(starts: tuple[str, ...], **kw: bool) -> str:
    prepared = prepare(BORDER)
    found = [next(s for s in prepared.sentences if s.text.startswith(t)) for t in starts]
    items = [(s, False) for s in found]
    return items[order_sentences(items, prepared.articles, **kw)[0]][0].text


def test_a_denial_gives_way_to_a_sentence_that_states_an_event() -> None:
    starts = ("Norland is not involved", "Vell has massed", "The foreign minister")
    assert _first(starts).startswith("Vell has massed")
    # without the rule the earliest report leads, on what Norland is not doing
    assert _first(starts, place_opening=False).startswith("Norland is not involved")


def test_a_denial_does_not_give_way_to_another_denial() -> None:
    starts = ("Norland is not involved", "Ostra denied", "The foreign minister")
    assert _first(starts).startswith("The foreign minister")
    assert _first(("Norland is not involved", "Ostra denied")).startswith("Norland")


def test_an_opening_that_states_an_event_stays() -> None:
    starts = ("Vell has massed", "Ostra denied")
    assert _first(starts).startswith("Vell has massed")
    assert _first(starts) == _first(starts, place_opening=False)


@pytest.mark.parametrize(
    ("sentence", "denies"),
    [
        ("Norland is not involved in the dispute, a spokesman said Saturday.", True),
        ("Ostra denied that it shelters the rebels.", True),
        ("The minister declined to comment on the troops.", True),
        ("No one was hurt in the shelling, police said.", True),
        ("Police said the soldiers never crossed the border.", True),
        # the negation is in a trailing clause or negates a gerund, not the main verb
        ("Vell accuses Ostra of aiding the rebels, a charge Ostra denies.", False),
        ("Vell criticised Ostra on Monday for not closing the rebel camps.", False),
        ("Vell has massed troops on its border with Ostra.", False),
        ("A nor'easter hit the coast on Monday.", False),
    ],
)
def test_what_counts_as_a_denial(sentence: str, denies: bool) -> None:
    assert opens_on_denial(sentence) is denies


def test_a_summary_keeps_its_sentences_and_opens_on_what_happened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = summarize(BORDER, words=60, analysis=False).sentences
    plain = order.order_sentences
    monkeypatch.setattr(
        order, "order_sentences", lambda *a, **kw: plain(*a, **{**kw, "place_opening": False})
    )
    before = summarize(BORDER, words=60, analysis=False).sentences
    assert before[0].text.startswith("Norland is not involved")  # the earliest report
    assert not opens_on_denial(shown[0].text)
    assert sorted(s.text for s in shown) == sorted(s.text for s in before)
