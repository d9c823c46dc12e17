"""Unit behaviour of the selectors' building blocks."""

from dataclasses import replace

from newsbrief.concepts import sentence_units
from newsbrief.eligible import is_eligible, stands_alone
from newsbrief.model import Sentence
from newsbrief.select import Problem
from newsbrief.select.coverage import (
    CoverageConfig,
    greedy_cover,
    min_df,
    select_with,
    weigh_concepts,
)
from newsbrief.select.lexrank import lexrank_scores

from ..conftest import STORY_A
from .problems import selection_problem


def _problem(docs, words=100, fill=False) -> Problem:
    return selection_problem(docs, fill=fill, words=words)


def test_units_are_stemmed_bigrams_plus_content_words() -> None:
    units = sentence_units("The councils voted", unigrams=True)
    assert "the council" in units and "council vote" in units
    assert "council" in units and "the" not in units
    assert all(" " in u for u in sentence_units("The councils voted", unigrams=False))


def test_min_df_is_a_quarter_but_at_least_two() -> None:
    assert [min_df(n, 0.25) for n in (1, 2, 4, 8, 10, 12)] == [1, 2, 2, 2, 3, 3]


def test_first_sentence_mentions_weigh_more() -> None:
    early = "Rescue teams reached the flooded valley town on Sunday morning after the storm."
    docs = [
        {"id": "a", "text": f"{early} Schools in the district will stay closed until Friday."},
        {
            "id": "b",
            "text": "Power lines are down across three counties after heavy rain this week. "
            f"{early}",
        },
    ]
    problem = _problem(docs)
    wc = weigh_concepts(problem, CoverageConfig())
    flat = weigh_concepts(problem, CoverageConfig(lead_bonus=0.0))
    k = wc.index["flood vallei"]
    assert flat.weights[k] == 2.0  # one vote per article
    assert wc.weights[k] > flat.weights[k]
    # The same sentence first in its article outranks its copy lower down.
    cands = problem.candidates
    first = next(j for j, s in enumerate(cands) if s.article_id == "a" and s.index == 0)
    assert first in greedy_cover(replace(problem, words=15), wc, CoverageConfig())


def test_single_source_concepts_only_break_ties() -> None:
    problem = _problem(STORY_A)
    wc = weigh_concepts(problem, CoverageConfig())
    corroborated = wc.weights[wc.index["elm river"]]
    single = wc.weights[wc.index["road repair"]]  # a1 and a3 only: 2 of 3 is enough
    assert single > 0 and corroborated > 0
    lonely = wc.index.get("commut time")  # a1 only
    assert lonely is not None and wc.weights[lonely] < 0.5 * corroborated
    no_low = weigh_concepts(problem, CoverageConfig(low_df_weight=0.0))
    assert "commut time" not in no_low.index


def test_greedy_respects_both_budgets_and_fills_the_last_words() -> None:
    problem = _problem(STORY_A, words=30, fill=True)
    choices = select_with(problem, CoverageConfig())
    regular = [c for c in choices if not c.filler]
    assert sum(problem.lengths[c.index] for c in regular) <= 30
    assert [c.filler for c in choices].count(True) <= 1
    two = select_with(replace(problem, sentences=1), CoverageConfig())
    assert len(two) == 1


def test_sentences_that_refer_back_do_not_stand_alone() -> None:
    def s(text: str) -> Sentence:
        return Sentence("a", 0, len(text), text, 0, 0)

    assert stands_alone(s("The mayor signed the budget into law on Friday morning."))
    assert not stands_alone(s("He signed the budget into law on Friday morning."))
    assert not stands_alone(s("But the mayor signed the budget into law on Friday."))
    assert not is_eligible(s("Did the mayor sign the budget into law on Friday?"))
    assert not stands_alone(s('"We will build it on time and on budget," she said.'))
    assert stands_alone(s('"We will build it on time and on budget," Mayor Ortiz said.'))
    assert not stands_alone(s("Seconds later, the roof of the gym collapsed on the crowd."))
    assert not stands_alone(s("The next day police arrested two men near the station."))
    assert not stands_alone(s("Reuters reported that the authenticity could not be verified."))
    assert stands_alone(s("The authenticity of the tape could not be verified by Reuters."))
    assert stands_alone(s("The city council met on Monday to discuss the budget."))


def test_lexrank_scores_are_a_distribution_favouring_central_sentences() -> None:
    problem = _problem(STORY_A)
    scores, _ = lexrank_scores(problem)
    assert abs(sum(scores) - 1.0) < 1e-6
    top = max(range(len(scores)), key=scores.__getitem__)
    assert "bridge" in problem.candidates[top].text.lower()


def test_sentences_known_as_furniture_across_stories_are_never_chosen() -> None:
    from newsbrief.furniture import sentence_key

    problem = _problem(STORY_A, words=100)
    first = [problem.candidates[c.index].text for c in select_with(problem, CoverageConfig())]
    banned = replace(problem, furniture=frozenset({sentence_key(first[0])}))
    again = [banned.candidates[c.index].text for c in select_with(banned, CoverageConfig())]
    assert first[0] not in again and again


def test_a_dependent_sentence_is_only_taken_with_the_one_before_it() -> None:
    docs = [
        {
            "id": "a",
            "text": "Much of the mayor's speech was about the harbor bridge and its repairs. "
            "She called for a new toll on trucks crossing the harbor bridge at night.",
        },
        {
            "id": "b",
            "text": "The mayor called for a new toll on trucks crossing the harbor bridge. "
            "Repairs to the harbor bridge will start in May, the city said.",
        },
    ]
    from newsbrief.select.coverage import build_units

    problem = _problem(docs, words=100)
    text = [s.text for s in problem.candidates]
    units = {tuple(text[j][:8] for j in u) for u in build_units(problem, CoverageConfig())}
    assert ("Much of ", "She call") in units and ("She call",) not in units
    chosen = [text[c.index] for c in select_with(problem, CoverageConfig())]
    if any(c.startswith("She called") for c in chosen):
        assert any(c.startswith("Much of the mayor") for c in chosen)
