"""Details bound to what they describe: who holds a post, where, who did what, which event.

An altered claim keeps most of an article's words and changes one bound detail (the
holder of a post, the place in a slot, the party a figure is said of, the deed done to a
thing, the main event itself). Each test pairs the altered claim with the true one, so a
rule that rejects everything fails.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.clauses import main_clause_words
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.names import name_keys, rival_holder


def _verdict(docs: list[dict[str, str]], claim: str) -> tuple[set[str], set[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return {s.article_id for s in att.supported_by}, {s.article_id for s in att.contradicted_by}


POST = [
    {
        "id": "herald",
        "text": "The list of loan conditions was handed to Finance Minister Tomas Varga at "
        "a meeting on Thursday with the two party leaders.\n\nThe leaders said the talks "
        "would go on next week.\n",
    }
]


def test_another_holder_of_the_same_post_is_not_the_claims_name() -> None:
    true = "The list of loan conditions was handed to Finance Minister Tomas Varga on Thursday."
    assert _verdict(POST, true)[0] == {"herald"}
    altered = "The list of loan conditions was handed to Finance Minister Ilse Brandt on Thursday."
    supported, contradicted = _verdict(POST, altered)
    assert not supported
    assert contradicted == {"herald"}


def test_a_shared_word_alone_makes_no_rival_holder() -> None:
    (claim,) = facts_of("Pope John Paul II arrived.").names
    others = facts_of("Later, Pope John Paul spoke.").names
    assert rival_holder(claim, others) is None
    (place,) = facts_of("The accord reached at Wye Mills held.").names
    assert rival_holder(place, facts_of("The accord reached at Wye River held.").names) is None


SLOT = [
    {
        "id": "wire",
        "text": "Police at a checkpoint outside Selnica said gunmen opened fire on Tuesday "
        "evening on two buses from the nearby Dravo quarry.\n\nNo one was hurt.\n",
    }
]


def test_a_place_the_article_never_names_conflicts_with_the_place_in_its_slot() -> None:
    true = (
        "Gunmen opened fire on Tuesday evening on two buses from the Dravo quarry at a "
        "checkpoint outside Selnica, police said."
    )
    assert _verdict(SLOT, true)[0] == {"wire"}
    altered = (
        "Gunmen opened fire on Tuesday evening on two buses from the Dravo quarry at a "
        "checkpoint near Ostrava, police said."
    )
    supported, contradicted = _verdict(SLOT, altered)
    assert not supported
    assert contradicted == {"wire"}


def test_a_name_elsewhere_in_the_sentence_is_no_rival_for_the_slot() -> None:
    docs = [
        {
            "id": "paper",
            "text": "With the assembly due to debate whether to start a formal inquiry into "
            "Governor Hale's conduct in the Redfern contract affair, reporters have mostly "
            "followed assembly members from swing districts.\n",
        }
    ]
    # "Charter" and "Redfern" are both next to no shared word: the name the article
    # never writes has no rival, and the claim is only unsupported
    claim = (
        "For all the talk of Charter, the assembly will debate whether to start a formal "
        "inquiry into Governor Hale's conduct."
    )
    assert _verdict(docs, claim) == (set(), set())


def test_two_initials_are_no_acronym_of_a_name() -> None:
    # "Dana Orr" is not "do": a claim naming someone the article never names is not
    # found by a common two-letter word
    (name,) = facts_of("Spokesman Dana Orr said so.").names
    assert "do" not in name.keys
    assert "sdf" in {k for n in facts_of("The Syrian Defense Forces moved.").names for k in n.keys}
    assert "united" in name_keys("U.S.")


def test_a_transposed_spelling_is_the_same_name() -> None:
    docs = [
        {
            "id": "wire",
            "text": "Diver Lin Guoming, among the athletes banned after a failed test in 2019, "
            "takes part in the tower final on Sunday.\n",
        }
    ]
    # the surname alone, two letters swapped: no other word of the name finds it
    _supported, contradicted = _verdict(
        docs,
        "Diver Gouming, among the athletes banned after a failed test in 2019, takes part "
        "in the tower final on Sunday.",
    )
    assert not contradicted


PARTIES = [
    {
        "id": "wire",
        "text": "Finance officials said that investor Skyline Air wants to trim the carrier's "
        "work force to about 4,000, but chairman Luis Tamayo did not want to cut staff "
        "below 7,000 to avoid angering the unions.\n",
    }
]


def test_figures_said_of_the_other_party_contradict() -> None:
    true = (
        "Skyline Air wants to trim the carrier's work force to about 4,000, but chairman Luis "
        "Tamayo does not want to cut it below 7,000 to avoid angering the unions."
    )
    assert _verdict(PARTIES, true)[0] == {"wire"}
    swapped = (
        "Chairman Luis Tamayo wants to trim the carrier's work force to about 4,000, but "
        "Skyline Air does not want to cut it below 7,000 to avoid angering the unions."
    )
    supported, contradicted = _verdict(PARTIES, swapped)
    assert not supported
    assert contradicted == {"wire"}


DEEDS = [
    {
        "id": "wire",
        "text": "The city council on Monday asked Mayor Ilya Petrov to open two new shelters "
        "for homeless families.\n\nThe council backed Marsh's proposal by a unanimous "
        "vote.\n",
    }
]


def test_another_deed_done_to_the_claims_object_is_not_the_claim() -> None:
    assert "wire" in _verdict(DEEDS, "The council backed Marsh's proposal.")[0]
    assert not _verdict(DEEDS, "The council unanimously vetoed Marsh's proposal.")[0]


ASYLUM = [
    {
        "id": "wire",
        "text": "Police said Kaleb was held on arrival on Thursday night at the airport.\n\n"
        "He is wanted under an international warrant.\n",
    },
    {
        "id": "radio",
        "text": "A rebel radio said Kaleb would ask for asylum in Norway, a call also taken "
        "up by some members of parliament, who asked the government to grant it.\n",
    },
]


def test_a_window_stating_only_a_subordinate_clause_does_not_support() -> None:
    words = main_clause_words(
        "A rebel radio said Kaleb had already asked for asylum after he was held on arrival "
        "at the airport."
    )
    assert {"ask", "asylum"} <= words
    assert "airport" not in words
    claim = (
        "A rebel radio said Kaleb had already asked for asylum after he was held on arrival "
        "at the airport."
    )
    assert "wire" not in _verdict(ASYLUM, claim)[0]
    assert "wire" in _verdict(ASYLUM, "Kaleb was held on arrival at the airport on Thursday.")[0]


def test_a_plan_is_not_a_done_deed_though_a_relative_clause_did_it() -> None:
    claim = "A rebel radio said Kaleb had already asked Norway for asylum."
    assert "radio" not in _verdict(ASYLUM, claim)[0]
    assert "radio" in _verdict(ASYLUM, "A rebel radio said Kaleb would ask Norway for asylum.")[0]


def test_the_claims_doer_as_the_sentences_object_is_not_supported() -> None:
    docs = [
        {
            "id": "court",
            "text": "Brandt told the court that he bought a rifle from Moser in 1991 for the "
            "guards of the compound.\n",
        }
    ]
    assert "court" in _verdict(docs, "Brandt said he bought a rifle from Moser in 1991.")[0]
    altered = "Brandt told the court that Moser had bought a rifle from him in 1991."
    assert not _verdict(docs, altered)[0]


def test_a_speaker_after_said_is_not_the_object_of_the_deed() -> None:
    docs = [
        {
            "id": "wire",
            "text": "``We lost the whole harvest in a night,'' said farmer Ada Kerr, 58.\n",
        }
    ]
    assert _verdict(docs, "Ada Kerr said she lost the whole harvest in a night.")[0] == {"wire"}


def test_a_near_copy_with_another_place_in_the_slot_contradicts() -> None:
    # the article names the claim's town elsewhere, but its own report of this event
    # puts another town in that slot
    docs = [
        {
            "id": "wire",
            "text": "Police at a checkpoint near Selnica said gunmen opened fire on Tuesday "
            "evening on two buses from the nearby Dravo quarry.\n\nLast year the quarry's "
            "owners moved their offices to Ostrava.\n",
        }
    ]
    claim = (
        "Gunmen opened fire on Tuesday evening on two buses from the Dravo quarry at a "
        "checkpoint near Ostrava, police said."
    )
    assert _verdict(docs, claim) == (set(), {"wire"})


def test_a_contracted_would_is_a_plan_not_a_deed() -> None:
    (facts,) = [facts_of("Speculation grew that he'd ask the leader to form a government.")]
    assert "ask" in facts.irrealis and "ask" not in facts.realis
    (done,) = [facts_of("He asked the leader to form a government.")]
    assert "ask" in done.realis
