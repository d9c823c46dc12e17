"""Three readings of an altered claim that used to get support (s31 atQ round):

* a "by" phrase with "not" names who did *not* do the deed: "blocked not by Kroonbier
  but by the Swiss Competition Commission" is the commission's deed, so "blocked by
  Kroonbier itself, not by the Swiss Competition Commission" is told the other way round
  (a contradiction);
* "he" and "him" are one party: "he accused many Serbs and Bosnians" and "many Serbs
  and Bosnians accuse him" are the same deed with the two sides traded, no support (the
  pronoun may stand for someone else, so it is never a contradiction);
* a claim's denial is met by another denial in other words only where the window never
  states the denied deed as done: "came as no surprise since most reform candidates had
  been struck from the ballot" states the striking in a clause of its own and denies
  something else, so it does not back "were not struck from the ballot" (a near copy:
  it contradicts it).

The stories are written for these tests, in the shape of wire reports.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.roles import deed_roles, roles_traded


def verdict(story: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(story, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


MERGER = [
    {
        "id": "wire",
        "text": (
            "ZURICH (AP) _ The planned 1997 merger of the brewer Alpenbrau with the Dutch "
            "group Kroonbier, which was blocked not by Kroonbier but by the Swiss "
            "Competition Commission, left both companies looking for other partners."
        ),
    }
]

BISHOP = [
    {
        "id": "wire",
        "text": (
            "ZAGREB, Croatia (AP) _ Bishop Anton Kovac's canonization is disputed because "
            "many Serbs and Bosnians accuse him of siding with the wartime regime."
        ),
    }
]

VOTE = [
    {
        "id": "wire",
        "text": (
            "LIMA, Peru (AP) _ The result came as no surprise since most reform "
            "candidates had been struck from the ballot before Sunday's regional vote."
        ),
    }
]


def test_a_deed_the_sentence_says_was_not_done_by_that_doer_is_contradicted() -> None:
    claim = (
        "The planned 1997 merger of the brewer Alpenbrau with the Dutch group Kroonbier "
        "was blocked by Kroonbier itself, not by the Swiss Competition Commission."
    )
    assert verdict(MERGER, claim) == ([], ["wire"])


def test_the_doer_the_sentence_names_is_still_supported() -> None:
    claim = (
        "The planned 1997 merger of the brewer Alpenbrau with the Dutch group Kroonbier "
        "was blocked by the Swiss Competition Commission, not by Kroonbier."
    )
    assert verdict(MERGER, claim) == (["wire"], [])


def test_a_not_by_phrase_names_who_did_not_do_it() -> None:
    (deed,) = [d for d in deed_roles("It was blocked not by Kroonbier but by Swissair.")]
    assert deed.doer == frozenset({"swissair"})
    assert deed.not_doer == frozenset({"kroonbier"})
    (claim,) = deed_roles("It was blocked by Kroonbier itself, not by Swissair.")
    assert claim.doer == frozenset({"kroonbier"}) and claim.not_doer == frozenset({"swissair"})


def test_he_who_accused_them_is_not_the_one_they_accuse() -> None:
    claim = (
        "Bishop Anton Kovac's canonization is disputed because he accused many Serbs "
        "and Bosnians of siding with the wartime regime."
    )
    assert verdict(BISHOP, claim) == ([], [])


def test_the_deed_told_the_same_way_with_the_pronoun_is_still_supported() -> None:
    claim = (
        "Bishop Anton Kovac's canonization is disputed because many Serbs and Bosnians "
        "accuse him of siding with the wartime regime."
    )
    assert verdict(BISHOP, claim) == (["wire"], [])


def test_a_pronoun_trade_only_blocks_support() -> None:
    found = roles_traded("He accused the Serbs of treason.", "The Serbs accuse him of treason.")
    assert found is not None
    mine, theirs, both = found
    assert mine.doer == frozenset({"#he"}) and theirs.undergoer == frozenset({"#he"})
    assert not both  # "him" may be another man: never told the other way round for sure


def test_a_denial_of_another_word_does_not_back_a_denial_the_window_contradicts() -> None:
    claim = "Most reform candidates were not struck from the ballot before Sunday's regional vote."
    assert verdict(VOTE, claim) == ([], ["wire"])


def test_the_same_denial_in_other_words_still_agrees() -> None:
    story = [
        {
            "id": "wire",
            "text": (
                "DAMASCUS, Syria (AP) _ Syria said Monday it is not a party to the "
                "border dispute between its two neighbours."
            ),
        }
    ]
    claim = "Syria said Monday it has no part in the border dispute between its two neighbours."
    assert verdict(story, claim)[1] == []
