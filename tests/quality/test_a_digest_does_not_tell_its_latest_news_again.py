"""A digest opens on its latest development and does not tell that fact again.

``digest`` shows the newest article's lede first (``recency.take_latest``) and fills the
rest of the budget with the default selector. Chosen blind to the lede, the rest was
the story's best summary on its own, so it opened on the event the lede already told
("The ferry Sea Star sank in a storm off Corran Island on Monday, killing 14
passengers" after "... which sank off Corran Island on Monday, killing 14
passengers."). The lede is now given to the selector (``Problem.given``): its concepts
count as covered and its words as said, so the rest goes to what it does not say.
"""

from dataclasses import replace

import pytest

import newsbrief
from newsbrief.select import Problem
from newsbrief.select.coverage import CoverageConfig, select_with

from ..unit.problems import selection_problem
from .test_a_fact_two_outlets_tell_alike_is_stated_once import LEAD, ferry


def _problem() -> tuple[Problem, list[str]]:
    problem = selection_problem(ferry(), fill=False)
    return problem, [s.text for s in problem.candidates]


def _ledes(problem: Problem) -> set[int]:
    """Each article's first sentence: every one of them tells the sinking."""
    return {j for j, s in enumerate(problem.candidates) if s.index == 0}


@pytest.mark.parametrize("words", [20, 30, 40])
def test_the_rest_of_a_summary_tells_no_other_lede_of_the_fact_given(words: int) -> None:
    problem, texts = _problem()
    given = texts.index(LEAD)
    blind = {c.index for c in select_with(replace(problem, words=words), CoverageConfig())}
    rest = {
        c.index
        for c in select_with(replace(problem, words=words, given=(given,)), CoverageConfig())
    }
    assert blind & _ledes(problem)  # alone, the summary opens on the sinking
    assert given not in rest
    assert not rest & _ledes(problem)  # told by the given lede: not again
    assert sum(problem.lengths[j] for j in rest) <= words


def test_a_sentence_the_given_one_restates_is_not_chosen() -> None:
    problem, texts = _problem()
    # every content word of this one is in the lede (the restatement test's 0.7 share)
    short = texts.index("The ferry Sea Star sank off Corran Island on Monday in a storm.")
    for words in (20, 40, 60, 100):
        p = replace(problem, words=words, given=(texts.index(LEAD),))
        assert short not in {c.index for c in select_with(p, CoverageConfig())}


def test_the_digest_spends_its_words_on_facts_its_latest_development_does_not_give() -> None:
    docs = ferry()
    for d in docs:  # the divers' report comes a day after the others
        d["published"] = "2025-03-04" if d["id"] == "f" else "2025-03-03"
    summary = newsbrief.summarize(docs, words=40, latest_first=True, analysis=False)
    texts = [s.text for s in summary.sentences]
    assert texts[0].startswith("Divers on Tuesday searched the wreck")
    # chosen blind to that lede, the rest was the sinking told again, which no longer
    # fitted beside it, and the survivors were never told
    assert any("52" in t for t in texts)
    assert sum(len(t.split()) for t in texts) <= 40
