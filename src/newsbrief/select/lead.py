"""Lead baseline: the opening of the newest article, as DUC scored it."""

from __future__ import annotations

from .base import Choice, Problem, fits, register


def newest_article_id(problem: Problem) -> str | None:
    if not problem.articles:
        return None
    dated = [a for a in problem.articles if a.published]
    if dated:
        # Ties between equally new articles go to the later one, as eval's lead baseline.
        return max(dated, key=lambda a: (a.published or "", a.position)).id
    return problem.articles[-1].id if len(problem.articles) > 1 else problem.articles[0].id


@register("lead")
def select_lead(problem: Problem) -> list[Choice]:
    target = newest_article_id(problem)
    chosen: list[Choice] = []
    for i, s in enumerate(problem.candidates):
        if s.article_id != target:
            continue
        if not fits(problem, [c.index for c in chosen], i):
            room = problem.sentences is None or len(chosen) < problem.sentences
            used = sum(problem.lengths[c.index] for c in chosen)
            if problem.fill and problem.words is not None and room and used < problem.words:
                # Only the word budget stopped us: the next sentence may run over it.
                chosen.append(Choice(i, 1.0, filler=True))
            break
        chosen.append(Choice(i, 1.0))
    return chosen
