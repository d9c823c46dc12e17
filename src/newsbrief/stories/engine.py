"""The clustering engine shared by batch clustering and the incremental store.

Score. An article's affinity to a story is its mean cosine similarity to the story's
articles (group-average link), *standardised by the article's own background*: minus
the mean and over the standard deviation of its similarities to articles in general.
Why standardise: how similar two articles of one story look depends on the text (long
scraped pages with many topics score lower than short wire copy; a pile of one-subject
articles scores higher), while how far a same-story pair stands out above the crowd does
not. The background of each article comes from the other articles at hand (a batch) or
the most recent stored ones (the store), shrunk toward a prior measured on DUC 2003
(``PRIOR_*``) so that a handful of articles still gets sensible scores. The score is then
discounted for the time between the article and the story (``TIME_SCALE_DAYS``, grown by
the story's span, ``SPAN_SHARE``; not between articles that share a long passage:
``cluster.shared_passages``, in a batch's refinement and merges and in the store's joins).
An article or story without a date is not discounted against any other: its time is
unknown, not far (``time_gap``); two dated ones keep their discount. Dates are not read
from an article's text: the full dates DUC 2003 articles state are the events' (1973,
1988), not the publication's, and dating undated articles by them lowered the half-dated
mix from 0.927 to 0.913 (history: round clU).

Why the background has a fixed size. An article's own close neighbours (its story, its
topic) are part of "articles in general", and they are what widens its spread: an
article in a crowded topic must stand out further. But counted as a share of the mix,
they weigh 10 in 100 articles and 10 in 1,000, so the same threshold merged far more in
a large mix than in a small one (on DUC 2003 with a 1,000-article mix emulated, B-cubed
F1 fell from 0.92 to 0.80-0.88). So the spread is measured in two parts: the noise (the
article's cosines to a sample, its near neighbours clipped off at CLIP_SD standard
deviations) and the near neighbours themselves (all of them, from the whole pile),
counted as part of a reference of REFERENCE_SIZE articles whatever the size of the mix
(a smaller mix is its own reference: with few articles there is little evidence, and
its near neighbours weigh more, so it joins cautiously, as before). They are at most
MAX_NEIGHBOUR_SHARE of the reference: many neighbours mean a big story as often as a
crowded topic, and counted without bound they broke stories of 50-100 articles apart.

Assignment. An article joins the best-scoring story if the score reaches the threshold,
else it starts a story; a one-article story only if its article also scores the
newcomer at the threshold (PAIR_THRESHOLD); in the store, any story only if its
articles, on average, score the newcomer at half the threshold (``back_share``: the
store cannot undo a join), and re-scoring lets a lone article join the story it now
fits (``merge(attach=True)``); fed one article, the store lets a join its story's
articles see below the threshold wait (``assign(wait=True)``, store.JOIN_WAIT_DAYS).
Articles are taken in micro-batches: one sparse product gives every article's
similarity to every candidate story and to the other articles of its batch; inside
the batch the sequential assignment only updates those numbers for the stories the
batch grows (exact, no approximation). The
per-article cost is one sparse row times the candidate matrix, not a Python loop over
stories.

Bounds. Only *active* stories are candidates: a story with nothing published within
``quiet_days`` of the newest article is quiet and leaves the candidate matrix (it stays
stored, it is just never joined again). Memory and time per article are bounded by the
number of active stories times their vocabulary, not by the size of the archive.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

try:  # scipy's own kernels for a product of two CSR matrices and its dense copy
    from scipy.sparse._sparsetools import (  # type: ignore[import-untyped]
        csr_matmat as _csr_matmat,
    )
    from scipy.sparse._sparsetools import (
        csr_todense as _csr_todense,
    )
except ImportError:  # pragma: no cover - a scipy without them: the public product
    _csr_matmat = _csr_todense = None

from .features import DIM, PRIOR_DOCS

# Standardised affinity an article needs to join a story. Chosen by cross-validation
# over halves of the DUC 2003 clusters (docs/stories.md).
DEFAULT_THRESHOLD = 1.25
# Time discount: a story whose articles lie d days from the article's publication time
# scores z / (1 + d / TIME_SCALE_DAYS). Stories run for weeks; a same-topic story a
# month apart is more often another story.
TIME_SCALE_DAYS = 30.0
# The time scale grows with how long the story has run: a story already covered for
# three weeks (a crisis, a trial, a search) is likely to run on, and what it has shown of
# its lifetime is the best estimate of what is left of it. The discount is
# 1 + d / (TIME_SCALE_DAYS + SPAN_SHARE * span), span the days from the story's first to
# its last article (of two stories, the longer's; an article alone has none). 1 by the
# principle (the span counts as what is left); 0: the fixed scale (docs/stories.md,
# issue 12, s23 span round).
SPAN_SHARE = 1.0
# The background similarity of an article to articles in general, before any are seen:
# mean and standard deviation of the cosine between DUC 2003 articles, trusted like
# PRIOR_WEIGHT observed articles.
PRIOR_MEAN = 0.02
PRIOR_SD = 0.03
PRIOR_WEIGHT = 20.0
# The same measured with every feature weighed alike (no IDF): the cosine between DUC
# 2003 articles over all pairs is 0.082 / 0.057 (mean / SD) unweighted against 0.017 /
# 0.043 with the pile's IDF. A young store's IDF is mostly its prior (features.PRIOR_DOCS
# unseen articles), so its articles share everyday words ("said", "leader", "east") at
# close to full weight, and its background prior moves from this one to the one above
# as its own articles outweigh the IDF's prior (young_prior; docs/stories.md, Chunk size).
UNWEIGHTED_PRIOR_MEAN = 0.08
UNWEIGHTED_PRIOR_SD = 0.04
# Articles the background is measured against: a fixed-size sample is enough to estimate
# a mean and a spread (standard error about 5%) and keeps the cost per article constant.
BACKGROUND_SAMPLE = 300
# The background an article is scored against: noise plus its near neighbours (cosine
# above the noise mean by CLIP_SD of its standard deviations, found in CLIP_ROUNDS
# rounds of clipping), as a reference of at most REFERENCE_SIZE articles (the sample
# and the prior's weight; see the module docstring).
REFERENCE_SIZE = BACKGROUND_SAMPLE + PRIOR_WEIGHT
CLIP_SD = 3.0
CLIP_ROUNDS = 3
# At most this share of the reference are near neighbours (24 of 320 articles). Why: the
# neighbours stand for a crowded topic, but an article of a story with 100 articles has
# 70-100 of them, all its own story; counted in full (the bound was half the reference)
# they made its own story look ordinary and such stories fell apart (B-cubed F1 0.24 on
# 10 stories of 100 articles). DUC 2003 articles have at most 24 near neighbours (median
# 10): this is the lowest bound that changes no figure on real text (docs/stories.md).
MAX_NEIGHBOUR_SHARE = 0.075
# Copies: an article whose cosine to another is at least this (the same wire story sent again, or
# re-sent with a paragraph changed) is that article again, not part of the crowd it must stand out
# from; with a value set, it is left out of the other's background (noise and near neighbours), as
# the article itself is. None (the default): copies count as other articles. Measured and not on
# (docs/history/stories-rounds.md, s24 copies round; benchmarks/cluster_copies.py): one copy at
# cosine 1 doubles an article's spread (0.03 to about 0.06), so the fifth of DUC 2003's articles
# sent twice join at about twice the threshold; left out at 0.9, the 12 halves score 0.954 held
# out (0.937 now), but the whole mix then joins its topic twins at 1.25 (0.920) and asks 1.5,
# where stories of 80-100 articles fall apart (10 x 100: 0.819 from 0.927). The default threshold
# was chosen with copies counted.
COPY_COSINE: float | None = None
# An article joins a one-article story only if that story's article also scores it at
# the threshold (both directions, as step 4 merges two stories). Why: a pair rests on one
# cosine, scored against the newcomer's background alone; a young store, whose
# statistics come from a few dozen articles, made most of its lasting mistakes there
# (a wrong pair is never undone). Store on DUC 2003 (chunks of 50) 0.890 -> 0.900,
# batch unchanged (docs/stories.md, issue 12 pairs round).
PAIR_THRESHOLD = True
# Stories with nothing published within this many days of the newest article are quiet.
# Measured on DUC 2003 fed in time order: 3 days splits stories that run for weeks
# (B-cubed F1 0.79), 7 to 30 days are within 0.01 of each other (docs/stories.md).
DEFAULT_QUIET_DAYS = 14.0

Vector = tuple[np.ndarray, np.ndarray]  # sorted indices, values (unit length)
Prior = tuple[float, float]  # mean and SD of an article's cosine to articles in general


def young_prior(n_docs: int) -> Prior:
    """The background prior for articles weighed with the document frequencies of
    ``n_docs`` articles: the unweighted prior and the weighted one, blended by the square
    of the IDF prior's share (features.PRIOR_DOCS unseen articles against ``n_docs``
    seen). Measured on DUC 2003 with the frequencies of n articles, the mean cosine is
    0.058 / 0.044 / 0.026 / 0.020 at n = 3 / 10 / 50 / 100 (this gives 0.073 / 0.062 /
    0.035 / 0.027, a little stricter). Why: the prior (PRIOR_MEAN) was measured with a
    grown collection's IDF; a store of a few dozen articles gives everyday words nearly
    full weight, so two unrelated articles stood 1.5-2 prior SDs apart and paired (a new
    store fed one article at a time had 7 DUC topics in one story by article 40). Used
    by the store only: its first decisions are permanent, a batch revises its own in
    refinement passes (docs/stories.md, Chunk size)."""
    # The IDF prior's share of the weights, squared: what everyday words add to a cosine
    # is a product of both articles' weights on them.
    share = (PRIOR_DOCS / (max(n_docs, 0) + PRIOR_DOCS)) ** 2
    mean = share * UNWEIGHTED_PRIOR_MEAN + (1.0 - share) * PRIOR_MEAN
    second = share * (UNWEIGHTED_PRIOR_SD**2 + UNWEIGHTED_PRIOR_MEAN**2) + (1.0 - share) * (
        PRIOR_SD**2 + PRIOR_MEAN**2
    )
    return mean, float(np.sqrt(second - mean**2))


class SparseSum:
    """A sum of sparse vectors: additions queue up and are added together on demand
    (one numpy reduction instead of a Python loop over every feature of every article)."""

    __slots__ = ("_idx", "_parts", "_val")

    def __init__(self, idx: np.ndarray | None = None, val: np.ndarray | None = None) -> None:
        self._idx = np.zeros(0, dtype=np.int64) if idx is None else idx
        self._val = np.zeros(0) if val is None else val
        self._parts: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, idx: np.ndarray, val: np.ndarray) -> None:
        self._parts.append((idx, val))

    def absorb(self, other: SparseSum) -> None:
        self._parts.append(other.arrays())

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self._parts:
            added = sum(len(p[0]) for p in self._parts)
            if len(self._idx) >= MERGE_SUM_MIN and 2 * added <= len(self._idx):
                self._idx, self._val = _add_into(self._idx, self._val, self._parts)
            else:
                idx = np.concatenate([self._idx, *(p[0] for p in self._parts)])
                val = np.concatenate([self._val, *(p[1] for p in self._parts)])
                self._idx, inv = _unique_inverse(idx)
                self._val = np.bincount(inv, weights=val)
            self._parts = []
        return self._idx, self._val


# A sum of at least this many features takes a few vectors in by inserting their new
# features (_add_into) instead of sorting everything again.
MERGE_SUM_MIN = 8192


def _add_into(
    idx: np.ndarray, val: np.ndarray, parts: Sequence[tuple[np.ndarray, np.ndarray]]
) -> tuple[np.ndarray, np.ndarray]:
    """SparseSum.arrays for a large sum (sorted unique ``idx``) and a few vectors: the
    vectors' new features are inserted and every value added in place, in the order
    the bincount over the whole concatenation adds them (the sum's value, then each
    vector's in turn; ``+ 0.0`` is bincount's start), so the same arrays to the last bit.
    Why: a story of a few hundred articles holds tens of thousands of features, and
    sorting them again for a handful of new articles cost 4 times this (merges and the
    store's layouts re-read the sums after every update)."""
    pidx = np.concatenate([p[0] for p in parts])
    pval = np.concatenate([p[1] for p in parts]).astype(np.float64, copy=False)
    dtype = np.result_type(idx.dtype, pidx.dtype)
    uniq, inv = _unique_inverse(pidx)
    pos = np.searchsorted(idx, uniq)
    held = pos < len(idx)
    held[held] = idx[pos[held]] == uniq[held]
    fresh = ~held
    out_idx = np.insert(idx.astype(dtype, copy=False), pos[fresh], uniq[fresh].astype(dtype))
    out_val = np.insert(val.astype(np.float64, copy=False), pos[fresh], 0.0) + 0.0
    np.add.at(out_val, np.searchsorted(out_idx, uniq)[inv], pval)
    return out_idx, out_val


def _unique_inverse(idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(idx, return_inverse=True)``, sorted stably: a sum's indices are a few
    sorted runs (its sum so far, then each vector added), which a stable sort (timsort)
    merges in about one pass, where np.unique's quicksort sorts them afresh. The same
    arrays either way (the unique values and each entry's place among them)."""
    if not len(idx):
        return idx[:0], np.zeros(0, dtype=np.intp)
    order = np.argsort(idx, kind="stable")
    ordered = idx[order]
    new = np.empty(len(idx), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inv = np.empty(len(idx), dtype=np.intp)
    inv[order] = np.cumsum(new) - 1
    return ordered[new], inv


@dataclass
class StoryState:
    """A story as the engine sees it: the sum of its vectors, time span and size."""

    key: int
    centroid: SparseSum = field(default_factory=SparseSum)  # sum of its article vectors
    first: float | None = None  # days (ordinal) of the earliest dated article
    last: float | None = None
    size: int = 0
    # For story-to-story scores: sum of x_a / sd_a and of mean_a / sd_a over its articles.
    wsum: SparseSum = field(default_factory=SparseSum)
    osum: float = 0.0

    def lone_scale(self) -> float:
        """1 / sd of a one-article story's article (its background spread): with osum,
        how that article scores another (``pair_threshold``). Read off the sums: the
        article's vector has unit length, so |wsum| / |centroid| = 1 / sd."""
        c = float(np.linalg.norm(self.centroid.arrays()[1]))
        return float(np.linalg.norm(self.wsum.arrays()[1])) / c if c > 0 else 0.0

    def add(self, vec: Vector, day: float | None, mean: float, sd: float) -> None:
        """One more article in the story's sums (its vector, background and day)."""
        self.centroid.add(vec[0], vec[1])
        self.wsum.add(vec[0], vec[1] / sd)
        self.osum += mean / sd
        self.size += 1
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def absorb(self, other: StoryState) -> None:
        self.centroid.absorb(other.centroid)
        self.wsum.absorb(other.wsum)
        self.osum += other.osum
        self.size += other.size
        for d in (other.first, other.last):
            if d is not None:
                self.first = d if self.first is None else min(self.first, d)
                self.last = d if self.last is None else max(self.last, d)


def matrix(sums: list[SparseSum]) -> sparse.csr_matrix:
    """The sums as the rows of a sparse matrix."""
    return rows([s.arrays() for s in sums])


def _both_sides(
    ab_dots: np.ndarray,
    ba_dots: np.ndarray,
    idx: np.ndarray,
    size: np.ndarray,
    osum: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    time_scale: float,
    linked: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Mean article affinity of the stories ``idx`` (rows) to every story (columns),
    ``ab``, and of every story's articles to them, ``ba``, time discount applied: the
    two directions a merge (:func:`best_matches`) and an attach (``Engine._attach``)
    weigh. ``ab_dots`` = wsum[idx] . sums and ``ba_dots`` = sums[idx] . wsums.
    ``linked`` (rows ``idx`` x every story, boolean): pairs of stories that share a
    passage (cluster.shared_passages), scored without the time discount."""
    norm = size[idx, None] * size[None, :]
    ab = ab_dots / norm - (osum[idx] / size[idx])[:, None]
    ba = ba_dots / norm - (osum / size)[None, :]
    gap = np.maximum(first[None, :] - last[idx, None], first[idx, None] - last[None, :])
    gap = np.where(np.isfinite(gap), np.maximum(gap, 0.0), 0.0)
    if linked is not None:
        gap = np.where(linked, 0.0, gap)
    span = span_days(first, last)
    discount = time_discount(gap, np.maximum(span[idx, None], span[None, :]), time_scale)
    return ab / discount, ba / discount


def best_matches(
    sums: sparse.csr_matrix,
    wsums: sparse.csr_matrix,
    size: np.ndarray,
    osum: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    time_scale: float,
    which: np.ndarray,
    chunk: int = 512,
    live: tuple[np.ndarray, np.ndarray] | None = None,
    linked: sparse.csr_matrix | None = None,
    silence: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """For the stories ``which`` (row numbers): the best other story and its affinity.

    Two stories' affinity is the lower of the two directions' mean article score (each
    article of one story scored against the other story as if joining it):
    mean over a in A of z_a(B) = (sum_a x_a / sd_a) . (sum_b x_b) / (n_A n_B)
    - (sum_a mean_a / sd_a) / n_A, discounted for the time between the two stories.
    ``live``: story j is row ``live[0][j]`` of ``sums`` and ``live[1][j]`` of ``wsums``
    (:class:`StoryRows` layouts). ``linked``: stories x stories, nonzero where two
    stories share a passage (no time discount between them). ``silence`` (the store's,
    with cluster.SILENCE_SPLIT: the chapter minimum): two stories of that many articles
    or more apart by a silence longer than either has run, the later the smaller
    (:func:`across_silence`), and linked by no passage, are no match yet.
    """
    best = np.full(len(which), -1)
    best_s = np.full(len(which), -np.inf)
    k = sums.shape[0] if live is None else len(live[0])
    # Most stories against every other: one product of every story's row with every
    # other (``full``) holds both directions (story a's products with b are b's with a,
    # transposed: each sums the features the two rows share in ascending order, the
    # same two numbers multiplied), where two products of the rows asked would cost
    # more. Kept to at most ``chunk`` stories, as the products by rows are.
    full = None
    if (
        k <= chunk
        and 2 * len(which) > k
        and sums.has_canonical_format
        and wsums.has_canonical_format
    ):
        full = dots(wsums, sums) if live is None else row_dots(wsums, live[1], sums)[:, live[0]]
    for s in range(0, len(which), chunk):
        idx = which[s : s + chunk]
        # big @ small.T: scipy converts only the small side (see dots())
        if full is not None:
            ab_dots, ba_dots = full[idx], full[:, idx].T
        elif live is None:
            ab_dots, ba_dots = dots(wsums[idx], sums), dots(sums[idx], wsums)
        else:
            at, wat = live
            ab_dots = row_dots(wsums, wat[idx], sums)[:, at]
            ba_dots = row_dots(sums, at[idx], wsums)[:, wat]
        link = None if linked is None else linked[idx].toarray() > 0
        ab, ba = _both_sides(ab_dots, ba_dots, idx, size, osum, first, last, time_scale, link)
        sim = np.minimum(ab, ba)
        if silence is not None:
            held = across_silence(size[idx], first[idx], last[idx], size, first, last, silence)
            sim[held if link is None else held & ~link] = -np.inf
        sim[np.arange(len(idx)), idx] = -np.inf
        j = sim.argmax(axis=1)
        best[s : s + len(idx)] = j
        best_s[s : s + len(idx)] = sim[np.arange(len(idx)), j]
    return best, best_s


def mutual_best_pairs(
    sums: sparse.csr_matrix,
    wsums: sparse.csr_matrix,
    size: np.ndarray,
    osum: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    threshold: float,
    time_scale: float,
    candidates: np.ndarray | None = None,
    live: tuple[np.ndarray, np.ndarray] | None = None,
    linked: sparse.csr_matrix | None = None,
    silence: int | None = None,
) -> list[tuple[int, int]]:
    """Pairs of stories (rows) that are each other's best match at or above the threshold.

    So fragments of one story merge, two stories on one topic do not, and reciprocal
    best pairs make the result independent of the order the stories were made in.
    ``candidates``: only pairs with one of these rows can have changed (the others were
    checked before), so only they and their best partners are scored. ``live``: as for
    :func:`best_matches` (then the stories are ``len(live)``, not the matrices' rows);
    ``linked`` and ``silence`` too.
    """
    k = sums.shape[0] if live is None else len(live[0])
    if k < 2:
        return []
    args = (sums, wsums, size, osum, first, last, time_scale)
    which = np.arange(k) if candidates is None else np.unique(candidates)
    best, best_s = best_matches(*args, which, live=live, linked=linked, silence=silence)
    partner = {int(w): (int(b), float(v)) for w, b, v in zip(which, best, best_s, strict=True)}
    others = np.array(sorted({b for b, v in partner.values() if v >= threshold} - set(partner)))
    if len(others):
        b2, s2 = best_matches(*args, others, live=live, linked=linked, silence=silence)
        partner.update({int(w): (int(b), float(v)) for w, b, v in zip(others, b2, s2, strict=True)})
    pairs = set()
    for a, (b, v) in partner.items():
        if v >= threshold and partner.get(b, (-1, 0.0))[0] == a:
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def rows(vectors: list[Vector]) -> sparse.csr_matrix:
    """Vectors as the rows of a sparse matrix."""
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(v[0]) for v in vectors])
    if indptr[-1]:
        indices = np.concatenate([v[0] for v in vectors])
        data = np.concatenate([v[1] for v in vectors])
    else:
        indices, data = np.zeros(0, dtype=np.int64), np.zeros(0)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(vectors), DIM))


# StoryRows starts afresh once its unused rows hold 1 / DEAD_SHARE of the entries in use.
DEAD_SHARE = 4


class StoryRows:
    """The stories' sums as rows of one sparse matrix kept between calls: a story whose
    sum changed gets a new row at the end (its old row is left unused), so a call costs
    the stories that changed, not a copy of every active story's sum (a feed adding one
    article a call rebuilt the matrix of every active story, three times a call). A
    story's row holds exactly the arrays :func:`matrix` would put there, and each dot
    product sums one row in its stored order whatever row it sits in, so scores are the
    same to the last bit. Unused rows are dropped now and then (DEAD_SHARE)."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._data = np.zeros(0)
        self._indices = np.zeros(0, dtype=np.int32)
        self._ends: list[int] = [0]
        self._row: dict[int, int] = {}  # story key -> row
        self._held: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # the arrays in it
        self._dead = 0  # entries in unused rows
        self._csr: sparse.csr_matrix | None = None

    def layout(
        self, keys: Sequence[int], sums: Sequence[SparseSum]
    ) -> tuple[sparse.csr_matrix, np.ndarray]:
        """The matrix and, per story (in the order given), its row."""
        arrays = [s.arrays() for s in sums]
        changed = []
        for key, (idx, val) in zip(keys, arrays, strict=True):
            held = self._held.get(key)
            # The same array objects: SparseSum replaces its arrays when it grows.
            if held is None or held[0] is not idx or held[1] is not val:
                changed.append((key, idx, val))
        wanted = set(keys)
        gone = [k for k in self._row if k not in wanted]
        if changed or gone:
            self._csr = None
            for key in gone:
                self._drop(key)
            for key, _, _ in changed:
                self._drop(key)
            used = self._ends[-1]
            need = used + sum(len(idx) for _, idx, _ in changed)
            # Unused rows cost every product over the matrix: start afresh once they
            # hold a quarter of what is in use (a copy of the sums, made now and then).
            if self._dead and DEAD_SHARE * self._dead >= need - self._dead:
                self._reset()
                changed = [(k, *a) for k, a in zip(keys, arrays, strict=True)]
                need = sum(len(idx) for _, idx, _ in changed)
                used = 0
            if need > len(self._data):
                size = max(2 * need, 1024)
                data, indices = np.zeros(size), np.zeros(size, dtype=np.int32)
                data[:used], indices[:used] = self._data[:used], self._indices[:used]
                self._data, self._indices = data, indices
            for key, idx, val in changed:
                end = used + len(idx)
                self._indices[used:end] = idx
                self._data[used:end] = val
                used = end
                self._row[key] = len(self._ends) - 1
                self._ends.append(end)
                self._held[key] = (idx, val)
        if self._csr is None:
            end = self._ends[-1]
            self._csr = sparse.csr_matrix(
                (self._data[:end], self._indices[:end], np.asarray(self._ends, dtype=np.int32)),
                shape=(len(self._ends) - 1, DIM),
            )
        live = np.fromiter((self._row[k] for k in keys), dtype=np.int64, count=len(keys))
        return self._csr, live

    def _drop(self, key: int) -> None:
        row = self._row.pop(key, None)
        if row is not None:
            self._dead += self._ends[row + 1] - self._ends[row]
            del self._held[key]


class RowWindow:
    """The rows of the most recent vectors as one sparse matrix, kept up to date as
    vectors arrive and old ones leave, instead of rebuilt from every vector on each call
    (a feed adding one article a call would copy the whole window each time). The
    matrix is the one :func:`rows` builds from the same vectors."""

    def __init__(self, vectors: Sequence[Vector] = ()) -> None:
        self._data = np.zeros(0)
        self._indices = np.zeros(0, dtype=np.int32)
        self._ends: list[int] = [0]  # where each row ends in the arrays (first: start)
        self._used = 0
        self.extend(list(vectors))

    def __len__(self) -> int:
        return len(self._ends) - 1

    def extend(self, vectors: list[Vector]) -> None:
        need = self._used + sum(len(v[0]) for v in vectors)
        if need > len(self._data):  # grow, dropping the rows that left
            start = self._ends[0]
            size = max(2 * (need - start), 1024)
            data, indices = np.zeros(size), np.zeros(size, dtype=np.int32)
            data[: self._used - start] = self._data[start : self._used]
            indices[: self._used - start] = self._indices[start : self._used]
            self._data, self._indices = data, indices
            self._ends = [e - start for e in self._ends]
            self._used -= start
        for idx, val in vectors:
            end = self._used + len(idx)
            self._indices[self._used : end] = idx
            self._data[self._used : end] = val
            self._used = end
            self._ends.append(end)

    def keep_last(self, n: int) -> None:
        if len(self) > n:
            del self._ends[: len(self) - n]

    def matrix(self, last: int | None = None) -> sparse.csr_matrix:
        """The rows (the ``last`` ones only, if given) as a CSR matrix (views, no copy)."""
        ends = self._ends if last is None else self._ends[-(last + 1) :]
        indptr = np.asarray(ends, dtype=np.int32)
        lo, hi = int(indptr[0]), int(indptr[-1])
        return sparse.csr_matrix(
            (self._data[lo:hi], self._indices[lo:hi], indptr - lo),
            shape=(len(ends) - 1, DIM),
        )


# Rows of ``a`` up to which dots() multiplies ``b`` by each row as a dense vector.
FEW_ROWS = 8
_dense = threading.local()  # per thread: a zeroed DIM-long vector (8 MB)


def dots(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    """Dense ``a @ b.T`` for a few rows ``a`` and many rows ``b``, computed as
    ``(b @ a.T).T`` so that scipy converts the small matrix's transpose, not the large one
    (which would cost the large matrix's size on every call).

    For at most FEW_ROWS rows (a feed adding one article a call), each row of ``a`` is
    spread into a zeroed dense vector and ``b`` multiplies it: the transpose's conversion
    costs the full feature width (2**20, about 1 ms) however small ``a`` is, the product
    only ``b``'s entries. Same numbers to the last bit: either way each dot product sums
    ``b``'s row in its stored order (the dense vector adds exact zeros between)."""
    n = a.shape[0]
    if n <= FEW_ROWS and a.shape[1] == DIM and a.has_canonical_format:
        return _spread_dots([_row(a, r) for r in range(n)], b)
    return _dense_product(b, a.T.tocsr()).T


# Results of more entries than this are bounded by the pairs of entries multiplied (one
# gather over b's entries) rather than by the result's size.
SPARSE_BOUND_AT = 1 << 22


def _dense_product(b: sparse.csr_matrix, at: sparse.csr_matrix) -> np.ndarray:
    """``(b @ at).toarray()`` for two CSR matrices, by the kernel scipy's product calls,
    on the same arrays: the same numbers to the last bit (each entry sums ``b``'s row in
    its stored order). Why not the product itself: scipy first runs a pass over every
    pair of entries only to count the result's entries (about 40% of the product's time
    here, where the result is about 90% dense), then builds and checks a sparse result
    only for it to be made dense. Here the result's entries are bounded by its dense
    size (a large result: by the pairs of entries multiplied), and memory is touched
    only as entries are written (the sparse result scipy holds beside the dense one
    costs as much)."""
    m, k = b.shape
    n = at.shape[1]
    if (
        _csr_matmat is None
        or _csr_todense is None
        or b.format != "csr"
        or at.format != "csr"
        or at.shape[0] != k
        or b.dtype != np.float64
        or at.dtype != np.float64
        or not m
        or not n
    ):
        return np.asarray((b @ at).toarray())
    bound = m * n
    if bound > SPARSE_BOUND_AT:  # a large, maybe sparse product: a tighter bound
        bound = min(bound, int(np.diff(at.indptr)[b.indices].sum()))
    idx = np.int32 if max(bound, k, n, b.nnz, at.nnz) < np.iinfo(np.int32).max else np.int64
    indptr = np.empty(m + 1, dtype=idx)
    indices = np.empty(bound, dtype=idx)
    data = np.empty(bound)
    out = np.zeros((m, n))
    try:
        _csr_matmat(
            m,
            n,
            b.indptr.astype(idx, copy=False),
            b.indices.astype(idx, copy=False),
            b.data,
            at.indptr.astype(idx, copy=False),
            at.indices.astype(idx, copy=False),
            at.data,
            indptr,
            indices,
            data,
        )
        _csr_todense(m, n, indptr, indices, data, out)
    except (TypeError, ValueError):  # pragma: no cover - a scipy whose kernels differ
        return np.asarray((b @ at).toarray())
    return out


class _Dots:
    """``dots(a, b)`` for one ``a`` and several ``b``: the transpose of ``a`` that
    scipy would convert on every product (its cost grows with the feature width, 2**20)
    is converted once. The same numbers to the last bit: the same product of the same
    arrays (scipy's own conversion of ``a.T`` to CSR, made here instead)."""

    def __init__(self, a: sparse.csr_matrix) -> None:
        self._a = a
        few = a.shape[0] <= FEW_ROWS and a.shape[1] == DIM and a.has_canonical_format
        self._at = None if few else a.T.tocsr()

    def __call__(self, b: sparse.csr_matrix) -> np.ndarray:
        if self._at is None:
            return dots(self._a, b)
        return _dense_product(b, self._at).T


def row_dots(a: sparse.csr_matrix, which: np.ndarray, b: sparse.csr_matrix) -> np.ndarray:
    """``dots(a[which], b)`` without building ``a[which]`` (scipy's row selection costs
    more than the product for one row): the rows are read where they lie in ``a``. The
    same numbers to the last bit, as it takes the path dots would."""
    if len(which) <= FEW_ROWS and a.shape[1] == DIM:
        parts = [_row(a, int(r)) for r in which]
        # canonical rows (sorted, no repeats), as dots requires for its dense path
        if all(len(idx) < 2 or bool((idx[1:] > idx[:-1]).all()) for idx, _ in parts):
            return _spread_dots(parts, b)
    return dots(a[which], b)


def _row(a: sparse.csr_matrix, r: int) -> Vector:
    lo, hi = a.indptr[r], a.indptr[r + 1]
    return a.indices[lo:hi], a.data[lo:hi]


def _spread_dots(parts: list[Vector], b: sparse.csr_matrix) -> np.ndarray:
    """dots()'s few-rows path: each row spread into a zeroed dense vector."""
    buf = getattr(_dense, "vec", None)
    if buf is None:
        buf = _dense.vec = np.zeros(DIM)
    out = np.empty((len(parts), b.shape[0]))
    for r, (idx, val) in enumerate(parts):
        buf[idx] = val
        try:
            out[r] = b @ buf
        finally:
            buf[idx] = 0.0
    return out


def _background(
    x: sparse.csr_matrix,
    ref: sparse.csr_matrix,
    *,
    self_in_ref: bool | np.ndarray,
    pile: sparse.csr_matrix | None = None,
    self_in_pile: bool | np.ndarray = True,
    pile_scale: float = 1.0,
    reference: float = REFERENCE_SIZE,
    ref_in_pile: np.ndarray | None = None,
    prior: Prior = (PRIOR_MEAN, PRIOR_SD),
    chunk: int = 512,
    step: Callable[[int], None] | None = None,
    x_in_pile: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """:func:`background`; with ``x_in_pile``, also the rows' cosines to each other
    (:func:`background_and_gram`), else None."""
    n = x.shape[0]
    inside = np.broadcast_to(np.asarray(self_in_ref, dtype=bool), (n,))
    in_pile = inside if pile is None else np.broadcast_to(np.asarray(self_in_pile), (n,))
    self_sim = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    mean = np.zeros(n)
    sd = np.zeros(n)
    big = float(reference)
    if pile is not None:  # dense blocks of rows x pile: keep each under about 16 MB
        chunk = max(16, min(chunk, 2_000_000 // max(1, pile.shape[0])))
    gram = None if pile is None or x_in_pile is None else np.empty((n, n))
    for s in range(0, n, chunk):
        pile_sims = None if pile is None else dots(x[s : s + chunk], pile)
        if gram is not None and pile_sims is not None and x_in_pile is not None:
            gram[s : s + chunk] = pile_sims[:, x_in_pile]
        if pile_sims is not None and ref_in_pile is not None:
            block = pile_sims[:, ref_in_pile]
        else:
            block = dots(x[s : s + chunk], ref)
        others = _not_self(block, inside[s : s + chunk], self_sim[s : s + chunk])
        if COPY_COSINE is not None:
            others &= block < COPY_COSINE
        m, d = _moments(block, others, prior)
        cut = np.full(len(m), np.inf)
        for _ in range(CLIP_ROUNDS):
            cut = m + CLIP_SD * d
            m, d = _moments(block, others & (block <= cut[:, None]), prior)
        # The near neighbours: exactly what the last round clipped off (so that with the
        # whole pile as reference, noise and neighbours are all the other articles).
        if pile_sims is None:
            near_sims, near = block, others
        else:
            near_sims = pile_sims
            near = _not_self(near_sims, in_pile[s : s + chunk], self_sim[s : s + chunk])
        near &= near_sims > cut[:, None]
        if COPY_COSINE is not None:
            near &= near_sims < COPY_COSINE
        vals = np.where(near, near_sims, 0.0)
        k = np.minimum(near.sum(axis=1) * pile_scale, big * MAX_NEIGHBOUR_SHARE)
        scale = np.where(near.any(axis=1), k / np.maximum(near.sum(axis=1), 1), 0.0)
        s1 = vals.sum(axis=1) * scale
        s2 = np.square(vals).sum(axis=1) * scale
        mu = ((big - k) * m + s1) / big
        second = ((big - k) * (d**2 + m**2) + s2) / big
        mean[s : s + chunk] = mu
        sd[s : s + chunk] = np.sqrt(np.maximum(second - mu**2, 1e-8))
        if step is not None:
            step(len(mu))
    return mean, sd, gram


def background(
    x: sparse.csr_matrix,
    ref: sparse.csr_matrix,
    *,
    self_in_ref: bool | np.ndarray,
    pile: sparse.csr_matrix | None = None,
    self_in_pile: bool | np.ndarray = True,
    pile_scale: float = 1.0,
    reference: float = REFERENCE_SIZE,
    ref_in_pile: np.ndarray | None = None,
    prior: Prior = (PRIOR_MEAN, PRIOR_SD),
    chunk: int = 512,
    step: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``x``: mean and SD of its cosine to a background of REFERENCE_SIZE
    articles: noise measured on the rows of ``ref`` (near neighbours clipped off, shrunk
    toward the prior) plus the row's near neighbours among the rows of ``pile`` (default
    ``ref``; a sample of the pile counts ``pile_scale`` times). The row itself is left out
    where ``self_in_ref`` / ``self_in_pile`` say it is there. ``reference``: the size of
    the background (the store passes its window of recent articles, smaller while the
    store is young: see store.py). ``ref_in_pile``: the rows of ``pile`` that are
    ``ref`` (then one sparse product serves both). ``prior``: what the noise is shrunk
    toward (:func:`young_prior` in a young store). ``step(rows)``: called as each block
    of rows is done (a progress bar). With COPY_COSINE set, a copy of the row (cosine at
    least that) is left out of both parts, as the row itself is."""
    mean, sd, _ = _background(
        x,
        ref,
        self_in_ref=self_in_ref,
        pile=pile,
        self_in_pile=self_in_pile,
        pile_scale=pile_scale,
        reference=reference,
        ref_in_pile=ref_in_pile,
        prior=prior,
        chunk=chunk,
        step=step,
    )
    return mean, sd


def background_and_gram(
    x: sparse.csr_matrix,
    ref: sparse.csr_matrix,
    pile: sparse.csr_matrix,
    x_in_pile: np.ndarray,
    *,
    self_in_ref: bool | np.ndarray,
    self_in_pile: bool | np.ndarray = True,
    pile_scale: float = 1.0,
    reference: float = REFERENCE_SIZE,
    ref_in_pile: np.ndarray | None = None,
    prior: Prior = (PRIOR_MEAN, PRIOR_SD),
    chunk: int = 512,
    step: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`background`, and the rows' cosines to each other (``gram[r, i]`` = row r .
    row i), read off the product with the pile, which holds the rows (``x_in_pile``: the
    pile's rows that are the rows of ``x``, in order): what :meth:`Engine.assign` would
    multiply again (``gram``). The same numbers to the last bit: each cosine sums the
    pile's row, which is the row of ``x``, in its stored order, as the batch times
    itself does. Why: the store's background multiplies each update by its window of
    recent articles, the update included."""
    mean, sd, gram = _background(
        x,
        ref,
        self_in_ref=self_in_ref,
        pile=pile,
        self_in_pile=self_in_pile,
        pile_scale=pile_scale,
        reference=reference,
        ref_in_pile=ref_in_pile,
        prior=prior,
        chunk=chunk,
        step=step,
        x_in_pile=x_in_pile,
    )
    assert gram is not None
    return mean, sd, gram


def _not_self(block: np.ndarray, inside: np.ndarray, self_sim: np.ndarray) -> np.ndarray:
    """Which entries are other articles: a row that is among the columns has its own
    cosine (its largest, equal to its squared norm) left out, once."""
    keep = np.ones(block.shape, dtype=bool)
    own = np.flatnonzero(inside)
    if len(own) and block.shape[1]:
        top = block[own].argmax(axis=1)
        hit = block[own, top] >= self_sim[own] - 1e-9
        keep[own[hit], top[hit]] = False
    return keep


def _moments(block: np.ndarray, keep: np.ndarray, prior: Prior) -> tuple[np.ndarray, np.ndarray]:
    """Mean and SD of each row's kept values, shrunk toward the prior."""
    w = PRIOR_WEIGHT
    p_mean, p_sd = prior
    vals = np.where(keep, block, 0.0)
    count = keep.sum(axis=1)
    mean = (vals.sum(axis=1) + w * p_mean) / (count + w)
    second = (np.square(vals).sum(axis=1) + w * (p_sd**2 + p_mean**2)) / (count + w)
    return mean, np.sqrt(np.maximum(second - mean**2, 1e-8))


def time_gap(day: float | np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Days between a time (column) and story spans (row); 0 inside or when unknown."""
    gap = np.maximum(first - day, day - last)
    return np.where(np.isfinite(gap), np.maximum(gap, 0.0), 0.0)


def span_days(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Days from a story's first to its last dated article; 0 when unknown."""
    span = np.asarray(last, dtype=float) - np.asarray(first, dtype=float)
    return np.where(np.isfinite(span), np.maximum(span, 0.0), 0.0)


def time_discount(
    gap: np.ndarray, span: np.ndarray | float, time_scale: float, span_share: float | None = None
) -> np.ndarray:
    """What a score is divided by for ``gap`` days between an article (or story) and a
    story that has run ``span`` days (of two stories, the longer span): the time scale
    grows with the story's span (``span_share``, default SPAN_SHARE as set now)."""
    share = SPAN_SHARE if span_share is None else span_share
    return 1.0 + gap / (time_scale + share * span)


def across_silence(
    size_a: np.ndarray,
    first_a: np.ndarray,
    last_a: np.ndarray,
    size_b: np.ndarray,
    first_b: np.ndarray,
    last_b: np.ndarray,
    chapter_min: int,
) -> np.ndarray:
    """Pairs of stories (rows ``a`` x columns ``b``) a store does not merge yet: the
    later one begins after a silence longer than either has run (the days between their
    spans above both spans, so the merged story's longest silence would be that one),
    both hold at least ``chapter_min`` articles, and the later one holds fewer than the
    earlier.

    Why: a batch cuts a story at its longest silence when its two chapters, whole,
    would not merge (cluster.split_at_silence); a store cannot cut, and it sees the
    later chapter's first articles only, the ones most like the old story (what made
    it chain: the Turkish government's fall, two articles, merged into the Ocalan
    crisis of ten, three weeks earlier). It waits until the later chapter weighs as
    much as the earlier, then asks the merge rule; a later chapter larger from the
    start (a story's first two articles, then its main coverage weeks later) is asked
    at once (docs/history/stories-rounds.md, s34 stC round)."""
    gap = np.maximum(first_b[None, :] - last_a[:, None], first_a[:, None] - last_b[None, :])
    span = np.maximum(span_days(first_a, last_a)[:, None], span_days(first_b, last_b)[None, :])
    big = (size_a[:, None] >= chapter_min) & (size_b[None, :] >= chapter_min)
    a_size, b_size = size_a[:, None], size_b[None, :]
    smaller = np.where(first_a[:, None] > first_b[None, :], a_size < b_size, b_size < a_size)
    with np.errstate(invalid="ignore"):
        return np.isfinite(gap) & (gap > 0) & (gap > span) & big & smaller


class Engine:
    """Assigns article vectors to stories; see the module docstring.

    ``back_share`` (the store's; None in a batch): an article joins a story only if the
    story's articles, on average, also score it at this share of the threshold. Why: a
    store cannot undo a join, and the first article of a new story on a familiar topic
    (a second storm, a second trial) scores the old story above the threshold from its
    own side while the old story's articles hardly see it; a batch undoes such joins in
    its refinement passes (docs/stories.md, Store against batch).
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        time_scale: float = TIME_SCALE_DAYS,
        quiet_days: float | None = DEFAULT_QUIET_DAYS,
        pair_threshold: bool = PAIR_THRESHOLD,
        back_share: float | None = None,
        join_span_share: float | None = None,
        silence: int | None = None,
    ) -> None:
        self.threshold = threshold
        # The store's side of a batch's cut at the longest silence (store._silence):
        # None, or the chapter minimum (cluster.SILENCE_CHAPTER_MIN); a merge across a
        # silence waits while the later chapter is the smaller (across_silence).
        self.silence = silence
        # The span share (SPAN_SHARE) an article's join uses; None: SPAN_SHARE. The
        # store's is 0: a join it cannot undo is made on the fixed scale (store.py).
        self.join_span_share = join_span_share
        self.pair_threshold = pair_threshold
        self.back_share = back_share
        self.time_scale = time_scale
        self.quiet_days = quiet_days
        self.stories: dict[int, StoryState] = {}  # active stories only
        self.newest: float | None = None
        self._next_key = 0
        self._matrix: sparse.csr_matrix | None = None
        self._live = np.zeros(0, dtype=np.int64)  # row of each of _keys in _matrix
        self._keys: list[int] = []
        # The stories' sums as matrices kept between calls (StoryRows).
        self._centroid_rows = StoryRows()
        self._wsum_rows = StoryRows()
        self._touched: set[int] = set()  # stories grown since the last merge check
        # Joins ``assign(wait=True)`` held back: (the newcomer's story, the story).
        self.waiting: list[tuple[int, int]] = []
        # Stories that hold two articles sharing a long passage (the store's ``linked``
        # in assign): no time discount between them in merges and attaches, as in a
        # batch's merges (story key -> linked story keys, both ways).
        self.linked: dict[int, set[int]] = {}

    def link(self, a: int, b: int) -> None:
        """Stories ``a`` and ``b`` hold two articles that share a long passage."""
        if a != b:
            self.linked.setdefault(a, set()).add(b)
            self.linked.setdefault(b, set()).add(a)

    def _absorbed(self, keep: int, gone: int) -> None:
        """``gone`` merged into ``keep``: its links are ``keep``'s now."""
        for other in self.linked.pop(gone, set()):
            self.linked[other].discard(gone)
            self.link(keep, other)

    def _linked_rows(self, keys: Sequence[int], rows_of: np.ndarray) -> sparse.csr_matrix | None:
        """The links among these stories as a matrix over their positions (rows ``rows_of``
        of it, all stories as columns), or None when none is linked."""
        if not self.linked:
            return None
        where = {k: n for n, k in enumerate(keys)}
        row_at = {keys[row]: n for n, row in enumerate(rows_of.tolist())}
        r, c = [], []
        for key, others in self.linked.items():  # few: only stories that reprint
            n = row_at.get(key)
            if n is not None:
                for other in others:
                    if other in where:
                        r.append(n)
                        c.append(where[other])
        if not r:
            return None
        return sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(rows_of), len(keys)))

    def new_key(self) -> int:
        self._next_key += 1
        return self._next_key - 1

    def load_story(self, st: StoryState) -> None:
        self.stories[st.key] = st
        self._next_key = max(self._next_key, st.key + 1)
        if st.last is not None and (self.newest is None or st.last > self.newest):
            self.newest = st.last
        self._matrix = None

    def _build(self) -> None:
        self._keys = list(self.stories)
        self._matrix, self._live = self._centroid_rows.layout(
            self._keys, [self.stories[k].centroid for k in self._keys]
        )

    def retire_quiet(self) -> list[int]:
        """Drop quiet stories from the candidates; return their keys."""
        if self.quiet_days is None or self.newest is None:
            return []
        horizon = self.newest - self.quiet_days
        gone = [k for k, s in self.stories.items() if s.last is not None and s.last < horizon]
        for k in gone:
            del self.stories[k]
            for other in self.linked.pop(k, set()):
                self.linked[other].discard(k)
        if gone:
            self._matrix = None
        return gone

    def assign(
        self,
        vectors: list[Vector],
        days: list[float | None],
        mean: np.ndarray,
        sd: np.ndarray,
        linked: Sequence[tuple[Collection[int], Collection[int]]] | None = None,
        wait: bool = False,
        gram: np.ndarray | None = None,
        wait_gap: float = 0.0,
    ) -> list[int]:
        """Story key for each vector, in order; stories are created and grown as needed.

        ``mean``/``sd``: each article's background similarity (see :func:`background`).
        ``linked`` (the store's; per article): the keys of stories and the positions of
        earlier articles of this call it shares a long passage with (store.PassageIndex):
        no time discount to the stories holding them, as a batch's refinement scores them.
        ``wait`` (the store's, with ``back_share``): a join of a dated article to a story
        of two or more that the story's articles see below the full threshold, across a
        gap of at least ``wait_gap`` days since the story's last article, starts a story
        instead, and ``(new story, story it would have joined)`` is added to
        :attr:`waiting` (the store offers the join again later: store.JOIN_WAIT_DAYS;
        ``wait_gap`` 0 for an update of one article, store.JOIN_WAIT_SILENCE_DAYS for one
        of several with batch's cut at the longest silence on).
        ``gram``: the vectors' cosines to each other when the caller has them
        (:func:`background_and_gram`; the same numbers), else they are multiplied here.
        """
        n = len(vectors)
        if n == 0:
            return []
        if self._matrix is None:
            self._build()
        assert self._matrix is not None
        x = rows(vectors)
        k = len(self._keys)
        # Columns: the k active stories, then one slot per article for stories this batch
        # starts. dot[:, c] = (old sum + members added in this batch) . article.
        width = k + n
        dot = np.zeros((n, width))
        times = _Dots(x)  # up to three products with the batch: its transpose made once
        if k:
            dot[:, :k] = times(self._matrix)[:, self._live]
        if gram is None:
            gram = times(x)  # symmetric: the same products in the same order either way
        elif gram.shape != (n, n):
            raise ValueError(f"gram must be {n} x {n}, got {gram.shape}")
        # For back_share: (sum over a story's articles of x_a / sd_a) . article and the
        # sum of mean_a / sd_a give how the story's articles score the newcomer on average.
        wdot = osum = None
        if self.back_share is not None:
            wdot = np.zeros((n, width))
            osum = np.zeros(width)
            if k:
                wmat, wlive = self._wsum_rows.layout(
                    self._keys, [self.stories[key].wsum for key in self._keys]
                )
                wdot[:, :k] = times(wmat)[:, wlive]
                osum[:k] = [self.stories[key].osum for key in self._keys]
        size = np.zeros(width)
        first = np.full(width, np.nan)
        last = np.full(width, np.nan)
        # A one-article story's article: 1 / sd and mean / sd of its background, so
        # that how it scores each new article is (dot * scale - offset).
        lone_scale = np.zeros(width)
        lone_offset = np.zeros(width)
        for j, key in enumerate(self._keys):
            st = self.stories[key]
            size[j] = st.size
            if st.first is not None and st.last is not None:
                first[j], last[j] = st.first, st.last
            if st.size == 1:
                lone_scale[j], lone_offset[j] = st.lone_scale(), st.osum
        keys: list[int] = list(self._keys) + [-1] * n
        col_of = {key: j for j, key in enumerate(self._keys)} if linked is not None else {}
        # Per column, kept up to date as the batch grows stories (each the very expression
        # it stands for, computed once a change instead of once an article): the size at
        # least 1, the time discount's scale (time_discount) and the one-article stories.
        share = SPAN_SHARE if self.join_span_share is None else self.join_span_share
        size1 = np.maximum(size, 1.0)
        scale = self.time_scale + share * span_days(first, last)
        lone = size == 1
        used = k
        out: list[int] = []
        for i in range(n):
            day = days[i]
            best_col, best = -1, -np.inf
            back: np.ndarray | None = None
            if used:
                scores = (dot[i, :used] / size1[:used] - mean[i]) / sd[i]
                discount = None
                if day is not None:
                    gap = time_gap(day, first[:used], last[:used])
                    if linked is not None and (linked[i][0] or linked[i][1]):
                        cols = [col_of[key] for key in linked[i][0] if key in col_of]
                        cols += [col_of[out[j]] for j in linked[i][1] if j < i]
                        gap[cols] = 0.0  # shares a passage: one story however far apart
                    discount = 1.0 + gap / scale[:used]  # time_discount
                    scores = scores / discount
                # A pair forms only as a merge would form it: the lone article must
                # also score the newcomer above the threshold.
                if self.pair_threshold and lone[:used].any():
                    back = dot[i, :used] * lone_scale[:used] - lone_offset[:used]
                    if discount is not None:
                        back = back / discount
                    scores = np.where(lone[:used] & (back < self.threshold), -np.inf, scores)
                if wdot is not None and osum is not None and self.back_share is not None:
                    # The story's side (back_share): its articles, on average, must
                    # score the newcomer at that share of the threshold.
                    back = (wdot[i, :used] - osum[:used]) / size1[:used]
                    if discount is not None:
                        back = back / discount
                    scores = np.where(back < self.back_share * self.threshold, -np.inf, scores)
                best_col = int(np.argmax(scores))
                best = float(scores[best_col])
                if (
                    wait
                    and day is not None
                    and float(gap[best_col]) >= wait_gap
                    and self.back_share is not None
                    and back is not None
                    and best >= self.threshold
                    and size[best_col] >= 2
                    and back[best_col] < self.threshold
                ):
                    # Seen by the story's articles below the threshold: the newcomer
                    # may be the first article of a story of its own (store.py).
                    waited = keys[best_col]
                    best = -np.inf
                else:
                    waited = None
            else:
                waited = None
            if best < self.threshold:
                best_col = used
                used += 1
                key = self.new_key()
                keys[best_col] = key
                col_of[key] = best_col
                self.stories[key] = StoryState(key)
                if waited is not None:
                    self.waiting.append((key, waited))
            c = best_col
            # Only the later articles' rows are read again.
            dot[i + 1 :, c] += gram[i + 1 :, i]
            if wdot is not None and osum is not None:
                wdot[i + 1 :, c] += gram[i + 1 :, i] / sd[i]
                osum[c] += mean[i] / sd[i]
            size[c] += 1
            size1[c] = size[c]  # at least 1 now
            lone[c] = size[c] == 1
            if size[c] == 1:
                lone_scale[c], lone_offset[c] = 1.0 / sd[i], mean[i] / sd[i]
            if day is not None:
                first[c] = day if np.isnan(first[c]) else min(first[c], day)
                last[c] = day if np.isnan(last[c]) else max(last[c], day)
                span = float(last[c] - first[c])  # span_days of this one story
                scale[c] = self.time_scale + share * (
                    span if math.isfinite(span) and span > 0.0 else 0.0
                )
            self._add(self.stories[keys[c]], vectors[i], day, float(mean[i]), float(sd[i]))
            if linked is not None:
                for other in linked[i][0]:
                    if other in self.stories:
                        self.link(keys[c], other)
                for j in linked[i][1]:
                    if j < i:
                        self.link(keys[c], out[j])
            out.append(keys[c])
        self._matrix = None  # sums changed; rebuilt on the next call
        return out

    def merge(
        self, attach: bool = False, only: Collection[int] | None = None
    ) -> list[tuple[int, int]]:
        """Merge active stories that are mutual best matches, in rounds, until none are.

        ``attach``: then a one-article story whose article scores a story of two or
        more at the threshold joins it (:meth:`_attach`), and merging runs again.
        Returns ``(kept, absorbed)`` story keys in the order merges happened. In a
        merge the older story (smaller key) is kept; in an attach the story of two or
        more is kept whatever its key, and the lone article's story is absorbed.
        ``only``: attach only these one-article stories (the store's waiting joins).
        """
        done = self._merge_rounds()
        if attach:
            joined = self._attach(only)
            if joined:
                done += joined
                done += self._merge_rounds()
        if done:
            self._matrix = None
        return done

    def _attach(self, only: Collection[int] | None = None) -> list[tuple[int, int]]:
        """One-article stories whose article scores another story of two or more
        articles at the threshold (its best) join it: the move a batch refinement pass
        makes, done where a store may (the article's story is the article alone, so no
        story id loses an article). The story keeps its key (and so its id in a store);
        the lone article's key is absorbed, even when it is the smaller (older) one. Why:
        a store's early articles were refused with the frequencies of a few dozen
        articles; re-scored, many now fit their story from their own side, but the
        story's articles (most of them on other angles) do not see a single article at
        the threshold, so the two-sided merge rule never joins them (docs/stories.md,
        Store against batch)."""
        keys = sorted(self.stories)
        sts = [self.stories[k] for k in keys]
        size = np.array([float(st.size) for st in sts])
        single = np.flatnonzero(size == 1)
        if only is not None:
            wanted_keys = set(only)
            single = np.array(
                [n for n in single.tolist() if keys[n] in wanted_keys], dtype=np.int64
            )
        if not len(single) or len(keys) < 2:
            return []
        sums, live = self._centroid_rows.layout(keys, [st.centroid for st in sts])
        wsums, wlive = self._wsum_rows.layout(keys, [st.wsum for st in sts])
        osum = np.array([st.osum for st in sts])
        first = np.array([np.inf if st.first is None else st.first for st in sts])
        last = np.array([-np.inf if st.last is None else st.last for st in sts])
        out: list[tuple[int, int]] = []
        wanted: list[tuple[int, int]] = []
        for s in range(0, len(single), 256):
            idx = single[s : s + 256]
            link = self._linked_rows(keys, idx)
            ab, ba = _both_sides(
                row_dots(wsums, wlive[idx], sums)[:, live],
                row_dots(sums, live[idx], wsums)[:, wlive],
                idx,
                size,
                osum,
                first,
                last,
                self.time_scale,
                None if link is None else link.toarray() > 0,
            )
            ab[:, size < 2] = -np.inf
            if self.back_share is not None:  # as a join: the story's side too
                ab[ba < self.back_share * self.threshold] = -np.inf
            j = ab.argmax(axis=1)
            top = ab[np.arange(len(idx)), j]
            for a, b, v in zip(idx.tolist(), j.tolist(), top.tolist(), strict=True):
                if v >= self.threshold:
                    wanted.append((keys[a], keys[b]))
        parent: dict[int, int] = {}

        def find(k: int) -> int:
            while k in parent:
                k = parent[k]
            return k

        for a_key, b_key in wanted:
            # The story keeps its key whatever the keys' order: its id is the one readers
            # already follow, and the lone article's becomes an alias (a lone article that
            # arrived first would otherwise take over an established story).
            gone, keep = find(a_key), find(b_key)
            if gone == keep:
                continue
            parent[gone] = keep
            self.stories[keep].absorb(self.stories.pop(gone))
            self._absorbed(keep, gone)
            self._touched.add(keep)
            out.append((keep, gone))
        return out

    def _merge_rounds(self) -> list[tuple[int, int]]:
        done: list[tuple[int, int]] = []
        for _ in range(50):
            keys = sorted(self.stories)
            sts = [self.stories[k] for k in keys]
            where = {k: n for n, k in enumerate(keys)}
            cand = np.array([where[k] for k in self._touched if k in where], dtype=np.int64)
            if not len(cand):
                break
            sums, live = self._centroid_rows.layout(keys, [st.centroid for st in sts])
            wsums, wlive = self._wsum_rows.layout(keys, [st.wsum for st in sts])
            pairs = mutual_best_pairs(
                sums,
                wsums,
                np.array([float(st.size) for st in sts]),
                np.array([st.osum for st in sts]),
                np.array([np.inf if st.first is None else st.first for st in sts]),
                np.array([-np.inf if st.last is None else st.last for st in sts]),
                self.threshold,
                self.time_scale,
                cand,
                (live, wlive),
                self._linked_rows(keys, np.arange(len(keys))),
                self.silence,
            )
            self._touched = set()
            for a, b in pairs:
                keep, gone = keys[a], keys[b]
                self.stories[keep].absorb(self.stories.pop(gone))
                self._absorbed(keep, gone)
                self._touched.add(keep)
                done.append((keep, gone))
            if not pairs:
                break
        return done

    def _add(self, st: StoryState, vec: Vector, day: float | None, mean: float, sd: float) -> None:
        self._touched.add(st.key)
        st.add(vec, day, mean, sd)
        if day is not None and (self.newest is None or day > self.newest):
            self.newest = day
