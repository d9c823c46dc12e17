"""What every selector gets and gives, and the registry that names them.

A selector sees a :class:`Problem` (the eligible sentences, their concepts and lengths,
the budget) and returns the chosen candidate indices with a score each. It never sees
files or options objects, so each algorithm stays small and testable on its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..concepts import ConceptTable
from ..eligible import dependency
from ..model import Article, Sentence


@dataclass(frozen=True, slots=True)
class Problem:
    candidates: tuple[Sentence, ...]
    concepts: ConceptTable  # by_sentence aligned with candidates
    lengths: tuple[int, ...]
    articles: tuple[Article, ...]  # the voting (non-duplicate) articles, input order
    all_sentences: tuple[Sentence, ...]  # every sentence, eligible or not
    words: int | None
    sentences: int | None
    fill: bool
    # Hashes (``furniture.sentence_key``) of sentences known to be page furniture because
    # they occur verbatim in unrelated stories of the same batch or store. The API passes
    # them when it has them; a single story's own repeats are found by the selector.
    furniture: frozenset[str] = frozenset()
    # Candidates the caller shows anyway, outside ``words`` and ``sentences`` (the
    # digest's latest development, ``recency.take_latest``): what they say is said, so
    # the default selector counts their concepts as covered and skips restatements of
    # them. Why: chosen blind to them, the rest restates the very fact they tell. The
    # reference methods ignore it (the caller's restatement filter still applies).
    given: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    index: int  # into Problem.candidates
    score: float
    filler: bool = False  # added by --fill; may run past the word budget


Selector = Callable[[Problem], list[Choice]]

REGISTRY: dict[str, Selector] = {}


def register(name: str) -> Callable[[Selector], Selector]:
    def deco(fn: Selector) -> Selector:
        REGISTRY[name] = fn
        return fn

    return deco


def alone_only(fn: Selector) -> Selector:
    """Run a selector on the candidates that stand alone.

    The API's candidates include sentences that lean on the one before them
    (``eligible.dependency``): the default method takes those only with that sentence;
    a selector that has no such notion must not see them at all.
    """

    @functools.wraps(fn)
    def run(problem: Problem) -> list[Choice]:
        keep = [j for j, s in enumerate(problem.candidates) if dependency(s) is None]
        if not keep or len(keep) == len(problem.candidates):
            return fn(problem)
        by_sentence = problem.concepts.by_sentence
        sub = replace(
            problem,
            candidates=tuple(problem.candidates[j] for j in keep),
            lengths=tuple(problem.lengths[j] for j in keep),
            concepts=ConceptTable(
                problem.concepts.names,
                problem.concepts.weights,
                tuple(by_sentence[j] for j in keep) if by_sentence else by_sentence,
            ),
        )
        return [replace(c, index=keep[c.index]) for c in fn(sub)]

    return run


def fits(problem: Problem, chosen: Sequence[int], extra: int) -> bool:
    """Whether adding candidate ``extra`` keeps the summary within both budgets."""
    if problem.sentences is not None and len(chosen) + 1 > problem.sentences:
        return False
    if problem.words is None:
        return True
    used = sum(problem.lengths[i] for i in chosen)
    return used + problem.lengths[extra] <= problem.words


def sentence_gain(problem: Problem, i: int, covered: set[int]) -> float:
    w = problem.concepts.weights
    return sum(w[c] for c in problem.concepts.by_sentence[i] if c not in covered)


def add_filler(problem: Problem, chosen: list[Choice]) -> list[Choice]:
    """With ``fill``, spend the words left over on one more sentence that may run over."""
    if not problem.fill or problem.words is None:
        return chosen
    if problem.sentences is not None and len(chosen) >= problem.sentences:
        return chosen
    used = sum(problem.lengths[c.index] for c in chosen)
    if used >= problem.words:
        return chosen
    taken = {c.index for c in chosen}
    covered = {k for c in chosen for k in problem.concepts.by_sentence[c.index]}
    best: tuple[float, int] | None = None
    for i in range(len(problem.candidates)):
        if i in taken:
            continue
        gain = sentence_gain(problem, i, covered)
        key = (gain, -i)
        if best is None or key > (best[0], -best[1]):
            best = (gain, i)
    if best is None or best[0] <= 0:
        return chosen
    return [*chosen, Choice(best[1], best[0], filler=True)]
