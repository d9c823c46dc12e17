"""One content word swapped for another is a changed detail, not the fact.

Stories written for these tests (fictional). The swapped word is one no article uses;
the same sentences with the story's own words, or a paraphrase that rewords several
words, stay supported.
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import aligned_substitutions, facts_of

DOCS = [
    {
        "id": "coast-1",
        "text": (
            "A fishing boat sank off Pellin Point on Monday, and four men were rescued by a "
            "lifeboat crew, the harbour master said.\n\n"
            "The skipper said a wave had flooded the engine room.\n\n"
            "The town council voted unanimously to buy a second lifeboat.\n\n"
            "Divers will search the wreck for fuel tanks on Friday.\n"
        ),
    },
    {
        "id": "tide-2",
        "text": (
            "Four men were rescued after their fishing boat sank near Pellin Point on Monday.\n\n"
            "The council later backed the purchase of a second lifeboat.\n"
        ),
    },
]


def _ids(claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(DOCS, [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def test_the_true_sentences_are_supported() -> None:
    assert _ids("Four men were rescued after their fishing boat sank near Pellin Point.")[0] == [
        "coast-1",
        "tide-2",
    ]
    assert _ids("The town council voted unanimously to buy a second lifeboat.")[0] == ["coast-1"]
    assert _ids("Divers will search the wreck for fuel tanks on Friday.")[0] == ["coast-1"]


def test_a_swapped_word_beside_a_figure_is_not_supported() -> None:
    # "four women" / "four men": the slot sits next to a figure, not between two words
    supported, _ = _ids("Four women were rescued after their fishing boat sank near Pellin Point.")
    assert supported == []


def test_a_swapped_modifier_contradicts_the_sentence_that_states_the_rest() -> None:
    supported, contradicted = _ids("The town council voted narrowly to buy a second lifeboat.")
    assert supported == []
    assert contradicted == ["coast-1"]


def test_a_swapped_last_word_is_not_supported() -> None:
    supported, _ = _ids("Divers will search the wreck for fuel drums on Friday.")
    assert supported == []


def test_two_words_in_place_of_one() -> None:
    supported, _ = _ids("The skipper said a wave had flooded the cargo hold.")
    assert supported == []


def test_a_word_the_story_uses_elsewhere_is_not_a_swap() -> None:
    # with "cargo" used by some article it is taken as a paraphrase, not a changed detail
    claim = facts_of("A wave flooded the cargo room.")
    part = facts_of("A wave flooded the engine room.")
    assert aligned_substitutions(claim, part, frozenset()) == []
    assert aligned_substitutions(claim, part, frozenset({"cargo"})) == ["cargo vs engin"]


def test_spelling_variants_are_not_swaps() -> None:
    # "onboard" / "aboard", "gasses" / "gases": one word spelled two ways
    claim = facts_of("All 40 people onboard were rescued by the crew.")
    part = facts_of("All 40 people aboard were rescued by the crew.")
    assert aligned_substitutions(claim, part, frozenset({"onboard"})) == []
    claim = facts_of("Most victims choked on poisonous gasses.")
    part = facts_of("Most victims choked on poisonous gases.")
    assert aligned_substitutions(claim, part, frozenset(claim.content - part.content)) == []


def test_a_title_and_a_name_alone_do_not_support() -> None:
    # what the chief executive said is the fact; "chief executive" only says who she is
    docs = [
        {
            "id": "desk-1",
            "text": (
                "Chief executive Nora Vance said the company regretted the delay.\n\n"
                "Deliveries will resume on Monday.\n"
            ),
        }
    ]
    (att,) = newsbrief.attribute(
        docs, ["Nora Vance, the chief executive, said the factory would be sold."]
    )
    assert att.supported_by == ()
    (att,) = newsbrief.attribute(
        docs, ["Nora Vance, the chief executive, said the company regretted the delay."]
    )
    assert [s.article_id for s in att.supported_by] == ["desk-1"]
