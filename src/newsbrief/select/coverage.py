"""The default selector: position-aware concept coverage, solved fast.

It keeps the Gillick & Favre idea (a summary is worth the concepts it covers, each counted
once, so repetition earns nothing) and changes what a concept is worth:

* **Independent sources.** A concept earns one vote per non-duplicate article that reports
  it, as in ICSISumm. Duplicates lost their vote in ``dedup``.
* **Where each source puts it.** News is written in inverted-pyramid order: what a reporter
  puts in the first sentences is what the story is about. An article's vote for a concept is
  ``1 + LEAD_BONUS / (1 + i / LEAD_SCALE)``, ``i`` being the index of the first sentence of
  that article that mentions it. This is what lets the method beat a lead baseline on web
  news (where the first paragraphs carry much of the story) and still use the other
  articles where lead is weak (wire clusters), without being told which kind it has.
* **Words as well as bigrams.** Content-word stems are concepts too, at ``UNIGRAM_WEIGHT``
  of a bigram: names and numbers that no second source phrases the same way still count.
* **Single-source material as a tie-break.** Concepts below ``min_df`` keep
  ``LOW_DF_WEIGHT`` of their vote instead of nothing, so a two-article story or a long
  budget is filled by the best-placed remaining material rather than left short.

``min_df`` is ICSISumm's: a quarter of the articles, at least two (a one-article story
has no corroboration to ask for, so there every concept counts fully).

The budgeted maximum-coverage problem is solved by cost-scaled greedy (Khuller et al.
1999; Lin & Bilmes 2010): take the sentence with the best gain per ``words ** RATIO_POWER``,
then compare with the best single sentence. It runs in pure Python in about 10 ms a
cluster, where an exact MILP takes 150 ms plus 0.5 s of ``scipy`` import. The exact
optimum of the same objective scores *lower* ROUGE on the dev set (it packs many short
sentences), and so does greedy with swap local search (``swap_rounds``), which raises the
objective: see ``docs/quality.md``. ``--method ilp`` keeps the exact, faithful ICSISumm
reference.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from ..concepts import is_unigram, sentence_units
from ..eligible import MIN_WORDS
from ..model import Sentence
from .base import Choice, Problem, register

# Constants below were chosen from principles and then checked for sensitivity on the DUC
# 2003 dev set (docs/quality.md has the tables); none is tuned to its best dev value.

# Extra vote a source gives a concept it states in its first sentence (1 = that first
# mention counts double). Halved by sentence LEAD_SCALE, a third by 2*LEAD_SCALE, ...
LEAD_BONUS = 2.0
# Sentences over which the lead bonus halves: the first paragraph or two of a news story.
LEAD_SCALE = 2.0
# Content words are a secondary unit, worth this share of a bigram: bigram coverage decides,
# word coverage refines. 0.25 and 0.5 tie on wire clusters; 0.25 is better on 2-5-article
# stories at 250 words (docs/quality.md, sensitivity); 1 lets common words crowd bigrams out.
UNIGRAM_WEIGHT = 0.25
# Concepts must come from this share of the independent articles (ICSISumm's 3 of 10).
MIN_DF_SHARE = 0.25
# Greedy ranks by gain / words**RATIO_POWER. 1 is plain gain per word, which favours short
# fragments; Lin & Bilmes found r < 1 better on DUC (they used 0.3). The square root is the
# midpoint; 0.3-0.6 all beat the ILP on the dev set (docs/quality.md).
RATIO_POWER = 0.5
# Concepts below min_df still count at this share of their vote: they only decide once the
# corroborated concepts are covered (two-source stories, long budgets), instead of leaving
# the budget unspent.
LOW_DF_WEIGHT = 0.1
# Swap rounds of local search after greedy (each a pass over all pairs). Off: it raises the
# coverage objective but not ROUGE, and costs time.
SWAP_ROUNDS = 0


@dataclass(frozen=True, slots=True)
class CoverageConfig:
    """Every choice of the method in one place, so experiments can vary one at a time."""

    lead_bonus: float = LEAD_BONUS
    lead_scale: float = LEAD_SCALE
    unigram_weight: float = UNIGRAM_WEIGHT
    min_df_share: float = MIN_DF_SHARE
    ratio_power: float = RATIO_POWER
    swap_rounds: int = SWAP_ROUNDS
    low_df_weight: float = LOW_DF_WEIGHT
    # Position = index among body sentences (6+ words), not among all lines.
    body_positions: bool = True
    # Units of an article's headline count as first-sentence mentions.
    title_as_lead: bool = True
    # Concept weight = votes ** vote_power; 1 is ICSISumm's linear document frequency.
    vote_power: float = 1.0


@dataclass(frozen=True, slots=True)
class WeightedConcepts:
    index: dict[str, int]
    weights: tuple[float, ...]
    by_candidate: tuple[tuple[int, ...], ...]
    unigrams: bool

    def ids_of(self, text: str) -> tuple[int, ...]:
        units = sentence_units(text, unigrams=self.unigrams)
        return tuple(sorted({self.index[u] for u in units if u in self.index}))


def min_df(n_docs: int, share: float) -> int:
    """A quarter of the articles, at least two: one article alone is not corroboration."""
    if n_docs <= 1:
        return 1
    return max(2, math.ceil(share * n_docs - 1e-9))


def weigh_concepts(problem: Problem, config: CoverageConfig) -> WeightedConcepts:
    """Concept weights from source votes scaled by where each source first states them.

    Only units found in some candidate get a weight: nothing else can be covered.
    """
    voters = {a.id for a in problem.articles}
    unigrams = config.unigram_weight > 0
    units_of = {
        (s.article_id, s.start): sentence_units(s.text, unigrams=unigrams)
        for s in problem.all_sentences
        if s.article_id in voters
    }
    for s in problem.candidates:  # api passes voters' sentences only; be safe for others
        key = (s.article_id, s.start)
        if key not in units_of:
            units_of[key] = sentence_units(s.text, unigrams=unigrams)
    wanted: set[str] = set()
    for s in problem.candidates:
        wanted.update(units_of[(s.article_id, s.start)])
    by_article: dict[str, list[Sentence]] = {}
    for s in problem.all_sentences:
        if s.article_id in voters:
            by_article.setdefault(s.article_id, []).append(s)
    top = max((len(v) for v in by_article.values()), default=0)
    bonus = [1.0 + config.lead_bonus / (1.0 + i / config.lead_scale) for i in range(top + 1)]
    votes: dict[str, float] = {}
    df: dict[str, int] = {}
    for a in problem.articles:
        # Where this article first states each unit (its headline counts as the lead).
        seen: dict[str, int] = {}
        if config.title_as_lead and a.title:
            seen = dict.fromkeys(sentence_units(a.title, unigrams=unigrams), 0)
        body = 0  # body sentences so far
        for s in by_article.get(a.id, ()):
            # Position counts body sentences only: a byline, "Updated" stamp or nav line
            # that a scraped page opens with must not push its real lead down the article.
            pos = body if config.body_positions else s.index
            if s.n_words >= MIN_WORDS:
                body += 1
            for u in units_of[(s.article_id, s.start)]:
                if u not in seen:
                    seen[u] = pos
        for u, pos in seen.items():
            if u in wanted:
                votes[u] = votes.get(u, 0.0) + bonus[pos]
                df[u] = df.get(u, 0) + 1
    threshold = min_df(len(voters), config.min_df_share)
    index: dict[str, int] = {}
    weights: list[float] = []
    for u, vote in votes.items():
        scale = 1.0 if df[u] >= threshold else config.low_df_weight
        if scale <= 0:
            continue
        if is_unigram(u):
            scale *= config.unigram_weight
        index[u] = len(weights)
        weights.append(scale * vote**config.vote_power)
    by_candidate = tuple(
        tuple(sorted({index[u] for u in units_of[(s.article_id, s.start)] if u in index}))
        for s in problem.candidates
    )
    return WeightedConcepts(index, tuple(weights), by_candidate, unigrams)


def _budget_ok(problem: Problem, n: int, used: int, length: int) -> bool:
    if problem.sentences is not None and n + 1 > problem.sentences:
        return False
    return problem.words is None or used + length <= problem.words


def greedy_cover(problem: Problem, wc: WeightedConcepts, config: CoverageConfig) -> list[int]:
    """Budgeted max coverage: cost-scaled greedy, best-single check, optional swap search."""
    w = wc.weights
    sets = wc.by_candidate
    lengths = problem.lengths
    n = len(sets)
    count = [0] * len(w)
    chosen: list[int] = []
    used = 0
    scale = [max(n_words, 1) ** config.ratio_power for n_words in lengths]
    # Lazy greedy (Minoux 1978): coverage gains only shrink as the summary grows, so a
    # stale key is an upper bound and only the heap's top needs recomputing. Ties go to
    # the earlier candidate, as in the plain greedy scan. Sentences that no longer fit are
    # dropped for good: the words used only grow.
    heap = [(-sum(w[c] for c in sets[j]) / scale[j], j) for j in range(n)]
    heapq.heapify(heap)
    while heap:
        if problem.sentences is not None and len(chosen) >= problem.sentences:
            break
        _, j = heapq.heappop(heap)
        if not _budget_ok(problem, len(chosen), used, lengths[j]):
            continue
        gain = sum(w[c] for c in sets[j] if count[c] == 0)
        if gain <= 0:
            continue
        item = (-gain / scale[j], j)
        if heap and heap[0] < item:
            heapq.heappush(heap, item)
            continue
        chosen.append(j)
        used += lengths[j]
        for c in sets[j]:
            count[c] += 1
    # Khuller's guarantee needs the best single sentence as a fallback.
    value = sum(w[c] for c in range(len(w)) if count[c])
    single = max(
        (j for j in range(n) if _budget_ok(problem, 0, 0, lengths[j])),
        key=lambda j: (sum(w[c] for c in sets[j]), -j),
        default=-1,
    )
    if single >= 0 and sum(w[c] for c in sets[single]) > value:
        chosen = [single]
        count = [0] * len(w)
        for c in sets[single]:
            count[c] += 1
        used = lengths[single]
    return _swap_search(problem, wc, chosen, count, used, config.swap_rounds)


def _swap_search(
    problem: Problem,
    wc: WeightedConcepts,
    chosen: list[int],
    count: list[int],
    used: int,
    rounds: int,
) -> list[int]:
    """Replace one chosen sentence by an unchosen one (or add one) while coverage grows."""
    w = wc.weights
    sets = wc.by_candidate
    lengths = problem.lengths
    n = len(sets)
    for _ in range(rounds):
        improved = False
        in_set = set(chosen)
        for pos in range(len(chosen) + 1):
            out = chosen[pos] if pos < len(chosen) else -1
            out_set = set(sets[out]) if out >= 0 else set()
            loss = sum(w[c] for c in out_set if count[c] == 1)
            base_used = used - (lengths[out] if out >= 0 else 0)
            base_n = len(chosen) - (1 if out >= 0 else 0)
            best_j, best_delta = -1, 1e-9
            for j in range(n):
                if j in in_set or not _budget_ok(problem, base_n, base_used, lengths[j]):
                    continue
                gain = sum(
                    w[c] for c in sets[j] if count[c] == 0 or (count[c] == 1 and c in out_set)
                )
                if gain - loss > best_delta:
                    best_j, best_delta = j, gain - loss
            if best_j < 0:
                continue
            if out >= 0:
                for c in sets[out]:
                    count[c] -= 1
                chosen[pos] = best_j
                in_set.discard(out)
            else:
                chosen.append(best_j)
            for c in sets[best_j]:
                count[c] += 1
            in_set.add(best_j)
            used = base_used + lengths[best_j]
            improved = True
        if not improved:
            break
    return chosen


def fill_choice(problem: Problem, wc: WeightedConcepts, chosen: list[int]) -> Choice | None:
    """With ``fill``, the sentence whose words up to the budget add the most coverage.

    Only the part that fits is valued: a reader cutting at the budget, like DUC's scorer,
    sees only that part.
    """
    if not problem.fill or problem.words is None:
        return None
    if problem.sentences is not None and len(chosen) >= problem.sentences:
        return None
    left = problem.words - sum(problem.lengths[j] for j in chosen)
    if left <= 0:
        return None
    covered = {c for j in chosen for c in wc.by_candidate[j]}
    taken = set(chosen)
    best: tuple[float, int] | None = None
    for j, s in enumerate(problem.candidates):
        if j in taken:
            continue
        units = wc.by_candidate[j]
        if problem.lengths[j] > left:
            prefix = " ".join(s.text.split()[:left])
            units = wc.ids_of(prefix)
        gain = sum(wc.weights[c] for c in units if c not in covered)
        if gain > 0 and (best is None or gain > best[0]):
            best = (gain, j)
    return None if best is None else Choice(best[1], best[0], filler=True)


def select_with(problem: Problem, config: CoverageConfig) -> list[Choice]:
    if not problem.candidates:
        return []
    wc = weigh_concepts(problem, config)
    picked = greedy_cover(problem, wc, config)
    covered: set[int] = set()
    out = []
    for j in sorted(picked):
        gain = sum(wc.weights[c] for c in wc.by_candidate[j] if c not in covered)
        covered.update(wc.by_candidate[j])
        out.append(Choice(j, float(gain)))
    extra = fill_choice(problem, wc, picked)
    return out if extra is None else [*out, extra]


@register("coverage")
def select_coverage(problem: Problem) -> list[Choice]:
    return select_with(problem, CoverageConfig())
