"""Which sentences of an article a claim is compared with (``windows.py``): one
sentence, or two or three that state the claim together, never two unrelated facts
glued into one. Invented sentences, one behaviour each."""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.attribution import attribute, config
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.facts import Facts, canon, facts_of
from newsbrief.attribution.windows import article_windows, cohesive
from newsbrief.model import Article

NO_NAMES: frozenset[str] = frozenset()
CLAIM = "Fire swept through a dance hall in Goteborg, killing 60 people."


def _windows(text: str, claim_text: str) -> list[tuple[int, int]]:
    index = StoryIndex([Article("a", text, published="1998-10-31")])
    claim, overlap = index.claim_search(claim_text, None)
    windows, _ = article_windows(
        claim, overlap["a"], index.facts["a"], index.content["a"], index.published["a"]
    )
    return windows


def test_a_neighbour_holding_the_claims_figure_joins_the_sentence() -> None:
    text = (
        "Fire swept through a dance hall in Goteborg on Friday night. "
        "The toll rose to 60 on Saturday. Rain fell in Stockholm."
    )
    windows = _windows(text, CLAIM)
    assert (0, 0) in windows and (0, 1) in windows
    assert (1, 2) not in windows and (0, 2) not in windows


def test_the_neighbour_holding_the_figure_joins_though_it_states_another_claim_word() -> None:
    # "Goteborg" only in the figure's sentence: not one statement by the shared-word
    # test, but the sentence before states most of the claim and leaves the toll out
    text = "Fire swept through a dance hall on Friday night. In Goteborg, 60 people died."
    assert (0, 1) in _windows(text, CLAIM)


def test_two_sentences_stating_more_of_the_claim_together_are_one_window() -> None:
    text = (
        "A fire swept through a dance hall in Goteborg. "
        "Firefighters said the blaze trapped teenagers inside. Rain fell in Stockholm."
    )
    claim = "A fire swept through a Goteborg dance hall and trapped teenagers inside."
    windows = _windows(text, claim)
    assert (0, 1) in windows
    assert (1, 2) not in windows  # the rain adds nothing of the claim


def test_sentences_each_stating_other_claim_words_are_not_one_statement() -> None:
    index = StoryIndex([Article("a", "Fire swept through a dance hall in Goteborg.")])
    claim, _ = index.claim_search(CLAIM, None)
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
    window = Facts.union(
        [
            facts_of("The blaze killed 60 people.", NO_NAMES),
            facts_of("Another 12 were injured on Friday.", NO_NAMES),
        ]
    )
    assert [q.text for q in window.quantities] == ["60 people", "12"]
    assert [d.text for d in window.dates] == ["Friday"]


# A long claim whose date's own clause is "Norlanders voted on Thursday to elect the
# ... Council": a sentence stating that clause states too little of the whole claim to
# be a candidate window.
COUNCIL = (
    "Norlanders voted on Thursday to elect the 60-seat Council of Elders, a clerical body "
    "expected to keep its conservative majority, officials in Varna said."
)


def _contradicted(sentence: str) -> bool:
    story = [
        {"id": "wire", "text": "Reformers hoped for gains in the clerical vote.\n\n" + sentence}
    ]
    (result,) = attribute(story, [COUNCIL])
    return [s.article_id for s in result.contradicted_by] == ["wire"]


def test_a_sentence_stating_a_dates_own_clause_is_checked_for_that_date(
    config_with: Callable[..., config.Config],
) -> None:
    other_day = "Norlanders voted Friday to elect the council."
    index = StoryIndex([Article("a", other_day)])
    claim, overlap = index.claim_search(COUNCIL, None)
    assert overlap["a"][0] / claim.total < config.get().min_candidate  # no candidate
    config_with(clause_conflict=2.0)  # the clause rule off
    assert not _contradicted(other_day)
    # on, without the same-event guards (this sentence leaves out the clause's
    # "60-seat" and "Council of Elders": test_clause_conflicts.py)
    config_with(clause_conflict=0.4, clause_core=0.45, clause_same_event=0)
    assert _contradicted(other_day)
    assert not _contradicted("Norlanders voted Thursday to elect the council.")
