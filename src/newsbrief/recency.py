"""News first: what a digest's summary of a developing story opens on, and its order.

A summary of a whole story weighs every article alike, so on a story told over weeks it
picks what most articles repeat: the background (a 1988 bombing, a strike in September),
not what happened since. A morning briefing reads the other way round: the latest
development first, then how it came about. With ``latest_first``
(``SummaryOptions.latest_first``; ``digest`` asks for it):

* **The latest development** is the lede of one of the story's *newest articles*: the
  newest third of its dated articles (:data:`NEWEST_SHARE`, at least the newest day's),
  where a news writer puts what is new. Of their ledes (the first sentence of each that
  is fit for a summary, stands alone and is no page furniture), of those the headline
  ranking finds fit (``render.title_flags``: standing alone, no background, stating an
  event) and at least half as central to the story as the most central of them
  (:data:`CENTRAL_SHARE`), the newest is taken (on one day, the most central).
* **Taken in**: when the selector's choice already holds it, nothing changes but the
  order. Otherwise it is added and the selector chooses the rest again for the budget
  it leaves; of those, the sentences it restates are left out (most of their content
  words in it: the selector's own ``RESTATE_SHARE``; each with any sentence that leans
  on it), and were the budget still exceeded the lowest scored would go. Its score is 0:
  the selector did not score it.
* **Order**: it comes first (with a chosen sentence that leans on it), the rest follow
  in time order by the day each reports: a sentence that dates what it says before its
  article's day ("PAL closed on Sept. 23", "in 1988") by that date, any other by its
  article's publication day; sentences that lean on the one before them stay with it.
  A reordering that would show a surname alone before the sentence naming it in full
  keeps the reading order of ``order.order_sentences`` instead.

A story whose dated articles all appeared on one day, or that carries no dates, has no
latest development: its summary is the briefing's as before. Measured on DUC 2003 by
``benchmarks/digest_recency.py`` (docs/history/stories-rounds.md, s24 digest round).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from .model import Article, Sentence
from .select.base import Choice, Problem

# The newest third of a story's dated articles hold its latest development.
NEWEST_SHARE = 1 / 3
# A lede of the newest articles shares at least half as many of the story's words as the
# most central one (``render.title_flags``' centrality): less is an aside or another
# event filed with the story (a weather forecast among meteor-shower reports).
CENTRAL_SHARE = 0.5


def newest_articles(articles: Sequence[Article]) -> frozenset[str] | None:
    """Ids of the newest :data:`NEWEST_SHARE` of the dated ``articles`` (every article of
    the day that share ends on included); None when they span fewer than two days (one
    news cycle: nothing is newer than the rest)."""
    dated = sorted(((a.published[:10], a.id) for a in articles if a.published), reverse=True)
    if len({day for day, _ in dated}) < 2:
        return None
    cutoff = dated[max(math.ceil(len(dated) * NEWEST_SHARE), 1) - 1][0]
    return frozenset(i for day, i in dated if day >= cutoff)


def _stems(text: str) -> frozenset[str]:
    from .text import STOPWORDS, stem_of, words

    return frozenset(map(stem_of, set(words(text)).difference(STOPWORDS)))


def latest_lede(problem: Problem) -> int | None:
    """The candidate that tells the story's latest development (see the module), or None."""
    from .eligible import dependency, points_back
    from .render import sentence_title, title_flags

    newest = newest_articles(problem.articles)
    if newest is None:
        return None
    from .select.coverage import furniture_of

    furniture = furniture_of(problem)  # a site notice opening a page is no lede
    ledes: dict[str, int] = {}
    for j, s in enumerate(problem.candidates):
        if s.article_id not in newest or j in furniture:
            continue
        if dependency(s) is not None or points_back(s.text):
            continue
        if s.article_id not in ledes or s.index < problem.candidates[ledes[s.article_id]].index:
            ledes[s.article_id] = j
    if not ledes:
        return None
    day = {a.id: (a.published or "")[:10] for a in problem.articles}
    # each lede as a title (the first of the ledes shown alike stands for them)
    at: dict[str, int] = {}
    pairs = []
    for j in sorted(ledes.values()):
        text = " ".join(problem.candidates[j].text.split())
        title = sentence_title(text)
        if title not in at:
            at[title] = j
            pairs.append((text, title))
    fit = central_titles(title_flags(problem.articles, pairs))
    if not fit:
        return None
    # the newest of them; on one day, the first as ranked (the most central)
    best = max(fit, key=lambda t: (day[problem.candidates[at[t]].article_id], -fit.index(t)))
    return at[best]


def central_titles(flags: Sequence[tuple[str, bool, float]]) -> list[str]:
    """The titles (``render.title_flags``' answer, in its order) that are fit and at least
    :data:`CENTRAL_SHARE` as central as the most central fit one."""
    fit = [(t, c) for t, flagged, c in flags if not flagged]
    top = max((c for _, c in fit), default=0.0)
    return [t for t, c in fit if c >= CENTRAL_SHARE * top]


def _leans(s: Sentence, prev: Sentence, by_id: dict[str, Article]) -> bool:
    """Whether ``s`` reads only right after ``prev``, the sentence before it in its article."""
    from .eligible import dependency
    from .order import leans_on

    if s.article_id != prev.article_id or s.index != prev.index + 1:
        return False
    return dependency(s) is not None or leans_on(s, prev, by_id)


def _with_dependents(problem: Problem, chosen: Sequence[Choice], k: int) -> set[int]:
    """Positions in ``chosen`` of ``chosen[k]`` and the chosen sentences leaning on it."""
    cands = problem.candidates
    by_id = {a.id: a for a in problem.articles}
    out = {k}
    grew = True
    while grew:
        grew = False
        for i, c in enumerate(chosen):
            if i in out:
                continue
            if any(_leans(cands[c.index], cands[chosen[o].index], by_id) for o in out):
                out.add(i)
                grew = True
    return out


def _fits(problem: Problem, chosen: Sequence[Choice]) -> bool:
    body = [c for c in chosen if not c.filler]
    if problem.sentences is not None and len(body) > problem.sentences:
        return False
    return problem.words is None or sum(problem.lengths[c.index] for c in body) <= problem.words


def take_latest(
    problem: Problem,
    choices: list[Choice],
    selector: Callable[[Problem], list[Choice]] | None = None,
) -> tuple[list[Choice], int | None]:
    """``choices`` (``selector``'s for ``problem``) with the latest development taken in
    (see the module), and its position among them; ``(choices, None)`` when the story has
    none. With ``selector``, the rest is chosen again for the budget the lede leaves."""
    from .select.coverage import RESTATE_SHARE

    lede = latest_lede(problem)
    if lede is None:
        return choices, None
    for k, c in enumerate(choices):
        if c.index == lede:
            return choices, k
    latest = Choice(lede, 0.0)
    if not _fits(problem, [latest]):
        return choices, None  # the lede alone is over the budget
    cands = problem.candidates
    if selector is not None:
        words = problem.words - problem.lengths[lede] if problem.words is not None else None
        count = problem.sentences - 1 if problem.sentences is not None else None
        if (words is not None and words <= 0) or (count is not None and count <= 0):
            return [latest], 0
        # chosen knowing the lede is shown (``Problem.given``), the rest does not tell
        # its fact again: chosen blind to it, the rest restated it (docs/quality.md)
        rest = selector(replace(problem, words=words, sentences=count, given=(lede,)))
        choices = [c for c in rest if c.index != lede]
    said = _stems(cands[lede].text)

    def restates(c: Choice) -> bool:
        mine = _stems(cands[c.index].text)
        return bool(mine) and len(mine & said) >= RESTATE_SHARE * len(mine)

    kept = [c for c in choices if not restates(c)]
    # a sentence leaning on a dropped one goes with it
    for k in range(len(choices)):
        if choices[k] not in kept:
            gone = _with_dependents(problem, choices, k)
            kept = [c for i, c in enumerate(choices) if c in kept and i not in gone]
    while kept and not _fits(problem, [latest, *kept]):
        positions = [i for i, c in enumerate(kept) if not c.filler]
        if not positions:
            break
        weakest = min(positions, key=lambda i: (kept[i].score, -i))
        gone = _with_dependents(problem, kept, weakest)
        kept = [c for i, c in enumerate(kept) if i not in gone]
    fillers = [c for c in kept if c.filler]
    body = [c for c in kept if not c.filler]
    if fillers and problem.words is not None:
        used = sum(problem.lengths[c.index] for c in [latest, *body])
        fillers = fillers if used < problem.words else []
    return [latest, *body, *fillers], 0


def reported_day(sentence: Sentence, published: str | None) -> str | None:
    """The day a sentence reports (``YYYY-MM-DD``): the earliest date it names that lies
    before its article's day ("closed on Sept. 23", "in 1988": the first day of a month
    or year named alone), else its article's day; None for an undated article. A date to
    come, an edition ("the 1994 Games") and "since 1992" (a span up to now) date nothing."""
    from .attribution.dates import date_refs, facets, parse_published
    from .attribution.lexicon import tokenize

    day = parse_published(published)
    if day is None:
        return None
    toks = tokenize(sentence.text)
    earliest = day
    for ref in date_refs(toks, [t.lower() for t in toks]):
        if ref.ahead or ref.edition or ref.since:
            continue
        stated, derived, _ = facets(ref, day)
        parts = {**derived, **stated}
        if "y" not in parts:
            continue
        try:
            when = dt.date(parts["y"], parts.get("m", 1), parts.get("d", 1))
        except ValueError:
            continue
        earliest = min(earliest, when)
    return earliest.isoformat()


def latest_then_by_day(
    order: Sequence[int],
    items: Sequence[tuple[Sentence, bool]],
    latest: int,
    articles: Sequence[Article],
) -> list[int]:
    """``order`` (``order.order_sentences``' reading order) with item ``latest`` and the
    sentences leaning on it first, the rest by the day each reports (see the module)."""
    published = {a.id: a.published for a in articles}
    by_id = {a.id: a for a in articles}
    # chains: a sentence leaning on the one before it in the order stays with it
    chains: list[list[int]] = []
    for k in order:
        s, filler = items[k]
        if chains and not filler and _leans(s, items[chains[-1][-1]][0], by_id):
            chains[-1].append(k)
        else:
            chains.append([k])
    first = next(i for i, ch in enumerate(chains) if latest in ch)
    head = chains[first][chains[first].index(latest) :]
    rest_chains = [ch for i, ch in enumerate(chains) if i != first]
    before = chains[first][: chains[first].index(latest)]
    if before:
        rest_chains.append(before)
    body = [ch for ch in rest_chains if not items[ch[0]][1]]
    fillers = [k for ch in rest_chains if items[ch[0]][1] for k in ch]
    keyed = [
        (reported_day(items[ch[0]][0], published.get(items[ch[0]][0].article_id)), ch)
        for ch in body
    ]
    base = head + [k for k in order if k not in head and not items[k][1]] + fillers
    if any(day is None for day, _ in keyed):
        return base  # an undated article: no time to order by
    pos = {k: i for i, k in enumerate(order)}
    keyed.sort(key=lambda x: (x[0], pos[x[1][0]]))
    by_day = head + [k for _, ch in keyed for k in ch] + fillers
    if _bare_before_full(by_day, items, articles) > _bare_before_full(base, items, articles):
        return base
    return by_day


def _bare_before_full(
    order: Sequence[int], items: Sequence[tuple[Sentence, bool]], articles: Sequence[Article]
) -> int:
    """How many surnames appear alone before the sentence naming them in full."""
    from .eligible import story_surnames

    texts = [items[k][0].text for k in order]
    if len(texts) < 2:
        return 0
    names = story_surnames([a.text for a in articles])
    introduced: set[str] = set()
    early: set[str] = set()
    for text in texts:
        named, bare = names.of(text)
        early |= bare - introduced
        introduced |= named
    return len(early & introduced)
