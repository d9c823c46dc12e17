"""Which sentences of an article a claim is compared with (``windows.py``): one
sentence, or two or three that state the claim together, never two unrelated facts
glued into one. Invented sentences, one behaviour each."""

from __future__ import annotations

from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.facts import canon, facts_of
from newsbrief.attribution.windows import candidate_windows, cohesive, union
from newsbrief.model import Article

NO_NAMES: frozenset[str] = frozenset()
CLAIM = "Fire swept through a dance hall in Goteborg, killing 60 people."


def _windows(text: str, claim_text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    index = StoryIndex([Article("a", text, published="1998-10-31")])
    claim, total, overlap = index._claim(claim_text, None)
    singles = {k: v / total for k, v in overlap["a"].items() if v / total >= 0.25}
    return candidate_windows(
        claim, total, singles, index.facts["a"], index.content["a"], index.published["a"]
    )


def test_a_neighbour_holding_the_claims_figure_joins_the_sentence() -> None:
    text = (
        "Fire swept through a dance hall in Goteborg on Friday night. "
        "The toll rose to 60 on Saturday. Rain fell in Stockholm."
    )
    windows, fillers = _windows(text, CLAIM)
    assert (0, 0) in windows and (0, 1) in windows
    assert fillers == {(0, 1)}  # kept for the figure it holds, whatever it shares
    assert (1, 2) not in windows and (0, 2) not in windows


def test_two_sentences_stating_more_of_the_claim_together_are_one_window() -> None:
    text = (
        "A fire swept through a dance hall in Goteborg. "
        "Firefighters said the blaze trapped teenagers inside. Rain fell in Stockholm."
    )
    claim = "A fire swept through a Goteborg dance hall and trapped teenagers inside."
    windows, fillers = _windows(text, claim)
    assert (0, 1) in windows and not fillers
    assert (1, 2) not in windows  # the rain adds nothing of the claim


def test_sentences_each_stating_other_claim_words_are_not_one_statement() -> None:
    index = StoryIndex([Article("a", "Fire swept through a dance hall in Goteborg.")])
    claim, _, _ = index._claim(CLAIM, None)
    fire = frozenset({canon("fire"), canon("swept")})
    place = frozenset({canon("goteborg")})
    assert not cohesive(claim, fire, place)  # "fire" here, "Goteborg" there: two facts
    assert cohesive(claim, fire, place | {canon("fire")})  # a shared claim word
    # a sentence adding only what the figure counts ("killing 60 people") adds no fact
    assert cohesive(claim, fire, frozenset({canon("killing"), canon("people")}))


def test_a_sentence_opening_with_a_pronoun_goes_on_with_the_one_before() -> None:
    text = "Fire swept through a dance hall in Goteborg. It killed 60 people. Rain fell."
    facts = StoryIndex([Article("a", text)]).facts["a"]
    assert facts.continues == [False, True, False]
    # "It" stands for the name of the sentence before
    assert "goteborg" in facts[1].words


def test_a_window_of_several_sentences_keeps_every_figure_and_date() -> None:
    window = union(
        [
            facts_of("The blaze killed 60 people.", NO_NAMES),
            facts_of("Another 12 were injured on Friday.", NO_NAMES),
        ]
    )
    assert [q.text for q in window.quantities] == ["60 people", "12"]
    assert [d.text for d in window.dates] == ["Friday"]
