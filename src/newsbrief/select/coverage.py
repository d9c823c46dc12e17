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

import functools
import heapq
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import itemgetter, mul, not_
from typing import TYPE_CHECKING, TypeVar

from ..concepts import event_units, sentence_units, units_memo
from ..eligible import (
    MIN_WORDS,
    Surnames,
    TopicWords,
    announces,
    dependency,
    may_be_unintroduced,
    mentions,
    named_before,
    no_comment,
    points_back,
    refers_to,
    relative_adverb,
    story_surnames,
    story_topics,
    unintroduced,
)
from ..furniture import sentence_key, story_furniture
from ..model import Article, Sentence, Support
from ..text import word_count
from .base import Choice, Problem, fits, register
from .dateline import needs_dateline

if TYPE_CHECKING:
    from ..attribution.align import StoryIndex
    from ..attribution.claim import Claim

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
# Cross-source alignment (the attribution aligner: the same fact in other words) runs on
# stories of at most ALIGN_MAX_ARTICLES independent articles and ALIGN_MAX_SENTENCES
# sentences: web stories of two to five pages, where few outlets share wording and n-gram
# votes miss corroboration. Larger clusters (ten wire reports) have enough shared wording
# for the votes, and aligning them would cost about 60 ms a cluster, twice the rest of the
# pipeline.
ALIGN_MAX_ARTICLES = 5
ALIGN_MAX_SENTENCES = 150
# Candidates aligned per story: the best by initial gain per word, dependents included.
ALIGN_SHORTLIST = 24
# A fact stated by several sources in other words is worth this many bigram votes per
# source that states it (on top of its words' own votes). Chosen by 2-fold
# cross-validation on two-article stories (docs/quality.md).
FACT_WEIGHT = 2.0
# Share of a sentence's content words already in the summary at which it is taken as a
# restatement of facts the summary has, and skipped (1 = off).
RESTATE_SHARE = 0.7


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
    # Position = index of the body paragraph instead of the body sentence.
    paragraph_positions: bool = False
    # A modular centrality term: each candidate is also worth centroid_weight x the
    # number of articles x the mean document share of its content words (0 = off).
    centroid_weight: float = 0.0
    # Units of an article's headline count as first-sentence mentions.
    title_as_lead: bool = True
    # Concept weight = votes ** vote_power; 1 is ICSISumm's linear document frequency.
    vote_power: float = 1.0
    # Dependent sentences ("He urges...") may come with the sentence before them ...
    dependents: bool = True
    # ... only when they state a fact another source reports too (cross-source alignment).
    dependents_corroborated: bool = True
    # Pronoun openers count as standing alone (the old ablation switch).
    pronoun_openers: bool = False
    # A definite noun phrase in the opening words whose noun the previous sentence
    # introduces ("the recording") makes a sentence lean on that sentence.
    definite_refs: bool = True
    # A sentence naming someone by surname only ("Dorrian said") is usable only after a
    # summary sentence that names the long form ("Col. John Dorrian"), shown before it.
    surnames: bool = True
    # ... except a name the story is about (in half its articles or a headline, as
    # ``eligible.TopicWords``): its reader knows who "Pinochet" is.
    surname_topics: bool = True
    # ... but such a name too must be given in full somewhere in the summary (shown
    # first by ``order.order_sentences``): "Xu" needs a sentence naming "Xu Wenli".
    # Off: it cost 0.19 R-1 and 0.26 R-2 (docs/quality.md).
    surname_topics_named: bool = False
    # ... and names written family name first ("Xu Wenli" ... "Xu said"): the word before
    # a name's last word when that last word never stands apart from it.
    surnames_family_first: bool = True
    # A definite description in the opening clause, subject or object ("held back the
    # crowds"), that no earlier sentence of its article and no word the story is about
    # introduces is usable only after a summary sentence that names it, shown before it.
    definite_introduced: bool = True
    # ... and so does a definite subject whose noun its article named before ("The
    # e-mail message, written by ..." after "a secret e-mail message"): "the" points back
    # to that mention, which the summary has not shown (``eligible.named_before``) ...
    definite_named_before: bool = True
    # ... and a reporting aside's definite source ("..., the memo said, ...").
    source_named_before: bool = True
    # ... and a definite description closing an opening prepositional phrase ("In the
    # recording, al-Baghdadi rallies ...": the article named "an audio recording" before).
    opening_phrase_named_before: bool = True
    # ... and so does a demonstrative description anywhere in the sentence ("in this
    # impoverished archipelago": the dateline's place, which a summary does not show).
    demonstratives: bool = True
    # A sentence that only announces what follows ("Two questions now hang over the
    # airline.") is never shown: the sentences it announces cannot come with it.
    announcements: bool = True
    # A short sentence that only says someone would not comment ("Police at the port
    # declined to comment.") states no event: never shown.
    no_comment: bool = True
    # A sentence ending on a pro-form ("... is not stopping there.") leans on the one
    # before it, like one opening on a pronoun.
    points_back: bool = True
    # ... and one placing its event after one told before ("The union later decided
    # ..."), like one opening on "Later,". Off: it cost 0.13 R-1 (docs/quality.md).
    relative_adverbs: bool = False
    # Definite subjects match the previous sentence's words by stem ("the isolation",
    # "isolating"), not only by form.
    definite_stems: bool = True
    # "The reports, officials said, ...": a reporting aside is not an appositive name.
    definite_asides: bool = True
    # An uncorroborated dependent sentence may still join right after its antecedent
    # once that antecedent is in the summary (then it costs only its own words).
    attach_dependents: bool = True
    align_max_sentences: int = ALIGN_MAX_SENTENCES
    align_max_articles: int = ALIGN_MAX_ARTICLES
    align_shortlist: int = ALIGN_SHORTLIST
    fact_weight: float = FACT_WEIGHT
    # A sentence whose content words are at least this share already in the summary
    # restates what it says (1 = off). Chosen by cross-validation (docs/quality.md).
    restate_share: float = RESTATE_SHARE
    # A candidate that a summary sentence of another outlet supports by the attribution
    # aligner's main-event test (its main event and the details bound to it stated,
    # nothing in conflict: ``attribution.rules.support_rule``) restates a fact the
    # summary has in other words, and is skipped (``_Supported``). Off: on DUC 2003 it
    # caught 1 of 5 summaries stating a fact twice, at 3 times the selection time
    # (docs/quality.md, s33 rdS).
    supported_restates: bool = False
    # Leave out a sentence whose place is its article's trimmed dateline ("flew here",
    # "arrived Saturday for a visit": ``select.dateline``); s28 fxM.
    dateline_places: bool = True
    # In an aligned story told within one news cycle, every article's lede states the same
    # main event: one lede per summary.
    one_lede: bool = False
    # Extra share of weight for bigrams binding a figure to what it counts ("12 people").
    event_bonus: float = 0.0
    # Below min_df, scale a concept's vote by (df / min_df) ** low_df_power instead of the
    # flat low_df_weight (0 = flat): a smooth ramp up to the corroboration threshold.
    low_df_power: float = 0.0
    # Articles sharing at least this share of their body sentences are versions of one
    # report (a wire write-through): their votes for a concept count as one source's, the
    # best plus version_vote of the rest (0 = off).
    version_share: float = 0.0
    version_vote: float = 0.0
    # Work out a candidate's unit (does it lean on the sentence before? whom does it
    # name?) only when greedy selection reaches it: the same choices, less work. Off:
    # every candidate's unit first (the reference the tests compare with).
    lazy_units: bool = True
    # With publication times, a candidate stating a running total that a later day's
    # report moved on from (the story's developments) gives way to the current figure.
    superseded_figures: bool = True
    # ... also in a story the aligner does not read (more than ``align_max_articles``
    # articles), read from the leads (:func:`_latest_count`). Off: on DUC 2003 it cost
    # 0.12 ROUGE-1 and 2.5 times the selection time (docs/quality.md).
    latest_count_unaligned: bool = False


V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class WeightedConcepts:
    index: dict[str, int]
    weights: tuple[float, ...]
    by_candidate: tuple[tuple[int, ...], ...]
    unigrams: bool
    word_ids: frozenset[int] = frozenset()  # the ids of content-word (unigram) concepts

    def ids_of(self, text: str) -> tuple[int, ...]:
        units = sentence_units(text, unigrams=self.unigrams)
        return tuple(sorted(map(self.index.__getitem__, self.index.keys() & units)))


def min_df(n_docs: int, share: float) -> int:
    """A quarter of the articles, at least two: one article alone is not corroboration."""
    if n_docs <= 1:
        return 1
    return max(2, math.ceil(share * n_docs - 1e-9))


def versions(problem: Problem, share: float) -> dict[str, str]:
    """Article id -> one id per group of versions, for articles that share at least
    ``share`` of the shorter one's body sentences (content words compared) with another."""
    from ..text import content_stems

    keys: dict[str, set[str]] = {}
    for s in problem.all_sentences:
        if s.n_words >= MIN_WORDS:
            keys.setdefault(s.article_id, set()).add(" ".join(content_stems(s.text)))
    ids = [a.id for a in problem.articles if a.id in keys]
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            ka, kb = keys[a], keys[b]
            if len(ka & kb) >= share * min(len(ka), len(kb)):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[rb] = ra
    out = {i: find(i) for i in ids}
    members: dict[str, int] = {}
    for root in out.values():
        members[root] = members.get(root, 0) + 1
    return {i: r for i, r in out.items() if members[r] > 1}


def _vote_as_version(
    seen: dict[str, int],
    wanted: set[str],
    bonus: list[float],
    best: dict[str, float],
    votes: dict[str, float],
    df: dict[str, int],
    share: float,
) -> None:
    """An article's votes when it is one of several versions of a report: for a unit an
    earlier version voted for, the better vote counts fully and the other at ``share``."""
    for u in [u for u in seen if u in wanted]:  # in text order: ids must not hang on hash seeds
        b = bonus[seen[u]]
        got = best.get(u)
        if got is None:
            best[u] = b
            votes[u] = votes.get(u, 0.0) + b
            df[u] = df.get(u, 0) + 1
            continue
        hi, lo = max(got, b), min(got, b)
        votes[u] += hi - got + share * lo
        best[u] = hi


def weigh_concepts(problem: Problem, config: CoverageConfig) -> WeightedConcepts:
    """Concept weights from source votes scaled by where each source first states them.

    Only units found in some candidate get a weight: nothing else can be covered.
    """
    voters = {a.id for a in problem.articles}
    unigrams = config.unigram_weight > 0
    units = units_memo(unigrams)
    units_of = {
        (s.article_id, s.start): units(s.text)  # sentence_units, one frame less
        for s in problem.all_sentences
        if s.article_id in voters
    }
    for s in problem.candidates:  # api passes voters' sentences only; be safe for others
        key = (s.article_id, s.start)
        if key not in units_of:
            units_of[key] = sentence_units(s.text, unigrams=unigrams)
    cand_units = [units_of[(s.article_id, s.start)] for s in problem.candidates]
    by_article: dict[str, list[Sentence]] = {}
    for s in problem.all_sentences:
        if s.article_id in voters:
            by_article.setdefault(s.article_id, []).append(s)
    top = max((len(v) for v in by_article.values()), default=0)
    bonus = [1.0 + config.lead_bonus / (1.0 + i / config.lead_scale) for i in range(top + 1)]
    groups = versions(problem, config.version_share) if config.version_share > 0 else {}
    mine = all(s.article_id in voters for s in problem.candidates)
    threshold = min_df(len(voters), config.min_df_share)
    default = config.low_df_power <= 0 < config.low_df_weight and not config.event_bonus
    if not groups and mine:
        votes, again = _merged_votes(problem, by_article, units_of, bonus, config)
        # Units no candidate holds (other sentences' and headlines') get no concept; a
        # deletion leaves the others' order as it is.
        cands = {(s.article_id, s.start) for s in problem.candidates}
        others = [us for k, us in units_of.items() if k not in cands]
        if config.title_as_lead:
            others += [
                sentence_units(a.title, unigrams=unigrams) for a in problem.articles if a.title
            ]
        # The units of others that no candidate holds: taken from the few others' units,
        # not by collecting every candidate's (the same set, a fraction of the work).
        unwanted = set(chain.from_iterable(others))
        for us in cand_units:
            unwanted.difference_update(us)
            if not unwanted:
                break
        for u in unwanted:
            votes.pop(u, None)
        if default:
            return _with_candidates(
                *_default_weights(votes, again, threshold, config), cand_units, unigrams
            )
        df = Counter(votes.keys())  # one vote each, then the other articles'
        df.update(again)
    else:
        wanted: set[str] = set(chain.from_iterable(cand_units))
        votes, df = _article_votes(problem, by_article, units_of, bonus, wanted, groups, config)
    events: set[str] = set()
    if config.event_bonus:
        for s in problem.all_sentences:
            if s.article_id in voters:
                events.update(event_units(s.text))
    index: dict[str, int] = {}
    weights: list[float] = []
    word_ids: set[int] = set()
    # Runs once per voted unit (thousands per story): settings read once, is_unigram inlined.
    low_df_power, low_df_weight = config.low_df_power, config.low_df_weight
    unigram_weight, event_bonus, vote_power = (
        config.unigram_weight,
        config.event_bonus,
        config.vote_power,
    )
    for u, vote in votes.items():
        n = df[u]
        if n >= threshold:
            scale = 1.0
        elif low_df_power > 0:
            scale = (n / threshold) ** low_df_power
        else:
            scale = low_df_weight
        if scale <= 0:
            continue
        if " " not in u:  # is_unigram
            scale *= unigram_weight
            word_ids.add(len(weights))
        elif u in events:
            scale *= 1.0 + event_bonus
        index[u] = len(weights)
        weights.append(scale * vote**vote_power)
    if not mine or len(index) < len(votes):  # key-view intersection, in C
        keys = index.keys()
        return WeightedConcepts(
            index,
            tuple(weights),
            tuple(tuple(sorted(map(index.__getitem__, keys & us))) for us in cand_units),
            unigrams,
            frozenset(word_ids),
        )
    return _with_candidates(index, weights, word_ids, cand_units, unigrams)


def _with_candidates(
    index: dict[str, int],
    weights: list[float],
    word_ids: set[int],
    cand_units: list[tuple[str, ...]],
    unigrams: bool,
) -> WeightedConcepts:
    """The concepts with each candidate's concept ids, for candidates whose every unit
    has an id (every unit of a voter's sentence has a vote), so no intersection."""
    ids = index.__getitem__
    by_candidate = tuple(tuple(sorted(set(map(ids, us)))) for us in cand_units)
    return WeightedConcepts(index, tuple(weights), by_candidate, unigrams, frozenset(word_ids))


def _default_weights(
    votes: dict[str, float], again: Counter[str], threshold: int, config: CoverageConfig
) -> tuple[dict[str, int], list[float], set[int]]:
    """Ids, weights and content-word ids under the default settings (every voted unit a
    concept, at one of four scales): the ids and floats of the general loop in
    :func:`weigh_concepts`, built by passes in C. A unit voted by one article only (most
    of them) has the low scale unless one article is corroboration enough."""
    index = dict(zip(votes, range(len(votes)), strict=True))
    low_df_weight, unigram_weight = config.low_df_weight, config.unigram_weight
    word_scale, low_word_scale = 1.0 * unigram_weight, low_df_weight * unigram_weight
    bigram = [" " in u for u in votes]
    scale_of = [low_word_scale, low_df_weight] if threshold > 1 else [word_scale, 1.0]
    scales = list(map(scale_of.__getitem__, bigram))
    for u, n in again.items():
        if n + 1 >= threshold:  # df: the first article and n more
            i = index.get(u)
            if i is not None:
                scales[i] = 1.0 if bigram[i] else word_scale
    power = config.vote_power
    # x ** 1.0 is x: the same floats without a pow call per unit
    vote = votes.values() if power == 1.0 else [v**power for v in votes.values()]
    weights = list(map(mul, scales, vote))
    word_ids = set(compress(range(len(bigram)), map(not_, bigram)))
    return index, weights, word_ids


def _first_mentions(
    a: Article,
    sentences: list[Sentence],
    units_of: dict[tuple[str, int], tuple[str, ...]],
    at: Sequence[V],
    config: CoverageConfig,
) -> dict[str, V]:
    """Each unit of article ``a`` -> ``at[i]``, ``i`` the position of the first sentence
    stating it (its headline counts as the lead, position 0), in the order the votes use."""
    placed: list[tuple[int, tuple[str, ...]]] = []
    body = 0  # body sentences (or paragraphs) so far
    last_paragraph = -1
    for s in sentences:
        long = word_count(s.text) >= MIN_WORDS  # s.n_words, memoised
        # Position counts body sentences only: a byline, "Updated" stamp or nav line
        # that a scraped page opens with must not push its real lead down the article.
        if config.paragraph_positions and long:
            if s.paragraph != last_paragraph and last_paragraph >= 0:
                body += 1
            last_paragraph = s.paragraph
        placed.append(
            (body if config.body_positions else s.index, units_of[(s.article_id, s.start)])
        )
        if long and not config.paragraph_positions:
            body += 1
    # Written last sentence first, so each unit keeps its earliest position: a later
    # pair overwrites the value but not the key's place (one dict built in C; the
    # per-unit "first time seen?" loop was most of this stage).
    rev = placed[::-1]
    seen: dict[str, V] = dict(
        zip(
            chain.from_iterable([u for _, u in rev]),
            chain.from_iterable([repeat(at[pos], len(u)) for pos, u in rev]),
            strict=True,
        )
    )
    if config.title_as_lead and a.title:
        unigrams = config.unigram_weight > 0
        seen.update(dict.fromkeys(sentence_units(a.title, unigrams=unigrams), at[0]))
    return seen


def _merged_votes(
    problem: Problem,
    by_article: dict[str, list[Sentence]],
    units_of: dict[tuple[str, int], tuple[str, ...]],
    bonus: list[float],
    config: CoverageConfig,
) -> tuple[dict[str, float], Counter[str]]:
    """Every unit's vote, keyed in the order units first get one, and for each unit
    voted by several articles how many voted after the first.

    The same floats as adding an article's vote to each of its units in turn: most units
    are stated by one article only, so an article's votes join by one ``dict.update``
    (new units keep its order), and only the units an earlier article voted for are
    added one by one (``earlier + this``, as the loop adds).
    """
    votes: dict[str, float] = {}
    again: Counter[str] = Counter()
    for a in problem.articles:
        mine = _first_mentions(a, by_article.get(a.id, []), units_of, bonus, config)
        both = mine.keys() & votes.keys()
        for u in both:
            mine[u] = votes[u] + mine[u]
        votes.update(mine)
        again.update(both)
    return votes, again


def _article_votes(
    problem: Problem,
    by_article: dict[str, list[Sentence]],
    units_of: dict[tuple[str, int], tuple[str, ...]],
    bonus: list[float],
    wanted: set[str],
    groups: dict[str, str],
    config: CoverageConfig,
) -> tuple[dict[str, float], Counter[str]]:
    """Votes and document frequencies of the wanted units, article by article: the
    general form (versions of one report vote as one source), one unit at a time."""
    votes: dict[str, float] = {}
    df: Counter[str] = Counter()
    best_of: dict[str, dict[str, float]] = {g: {} for g in set(groups.values())}
    positions = range(len(bonus))
    for a in problem.articles:
        seen = _first_mentions(a, by_article.get(a.id, []), units_of, positions, config)
        group = groups.get(a.id)
        if group is not None:
            _vote_as_version(seen, wanted, bonus, best_of[group], votes, df, config.version_vote)
            continue
        # In the text's order, not a set's: the order fixes the concept ids and so the float
        # sums of gains, and a set's order changes with PYTHONHASHSEED (ties then flip).
        common = [u for u in seen if u in wanted]
        vote_of = votes.get
        for u in common:  # insertion order of votes fixes the concept ids: keep this loop
            votes[u] = vote_of(u, 0.0) + bonus[seen[u]]
        df.update(common)  # counted in C
    return votes, df


def _budget_ok(problem: Problem, n: int, used: int, length: int, k: int = 1) -> bool:
    """Whether ``k`` more sentences of ``length`` words fit after ``n`` sentences and
    ``used`` words."""
    if problem.sentences is not None and n + k > problem.sentences:
        return False
    return problem.words is None or used + length <= problem.words


def build_units(
    problem: Problem, config: CoverageConfig, banned: frozenset[int] = frozenset()
) -> list[tuple[int, ...]]:
    """What greedy may add: a sentence that stands alone, or a dependent sentence together
    with the one before it in its article (which must stand alone), antecedent first."""
    return [u for u, need in build_units_needing(problem, config, banned) if not need]


Needs = tuple[frozenset[int], ...]  # each set: one of these must already be in the summary


def build_units_needing(
    problem: Problem, config: CoverageConfig, banned: frozenset[int] = frozenset()
) -> list[tuple[tuple[int, ...], Needs]]:
    """:func:`build_units`, plus units usable only once the summary holds other sentences:
    a sentence naming someone by surname only needs one that names the long form and is
    shown before it (``order.order_key``); its unit carries the candidates that would."""
    units = UnitBuilder(problem, config, banned)
    return [u for u in map(units.unit_of, range(len(problem.candidates))) if u is not None]


class UnitBuilder:
    """Each candidate's unit (:func:`build_units_needing`), worked out when first asked.

    Whether a sentence leans on the one before it is a regular-expression test or two;
    greedy selection asks it only of the few candidates that reach the top of its heap
    while they still fit (:func:`lazy_greedy_cover`), not of all of them.
    """

    def __init__(self, problem: Problem, config: CoverageConfig, banned: Container[int]):
        self.problem, self.config, self.banned = problem, config, banned
        self.at = {(s.article_id, s.start): j for j, s in enumerate(problem.candidates)}
        previous: dict[tuple[str, int], Sentence] = {}
        last: dict[str, Sentence] = {}
        for s in problem.all_sentences:
            prev = last.get(s.article_id)
            if prev is not None:
                previous[(s.article_id, s.start)] = prev
            last[s.article_id] = s
        self.previous = previous
        self.known: Container[str] = (
            story_topics(
                [a.text for a in problem.articles], [a.title or "" for a in problem.articles]
            )
            if config.definite_refs
            else frozenset()
        )
        n = len(problem.candidates)
        self._alone: list[bool | None] = [None] * n
        self._units: dict[int, tuple[tuple[int, ...], Needs] | None] = {}
        self._names: list[tuple[frozenset[str], frozenset[str]] | None] = [None] * n
        self._topical: dict[int, frozenset[str]] = {}
        self._namers: dict[str, list[int]] = {}  # surname -> candidates naming its long form
        self._introducers: dict[str, list[int]] = {}
        self._nouns: list[frozenset[str] | None] = [None] * n
        self._subject_nouns: list[frozenset[str] | None] = [None] * n
        self._named: dict[int, frozenset[str]] = {}
        self._noun_intro: dict[str, list[int]] = {}
        self._lowered: dict[str, str] = {}
        self._lowered_texts: list[str] | None = None
        self._surnames: Surnames | None = None
        self._topics: Container[str] = frozenset()
        if config.surnames:
            # the order asks for the same story's surnames: worked out once for both
            self._surnames = story_surnames(
                [a.text for a in problem.articles],
                self.known.lowered if isinstance(self.known, TopicWords) else None,
                family_first=config.surnames_family_first,
            )
            self._topics = (
                self.known
                if config.definite_refs
                else story_topics(
                    [a.text for a in problem.articles], [a.title or "" for a in problem.articles]
                )
            )
        self._by_id = {a.id: a for a in problem.articles}
        self._keys: dict[int, tuple[object, ...]] = {}

    def names(self, j: int) -> tuple[frozenset[str], frozenset[str]]:
        """(surnames candidate ``j`` names in a long form, surnames it uses alone that the
        reader needs introduced)."""
        got = self._names[j]
        if got is None:
            if self._surnames is None:
                got = (frozenset(), frozenset())
            else:
                named, bare = self._surnames.of(self.problem.candidates[j].text)
                if self.config.surname_topics and bare:
                    topical = frozenset(k for k in bare if k.lower() in self._topics)
                    bare = bare - topical
                    if self.config.surname_topics_named:
                        self._topical[j] = topical
                got = (named, bare)
            self._names[j] = got
        return got

    def topical(self, j: int) -> frozenset[str]:
        """Surnames of names the story is about that candidate ``j`` uses alone: the
        summary must name them in full somewhere (not necessarily before)."""
        self.names(j)
        return self._topical.get(j, frozenset())

    def _topic_words(self) -> Container[str]:
        if isinstance(self.known, TopicWords):
            return self.known
        if not isinstance(self._topics, TopicWords):
            arts = self.problem.articles
            self._topics = story_topics([a.text for a in arts], [a.title or "" for a in arts])
        return self._topics

    def _lowered_candidates(self) -> list[str]:
        """The candidates' texts lower-cased, once for every noun looked up in them."""
        if self._lowered_texts is None:
            self._lowered_texts = [c.text.lower() for c in self.problem.candidates]
        return self._lowered_texts

    def _lower(self, article_id: str) -> str:
        got = self._lowered.get(article_id)
        if got is None:
            a = self._by_id.get(article_id)
            got = self._lowered[article_id] = (
                "" if a is None else f"{(a.title or '').lower()}\n{a.text.lower()}"
            )
        return got

    def nouns(self, j: int, *, subject: bool = False) -> frozenset[str]:
        """The definite descriptions of candidate ``j``'s opening clause that nothing
        before it in its article (nor the story's topic) introduces (``subject``: the one
        it opens with, if any)."""
        memo = self._subject_nouns if subject else self._nouns
        got = memo[j]
        if got is None:
            got = frozenset()
            s = self.problem.candidates[j]
            if self.config.definite_introduced and may_be_unintroduced(
                s.text, subject=subject, demonstratives=self.config.demonstratives
            ):
                a = self._by_id.get(s.article_id)
                title = len(a.title or "") + 1 if a is not None else 0
                got = unintroduced(
                    s.text,
                    lambda: self._lower(s.article_id),  # only for a sentence with one
                    self._topic_words(),
                    subject=subject,
                    demonstratives=self.config.demonstratives,
                    until=title + s.start,  # cut only when it has a description
                )
            memo[j] = got
        return got

    def named(self, j: int) -> frozenset[str]:
        """The nouns of candidate ``j``'s definite subject or reporting source that its
        article named before it (``eligible.named_before``): "the" points back to that
        mention, so a summary sentence naming the noun must come before it (the sentence
        before it in its article does not do in its place, as it may for
        :meth:`nouns`: had it named the noun, ``j`` would lean on it)."""
        got = self._named.get(j)
        if got is None:
            got = frozenset()
            config = self.config
            if (
                config.definite_named_before
                or config.source_named_before
                or config.opening_phrase_named_before
            ):
                s = self.problem.candidates[j]
                a = self._by_id.get(s.article_id)
                title = len(a.title or "") + 1 if a is not None else 0
                got = named_before(
                    s.text,
                    lambda: self._lower(s.article_id),
                    self._topic_words(),
                    subject=config.definite_named_before,
                    asides=config.source_named_before,
                    phrases=config.opening_phrase_named_before,
                    until=title + s.start,
                )
            self._named[j] = got
        return got

    def _namers_of(self, k: str) -> list[int]:
        """The candidates naming surname ``k`` in a long form, in order (each holds ``k``
        as a substring, a cheap test before its names are read)."""
        got = self._namers.get(k)
        if got is None:
            got = self._namers[k] = [
                j
                for j, s in enumerate(self.problem.candidates)
                if k in s.text and k in self.names(j)[0]
            ]
        return got

    def _leans(self, s: Sentence) -> bool:
        config = self.config
        if config.points_back and points_back(s.text):
            return True
        if config.relative_adverbs and relative_adverb(s.text):
            return True
        if config.pronoun_openers:  # the old ablation: only the other shapes count
            return dependency(s, allow_pronoun_openers=True) is not None
        prev = self.previous.get((s.article_id, s.start)) if config.definite_refs else None
        return refers_to(
            s.text,
            prev.text if prev is not None else None,
            self.known,
            stems=config.definite_stems,
            asides=config.definite_asides,
        )

    def alone(self, j: int) -> bool:
        """Not banned, and readable without the sentence before it."""
        got = self._alone[j]
        if got is None:
            got = self._alone[j] = (
                j not in self.banned
                and not self._leans(self.problem.candidates[j])
                and not self._announces(j)
                and not self.nouns(j, subject=True)
            )
        return got

    def _announces(self, j: int) -> bool:
        text = self.problem.candidates[j].text
        config = self.config
        return (config.announcements and announces(text)) or (
            config.no_comment and no_comment(text)
        )

    def _key(self, j: int) -> tuple[object, ...]:
        got = self._keys.get(j)
        if got is None:
            from ..order import order_key

            got = self._keys[j] = order_key(self.problem.candidates[j], self._by_id)
        return got

    def _needs(
        self,
        first: int,
        missing: frozenset[str],
        nouns: frozenset[str] = frozenset(),
        anywhere: frozenset[str] = frozenset(),
        near: int | None = None,
        named: frozenset[str] = frozenset(),
    ) -> Needs | None:
        """For each surname and each definite description not introduced, the
        introducers shown before ``first``, and for each surname of ``anywhere`` the
        introducers wherever they are shown; None if one has none. ``near``: the
        sentence before ``first`` in its article, which introduces its descriptions too
        (in other words: "Fire swept through the mill. What started the blaze ...")."""
        out: list[frozenset[int]] = []
        for k in sorted(anywhere) if anywhere else ():
            intro = self._introducers.get(k)
            if intro is None:
                intro = self._introducers[k] = [i for i in self._namers_of(k) if self.alone(i)]
            if not intro:
                return None
            out.append(frozenset(intro))
        wanted = sorted(nouns | named) if nouns or named else ()
        for noun in wanted:
            intro = self._noun_intro.get(noun)
            if intro is None:  # the candidates that name it and stand alone
                lowered = self._lowered_candidates()
                intro = self._noun_intro[noun] = [
                    i for i, c in enumerate(lowered) if noun[:3] in c and mentions(noun, c)
                ]
            # shown before it (a cheap key) and standing alone (a costlier test), both
            got = frozenset(
                i for i in intro if i != first and self._key(i) < self._key(first) and self.alone(i)
            )
            if near is not None and noun in nouns:
                got |= {near}
            if not got:
                return None
            out.append(got)
        for k in sorted(missing):
            # the candidates naming its long form, shown before it, that stand alone (the
            # costlier test last: only the ones shown before are asked)
            got = frozenset(
                i for i in self._namers_of(k) if self._key(i) < self._key(first) and self.alone(i)
            )
            if not got:
                return None
            out.append(got)
        return tuple(out)

    def _near(self, j: int) -> int | None:
        """The candidate right before ``j`` in its article, when it stands alone."""
        s = self.problem.candidates[j]
        prev = self.previous.get((s.article_id, s.start))
        p = self.at.get((prev.article_id, prev.start)) if prev is not None else None
        return p if p is not None and self.alone(p) else None

    def unit_of(self, j: int) -> tuple[tuple[int, ...], Needs] | None:
        """The unit candidate ``j`` ends (itself, or its antecedent and itself) and what
        it needs, or None if it can be in no summary."""
        if j in self._units:
            return self._units[j]
        got = self._units[j] = self._unit_of(j)
        return got

    def _unit_of(self, j: int) -> tuple[tuple[int, ...], Needs] | None:
        if j in self.banned:
            return None
        if self.alone(j):
            nouns = self.nouns(j)
            near = self._near(j) if nouns else None
            need = self._needs(j, self.names(j)[1], nouns, self.topical(j), near, self.named(j))
            return None if need is None else ((j,), need)
        if not self.config.dependents or self._announces(j):
            return None
        s = self.problem.candidates[j]
        prev = self.previous.get((s.article_id, s.start))
        p = self.at.get((prev.article_id, prev.start)) if prev is not None else None
        if p is not None and self.alone(p):
            (named_p, bare_p), bare_j = self.names(p), self.names(j)[1]
            # j's descriptions are p's to introduce: only p's own need a sentence before
            topical = (self.topical(p) | self.topical(j)) - named_p
            nouns = self.nouns(p)
            near = self._near(p) if nouns else None
            need = self._needs(p, (bare_p | bare_j) - named_p, nouns, topical, near, self.named(p))
            return None if need is None else ((p, j), need)
        return None


class _Supported:
    """Whether a candidate states nothing the summary does not: a summary sentence of
    another outlet supports it by the attribution aligner's test (its main event and the
    details bound to it agree: ``attribution.rules.support_rule``).

    Why: two outlets tell one fact in their own words ("Most victims have been the
    homeless or men who passed out from drinking" / "..., with most victims homeless or
    passed out from alcohol"), sharing too few words for the restatement test
    (``restate_share``); once one is in the summary, the other adds only its wording.
    The test is lexical, so paraphrases in other verbs and nouns ("hand over the two
    defendants" / "turn the men over") pass it: off by default (docs/quality.md, s33
    rdS). The story index is built on first use (only a unit about to join the summary
    is asked), and each pair is judged once. A class of the module, not a closure, for
    the reason :class:`_AloneAfter` gives."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self._index: StoryIndex | None = None
        self._at: dict[tuple[str, int], int] = {}  # (article, start) -> index position
        self._claims: dict[int, tuple[Claim, dict[str, dict[int, float]]]] = {}
        self._pairs: dict[tuple[int, int], bool] = {}

    def _story(self) -> StoryIndex:
        if self._index is None:
            from ..attribution.align import StoryIndex

            voters = {a.id for a in self.problem.articles}
            own = [s for s in self.problem.all_sentences if s.article_id in voters]
            self._index = StoryIndex(self.problem.articles, own)
            for aid, sents in self._index.sentences.items():
                for k, s in enumerate(sents):
                    self._at[(aid, s.start)] = k
        return self._index

    def __call__(self, j: int, summary: Iterable[int]) -> bool:
        cands = self.problem.candidates
        mine = cands[j].article_id
        for i in summary:
            if cands[i].article_id == mine:
                continue  # its own article's context would hold the candidate itself
            got = self._pairs.get((j, i))
            if got is None:
                got = self._pairs[(j, i)] = self._supports(i, j)
            if got:
                return True
        return False

    def _supports(self, i: int, j: int) -> bool:
        """Whether summary sentence ``i`` supports candidate ``j``."""
        from ..attribution import config as attribution_config
        from ..attribution.clauses import undated
        from ..attribution.rules import support_rule

        index = self._story()
        s, t = self.problem.candidates[j], self.problem.candidates[i]
        k = self._at.get((t.article_id, t.start))
        if k is None:
            return False
        got = self._claims.get(j)
        if got is None:
            got = self._claims[j] = index.claim_search(
                undated(s.text), index.published.get(s.article_id)
            )
        claim, overlap = got
        # the aligner's own retrieval gate: a sentence sharing less than min_candidate of
        # the claim's weight is no window it would check
        shared = overlap.get(t.article_id, {}).get(k, 0.0)
        if shared < attribution_config.get().min_candidate * claim.total:
            return False
        check, _ = index.window_check(t.article_id, claim, k, k)
        # Only the main-event rule: the long-claim rule lets the window leave out the
        # claim's background, words the candidate would add to the summary ("indicted
        # in the United States" read as stated by "accused of conspiring to bomb").
        return support_rule(check) == "main event"


def _given_coverage(
    problem: Problem, wc: WeightedConcepts
) -> tuple[list[int], frozenset[int], float]:
    """Concept counts with the caller's given sentences (``Problem.given``) covered, those
    sentences, and the weight they cover: the start of a summary that has them."""
    count = [0] * len(wc.weights)
    for g in problem.given:
        for c in wc.by_candidate[g]:
            count[c] += 1
    base = sum(compress(wc.weights, count)) if problem.given else 0.0
    return count, frozenset(problem.given), base


def greedy_cover(
    problem: Problem,
    wc: WeightedConcepts,
    config: CoverageConfig,
    units: list[tuple[int, ...]] | None = None,
    same: dict[int, set[int]] | None = None,
    needs: list[Needs] | None = None,
    news: Container[int] = (),
    supported: _Supported | None = None,
) -> list[int]:
    """Budgeted max coverage over units: cost-scaled lazy greedy, best-single check.

    ``same`` maps a candidate to the candidates stating the same fact in other words
    (cross-source alignment): once one is in the summary the others are not taken.
    ``needs`` (aligned with ``units``): sets of candidates of which one must be in the
    summary before the unit may join (``build_units_needing``). ``news``: candidates
    stating a count's current figure, whose earlier figures gave way to it
    (:func:`_superseded_figures`): never a restatement of the event they tell it of.
    """
    if units is None:
        units = [(j,) for j in range(len(problem.candidates))]
    same = same or {}
    need = needs or [()] * len(units)
    waiting: dict[int, list[int]] = {}  # candidate -> units that may need it
    for k, sets_k in enumerate(need):
        for group in sets_k:
            for i in group:
                waiting.setdefault(i, []).append(k)
    w = wc.weights
    sets = wc.by_candidate
    lengths = problem.lengths
    unit_sets = [
        sets[u[0]] if len(u) == 1 else tuple(sorted({c for j in u for c in sets[j]})) for u in units
    ]
    completes: dict[int, list[int]] = {}  # antecedent -> units it opens
    for k, u in enumerate(units):
        if len(u) > 1:
            completes.setdefault(u[0], []).append(k)
    count, shown, base = _given_coverage(problem, wc)
    chosen: list[int] = []
    in_summary: set[int] = set()
    used = 0
    # a sentence usable alone, with what it needs shown first (its surname's long form,
    # the noun its "the" points back to): the fuller statement of a fact taken in place
    # of another must be ready too
    single_unit = {u[0]: need[k] for k, u in enumerate(units) if len(u) == 1}

    def cost(k: int) -> int:
        return sum(lengths[j] for j in units[k] if j not in in_summary)

    def key(k: int, gain: float) -> tuple[float, int]:
        return (-gain / max(cost(k), 1) ** config.ratio_power, k)

    word_cache: dict[int, frozenset[int]] = {}
    said: set[int] = set()  # content words the summary already has
    if supported is None and config.supported_restates:
        supported = _Supported(problem)

    def words_of(j: int) -> frozenset[int]:
        got = word_cache.get(j)
        if got is None:
            got = word_cache[j] = wc.word_ids.intersection(sets[j])
        return got

    for shown_j in shown:  # what the caller shows anyway is said
        said.update(words_of(shown_j))

    def clashes(add: list[int]) -> bool:
        if any(i in in_summary or i in shown for j in add for i in same.get(j, ())):
            return True
        # The same event in other words: most of the sentence's content words are
        # already in the summary (a restatement adds a detail or two, not a fact).
        # A count the story moved on to is news, whatever else its sentence repeats
        # ("22 people had been treated after the fire that destroyed ..."): were it
        # skipped, the summary would state no count at all, the earlier one having given
        # way to it.
        return config.restate_share < 1 and any(
            j not in news
            and words_of(j)
            and len(words_of(j) & said) >= config.restate_share * len(words_of(j))
            for j in add
        )

    # Lazy greedy (Minoux 1978): coverage gains only shrink as the summary grows, so a
    # stale key is an upper bound and only the heap's top needs recomputing; a unit whose
    # antecedent joins the summary gets cheaper, so it is pushed again with a fresh key.
    # Ties go to the earlier unit. Units that no longer fit are dropped for good.
    def ready(k: int) -> bool:
        return all(not group.isdisjoint(in_summary) for group in need[k])

    # Each unit's full value, summed once (in the same order, so the same float) for the
    # initial keys and the best-single fallback.
    total = [sum(map(w.__getitem__, us)) for us in unit_sets]
    heap = [key(k, total[k]) for k in range(len(units)) if not need[k]]
    heapq.heapify(heap)
    while heap:
        if problem.sentences is not None and len(chosen) >= problem.sentences:
            break
        _, k = heapq.heappop(heap)
        add = [j for j in units[k] if j not in in_summary]
        # Each test drops the unit for good; the cheap budget test first (most popped
        # units no longer fit), the redundancy tests only for units that would.
        if not add or not shown.isdisjoint(add):
            continue
        if not _budget_ok(problem, len(chosen), used, cost(k), len(add)):
            continue
        if not ready(k) or clashes(add):
            continue
        gain = sum(w[c] for c in unit_sets[k] if count[c] == 0)
        if gain <= 0:
            continue
        item = key(k, gain)
        if heap and heap[0] < item:
            heapq.heappush(heap, item)
            continue
        # ... or in other words, by the attribution aligner's test: asked only of the
        # unit about to join (the costly test, once the cheap ones have passed)
        if supported is not None and any(j not in news and supported(j, chosen) for j in add):
            continue
        if len(add) == 1 and same.get(add[0]):
            # A fact several outlets state: show the fullest statement of it that fits
            # (the most new coverage), not merely the one with the best gain per word.
            best = (gain, -add[0], add[0])
            for alt in same[add[0]]:
                if alt in in_summary or alt in shown or alt not in single_unit or clashes([alt]):
                    continue
                if not all(not group.isdisjoint(in_summary) for group in single_unit[alt]):
                    continue
                if not _budget_ok(problem, len(chosen), used, lengths[alt], 1):
                    continue
                g = sum(w[c] for c in sets[alt] if count[c] == 0)
                best = max(best, (g, -alt, alt))
            add = [best[2]]
        for j in add:
            chosen.append(j)
            in_summary.add(j)
            said.update(words_of(j))
            used += lengths[j]
            for c in sets[j]:
                count[c] += 1
            for k2 in (*completes.get(j, ()), *waiting.get(j, ())):
                rest = [x for x in units[k2] if x not in in_summary]
                if rest and ready(k2):
                    heapq.heappush(heap, key(k2, sum(w[c] for c in unit_sets[k2] if count[c] == 0)))
    # Khuller's guarantee needs the best single unit as a fallback (both valued beyond
    # what the caller shows anyway).
    value = sum(compress(w, count)) - base  # the covered concepts' weights, in id order
    fitting = [
        k
        for k in range(len(units))
        if not need[k]
        and shown.isdisjoint(units[k])
        and _budget_ok(problem, 0, 0, sum(lengths[j] for j in units[k]), len(units[k]))
    ]
    if shown:
        given_count = _given_coverage(problem, wc)[0]
        total = [sum(w[c] for c in us if not given_count[c]) for us in unit_sets]
    single = max(fitting, key=lambda k: (total[k], -k), default=-1)
    if single >= 0 and total[single] > value:
        chosen = list(units[single])
        count = _given_coverage(problem, wc)[0]
        for j in chosen:
            for c in sets[j]:
                count[c] += 1
        used = sum(lengths[j] for j in chosen)
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


@dataclass
class Signals:
    """What cross-source alignment adds to the n-gram votes of a story."""

    same: dict[int, set[int]]  # candidate -> candidates stating the same fact
    outdated: frozenset[int]  # candidates a later article states otherwise
    facts: list[tuple[float, tuple[int, ...]]]  # (weight, candidates stating it)
    # candidates stating the current figure of a count whose earlier figures gave way
    current: frozenset[int] = frozenset()


def _published(problem: Problem) -> dict[str, str]:
    return {a.id: a.published for a in problem.articles if a.published}


def _one_cycle(published: dict[str, str], n_articles: int) -> bool:
    """Whether the articles were published within a day and a half of each other (or
    carry no dates, as pasted text of one story does)."""
    from datetime import datetime

    if len(published) < n_articles:
        return len(published) == 0
    try:
        times = [datetime.fromisoformat(p.replace("Z", "+00:00")) for p in published.values()]
        if any(t.tzinfo is None for t in times) and any(t.tzinfo is not None for t in times):
            times = [t.replace(tzinfo=None) for t in times]
        return (max(times) - min(times)).total_seconds() <= 36 * 3600
    except (ValueError, TypeError):
        return False


@functools.lru_cache(maxsize=1)
def _negation() -> re.Pattern[str]:
    """Negations, compiled on first use: only stories the aligner reads ask, and
    compiling at import cost every batch process's start-up."""
    return re.compile(r"\b(?:not|no|never|no longer|none|nobody|nothing|without)\b|n't\b", re.I)


def _updates(a: str, b: str) -> bool:
    """Whether two statements of one fact differ in a detail a later report would update:
    each counts something with a figure the other lacks, or one is negated and the other
    is not. A time of day, a date, an age or an ordinal is no such detail: what
    happened at 9 p.m. did not happen at 10 p.m. a day later
    (``developments.counted_figures``)."""
    from ..attribution.developments import counted_figures

    na, nb = counted_figures(a), counted_figures(b)
    if na - nb and nb - na:
        return True
    negation = _negation()
    return bool(negation.search(a)) != bool(negation.search(b))


def _superseded_figures(
    problem: Problem, index: StoryIndex, showable: Container[int]
) -> tuple[set[int], set[int]]:
    """Candidates stating a running total that a later day's report of the story moved on
    from ("Fourteen people were treated" on Nov 20, "22 people had been treated" on Nov
    21), when a statement of the current figure is itself a candidate that fits the
    budget and can be shown (it is the last sentence of a unit); and those statements of
    the current figure.

    Why: the aligner pairs two statements of one fact only when they support or
    contradict each other, and the attribution check calls a figure reported at another
    time neither (it is an update, not a disagreement), so a superseded count slipped
    past the update rule and could open the summary. The story's developments
    (``attribution.developments``, the report's "How the figures developed") already say
    which counts of one quantity rise over the days; every statement of such a count in
    an article of an earlier day than the last, in its lead or further down, with
    another figure than the last day's is outdated, like the earlier claim of a changed
    status (``developments.stale_statements``). A statement of the current figure is
    then news, not a restatement of the event (see :func:`greedy_cover`).
    """
    from ..attribution.developments import stale_statements

    at: dict[tuple[str, int, int], int] = {}
    by_id = {a.id: a for a in problem.articles}
    for j, s in enumerate(problem.candidates):
        a = by_id.get(s.article_id)
        if a is not None:
            start, end = a.to_raw(s.start, s.end)
            at[(s.article_id, start, end)] = j
    out: set[int] = set()
    news: set[int] = set()
    for dev, stale in stale_statements(index):
        last = max((p.published or "" for p in dev.points), default="")
        now = {at.get((p.article_id, p.start, p.end)) for p in dev.points if p.published == last}
        shown = {
            j
            for j in now
            if j is not None
            and j in showable
            and (problem.words is None or problem.lengths[j] <= problem.words)
        }
        if not shown:
            continue  # the current figure cannot be shown: keep the earlier report
        news |= shown
        out.update(
            j for j in (at.get((p.article_id, p.start, p.end)) for p in stale) if j is not None
        )
    return out, news


def _latest_count(
    problem: Problem,
    config: CoverageConfig,
    banned: Container[int],
    chosen: list[Choice],
    select: Callable[[frozenset[int]], list[Choice]],
) -> list[Choice]:
    """``chosen`` with its statements of a running total's earlier value replaced by a
    statement of the latest one, for a story the aligner does not read (more articles
    than ``align_max_articles``): when the choice states an earlier day's value
    (``developments.stale_statements``, read from the articles' leads) and no current
    one, and a lead stating the current value can be shown alone within the budget.

    Why: the README's rule ("a count that rose over the days is not shown at an earlier
    value when its latest one can be") held only for the stories the aligner reads, so
    a ten-article story's summary gave a fire's toll as 60 when its latest report said
    62. Banning the earlier statements instead left the summary with no toll at all
    (the later report's sentence gains less coverage than the lede it replaces). The
    leads are where wire copy restates a running total, and indexing them alone costs a
    fraction of the whole story's index; it is done only when a chosen lead sentence
    states a count of a story of several days.
    """
    from ..attribution.align import StoryIndex
    from ..attribution.developments import LEAD_SENTENCES

    picked = {c.index for c in chosen}
    if not any(problem.candidates[j].index < LEAD_SENTENCES for j in picked):
        return chosen
    if len({a.published[:10] for a in problem.articles if a.published}) < 2:
        return chosen
    voters = {a.id for a in problem.articles}
    leads = [
        s for s in problem.all_sentences if s.article_id in voters and s.index < LEAD_SENTENCES
    ]
    builder = UnitBuilder(problem, config, banned)
    try:
        stale, current = _superseded_figures(
            problem, StoryIndex(problem.articles, leads), _Showable(builder)
        )
    except Exception:  # an enhancement: a failure must not cost the summary
        logging.getLogger(__name__).warning("reading the running totals failed", exc_info=True)
        return chosen
    if not stale & picked or current & picked:
        return chosen
    # chosen again without the earlier statements: the budget they used goes to others
    again = select(frozenset(stale))
    if not again or current & {c.index for c in again}:
        return again or chosen
    kept = [c for c in again if not c.filler]
    fillers = [c for c in again if c.filler]
    # a sentence another kept one leans on (the first of its unit) is not given up
    needed = {
        u[0] for c in kept if (got := builder.unit_of(c.index)) is not None and len(u := got[0]) > 1
    }
    for j in sorted(current, key=lambda j: (problem.lengths[j], j)):
        got = builder.unit_of(j)
        if got is None or len(got[0]) != 1:
            continue  # it leans on the sentence before it
        out = list(kept)
        # make room by giving up the least gain, never a sentence another leans on
        spare = sorted((c for c in out if c.index not in needed), key=lambda c: c.score)
        while (
            problem.words is not None
            and sum(problem.lengths[c.index] for c in out) + problem.lengths[j] > problem.words
        ) or (problem.sentences is not None and len(out) + 1 > problem.sentences):
            if not spare:
                break
            out.remove(spare.pop(0))
        else:
            taken = {c.index for c in out}
            if all(not g.isdisjoint(taken) for g in got[1]):
                return [*out, Choice(j, 0.0), *fillers]
    return chosen  # the current value cannot be shown: keep the earlier report


class _Union:
    """The candidates in either of two containers."""

    def __init__(self, a: Container[int], b: Container[int]) -> None:
        self.a, self.b = a, b

    def __contains__(self, j: object) -> bool:
        return j in self.b or j in self.a


class _Showable:
    """A candidate that can end a unit (:class:`UnitBuilder`), asked one by one."""

    def __init__(self, builder: UnitBuilder) -> None:
        self.builder = builder

    def __contains__(self, j: object) -> bool:
        return isinstance(j, int) and self.builder.unit_of(j) is not None


def alignable(problem: Problem, config: CoverageConfig) -> bool:
    """Whether :func:`align_signals` aligns this story (few articles, few sentences)."""
    voters = {a.id for a in problem.articles}
    if not 2 <= len(voters) <= config.align_max_articles:
        return False
    own = sum(s.article_id in voters for s in problem.all_sentences)
    return own <= config.align_max_sentences


def align_signals(
    problem: Problem, wc: WeightedConcepts, units: list[tuple[int, ...]], config: CoverageConfig
) -> Signals | None:
    """Same-fact groups, consensus and outdated claims from the attribution aligner."""
    if not alignable(problem, config):
        return None
    voters = {a.id for a in problem.articles}
    own = [s for s in problem.all_sentences if s.article_id in voters]
    from ..attribution.align import StoryIndex
    from ..attribution.developments import updates_it

    index = StoryIndex(problem.articles, own)
    cands = problem.candidates
    by_article: dict[str, list[int]] = {}
    for j, s in enumerate(cands):
        by_article.setdefault(s.article_id, []).append(j)
    w = wc.weights
    ranked = sorted(
        range(len(units)),
        key=lambda k: (
            -sum(w[c] for j in units[k] for c in wc.by_candidate[j])
            / max(sum(problem.lengths[j] for j in units[k]), 1) ** config.ratio_power
        ),
    )
    shortlist: list[int] = []
    for k in ranked:
        for j in units[k]:
            if j not in shortlist:
                shortlist.append(j)
        if len(shortlist) >= config.align_shortlist:
            break
    published = _published(problem)
    parent = list(range(len(cands)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    same: dict[int, set[int]] = {}
    outdated: set[int] = set()
    current: set[int] = set()
    updated_by: dict[int, int] = {}  # an outdated statement -> the later one updating it

    def inside(span: Support) -> list[int]:
        return [
            k
            for k in by_article.get(span.article_id, ())
            if cands[k].start < span.end and span.start < cands[k].end
        ]

    def stating(span: Support, j: int) -> int | None:
        """The candidate of the supporting window that states claim ``j``: a window may
        be two sentences, and only the one sharing most of the claim's concepts counts."""
        mine = set(wc.by_candidate[j])
        return max(
            inside(span),
            key=lambda k: (len(mine.intersection(wc.by_candidate[k])), -k),
            default=None,
        )

    for j in shortlist:
        s = cands[j]
        att = index.attribute(s.text, source=Support(s.article_id, s.start, s.end, 1.0, s.text))
        mine = published.get(s.article_id)
        for span in att.supported_by:
            if span.article_id == s.article_id:
                continue
            found = stating(span, j)
            if found is None:
                continue
            k = found
            same.setdefault(j, set()).add(k)
            same.setdefault(k, set()).add(j)
            parent[find(k)] = find(j)
            theirs = published.get(span.article_id)
            if mine and theirs and mine != theirs and _updates(cands[j].text, cands[k].text):
                # The same fact with another figure or the other polarity ("no longer
                # expected to crest"): the later report is the current one.
                old, new = (j, k) if theirs > mine else (k, j)
                updated_by[old] = new
        for span in att.contradicted_by:
            theirs = published.get(span.article_id)
            found = stating(span, j)
            if mine and theirs and found is not None and theirs != mine:
                if not updates_it(span.details, s.text, span.text):
                    # They differ only in when it happened or in an age or an ordinal
                    # ("shortly after 9 p.m." / "about 10 p.m."): a disagreement, not
                    # the story moving on. Two versions of one fact all the same: the
                    # summary states one (with the sentence giving the other value).
                    values = [d.evidence for d in span.details if d.status == "conflicts"]
                    for other in inside(span):
                        if all(v in cands[other].text for v in values):
                            same.setdefault(j, set()).add(other)
                            same.setdefault(other, set()).add(j)
                    continue
                k = found
                # A later article states this fact otherwise: its statement replaces
                # the earlier one and inherits its standing.
                old, new = (j, k) if theirs > mine else (k, j)
                updated_by[old] = new
                parent[find(k)] = find(j)
    # An earlier statement of an updated fact, found in a third article, is as outdated
    # as the one the update was aligned with.
    for old, new in list(updated_by.items()):
        when = published.get(cands[new].article_id, "")
        for n in same.get(old, ()):
            if published.get(cands[n].article_id, when) < when and _updates(
                cands[n].text, cands[new].text
            ):
                updated_by.setdefault(n, new)
    outdated.update(updated_by)
    if config.superseded_figures:
        stale, current = _superseded_figures(problem, index, {u[-1] for u in units})
        outdated.update(stale)
    groups: dict[int, list[int]] = {}
    for j in range(len(cands)):
        groups.setdefault(find(j), []).append(j)
    facts = []
    for members in groups.values():
        sources = {cands[j].article_id for j in members if j not in outdated}
        if len(members) > 1 and len(sources) >= 2:
            facts.append((config.fact_weight * len(sources), tuple(members)))
    if config.one_lede and _one_cycle(published, len(voters)):
        # The ledes of one news cycle's articles all announce its main event.
        ledes = [js[0] for js in by_article.values() if cands[js[0]].index <= 2]
        for j in ledes:
            same.setdefault(j, set()).update(k for k in ledes if k != j)
    # Redundancy is judged on direct alignments only: chains of partial matches (A states
    # part of B, B part of C) would merge most of a small story into one "fact".
    return Signals(same, frozenset(outdated), facts, frozenset(current - outdated))


def with_facts(
    wc: WeightedConcepts, facts: list[tuple[float, tuple[int, ...]]]
) -> WeightedConcepts:
    """The concepts plus one concept per corroborated fact, held by each of its sentences."""
    if not facts:
        return wc
    weights = list(wc.weights)
    extra: dict[int, list[int]] = {}
    index = dict(wc.index)
    for weight, members in facts:
        cid = len(weights)
        weights.append(weight)
        index[f"#fact {cid}"] = cid  # unique across calls: the id, not the fact's number
        for j in members:
            extra.setdefault(j, []).append(cid)
    by_candidate = tuple(
        tuple(sorted((*ids, *extra.get(j, ())))) for j, ids in enumerate(wc.by_candidate)
    )
    return WeightedConcepts(index, tuple(weights), by_candidate, wc.unigrams, wc.word_ids)


def fill_choice(
    problem: Problem,
    wc: WeightedConcepts,
    chosen: list[int],
    allowed: Container[int] | None = None,
    same: dict[int, set[int]] | None = None,
    restate_share: float = 1.0,
    supported: Callable[[int, Iterable[int]], bool] | None = None,
) -> Choice | None:
    """With ``fill``, the sentence whose words up to the budget add the most coverage.

    Only the part that fits is valued: a reader cutting at the budget, like DUC's scorer,
    sees only that part. It goes last, so it must stand alone (``allowed``). With
    ``supported`` (:class:`_Supported`), the best one that a summary sentence supports is
    a restatement too, and the next best is asked.
    """
    skip: set[int] = set()
    while True:
        got = _fill_once(problem, wc, chosen, allowed, same, restate_share, skip)
        if got is None or supported is None or not supported(got.index, chosen):
            return got
        skip.add(got.index)


def _fill_once(
    problem: Problem,
    wc: WeightedConcepts,
    chosen: list[int],
    allowed: Container[int] | None,
    same: dict[int, set[int]] | None,
    restate_share: float,
    skip: Container[int],
) -> Choice | None:
    """:func:`fill_choice`'s best filler, leaving out ``skip``."""
    if not problem.fill or problem.words is None:
        return None
    if problem.sentences is not None and len(chosen) >= problem.sentences:
        return None
    left = problem.words - sum(problem.lengths[j] for j in chosen)
    if left <= 0:
        return None
    covered = {c for j in (*chosen, *problem.given) for c in wc.by_candidate[j]}
    taken = {*chosen, *problem.given}
    same = same or {}
    # Weights with the covered concepts at zero: a sum over all of a sentence's
    # concepts, in C, equals the sum over its uncovered ones (adding 0.0 changes none).
    open_weight = list(wc.weights)
    for c in covered:
        open_weight[c] = 0.0
    best: tuple[float, int] | None = None
    for j, units in enumerate(wc.by_candidate):
        if j in taken or j in skip or any(i in taken for i in same.get(j, ())):
            continue
        gain = sum(map(open_weight.__getitem__, units))
        if gain <= 0 or (best is not None and gain <= best[0]):
            continue  # its cut (a prefix: a subset of its concepts) cannot do better
        if problem.lengths[j] > left:
            prefix = " ".join(problem.candidates[j].text.split()[:left])
            gain = sum(map(open_weight.__getitem__, wc.ids_of(prefix)))
            if gain <= 0 or (best is not None and gain <= best[0]):
                continue
        mine = [c for c in units if c in wc.word_ids]
        if mine and sum(c in covered for c in mine) >= restate_share * len(mine):
            continue  # a restatement of what the summary says
        if allowed is not None and j not in allowed:  # asked last: it may cost a test
            continue
        best = (gain, j)
    return None if best is None else Choice(best[1], best[0], filler=True)


def furniture_of(problem: Problem, dateline: bool = True) -> frozenset[int]:
    """Candidates that are page furniture: known across stories, or repeated off topic;
    with ``dateline``, also those whose place is a trimmed dateline
    (``select.dateline.needs_dateline``: never shown, as furniture is not)."""
    inside = story_furniture(problem.all_sentences, (a.id for a in problem.articles))
    return frozenset(
        j
        for j, s in enumerate(problem.candidates)
        if (s.article_id, s.start) in inside
        or (problem.furniture and sentence_key(s.text) in problem.furniture)
        or (dateline and needs_dateline(s.text))
    )


class _FurnitureOf:
    """:func:`furniture_of`'s answer, worked out for a candidate when first asked: lazy
    selection asks it only of the candidates it reaches, and hashing every candidate's
    text to look it up in the batch's furniture was most of the test."""

    def __init__(self, problem: Problem, dateline: bool = True) -> None:
        self.problem = problem
        self.dateline = dateline
        self._inside: frozenset[tuple[str, int]] | None = None
        self._known: dict[int, bool] = {}

    def __contains__(self, j: object) -> bool:
        problem = self.problem
        if not isinstance(j, int) or not 0 <= j < len(problem.candidates):
            return False
        got = self._known.get(j)
        if got is None:
            if self._inside is None:
                self._inside = story_furniture(
                    problem.all_sentences, (a.id for a in problem.articles)
                )
            s = problem.candidates[j]
            got = self._known[j] = (
                (s.article_id, s.start) in self._inside
                or bool(problem.furniture and sentence_key(s.text) in problem.furniture)
                or (self.dateline and needs_dateline(s.text))
            )
        return got


def centrality(problem: Problem, weight: float) -> list[tuple[float, tuple[int, ...]]]:
    """One private concept per candidate, worth its words' mean share of the articles."""
    from ..text import content_stems

    voters = {a.id for a in problem.articles}
    docs: dict[str, set[str]] = {}
    for s in problem.all_sentences:
        if s.article_id in voters:
            docs.setdefault(s.article_id, set()).update(content_stems(s.text))
    df: dict[str, int] = {}
    for words in docs.values():
        for w in words:
            df[w] = df.get(w, 0) + 1
    out: list[tuple[float, tuple[int, ...]]] = []
    for j, s in enumerate(problem.candidates):
        stems = content_stems(s.text)
        if stems:
            out.append((weight * sum(df.get(w, 0) for w in stems) / len(stems), (j,)))
    return out


def select_with(problem: Problem, config: CoverageConfig) -> list[Choice]:
    if not problem.candidates:
        return []
    wc = weigh_concepts(problem, config)
    if config.centroid_weight > 0:
        wc = with_facts(wc, centrality(problem, config.centroid_weight))
    return _select_units(problem, config, wc) or _lead_that_fits(problem, config, wc)


def _lead_that_fits(problem: Problem, config: CoverageConfig, wc: WeightedConcepts) -> list[Choice]:
    """The first candidate (article order) that fits the budget, is no page furniture and
    reads without the sentence before it, for a story whose every unit the reading rules
    left out (a description or surname that no other sentence introduces: "Police
    arrested two men after a fire destroyed the old mill." alone). Why: those rules choose
    among sentences; they must not leave a story that has a lead a reader can take with
    an empty summary (the empty-summary warning would then blame the wrong thing)."""
    builder = UnitBuilder(problem, config, _FurnitureOf(problem, config.dateline_places))
    for j in range(len(problem.candidates)):
        if fits(problem, (), j) and builder.alone(j):
            return [Choice(j, float(sum(wc.weights[c] for c in wc.by_candidate[j])))]
    return []


def _select_units(problem: Problem, config: CoverageConfig, wc: WeightedConcepts) -> list[Choice]:
    """:func:`select_with`'s choice of units, once the concepts are weighed."""
    if alignable(problem, config):
        return _select_built(problem, config, wc)
    furniture = _FurnitureOf(problem, config.dateline_places)
    lazy = config.lazy_units and config.dependents_corroborated and not config.swap_rounds

    def select(extra: frozenset[int]) -> list[Choice]:
        if lazy:
            return _select_lazily(problem, config, wc, _Union(furniture, extra))
        return _select_built(problem, config, wc, extra)

    chosen = select(frozenset())
    if not (config.superseded_figures and config.latest_count_unaligned):
        return chosen
    return _latest_count(problem, config, furniture, chosen, select)


def _select_built(
    problem: Problem,
    config: CoverageConfig,
    wc: WeightedConcepts,
    left_out: frozenset[int] = frozenset(),
) -> list[Choice]:
    """:func:`_select_units` with the units of every candidate built up front (and the
    aligner's signals when the story is :func:`alignable`); ``left_out``: candidates left
    out besides the page furniture."""
    banned = furniture_of(problem, config.dateline_places) | left_out
    units_n = build_units_needing(problem, config, banned)
    units = [u for u, _ in units_n]
    try:
        signals = align_signals(problem, wc, units, config)
    except Exception:  # an enhancement: a failure must not cost the summary
        logging.getLogger(__name__).warning("cross-source alignment failed", exc_info=True)
        signals = None
    same: dict[int, set[int]] = {}
    corroborated: set[int] = set()
    news: frozenset[int] = frozenset()
    if signals is not None:
        wc = with_facts(wc, signals.facts)
        same = signals.same
        news = signals.current
        corroborated = {j for _, members in signals.facts for j in members}
        if signals.outdated:
            banned = banned | signals.outdated
            units_n = build_units_needing(problem, config, banned)
    if config.dependents_corroborated:
        # A dependent sentence costs its antecedent's words too: worth it only for a fact
        # another outlet reports as well (cross-validated, docs/quality.md). Once its
        # antecedent is in the summary anyway, it costs only its own words.
        kept: list[tuple[tuple[int, ...], Needs]] = []
        for u, need in units_n:
            if len(u) == 1 or u[-1] in corroborated:
                kept.append((u, need))
            elif config.attach_dependents:
                kept.append((u, (*need, frozenset(u[:1]))))
        units_n = kept
    units = [u for u, _ in units_n]
    supported = _Supported(problem) if config.supported_restates else None
    picked = greedy_cover(
        problem, wc, config, units, same, [n for _, n in units_n], news, supported
    )
    covered = {c for g in problem.given for c in wc.by_candidate[g]}
    out = []
    for j in sorted(picked):
        gain = sum(wc.weights[c] for c in wc.by_candidate[j] if c not in covered)
        covered.update(wc.by_candidate[j])
        out.append(Choice(j, float(gain)))
    # The filler goes last, so whatever it needs is shown before it.
    taken = set(picked)
    alone = {
        u[0] for u, need in units_n if len(u) == 1 and all(not g.isdisjoint(taken) for g in need)
    }
    extra = fill_choice(problem, wc, picked, alone, same, config.restate_share, supported)
    return out if extra is None else [*out, extra]


def _select_lazily(
    problem: Problem, config: CoverageConfig, wc: WeightedConcepts, banned: Container[int]
) -> list[Choice]:
    """:func:`select_with` for a story the aligner does not read (no fact groups, so no
    dependent sentence is corroborated), without swap search: the same choices, with
    each candidate's unit worked out only when selection reaches it."""
    builder = UnitBuilder(problem, config, banned)

    def unit_of(j: int) -> tuple[tuple[int, ...], Needs] | None:
        got = builder.unit_of(j)
        if got is None or len(got[0]) == 1:
            return got
        if not config.attach_dependents:  # an uncorroborated dependent: no unit
            return None
        u, need = got  # usable once its antecedent is in the summary
        return u, (*need, frozenset(u[:1]))

    supported = _Supported(problem) if config.supported_restates else None
    picked = lazy_greedy_cover(problem, wc, config, unit_of, supported)
    covered = {c for g in problem.given for c in wc.by_candidate[g]}
    out = []
    for j in sorted(picked):
        gain = sum(wc.weights[c] for c in wc.by_candidate[j] if c not in covered)
        covered.update(wc.by_candidate[j])
        out.append(Choice(j, float(gain)))
    taken = set(picked)
    alone = _AloneAfter(builder, unit_of, taken)
    extra = fill_choice(problem, wc, picked, alone, {}, config.restate_share, supported)
    return out if extra is None else [*out, extra]


class _AloneAfter:
    """A candidate that may go last: its unit is itself, with all it needs taken.

    A class of the module, not one made per story: a class is a reference cycle, which
    kept a story's sentences and tables alive until the cyclic collector ran (each of
    its runs then walked thousands of them, about 1.3 ms per story in all)."""

    def __init__(
        self,
        builder: UnitBuilder,
        unit_of: Callable[[int], tuple[tuple[int, ...], Needs] | None],
        taken: set[int],
    ) -> None:
        self.builder, self.unit_of, self.taken = builder, unit_of, taken

    def __contains__(self, j: object) -> bool:
        if not isinstance(j, int) or not self.builder.alone(j):
            return False  # its unit, if any, is its antecedent and itself
        got = self.unit_of(j)
        return (
            got is not None
            and len(got[0]) == 1
            and all(not g.isdisjoint(self.taken) for g in got[1])
        )


def lazy_greedy_cover(
    problem: Problem,
    wc: WeightedConcepts,
    config: CoverageConfig,
    unit_of: Callable[[int], tuple[tuple[int, ...], Needs] | None],
    supported: _Supported | None = None,
) -> list[int]:
    """:func:`greedy_cover` with no same-fact groups and no swaps, over the unit each
    candidate ends (``unit_of``: None for none), asked only of candidates popped from
    the heap while they still fit.

    Every candidate enters the heap keyed as if it were a unit alone: its whole value
    per its own words. That bounds its real unit's key (a dependent is usable only once
    its antecedent is in the summary, and then costs its own words), so the lazy
    greedy argument holds as it is: the unit taken at each step is the one with the
    best key, ties to the earlier, among all units that may join. Units are indexed
    by their last candidate, in candidate order as :func:`build_units_needing` lists
    them, so ties go the same way, and the choices are those of :func:`greedy_cover`.
    The step that takes a unit repeats :func:`greedy_cover`'s on purpose (this is the
    hot loop of a batch, keyed by candidate instead of by unit): a change to one is a
    change to both, and ``tests/unit/test_select_lazy.py`` checks that they agree.
    """
    w = wc.weights
    sets = wc.by_candidate
    lengths = problem.lengths
    power = config.ratio_power
    resolved: dict[int, tuple[tuple[int, ...], Needs, tuple[int, ...]] | None] = {}
    waiting: dict[int, list[int]] = {}  # candidate -> units that may need it
    completes: dict[int, list[int]] = {}  # antecedent -> units it opens
    count, shown, base = _given_coverage(problem, wc)
    chosen: list[int] = []
    in_summary: set[int] = set()
    used = 0
    word_cache: dict[int, frozenset[int]] = {}
    said: set[int] = set()  # content words the summary already has

    def resolve(j: int) -> tuple[tuple[int, ...], Needs, tuple[int, ...]] | None:
        if j in resolved:
            return resolved[j]
        got = unit_of(j)
        entry = None
        if got is not None:
            u, need = got
            us = sets[u[0]] if len(u) == 1 else tuple(sorted({c for i in u for c in sets[i]}))
            entry = (u, need, us)
            for group in need:
                for i in group:
                    waiting.setdefault(i, []).append(j)
            if len(u) > 1:
                completes.setdefault(u[0], []).append(j)
        resolved[j] = entry
        return entry

    def cost(u: tuple[int, ...]) -> int:
        return sum(lengths[j] for j in u if j not in in_summary)

    def words_of(j: int) -> frozenset[int]:
        got = word_cache.get(j)
        if got is None:
            got = word_cache[j] = wc.word_ids.intersection(sets[j])
        return got

    if supported is None and config.supported_restates:
        supported = _Supported(problem)
    for shown_j in shown:  # what the caller shows anyway is said
        said.update(words_of(shown_j))

    def restates(add: list[int]) -> bool:
        return config.restate_share < 1 and any(
            words_of(j) and len(words_of(j) & said) >= config.restate_share * len(words_of(j))
            for j in add
        )

    def ready(need: Needs) -> bool:
        return all(not group.isdisjoint(in_summary) for group in need)

    # sum(map(w.__getitem__, us)): the same floats added in the same order, the weights
    # fetched by one itemgetter call in C (a tuple's __getitem__ is a slow wrapper)
    total = [sum(itemgetter(*us)(w)) if len(us) > 1 else sum(map(w.__getitem__, us)) for us in sets]
    heap = [(-total[j] / max(lengths[j], 1) ** power, j) for j in range(len(sets))]
    heapq.heapify(heap)
    while heap:
        if problem.sentences is not None and len(chosen) >= problem.sentences:
            break
        _, j = heapq.heappop(heap)
        # Its unit holds it and costs at least its words: if they no longer fit, no
        # form of it ever will.
        if j in in_summary or not _budget_ok(problem, len(chosen), used, lengths[j]):
            continue
        entry = resolve(j)
        if entry is None:
            continue
        u, need, us = entry
        add = [x for x in u if x not in in_summary]
        if not add or not shown.isdisjoint(u):
            continue
        if not _budget_ok(problem, len(chosen), used, cost(u), len(add)):
            continue
        if not ready(need) or restates(add):
            continue
        gain = sum(w[c] for c in us if count[c] == 0)
        if gain <= 0:
            continue
        item = (-gain / max(cost(u), 1) ** power, j)
        if heap and heap[0] < item:
            heapq.heappush(heap, item)
            continue
        if supported is not None and any(supported(x, chosen) for x in add):
            continue  # the same fact in other words (as greedy_cover: the unit about to join)
        for x in add:
            chosen.append(x)
            in_summary.add(x)
            said.update(words_of(x))
            used += lengths[x]
            for c in sets[x]:
                count[c] += 1
            for j2 in (*completes.get(x, ()), *waiting.get(x, ())):
                u2, need2, us2 = resolved[j2]  # type: ignore[misc]  # registered: resolved
                if any(y not in in_summary for y in u2) and ready(need2):
                    gain2 = sum(w[c] for c in us2 if count[c] == 0)
                    heapq.heappush(heap, (-gain2 / max(cost(u2), 1) ** power, j2))
    # Khuller's guarantee needs the best single unit as a fallback; only a candidate
    # worth more than the summary on its own can be it (both valued beyond what the
    # caller shows anyway).
    value = sum(compress(w, count)) - base
    given_count = _given_coverage(problem, wc)[0] if shown else count
    best: tuple[float, int] | None = None
    for j in range(len(sets)):
        if total[j] <= value:
            continue
        entry = resolve(j)
        if entry is None or entry[1] or not shown.isdisjoint(entry[0]):
            continue
        u, _, us = entry
        if not _budget_ok(problem, 0, 0, sum(lengths[x] for x in u), len(u)):
            continue
        if shown:
            t = sum(w[c] for c in us if not given_count[c])
        else:
            t = total[j] if len(u) == 1 else sum(map(w.__getitem__, us))
        if best is None or (t, -j) > best:
            best = (t, -j)
    if best is not None and best[0] > value:
        entry = resolved[-best[1]]
        assert entry is not None
        chosen = list(entry[0])
    return chosen


@register("coverage")
def select_coverage(problem: Problem) -> list[Choice]:
    return select_with(problem, CoverageConfig())
