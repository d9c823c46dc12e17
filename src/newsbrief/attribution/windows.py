"""Candidate evidence windows: which sentences of an article a claim is compared with.

Why: an outlet states a fact in one sentence or spreads it over two or three ("He was
detained in Rome." after the sentence naming him), and comparing a claim with every
sentence run of every article would be slow and would glue unrelated facts. Where it
sits: after :mod:`.claim` has weighed the claim's words, :mod:`.align` asks
:func:`article_windows` for each article's windows: the sentences sharing
``min_candidate`` of the claim's weight and the windows around them
(:func:`candidate_windows`: joined only when :func:`cohesive`, or when a sentence goes on
with the one before: a pronoun or a connective; over a paragraph break not by a name
alone, :func:`glued_paragraphs`), two adjacent sentences that share
``min_candidate`` only together (:func:`joint_windows`), and sentences that state a
figure's or a date's own clause (:func:`clause_candidates`). :func:`window_facts`
gives what a window is compared as (each sentence's facts read by
:class:`.story.LazyFacts`, several sentences made one by ``Facts.union``);
:mod:`.compare` then checks it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import config
from .dates import compare
from .facts import Facts, negator_deeds
from .lexicon import antonyms

if TYPE_CHECKING:
    from .claim import Claim
    from .story import LazyFacts, Story


@dataclass(frozen=True, slots=True)
class Window:
    """Sentences ``lo`` to ``hi`` of one article as a claim is compared with them
    (:func:`window_facts`)."""

    article_id: str
    lo: int
    hi: int
    ev: Facts  # the window's sentences as one
    ctx: Facts  # with their neighbours and the lead around them, and the dateline
    lead: Facts  # the article's first sentence, where the day of the event is given
    parts: list[Facts]  # the window's sentences one by one


def cohesive(claim: Claim, left: frozenset[str], right: frozenset[str]) -> bool:
    """Two sentences read as one statement of the claim only when they share one of
    its words, or one of them adds no word of its own (only a figure or a date):
    otherwise the window glues two facts ("deaths" here, "Baghdadi" there)."""
    a, b = claim.facts.content & left, claim.facts.content & right
    if a & b:
        return True
    # what a figure counts ("412 million euros") belongs to the figure, not the fact
    measures = {w for q in claim.facts.quantities for w in q.after | q.before}
    return not (a - b - measures) or not (b - a - measures)


def article_windows(
    claim: Claim,
    cands: dict[int, float],
    facts: LazyFacts,
    content: Sequence[frozenset[str]],
    day: dt.date | None,
) -> tuple[list[tuple[int, int]], set[int]]:
    """The windows (first, last sentence) of one article to check a claim against, in
    order, and the sentences among them checked only for a figure's or a date's clause.

    ``cands`` is each sentence's shared weight with the claim (of ``claim.total``): sentences
    sharing ``min_candidate`` of it are candidates (:func:`candidate_windows`); a
    sentence stating most of a figure's or a date's own clause, though little of the
    whole claim, may give that detail another value (:func:`clause_candidates`)."""
    total = claim.total
    singles = {k: v / total for k, v in cands.items() if v / total >= config.get().min_candidate}
    windows = candidate_windows(claim, singles, facts, content, day)
    if config.get().joint_candidates >= 1:
        windows += joint_windows(claim, cands, singles, facts, content, set(windows))
    if config.get().paragraph_windows >= 1:
        windows = [
            (lo, hi) for lo, hi in windows if not glued_paragraphs(claim, facts, content, lo, hi)
        ]
    clause_only = clause_candidates(claim, content, cands, singles)
    return windows + [(k, k) for k in sorted(clause_only)], clause_only


def glued_paragraphs(
    claim: Claim, facts: LazyFacts, content: Sequence[frozenset[str]], lo: int, hi: int
) -> bool:
    """Sentences ``lo`` to ``hi`` reach over a paragraph break to a sentence that shares
    the claim with the one before only through a name: it neither goes on with it (an
    opening pronoun or connective, a quotation of the same speaker) nor states one fact
    with it by what happened (:func:`cohesive` over the words that are no name). Why: a
    wire paragraph states one fact, and names recur in every paragraph of a story: a
    span reaching into the next one by a name alone glues another fact to the claim's
    and shows it to the reader ("... allegations that Syria is supporting Turkish Kurdish
    rebels." / "Damascus in response has accused Turkey and Israel ...")."""
    names = claim.name_words
    return any(
        facts.opens_paragraph[k]
        and not (facts.continues[k] or facts.same_speaker(k))
        and not cohesive(claim, content[k - 1] - names, content[k] - names)
        for k in range(lo + 1, hi + 1)
    )


def joint_windows(
    claim: Claim,
    cands: dict[int, float],
    singles: dict[int, float],
    facts: LazyFacts,
    content: Sequence[frozenset[str]],
    seen: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Two adjacent sentences, neither a candidate alone, that share ``min_candidate`` of
    the claim together and read as one statement (:func:`cohesive`, or the second goes
    on with the first): an outlet may split the claim's event over two short sentences
    ("The council met on Monday." / "It voted to dismiss the judges.")."""
    cfg = config.get()
    total = claim.total
    out = []
    for k in sorted(cands):
        j = k + 1
        if j not in cands or k in singles or j in singles or (k, j) in seen:
            continue
        both = claim.facts.content & (content[k] | content[j])
        if claim.weight_of(both) / total < cfg.min_candidate:
            continue
        if cohesive(claim, content[k], content[j]) or (
            cfg.join_continuations >= 1 and facts.continues[j]
        ):
            out.append((k, j))
    return out


def window_facts(story: Story, article_id: str, lo: int, hi: int) -> Window:
    """What sentences ``lo`` to ``hi`` of an article are compared as: the window as one,
    its neighbours and the lead around it (where a name or a date it leaves out may be
    given; "here" in a datelined article is the dateline's city), the lead, and the
    window's sentences one by one. Made once per story (:attr:`.story.Story.windows`):
    every claim is checked against many of the same windows."""
    key = (article_id, lo, hi)
    got = story.windows.get(key)
    if not isinstance(got, Window):
        got = story.windows[key] = _window_facts(story, article_id, lo, hi)
    return got


def _window_facts(story: Story, article_id: str, lo: int, hi: int) -> Window:
    facts = story.facts[article_id]
    parts = facts.span(lo, hi + 1)
    ev = Facts.union(parts)
    ctx = Facts.union([facts[0], *facts.span(lo - 2, hi + 2)])
    if story.datelines.get(article_id):
        # "flew here": the dateline says where "here" is
        ctx = replace(ctx, words=ctx.words | story.datelines[article_id])
    return Window(article_id, lo, hi, ev, ctx, facts[0], parts)


def candidate_windows(
    claim: Claim,
    singles: dict[int, float],
    facts: LazyFacts,
    content: Sequence[frozenset[str]],
    day: dt.date | None,
) -> list[tuple[int, int]]:
    """Candidate windows (first, last sentence), in order.

    Each candidate sentence (``singles``: its share of the claim's weight) is a window;
    so are up to ``max_window`` adjacent sentences around it when together they state
    ``window_gain`` more of the claim than their best part, and a pair where the
    neighbour holds the figure or the date a well-covering sentence leaves out (a
    filler). Every two sentences of a window other than a filler state one fact
    (:func:`cohesive`), or the second goes on with the first (``join_continuations``: a
    pronoun or a connective opens it). ``facts`` and ``content`` are the article's
    sentences, ``day`` its publication date."""
    windows: list[tuple[int, int]] = [(k, k) for k in singles]
    fillers: set[tuple[int, int]] = set()
    seen = set(windows)
    width = max(config.get().max_window, 1)

    def cover(lo: int, hi: int) -> float:
        union = claim.facts.content & frozenset().union(*content[lo : hi + 1])
        return claim.weight_of(union) / claim.total

    cfg = config.get()
    # the opposites of the claim's deeds, its past-tense verbs (data/antonyms.txt): a
    # neighbour saying one answers the claim's event ("... asked him to hand over bin
    # Laden." / "The Taliban ... refused." for "The Taliban agreed to ... hand over bin
    # Laden"); a claim's present "denies" is a stance, no deed a neighbour answers
    opposite = (
        frozenset().union(*(antonyms(v) for v in claim.events))
        if cfg.opposite_deeds >= 1
        else frozenset()
    )

    def fills(j: int) -> bool:
        # a sentence holding a figure, or a date agreeing with the claim's, or an
        # opposite of the claim's verb
        other = facts[j]
        return (
            bool(claim.facts.quantities and other.quantities)
            or any(
                compare(d, claim.published, e, day).status == "agrees"
                for d in claim.facts.dates
                for e in other.dates
            )
            or bool(opposite and opposite & (content[j] | negator_deeds(facts.text(j)).keys()))
        )

    for k in singles:
        for size in range(2, width + 1):
            for lo in range(k - size + 1, k + 1):
                hi = lo + size - 1
                if lo < 0 or hi >= len(content) or (lo, hi) in seen:
                    continue
                seen.add((lo, hi))
                if size == 2:
                    # the neighbour may hold the figure or the date the sentence
                    # leaves out, when the sentence itself states most of the claim
                    filled = fills(hi if lo == k else lo)
                    if filled and singles[k] >= cfg.support_coverage:
                        fillers.add((lo, hi))
                    best_part = max(singles.get(lo, 0.0), singles.get(hi, 0.0))
                else:
                    # the figure or the date a sentence stating most of the claim leaves
                    # out, one sentence further on: kept only if the three read as one
                    # statement (cohesive, below), unlike a neighbour filler
                    far = hi if lo == k else lo if hi == k else None
                    filled = (
                        cfg.far_fillers >= 1
                        and far is not None
                        and singles[k] >= cfg.support_coverage
                        and all(
                            cohesive(claim, content[i], content[j])
                            for i in range(lo, hi + 1)
                            for j in range(i + 1, hi + 1)
                        )
                        and fills(far)
                    )
                    best_part = max(cover(lo, hi - 1), cover(lo + 1, hi))
                if filled or cover(lo, hi) >= best_part + cfg.window_gain:
                    windows.append((lo, hi))
    join = config.get().join_continuations >= 1
    speaker = config.get().join_speaker >= 1
    return [
        (lo, hi)
        for lo, hi in windows
        if (lo, hi) in fillers
        or all(
            cohesive(claim, content[i], content[j])
            or (j == i + 1 and join and facts.continues[j])
            or (j == i + 1 and speaker and facts.same_speaker(j))
            for i in range(lo, hi + 1)
            for j in range(i + 1, hi + 1)
        )
    ]


def clause_candidates(
    claim: Claim,
    content: Sequence[frozenset[str]],
    cands: dict[int, float],
    singles: dict[int, float],
) -> set[int]:
    """Sentences, not already candidates, that state ``clause_conflict`` of the
    clause of one of the claim's figures or dates (its words as indexed)."""
    cfg = config.get()
    if cfg.clause_conflict > 1.0 or not claim.detail_clauses:
        return set()
    clauses = []
    for words in set(claim.detail_clauses.values()):
        weight = claim.weight_of(words)
        if weight > 0 and len(words) >= cfg.clause_conflict_words:
            clauses.append((words, weight))
    out = set()
    for k in cands:
        if k in singles:
            continue
        for words, weight in clauses:
            got = words & content[k]
            share = claim.weight_of(got) / weight
            if len(got) >= cfg.clause_conflict_words and share >= cfg.clause_conflict:
                out.add(k)
                break
    return out
