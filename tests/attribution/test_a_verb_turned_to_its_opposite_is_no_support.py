"""A claim whose main verb is turned to its opposite ("fired" / "hired", "vetoed" /
"signed", "agreed" / "refused") is not supported, and the article stating the other verb
of the same participants contradicts it; an opposite read in its context ("did not
refuse", "failed to persuade the union to accept") is no opposite. The opposites come
from data/antonyms.txt (general-English pairs). The stories are written for these tests
(invented places, people and firms).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import negator_deeds
from newsbrief.attribution.lexicon import antonyms, canon

DOCS = [
    {
        "id": "herald",
        "published": "2026-03-04",
        "text": "Merrow Mills fired its chief executive, Dana Whitlock, on Tuesday after a "
        "string of losses at the Tarn plant.\n\nGovernor Alma Reyes vetoed the coastal fishing "
        "bill on Wednesday, saying it would ruin small harbours.\n\nThe Kessel delegation "
        "departed from Lorne airport on Thursday morning after two days of talks.\n\nThe "
        "Varnish council refused to extend the harbour lease held by Brannock Shipping.\n",
    },
    {
        "id": "courier",
        "published": "2026-03-04",
        "text": "Orvath officials denied that the army had shelled the village of Tesk on "
        "Monday.\n\nThe Orvath government did not refuse the request by Pellam to reopen the "
        "border crossing at Sarn.\n\nOn Friday Brannock Shipping failed to persuade the "
        "Kessel dockers' union to accept a two-year pay freeze.\n",
    },
    {
        "id": "post",
        "published": "2026-03-04",
        "text": "On Monday the trade minister, Ilse Brandt, asked the Lorne harbour board to "
        "extend the berth licence held by Tamsin Ferries for ten years.\n\nThe Lorne board, "
        "which has run the port since 1990, refused.\n\nFish prices at the Varnish market "
        "did not fall on Tuesday, traders said.\n",
    },
]


def verdict(claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(DOCS, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def test_the_deed_as_written_stays_supported() -> None:
    assert verdict("Merrow Mills fired its chief executive, Dana Whitlock, on Tuesday.")[0] == [
        "herald"
    ]
    assert verdict("Governor Alma Reyes vetoed the coastal fishing bill on Wednesday.")[0] == [
        "herald"
    ]
    assert verdict("The Kessel delegation departed from Lorne airport on Thursday morning.")[0] == [
        "herald"
    ]
    assert verdict(
        "The Varnish council refused to extend the harbour lease held by Brannock Shipping."
    )[0] == ["herald"]


def test_a_deed_told_with_its_opposite_verb_is_contradicted() -> None:
    for claim in (
        "Merrow Mills hired its chief executive, Dana Whitlock, on Tuesday.",
        "Governor Alma Reyes signed the coastal fishing bill on Wednesday.",
        "The Kessel delegation arrived at Lorne airport on Thursday morning.",
    ):
        assert verdict(claim) == ([], ["herald"]), claim


def test_a_refusal_or_a_denial_is_the_opposite_of_agreeing_or_admitting() -> None:
    # "refused" and "denied" are negators (negators.txt), never content words: as the
    # deed of the claim's participants they are the opposite of "agreed", "admitted"
    agreed = "The Varnish council agreed to extend the harbour lease held by Brannock Shipping."
    assert verdict(agreed) == ([], ["herald"])
    admitted = "Orvath officials admitted that the army had shelled the village of Tesk on Monday."
    assert verdict(admitted) == ([], ["courier"])
    (att,) = newsbrief.attribute(DOCS, [agreed])
    assert att.contradicted_by[0].explanation == "agreed vs refused"


def test_a_refusal_in_the_next_sentence_answers_the_request() -> None:
    # the request and the refusal are two sentences: the refusal joins the request as
    # a neighbour that answers the claim's event, and the request alone is no agreement
    claim = (
        "The Lorne harbour board agreed to the trade minister's request to extend the berth "
        "licence held by Tamsin Ferries."
    )
    assert verdict(claim) == ([], ["post"])
    asked = (
        "On Monday the trade minister asked the Lorne harbour board to extend the berth "
        "licence held by Tamsin Ferries."
    )
    assert verdict(asked) == (["post"], [])


def test_a_negated_opposite_is_no_opposite() -> None:
    # "did not refuse" is no refusal, "did not fall" no fall
    agreed = "The Orvath government agreed to Pellam's request to reopen the crossing at Sarn."
    assert verdict(agreed)[1] == []
    assert verdict("Fish prices at the Varnish market rose on Tuesday.")[1] == []


def test_an_opposite_only_asked_for_is_no_opposite() -> None:
    # the union was asked to accept the freeze, it is not said to have accepted it
    claim = (
        "On Friday the Kessel dockers' union rejected a two-year pay freeze proposed by "
        "Brannock Shipping."
    )
    assert verdict(claim)[1] == []


def test_a_negator_verb_is_a_deed_only_where_it_is_said_as_done() -> None:
    assert dict(negator_deeds("The Lorne board, which runs the port, refused.")) == {
        "refus": "refused"
    }
    assert dict(negator_deeds("Orvath denied the charges.")) == {"deni": "denied"}
    assert not negator_deeds("The government did not refuse the request.")
    assert not negator_deeds("The board may refuse the licence.")
    assert not negator_deeds("The minister asked the board to refuse the licence.")


def test_opposites_are_verb_pairs_of_general_english() -> None:
    assert canon("refused") in antonyms(canon("agreed"))
    assert canon("denied") in antonyms(canon("admitted"))
    # "fired" a chief is the opposite of "hired", a fire (the noun "blaze") is not
    assert canon("fired") in antonyms(canon("hired"))
    assert canon("blaze") not in antonyms(canon("hired"))
    assert canon("halved") in antonyms(canon("doubled"))
    assert canon("ended") in antonyms(canon("began"))
