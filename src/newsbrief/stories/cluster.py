"""Batch clustering: a pile of articles in, stories out (every article in exactly one).

The batch run is the incremental run over the whole pile in publication order, with the
document frequencies and article backgrounds of the whole pile known up front, followed
by refinement passes that move each article to the story it now fits best (the single
pass cannot undo an early choice) and merge stories that are each other's best match.
In those passes, articles that print the same long passage (:func:`shared_passages`) are
not discounted for the time between them: something only the whole pile shows.
A pile of fewer than features.PRIOR_DOCS articles weighs its words with the help of
general English (features.DocFreq.weigh): its own frequencies cannot tell an everyday
word from a name; and two of its articles' similarity leaves out the one feature they
share most (:func:`one_feature_out`): one shared name is one coincidence, not a story.
See :mod:`.engine` for the affinity and the threshold,
docs/stories.md for the figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

from ..errors import OptionsError
from ..model import Story, stable_id
from .copies import (
    contained_copies,
    find_copies,
    listing_pages,
    page_runs,
    representatives,
)
from .docs import ClusterResult, Doc, SkippedArticle, Steps, split_empty, stable_order, to_docs
from .engine import (
    BACKGROUND_SAMPLE,
    CLIP_SD,
    DEFAULT_THRESHOLD,
    PRIOR_MEAN,
    PRIOR_SD,
    PRIOR_WEIGHT,
    TIME_SCALE_DAYS,
    Engine,
    Prior,
    background,
    dots,
    mutual_best_pairs,
    rows,
    span_days,
    time_discount,
    time_gap,
)
from .features import (
    DIM,
    PRIOR_DOCS,
    RUN_STEMS,
    Counts,
    DocFreq,
    Parsed,
    article_length,
    line_runs,
    parse,
    term_counts,
)

# Articles assigned per sparse product: bounds the batch's dense blocks (n x n, n x k).
CHUNK = 512
# Refinement passes after the single pass (each moves articles to their best story now).
REFINE_PASSES = 2
# An article's near neighbours (engine.background) are looked for among all articles of
# a pile up to this size, and in an evenly spread sample of this size beyond (a sparse
# product of the pile with itself: 8 CPU seconds for 10,000 articles).
NEIGHBOUR_SAMPLE = 10_000
# Whether a common feature is a story's own word (story_features) is judged on all
# articles of a pile up to this size, and on an evenly spread sample of it beyond.
STORY_WORD_SAMPLE = 1_000
# Work units per article of each stage, for a progress bar (about their CPU time shares
# on 10,000 articles): cleaning, features, background, single pass, each refinement pass.
STEP_CLEAN, STEP_FEATURES, STEP_BACKGROUND, STEP_ASSIGN, STEP_REFINE = 1, 2, 4, 1, 2
# Shared passages (shared_passages): runs of PASSAGE_STEMS content stems in a row inside
# one line, found in at least two and at most PASSAGE_MAX_DOCS articles; two articles
# share a passage when they hold at least PASSAGE_MIN_RUNS such runs in common (at least
# PASSAGE_STEMS + PASSAGE_MIN_RUNS - 1 = 12 stems in a row, a long sentence). None: off.
# Chosen on DUC 2003 (docs/stories.md, issue 12 round c): 1 common run lets a lead
# sentence quoted in "most read" boxes count, 3-5 are equal, 10-20 join less.
PASSAGE_STEMS = RUN_STEMS  # the page rules' runs (copies.py): hashed once per article
PASSAGE_MIN_RUNS: int | None = 5
PASSAGE_MAX_DOCS = 5
# One coincidence is no evidence in a small pile (one_feature_out): in a pile of fewer
# than features.PRIOR_DOCS articles, two articles' similarity is their cosine without
# the one feature they share most. True: on; False: plain cosines, as before (s28 stS).
SMALL_PILE_ONE_FEATURE_OUT = True
# What leaving that feature out takes from the cosine of two unrelated articles, on
# average: measured on DUC 2003 in random piles of 3 to 20 articles of different topics
# (0.0043-0.0049; 0.028 -> 0.0235 at 10), so the noise prior such similarities are
# shrunk toward is engine.PRIOR_MEAN less this (its SD barely moves: 0.019 -> 0.018).
ONE_FEATURE_OUT_MEAN_DROP = 0.0045
# The member test (member_merge): after refinement, two stories of at least MEMBER_MIN
# articles merge when each one's articles score the other, on average, within
# MEMBER_SPREAD standard deviations of the scores the other's own articles give it, and
# significantly above their background (MEMBER_SIGNIFICANCE standard errors of that
# mean). None (the default): off. Measured at engine.CLIP_SD (3, the spread beyond which
# the background calls a similarity a neighbour): stories of 6 x 80 / 10 x 100 articles
# 0.765 / 0.897 -> 0.936-0.954 / 0.975, real text unchanged, but 20 x 50 0.964 -> 0.956
# on one draw (two DUC topic twins merge), more than the 0.005 a mix may lose; and its
# merges depended on what the process had clustered before (the s29 stT round in
# docs/history/stories-rounds.md). Not on.
MEMBER_SPREAD: float | None = None
MEMBER_SIGNIFICANCE = 2.0
MEMBER_MIN = 3
# A story cut at its longest silence (split_at_silence): after refinement, a dated story
# whose articles before and after the longest gap between its publication days would not
# be merged by the merge rule (engine.best_matches: the lower of the two directions' mean
# article affinity, time discount included, below the threshold) is split there, and the
# refinement passes run again. The threshold and the time discount decide. Each chapter
# holds at least SILENCE_CHAPTER_MIN articles: a chapter is a story; whether one article
# belongs is the refinement's question, asked by the join rule (1 was measured: the same
# on every large mix). Not in a pile under features.PRIOR_DOCS articles: its backgrounds
# are mostly the prior and its similarities leave a feature out (one_feature_out), and
# the verdict is not stable there (one DUC topic alone, 10 articles, was kept whole by
# batch and cut 5 | 5 as a store's first import with one wire copy set aside; two-topic
# piles lost 0.004). Measured on: DUC 2003 dated 0.920 -> 0.939, the scraped mix (all,
# 3 seeds) 0.882 -> 0.897, the 12 halves 0.961 -> 0.957, undated mixes unchanged; but the
# store, whose stories only grow, cannot cut, and falls 0.025-0.040 below batch on DUC
# (issue 12 asks 0.02: tests/stories/test_store_joins_seen_from_both_sides.py; s34 clS
# round). The store's counterparts (store.SILENCE_HOLD: merges across a silence held while
# the later chapter is the smaller, s34 stC round; store.JOIN_WAIT_SILENCE_DAYS: a weak
# join across a silence of 10 days or more waits, s34 stJ round) bring the store to
# 0.918-0.941 against batch's 0.939, within 0.021 at every update size (0.021 at 25, as
# with the cut off: 0.899 against 0.920), and the scraped mix's store 0.891 -> 0.906: on
# since the end of s34 (docs/stories.md, method step 5).
SILENCE_SPLIT = True
SILENCE_CHAPTER_MIN = 2


def batch_steps(n: int, refine: int = REFINE_PASSES) -> int:
    """Work units of clustering ``n`` articles (cleaning included; see Steps)."""
    per = STEP_CLEAN + STEP_FEATURES + STEP_BACKGROUND + STEP_ASSIGN + STEP_REFINE * refine
    return n * per


def story_id(first_article_id: str) -> str:
    """A story's id: fixed by the article that started it, so it never changes."""
    return "s" + stable_id("story", first_article_id)


def check_threshold(threshold: float | None) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    if not 0.0 < threshold <= 10.0:
        raise OptionsError(
            f"threshold must be above 0 and at most 10 (standard deviations above an "
            f"article's background similarity), got {threshold}",
            hint=f"the default is {DEFAULT_THRESHOLD}",
        )
    return float(threshold)


def vectorize(docs: Sequence[Doc]) -> tuple[list[tuple[np.ndarray, np.ndarray]], DocFreq]:
    """Unit TF-IDF vectors with the pile's own document frequencies."""
    counts, df = _counts(docs)
    return [df.weigh(c) for c in counts], df


def _counts(docs: Sequence[Doc], steps: Steps | None = None) -> tuple[list[Counts], DocFreq]:
    counts, df, _ = _parsed_counts(docs, steps)
    return counts, df


def _parsed_counts(
    docs: Sequence[Doc], steps: Steps | None = None
) -> tuple[list[Counts], DocFreq, list[Parsed]]:
    parsed = []
    for d in docs:
        parsed.append(parse(d.clean, d.title))
        if steps is not None:
            steps(STEP_FEATURES)
    line_df: Counter[int] = Counter()
    for p in parsed:
        line_df.update({k for k in p.keys if k is not None})
    shared = {k: v for k, v in line_df.items() if v > 1}
    counts = [term_counts(p, shared) for p in parsed]
    df = DocFreq()
    for c in counts:
        df.add(c)
    if 0 < len(parsed) < PRIOR_DOCS:  # a small pile's prior holds general English
        df.general_length = float(np.mean([article_length(p) for p in parsed]))
    return counts, df, parsed


# Runs from which passage_links first drops runs seen once by a coarse count.
_PREFILTER_RUNS = 1 << 16


def shared_passages(
    parsed: Sequence[Parsed],
    stems: int = PASSAGE_STEMS,
    min_runs: int | None = PASSAGE_MIN_RUNS,
    max_docs: int = PASSAGE_MAX_DOCS,
) -> sparse.csr_matrix | None:
    """Articles x articles, nonzero where two articles share a long passage: at least
    ``min_runs`` runs of ``stems`` (at most 64) content stems in a row (inside one line)
    that at most ``max_docs`` articles of the pile hold. None when no two do (or
    ``min_runs`` is None).

    Why: two articles that print the same two sentences share reporting (an update of a
    wire story re-sent with its background paragraphs, one statement quoted at length),
    which says more than shared words: they are one story however far apart they were
    published, so the time discount does not apply between them. A run held by many
    articles is site furniture or a formula, not reporting; one sentence repeated in a
    "most read" box mostly stays under ``min_runs``.
    """
    if min_runs is None or not len(parsed):
        return None
    run, art = passage_runs(parsed, stems)
    return passage_links(run, art, len(parsed), min_runs, max_docs)


def passage_runs(
    parsed: Sequence[Parsed], stems: int = PASSAGE_STEMS
) -> tuple[np.ndarray, np.ndarray]:
    """Every run of ``stems`` content stems in a row inside one line of these articles,
    hashed (uint64), and the article (row number) holding it; an article may hold a run
    more than once (features.line_runs without the lines). The runs
    :func:`shared_passages` counts (the store keeps them per article:
    store.PassageIndex)."""
    run, art, _ = line_runs(parsed, stems)
    return run, art


def runs_of_rows(
    runs: tuple[np.ndarray, np.ndarray, np.ndarray], rows_: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The runs (features.line_runs of ``n`` articles) of the articles ``rows_``, each
    numbered by its place in ``rows_`` (lines keep their numbers): what line_runs of
    those articles alone gives, up to order and line numbers, without hashing again (an
    article's runs never depend on the articles next to it)."""
    run, art, line = runs
    at = np.full(n, -1, dtype=np.int64)
    at[rows_] = np.arange(len(rows_))
    mine = at[art] >= 0
    return run[mine], at[art[mine]], line[mine]


def passage_links(
    run: np.ndarray,
    art: np.ndarray,
    n: int,
    min_runs: int,
    max_docs: int = PASSAGE_MAX_DOCS,
) -> sparse.csr_matrix | None:
    """:func:`shared_passages` from runs (:func:`passage_runs`) held by ``n`` articles:
    which pairs hold at least ``min_runs`` runs in common that 2 to ``max_docs`` of them
    hold. None when no two do."""
    if not len(run):
        return None
    # Runs in two or more places: first by a coarse count over 2**22 buckets (one pass,
    # no sort), then exactly among the few that share a bucket. Only for a pile's runs:
    # the count's 32 MB table costs more than sorting a few thousand runs (a store's
    # update), and the exact count below finds the same pairs without it.
    if len(run) > _PREFILTER_RUNS:
        bucket = (run >> np.uint64(42)).astype(np.int64)
        maybe = np.bincount(bucket, minlength=1 << 22)[bucket] >= 2
        run, art = run[maybe], art[maybe]
    # Sorted by run, then article: each run once per article, numbered.
    order = np.lexsort((art, run))
    run, art = run[order], art[order]
    new = np.ones(len(run), dtype=bool)
    new[1:] = (run[1:] != run[:-1]) | (art[1:] != art[:-1])
    run, art = run[new], art[new]
    first = np.ones(len(run), dtype=bool)
    first[1:] = run[1:] != run[:-1]
    which = np.cumsum(first) - 1
    count = np.bincount(which)[which]
    hit = (count >= 2) & (count <= max_docs)
    if not hit.any():
        return None
    inc = sparse.csr_matrix(
        (np.ones(int(hit.sum())), (art[hit], which[hit])), shape=(n, int(which[-1]) + 1)
    )
    common = (inc @ inc.T).tocsr()
    common.setdiag(0)
    common.data[common.data < min_runs] = 0
    common.eliminate_zeros()
    return common if common.nnz else None


def story_features(
    counts: Sequence[Counts],
    df: DocFreq,
    x: sparse.csr_matrix,
    mean: np.ndarray,
    sd: np.ndarray,
    threshold: float,
) -> np.ndarray:
    """The common features (dropped by the COMMON_FRACTION cut) whose articles stand
    together as a story would: their mean affinity to each other (each article scored
    against the others as if joining them, engine.best_matches' story-to-story score)
    reaches the threshold. Their feature indices.

    Why: the cut assumes no story is a large share of a mix. A story that is one (a
    sixth of the articles, a big event in a day's crawl) holds its own core words in more
    than a tenth of the articles, loses them to the cut and falls apart (B-cubed 0.35 on
    6 stories of 80). A word common to many stories (a country, "percent") has articles
    that score near their background as a group; on DUC 2003 no common feature's
    articles score above 0.65, so nothing there changes (docs/stories.md).
    """
    common = np.flatnonzero(df.terms > df.common_cap())
    if not len(common):
        return np.zeros(0, dtype=np.int64)
    # In a large pile, the articles of an evenly spread sample (the mean over its pairs
    # estimates the mean over all pairs; the cost stays bounded).
    pick = np.arange(0, len(counts), max(1, -(-len(counts) // STORY_WORD_SAMPLE)))
    col = np.full(DIM, -1, dtype=np.int64)
    col[common] = np.arange(len(common))
    r_parts, c_parts = [], []
    for n, i in enumerate(pick.tolist()):
        hit = col[counts[i][0]]
        hit = hit[hit >= 0]
        r_parts.append(hit)
        c_parts.append(np.full(len(hit), n))
    r, c = np.concatenate(r_parts), np.concatenate(c_parts)
    holders = sparse.csr_matrix(
        (np.ones(len(r)), (r, c)), shape=(len(common), len(pick))
    )  # feature x article incidence
    size = np.asarray(holders.sum(axis=1)).ravel()
    xs = x[pick]
    # Sum over holders a of z_a(others) = (sum over holders a, b of x_a . x_b / sd_a
    # - sum 1/sd_a) / (size - 1) - sum mean_a / sd_a (x unit length), then over size;
    # the x_a . x_b / sd_a of the sample as one dense matrix (1,000 x 1,000 at most).
    gram = dots(sparse.diags(1.0 / sd[pick]) @ xs, xs)
    cross = np.asarray(holders.multiply(holders @ gram).sum(axis=1)).ravel()
    own = holders @ (1.0 / sd[pick])
    offset = holders @ (mean[pick] / sd[pick])
    z = ((cross - own) / np.maximum(size - 1, 1) - offset) / np.maximum(size, 1)
    return common[(z >= threshold) & (size > 1)]


def assign_batch(
    docs: Sequence[Doc],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    refine: int = REFINE_PASSES,
    time_scale: float = TIME_SCALE_DAYS,
    steps: Steps | None = None,
    copies: bool = True,
    runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> list[int]:
    """A story number for each doc (numbers are arbitrary; groups are what count).
    ``steps``: told the work done (batch_steps units per article, cleaning aside).
    ``copies``: copies of one article are clustered as one (stories/copies.py).
    ``runs``: the docs' features.line_runs when already hashed (the copies' pass hands
    its representatives' on), so that each article's runs are hashed once."""
    if not docs:
        return []
    counts, df, parsed = _parsed_counts(docs, steps)
    vecs = [df.weigh(c) for c in counts]
    x = rows(vecs)
    if runs is None and ((copies and len(docs) > 1) or PASSAGE_MIN_RUNS is not None):
        runs = line_runs(parsed, PASSAGE_STEMS)  # the page rules' and the passages' runs
    if copies and len(docs) > 1 and runs is not None:
        groups = find_copies(parsed, x)
        # A listing page (a section front) is a story of its own and no part of the
        # pile the others are clustered in; a page another prints is that page's copy.
        pages = page_runs(parsed, runs)
        listing = listing_pages(pages, x, groups)
        groups = contained_copies(pages, groups, skip=listing)
        del pages
        if listing.any() or len(np.unique(groups)) < len(docs):
            del parsed
            keep = np.flatnonzero(~listing)
            reps, index, picks = representatives(
                [docs[int(i)] for i in keep], x[keep], groups[keep]
            )
            inner = assign_batch(
                reps,
                threshold,
                refine=refine,
                time_scale=time_scale,
                steps=steps,
                copies=False,
                runs=runs_of_rows(runs, keep[picks], len(docs)),
            )
            labels = np.full(len(docs), -1, dtype=np.int64)
            labels[keep] = np.asarray(inner, dtype=np.int64)[index]
            alone = np.flatnonzero(listing)
            labels[alone] = labels.max(initial=-1) + 1 + np.arange(len(alone))
            return labels.tolist()
    links = (
        None
        if runs is None or PASSAGE_MIN_RUNS is None
        else passage_links(runs[0], runs[1], len(docs), PASSAGE_MIN_RUNS, PASSAGE_MAX_DOCS)
    )
    del parsed, runs  # token codes and runs: the largest things held here (50 MB at 10,000)
    order = stable_order(docs)
    prior: Prior = (PRIOR_MEAN, PRIOR_SD)
    if SMALL_PILE_ONE_FEATURE_OUT and 1 < len(docs) < PRIOR_DOCS:
        # A small pile: one shared name must not make a story (one_feature_out).
        vecs, x = one_feature_out(x)
        prior = (PRIOR_MEAN - ONE_FEATURE_OUT_MEAN_DROP, PRIOR_SD)

    def bg_step(n: int) -> None:
        if steps is not None:
            steps(n * STEP_BACKGROUND)

    mean, sd = _background(x, order, bg_step, prior)
    # A story that is a large share of the pile keeps its own words (story_features);
    # only then are the vectors and backgrounds computed again (never in a small pile:
    # no feature is in more than COMMON_MIN_DOCS of fewer than PRIOR_DOCS articles).
    keep = story_features(counts, df, x, mean, sd, threshold)
    if len(keep):
        df.story_words = np.zeros(DIM, dtype=bool)
        df.story_words[keep] = True
        vecs = [df.weigh(c) for c in counts]
        x = rows(vecs)
        if steps is not None:
            steps.grow(len(docs) * STEP_BACKGROUND)
        mean, sd = _background(x, order, bg_step, prior)
    days = [d.day for d in docs]
    engine = Engine(threshold, time_scale=time_scale, quiet_days=None)
    labels = np.zeros(len(docs), dtype=np.int64)
    for s in range(0, len(order), CHUNK):
        part = order[s : s + CHUNK]
        keys = engine.assign([vecs[i] for i in part], [days[i] for i in part], mean[part], sd[part])
        labels[part] = keys
        if steps is not None:
            steps(len(part) * STEP_ASSIGN)
    dayv = np.array([np.nan if d is None else d for d in days])
    labels = refine_labels(
        x,
        dayv,
        mean,
        sd,
        labels,
        threshold,
        refine=refine,
        time_scale=time_scale,
        links=links,
        steps=steps,
    )
    if SILENCE_SPLIT and len(docs) >= PRIOR_DOCS:  # a small pile: see SILENCE_SPLIT
        cut = split_at_silence(x, dayv, mean, sd, labels, threshold, time_scale, links)
        if _changed(labels, cut):
            labels = refine_labels(
                x, dayv, mean, sd, cut, threshold, refine=refine, time_scale=time_scale, links=links
            )
    if MEMBER_SPREAD is not None:
        labels = member_merge(x, dayv, mean, sd, labels, time_scale, links)
    if steps is not None:
        steps.finish()
    return labels.tolist()


def _longest_silence(dayv: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Which articles come after their story's longest silence (the longest gap between
    two of its publication days; of equal gaps the earliest): True for them. None in a
    story with an undated article (it has no place in time), published on one day, or
    whose longest silence leaves fewer than SILENCE_CHAPTER_MIN articles on a side."""
    late = np.zeros(len(labels), dtype=bool)
    uniq, lab = np.unique(labels, return_inverse=True)
    undated = np.zeros(len(uniq), dtype=bool)
    undated[lab[~np.isfinite(dayv)]] = True
    order = np.lexsort((dayv, lab))
    bounds = np.flatnonzero(np.diff(lab[order])) + 1
    for part in np.split(order, bounds):
        if undated[lab[part[0]]] or len(part) < 2:
            continue
        gaps = np.diff(dayv[part])
        cut = int(gaps.argmax()) + 1
        if gaps[cut - 1] > 0 and min(cut, len(part) - cut) >= SILENCE_CHAPTER_MIN:
            late[part[cut:]] = True
    return late


def split_at_silence(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    threshold: float,
    time_scale: float = TIME_SCALE_DAYS,
    links: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """The labels with each story cut at its longest silence where the two chapters
    would not be merged: the lower of the two directions' mean article affinity (each
    chapter's articles scored against the other, engine.best_matches' story-to-story
    score), divided by the time discount between them (none when a shared passage links
    them), below the threshold. Stories with an undated article are left whole.

    Why: the single pass joins one article at a time, so the first article of a new
    story on a familiar subject (a second chapter weeks later: the Turkish government's
    fall after the Ocalan crisis) can join the old story, and the new story's later
    articles follow it; the refinement passes then keep them, each scoring its own
    chapter as part of its story. Asked as the merge rule asks two stories, the chapters
    do not belong together. The cut is only tried where the story is silent longest, the
    one place a second story most plausibly begins (trying the weakest of every day's
    cuts split real stories: docs/history/stories-rounds.md, s34 clS round)."""
    late = _longest_silence(dayv, labels)
    if not late.any():
        return labels
    uniq, lab = np.unique(labels, return_inverse=True)
    cand = np.unique(lab[late])  # stories with a cut: chapter rows 2c (early), 2c+1 (late)
    at = np.full(len(uniq), -1)
    at[cand] = np.arange(len(cand))
    rows_ = np.flatnonzero(at[lab] >= 0)
    chap = 2 * at[lab[rows_]] + late[rows_]
    member = sparse.csr_matrix(
        (np.ones(len(rows_)), (chap, rows_)), shape=(2 * len(cand), x.shape[0])
    )
    sums = (member @ x).tocsr()
    wsums = (member @ (sparse.diags(1.0 / sd) @ x)).tocsr()
    osum = member @ (mean / sd)
    size = np.bincount(chap, minlength=2 * len(cand)).astype(float)
    first = np.full(2 * len(cand), np.inf)
    last = np.full(2 * len(cand), -np.inf)
    np.fmin.at(first, chap, dayv[rows_])
    np.fmax.at(last, chap, dayv[rows_])
    e, l_ = np.arange(0, 2 * len(cand), 2), np.arange(1, 2 * len(cand), 2)
    norm = size[e] * size[l_]
    ab = np.asarray(wsums[e].multiply(sums[l_]).sum(axis=1)).ravel() / norm - osum[e] / size[e]
    ba = np.asarray(sums[e].multiply(wsums[l_]).sum(axis=1)).ravel() / norm - osum[l_] / size[l_]
    gap = first[l_] - last[e]
    if links is not None:
        linked = (member @ links @ member.T).tocsr()
        gap = np.where(np.asarray(linked[e, l_]).ravel() > 0, 0.0, gap)
    span = np.maximum(span_days(first[e], last[e]), span_days(first[l_], last[l_]))
    low = np.minimum(ab, ba) / time_discount(gap, span, time_scale)
    cut = np.zeros(len(uniq), dtype=bool)
    cut[cand[low < threshold]] = True
    out = labels.copy()
    moved = late & cut[lab]
    out[moved] = labels.max() + 1 + lab[moved]
    return out


def _member_scores(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    time_scale: float,
    links: sparse.csr_matrix | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """How each story's articles score each story, as _refine scores them (an article's
    own story counted without it, time discount, passages): (unique labels, sizes, mean
    score [j, k] of story j's articles for story k, and its standard deviation). The
    articles x stories scores are summed chunk by chunk, never held whole."""
    stories = _stories(x, dayv, labels)
    uniq, size = stories[0], stories[3]
    k = len(size)
    total = np.zeros((k, k))
    square = np.zeros((k, k))
    for _, _, own, scores in _story_scores(x, dayv, mean, sd, stories, time_scale, links):
        np.add.at(total, own, scores)
        np.add.at(square, own, scores**2)
    cross = total / size[:, None]
    spread = np.sqrt(np.maximum(square / size[:, None] - cross**2, 0.0))
    return uniq, size, cross, spread


def member_merge(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    time_scale: float = TIME_SCALE_DAYS,
    links: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """Merge stories whose articles would pass as each other's members: story j's
    articles score story k, on average, within MEMBER_SPREAD standard deviations of the
    scores k's own articles give k, and significantly above their background; and k's
    articles score j so too. Each story of at least MEMBER_MIN articles merges with the
    one whose lower side is highest, when that choice is mutual; rounds until none.

    Why: the merge rule (engine.mutual_best_pairs) asks two stories to score each other
    at the threshold, as an article joins a story. Fragments of a story of 80-100
    articles never do: each article's background holds 24 near neighbours of its own
    story (engine.MAX_NEIGHBOUR_SHARE), so its spread is wide and its scores of the
    other fragment stay at 0.6-1.4, though its own fragment scores it little higher
    (about 2 standard deviations of its members' scores, where a DUC topic's twin sits
    4-7 away). Asked whether the other fragment's articles look like its own, they do
    (docs/stories.md, s29 stT round)."""
    spread_max = MEMBER_SPREAD if MEMBER_SPREAD is not None else CLIP_SD
    labels = labels.copy()
    for _ in range(50):
        uniq, size, cross, spread = _member_scores(x, dayv, mean, sd, labels, time_scale, links)
        k = len(size)
        if k < 2:
            break
        own, own_sd = np.diag(cross).copy(), np.diag(spread).copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            # [j, k]: how far below k's own articles j's articles score k, in k's spreads.
            gap = (own[None, :] - cross) / own_sd[None, :]
            stands = cross * np.sqrt(size)[:, None] / spread >= MEMBER_SIGNIFICANCE
        big = size >= MEMBER_MIN
        ok = (gap <= spread_max) & stands & big[:, None] & big[None, :]
        ok &= ok.T
        np.fill_diagonal(ok, False)
        if not ok.any():
            break
        low = np.where(ok, np.minimum(cross, cross.T), -np.inf)
        best = low.argmax(axis=1)
        relabel = np.arange(k)
        for a in np.flatnonzero(ok.any(axis=1)).tolist():
            b = int(best[a])
            if a < b and best[b] == a:
                relabel[b] = a
        if (relabel == np.arange(k)).all():
            break
        labels = uniq[relabel[np.searchsorted(uniq, labels)]]
    return labels


def refine_labels(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    threshold: float,
    *,
    refine: int = REFINE_PASSES,
    time_scale: float = TIME_SCALE_DAYS,
    links: sparse.csr_matrix | None = None,
    steps: Steps | None = None,
) -> np.ndarray:
    """The refinement passes (move each article to its best story, then merge mutual
    best matches) until nothing moves, at most ``refine`` times: batch's second look at
    its single pass, used by the store too for an update's new articles."""
    for _ in range(refine):
        new = _refine(x, dayv, mean, sd, labels, threshold, time_scale, links)
        new = _merge(x, dayv, mean, sd, new, threshold, time_scale, links)
        moved = _changed(labels, new)
        labels = new
        if steps is not None:
            steps(len(labels) * STEP_REFINE)
        if not moved:
            break
    return labels


def one_feature_out(
    x: sparse.csr_matrix,
) -> tuple[list[tuple[np.ndarray, np.ndarray]], sparse.csr_matrix]:
    """Vectors of a small pile (one a row of ``x``, unit length) whose dot products are
    the articles' cosines less the largest single product of a feature they share
    (each article's own product with itself stays 1): (vectors, their rows). They have
    one dimension per article (an eigendecomposition of those similarities, whose few
    negative eigenvalues, rounding, are set to 0), so every score of the batch's passes
    reads them as it reads feature vectors.

    Why: in a pile of a few articles the background is mostly the prior, and the
    general-English weights (features.DocFreq.weigh) cannot know that a town's or a
    person's name is in every story about them: it is a name, so it weighs in full. A
    short note that shares one name and one word with a story ("Riverton", "town")
    stood 1.7 standard deviations above its background against the story of a fire in
    that town and joined it, while a story's own articles share many features. Taking
    out the one feature a pair shares most asks a similarity to rest on more than one
    coincidence (docs/stories.md, Small piles)."""
    n = x.shape[0]
    gram = dots(x, x)
    # The pile's features only, dense (fewer than 50 articles: a few thousand columns).
    held = x[:, np.unique(x.indices)].toarray()
    top = np.zeros((n, n))
    for a in range(n):
        top[a] = (held[a] * held).max(axis=1, initial=0.0)
    np.fill_diagonal(top, 0.0)
    sims = gram - top
    vals, basis = np.linalg.eigh((sims + sims.T) / 2)
    u = basis * np.sqrt(np.maximum(vals, 0.0))[None, :]
    where = np.arange(n, dtype=np.int64)
    return [(where, u[i].copy()) for i in range(n)], sparse.csr_matrix(u)


def _background(
    x: sparse.csr_matrix,
    order: list[int],
    on_rows: Callable[[int], None] | None = None,
    prior: Prior = (PRIOR_MEAN, PRIOR_SD),
) -> tuple[np.ndarray, np.ndarray]:
    """Each article's background (engine.background) in a pile."""
    n = x.shape[0]
    # Every k-th article in publication order: a sample spread over the whole period.
    step = max(1, len(order) // BACKGROUND_SAMPLE)
    sample = np.array(order[::step][:BACKGROUND_SAMPLE])
    inside = np.zeros(n, dtype=bool)
    inside[sample] = True
    # Near neighbours from the whole pile (a spread sample of it when it is very large).
    step = max(1, -(-len(order) // NEIGHBOUR_SAMPLE))
    near = np.array(sorted(order[::step]))
    in_near = np.zeros(n, dtype=bool)
    in_near[near] = True
    return background(
        x,
        x[sample],
        self_in_ref=inside,
        pile=x[near],
        self_in_pile=in_near,
        pile_scale=n / len(near),
        reference=min(n - 1, BACKGROUND_SAMPLE) + PRIOR_WEIGHT,
        ref_in_pile=sample if len(near) == n else None,
        prior=prior,
        step=on_rows,
    )


def _changed(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two labelings group the items differently."""
    pairs = len(set(zip(a.tolist(), b.tolist(), strict=True)))
    return not (pairs == len(set(a.tolist())) == len(set(b.tolist())))


def _stories(
    x: sparse.csr_matrix, dayv: np.ndarray, labels: np.ndarray
) -> tuple[np.ndarray, np.ndarray, sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """(unique labels, story of each article, story sums, sizes, first day, last day)."""
    uniq, lab = np.unique(labels, return_inverse=True)
    k, n = len(uniq), x.shape[0]
    member = sparse.csr_matrix((np.ones(n), (lab, np.arange(n))), shape=(k, n))
    sums = (member @ x).tocsr()
    size = np.bincount(lab, minlength=k).astype(float)
    first = np.full(k, np.inf)
    last = np.full(k, -np.inf)
    np.fmin.at(first, lab, dayv)
    np.fmax.at(last, lab, dayv)
    return uniq, lab, sums, size, first, last


def _story_scores(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    stories: tuple[np.ndarray, np.ndarray, sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray],
    time_scale: float,
    links: sparse.csr_matrix | None = None,
    alone: float | None = None,
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Each chunk's (article indices, row numbers, own stories, scores of its articles
    for every story): an article's own story counted without it, standardised by its
    background, discounted by time unless a shared passage links it to the story.
    ``alone``: the score of an article's own story when it is that story's only member.

    Why: _refine and _member_scores score articles against stories the same way; the
    articles x stories scores are made chunk by chunk, never held whole."""
    _, lab, sums, size, first, last = stories
    n = x.shape[0]
    linked = None
    if links is not None:
        member = sparse.csr_matrix((np.ones(n), (np.arange(n), lab)), shape=(n, len(size)))
        linked = (links @ member).tocsr()
    span = span_days(first, last)[None, :]
    for s in range(0, n, CHUNK):
        idx = np.arange(s, min(n, s + CHUNK))
        r = np.arange(len(idx))
        own = lab[idx]
        dot = dots(x[idx], sums)
        dot[r, own] -= np.asarray(x[idx].multiply(x[idx]).sum(axis=1)).ravel()
        sizes = np.broadcast_to(size, dot.shape).copy()
        sizes[r, own] -= 1
        scores = (dot / np.maximum(sizes, 1.0) - mean[idx, None]) / sd[idx, None]
        if alone is not None:
            scores[sizes == 0] = alone
        gap = time_gap(dayv[idx, None], first[None, :], last[None, :])
        if linked is not None:
            gap = np.where(linked[idx].toarray() > 0, 0.0, gap)
        scores /= time_discount(gap, span, time_scale)
        yield idx, r, own, scores


def _refine(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    threshold: float,
    time_scale: float,
    links: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """Move every article to its best story now (its own story counted without it);
    an article below the threshold everywhere stands alone. ``links``: articles that
    share a passage (shared_passages): no time discount to a story holding one."""
    stories = _stories(x, dayv, labels)
    new = stories[1].copy()
    scored = _story_scores(x, dayv, mean, sd, stories, time_scale, links, alone=-np.inf)
    for idx, r, own, scores in scored:
        best = scores.argmax(axis=1)
        top = scores[r, best]
        choice = np.where(scores[r, own] >= top, own, best)
        new[idx] = np.where(top < threshold, -1 - idx, choice)
    return new


def _merge(
    x: sparse.csr_matrix,
    dayv: np.ndarray,
    mean: np.ndarray,
    sd: np.ndarray,
    labels: np.ndarray,
    threshold: float,
    time_scale: float,
    links: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """Join stories that are mutual best matches (engine.mutual_best_pairs), in rounds.
    ``links``: as for _refine (no time discount between stories sharing a passage).

    Why: the single pass splits a story whose first articles took different angles.
    """
    labels = labels.copy()
    weighted = sparse.diags(1.0 / sd) @ x
    offset = mean / sd
    changed: set[int] | None = None  # labels grown by the last round (None: all)
    for _ in range(50):
        uniq, lab, sums, size, first, last = _stories(x, dayv, labels)
        k, n = len(uniq), x.shape[0]
        member = sparse.csr_matrix((np.ones(n), (lab, np.arange(n))), shape=(k, n))
        cand = None if changed is None else np.flatnonzero(np.isin(uniq, list(changed)))
        pairs = mutual_best_pairs(
            sums,
            (member @ weighted).tocsr(),
            size,
            member @ offset,
            first,
            last,
            threshold,
            time_scale,
            cand,
            linked=None if links is None else (member @ links @ member.T).tocsr(),
        )
        if not pairs:
            break
        relabel = np.arange(k)
        for a, b in pairs:
            relabel[b] = a
        changed = {int(uniq[a]) for a, _ in pairs}
        labels = uniq[relabel[lab]]
    return labels


def cluster(
    articles: Iterable[Any],
    *,
    threshold: float | None = None,
    refine: int = REFINE_PASSES,
    on_error: str = "raise",
    progress: Callable[[int, int], None] | None = None,
) -> ClusterResult:
    """Group articles into stories; every article lands in exactly one story, except an
    article with no text after cleaning, which is listed in the result's ``skipped``
    (with its id and where it came from) instead: a story of it could not be summarized.
    ``on_error="skip"`` lists an unusable item there too (no text field, an id used
    twice ...) and clusters the rest, as ``summarize_batch`` does; the default raises.

    ``articles``: strings, dicts in the batch schema or :class:`~newsbrief.Article`
    objects, as :func:`newsbrief.summarize` takes them (each is cleaned once, here).
    The result is a list of :class:`~newsbrief.Story`. ``threshold``: the standardised
    affinity an article needs to join a story (default 1.25, chosen on DUC 2003, see
    docs/stories.md). Stories come largest first (ties: earliest article first); each
    story's articles in publication order, then input order; story ids depend only on
    the story's first article, so they are the same on every run.
    ``progress(done, total)``: called as the work advances (``done / total`` is the
    share done; the units are arbitrary), for a progress bar.
    """
    from ..options import check_on_error

    th = check_threshold(threshold)
    check_on_error(on_error)
    bad: list[SkippedArticle] | None = [] if on_error == "skip" else None
    items = articles if isinstance(articles, (str, bytes)) else list(articles)
    steps = Steps(progress, batch_steps(len(items), refine)) if progress else None
    docs, skipped = split_empty(to_docs(items, bad=bad, step=steps))
    if steps is not None:  # articles left out go through no later stage
        steps.grow((len(docs) - len(items)) * (batch_steps(1, refine) - STEP_CLEAN))
    labels = assign_batch(docs, th, refine=refine, steps=steps)
    if steps is not None:
        steps.finish()
    return ClusterResult(stories_from_labels(docs, labels), [*(bad or ()), *skipped])


def stories_from_labels(docs: Sequence[Doc], labels: Sequence[int]) -> list[Story]:
    order = stable_order(docs)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(labels[i], []).append(i)
    stories = [
        Story(story_id(docs[m[0]].id), tuple(docs[i].article for i in m)) for m in groups.values()
    ]
    first_pos = {s.id: min(a.position for a in s.articles) for s in stories}
    stories.sort(key=lambda s: (-len(s.articles), first_pos[s.id]))
    return stories
