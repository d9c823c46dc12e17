"""Copies of one article (the same wire text on several sites) are clustered as one.

Why: a crawl holds the same syndicated article on several sites, and the wire re-sends
it with a word changed. The engine measures how far an article stands above its
background (engine.background), and an article's copies are the nearest neighbours it
can have (cosine near 1): counted as neighbours they widen its spread so much that its
own story no longer stands out, and as articles of the pile they count its words again
in the document frequencies. DUC 2003 with every article twice scored B-cubed F1 0.821,
three times 0.754, against 0.936 once (docs/stories.md, scraped-pages round). A copy is
no new evidence of
anything: the copies of an article are found by cosine (their shared text outweighs the
site furniture around it, which line weighting spreads thin), one of them stands for the
group (with the group's earliest date and a title if any copy has one), and every copy
goes where it goes.

A page that another page prints most of (a teaser cut by a paywall, a page whose debris
outweighs its share of the article) is that page's copy too (:func:`contained_copies`),
and a page that prints the openings of many unrelated articles (a section front) is a
story of its own, kept out of the pile (:func:`listing_pages`; history: s25 clS round).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .docs import Doc
from .engine import PRIOR_MEAN, PRIOR_SD, rows
from .features import RUN_STEMS, DocFreq, Parsed, line_runs, term_counts

# Cosine of two articles' vectors (features.py, line weighted) from which they are copies
# of one article. Chosen on the dev half of benchmarks/cluster_scraped_web.py (B-cubed F1
# flat from 0.6 to 0.8, docs/stories.md, scraped-pages round); no two DUC 2003 articles of different
# stories reach 0.5, and no two pages of different stories in that benchmark 0.55.
COPY_COSINE = 0.7
# Rows per block of the candidates' sparse product (a block of rows x the pile).
_BLOCK = 512
# Text shared word for word (contained_copies, listing_pages): runs of RUN_STEMS content
# stems in a row inside one line (features.line_runs, the runs of cluster's shared
# passages), hashed.
# A page is a copy of a longer one that prints at least CONTAINED_SHARE of its runs and
# at least CONTAINED_MIN_RUNS of them (12 stems in a row: a long sentence): a teaser cut
# by a paywall, or a page whose debris outweighs its share of the article. Chosen on the
# dev half of benchmarks/cluster_scraped_web.py (history: s25 clS round).
CONTAINED_SHARE = 0.6
CONTAINED_MIN_RUNS = 5
# A run printed by more pages than this is left out of both tests: a formula or site
# furniture, not one article's text (and its pairs would cost n squared).
MAX_RUN_PAGES = 64
# A listing page (listing_pages) prints the openings of at least LISTING_MIN_OPENINGS
# other articles, each in a line of its own, those lines hold at least LISTING_SHARE of
# its runs, and the articles it opens are no closer to each other than unrelated
# articles (engine.PRIOR_MEAN + PRIOR_SD). The benchmark's section fronts print 21-25;
# articles recombined from one topic's paragraphs (cluster_scale.py) up to 10, with
# openers at cosine 0.065 and more when they print 8 or more.
LISTING_MIN_OPENINGS = 8
LISTING_SHARE = 0.5
# An article's opening: its first line holding at least this many runs (10 content stems
# in a row, a lead sentence; a cookie banner or a headline holds fewer).
OPENING_MIN_RUNS = 3


def copy_groups(x: sparse.csr_matrix, threshold: float | None = None) -> np.ndarray:
    """A group number per row: rows whose cosine reaches ``threshold`` (default
    COPY_COSINE; rows linked through such pairs too) share one. Rows are unit vectors."""
    threshold = COPY_COSINE if threshold is None else threshold
    pairs = close_pairs(sparse.csr_matrix(x), threshold)
    return _components(x.shape[0], np.array(pairs, dtype=np.int64).reshape(-1, 2))


def _components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of ``n`` rows linked by ``pairs``, each numbered by its
    smallest row (so a group number is a row, and a lone row is its own group)."""
    graph = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    first = np.full(labels.max() + 1 if n else 0, n, dtype=np.int64)
    np.minimum.at(first, labels, np.arange(n))
    return first[labels]


def close_pairs(x: sparse.csr_matrix, threshold: float) -> list[tuple[int, int]]:
    """Pairs of rows (i < j) whose cosine reaches ``threshold``, found by prefix
    filtering (Bayardo, Ma & Srikant 2007): each row's features, rarest first, up to
    where the rest of its weight could no longer give a cosine of ``threshold``; two rows
    that share none of either's prefix cannot reach it, so only pairs that share one are
    scored. Why: all pairs of a 10,000-article pile cost 6.6 s here, this 1.9 s."""
    n = x.shape[0]
    df = np.bincount(x.indices, minlength=x.shape[1])
    keep = np.zeros(len(x.indices), dtype=bool)
    limit = threshold * (1.0 - 1e-9)
    for i in range(n):
        a, b = int(x.indptr[i]), int(x.indptr[i + 1])
        if a == b:
            continue
        idx = x.indices[a:b]
        order = np.lexsort((idx, df[idx]))
        sq = np.square(x.data[a:b][order])
        rest = np.sqrt(np.maximum(sq.sum() - np.cumsum(sq), 0.0))
        keep[a + order[: int(np.argmax(rest < limit)) + 1]] = True
    prefix = sparse.csr_matrix(
        (keep.astype(np.float64), x.indices.copy(), x.indptr.copy()), shape=x.shape
    )
    prefix.eliminate_zeros()
    xt = x.T.tocsc()
    found: set[tuple[int, int]] = set()
    for s in range(0, n, _BLOCK):
        cand = (prefix[s : s + _BLOCK] @ xt).tocoo()
        rows_, cols = cand.row + s, cand.col
        other = rows_ != cols
        lo = np.minimum(rows_[other], cols[other])
        hi = np.maximum(rows_[other], cols[other])
        if not len(lo):
            continue
        pairs = np.unique(np.stack([lo, hi], axis=1), axis=0)
        cos = np.asarray(x[pairs[:, 0]].multiply(x[pairs[:, 1]]).sum(axis=1)).ravel()
        found.update(map(tuple, pairs[cos >= threshold].tolist()))
    return sorted(found)


def find_copies(parsed: Sequence[Parsed], x: sparse.csr_matrix) -> np.ndarray:
    """Copy groups of a pile (its vectors ``x``, line weighted page by page), found twice:
    once on ``x``, then on vectors whose lines count 1 / (number of *groups* holding
    them). Why twice: syndicated text is on every copy, so page by page its lines are
    spread thin like site furniture, and a copy's own debris (a "read more" headline, a
    caption) then outweighs its story; counted once per group, the shared text weighs in
    full and the copies stand together (docs/stories.md, scraped-pages round)."""
    groups = copy_groups(x)
    if len(np.unique(groups)) == len(parsed):
        return groups
    holders: dict[int, set[int]] = {}
    for g, p in zip(groups.tolist(), parsed, strict=True):
        for k in p.keys:
            if k is not None:
                holders.setdefault(k, set()).add(g)
    shared = {k: len(v) for k, v in holders.items() if len(v) > 1}
    counts = [term_counts(p, shared) for p in parsed]
    df = DocFreq()
    for c in counts:
        df.add(c)
    again = copy_groups(rows([df.weigh(c) for c in counts]))
    # Either pass's copies are copies: join the two partitions.
    return copy_groups_union(groups, again)


def copy_groups_union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The finest partition coarser than both ``a`` and ``b`` (group numbers are rows)."""
    rows_ = np.arange(len(a))
    pairs = np.concatenate([np.stack([rows_, a], axis=1), np.stack([rows_, b], axis=1)])
    return _components(len(a), pairs.astype(np.int64))


def representatives(
    docs: Sequence[Doc], x: sparse.csr_matrix, groups: np.ndarray
) -> tuple[list[Doc], np.ndarray, np.ndarray]:
    """One doc per group (its medoid: the copy closest to the others, so a copy with
    debris of its own stands for the group least often), dated as the group's earliest
    copy and titled as its first titled copy when it has no title; per doc, the index of
    its group's representative in the returned list; and per representative, the doc
    it was made from (its text: what the pile already parsed and hashed of it)."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups.tolist()):
        members.setdefault(g, []).append(i)
    reps: list[Doc] = []
    picks: list[int] = []
    index = np.zeros(len(docs), dtype=np.int64)
    for group in members.values():
        if len(group) == 1:
            pick = group[0]
        else:
            sims = (x[group] @ x[group].T).toarray().sum(axis=1)
            pick = group[int(np.argmax(sims))]
        doc = docs[pick]
        dated = [docs[i] for i in group if docs[i].day is not None]
        if dated:
            first = min(dated, key=lambda d: d.day or 0.0)
            if doc.day is None or (first.day or 0.0) < doc.day:
                doc = replace(doc, article=replace(doc.article, published=first.article.published))
        if doc.title is None:
            titled = next((docs[i].title for i in group if docs[i].title), None)
            if titled:
                doc = replace(doc, title=titled)
        index[group] = len(reps)
        reps.append(doc)
        picks.append(pick)
    return reps, index, np.array(picks, dtype=np.int64)


def _once_per_line(
    runs: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """features.line_runs with each run kept once per line: (run hash, page, line)."""
    run, page, ln = runs
    # A run and its line number mixed into one key (one sort of integers).
    key = run ^ (ln.astype(np.uint64) * np.uint64(0xD6E8FEB86659FD93))
    keep = np.unique(key, return_index=True)[1]
    return run[keep], page[keep], ln[keep]


@dataclass(frozen=True)
class PageRuns:
    """The runs of a pile's pages (:func:`page_runs`): each kept run once per line
    (``run``: its number; ``page``, ``line``: where), and the pages x runs incidence
    ``inc`` (a run counted once per page)."""

    run: np.ndarray
    page: np.ndarray
    line: np.ndarray
    inc: sparse.csr_matrix


def page_runs(
    parsed: Sequence[Parsed], runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> PageRuns:
    """Runs of the pile's pages, those on more than MAX_RUN_PAGES pages left out.
    ``runs``: the pile's features.line_runs of RUN_STEMS, when already hashed."""
    run, page, ln = _once_per_line(line_runs(parsed, RUN_STEMS) if runs is None else runs)
    return _page_runs(len(parsed), run, page, ln)


def line_runs_each(
    parsed: Sequence[Parsed], runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each page's runs once per line: (run hash, line number within the page). Why: a
    store keeps them for its recent articles between updates (:func:`runs_of_pages`)
    instead of parsing those articles again. ``runs``: the pages' features.line_runs of
    RUN_STEMS, when already hashed (the store hashes an update's once)."""
    run, page, ln = _once_per_line(line_runs(parsed, RUN_STEMS) if runs is None else runs)
    order = np.argsort(page, kind="stable")
    run, page, ln = run[order], page[order], ln[order]
    cuts = np.searchsorted(page, np.arange(1, len(parsed)))
    out = []
    for r, line in zip(np.split(run, cuts), np.split(ln, cuts), strict=True):
        out.append((r, line - (line.min() if len(line) else 0)))
    return out


def runs_of_pages(each: Sequence[tuple[np.ndarray, np.ndarray]]) -> PageRuns:
    """:func:`page_runs` of a pile given each page's :func:`line_runs_each` entry."""
    n = len(each)
    if not n:
        return _page_runs(0, *(np.zeros(0, dtype=np.int64),) * 3)
    sizes = [len(r) for r, _ in each]
    spans = np.array([int(line.max()) + 1 if len(line) else 0 for _, line in each])
    offset = np.repeat(np.concatenate(([0], np.cumsum(spans)[:-1])), sizes)
    run = np.concatenate([r for r, _ in each]).astype(np.uint64)
    ln = np.concatenate([line for _, line in each]).astype(np.int64) + offset
    page = np.repeat(np.arange(n), sizes)
    return _page_runs(n, run, page, ln)


def _page_runs(n: int, run: np.ndarray, page: np.ndarray, ln: np.ndarray) -> PageRuns:
    uniq, which = np.unique(run, return_inverse=True)
    which = which.ravel()
    key = np.unique(page * len(uniq) + which)
    pp, pr = key // max(1, len(uniq)), key % max(1, len(uniq))
    holders = np.bincount(pr, minlength=len(uniq))
    ok = holders[pr] <= MAX_RUN_PAGES
    inc = sparse.csr_matrix((np.ones(int(ok.sum())), (pp[ok], pr[ok])), shape=(n, len(uniq)))
    keep = holders[which] <= MAX_RUN_PAGES
    return PageRuns(which[keep], page[keep], ln[keep], inc)


def listing_pages(runs: PageRuns, x: sparse.csr_matrix, groups: np.ndarray) -> np.ndarray:
    """Whether each page is a listing (a section front: headlines with the first lines of
    many stories): at least LISTING_MIN_OPENINGS of its lines each print the opening
    (first line of OPENING_MIN_RUNS runs or more) of an article of another copy group,
    the openings belong to that many groups, those lines hold at least LISTING_SHARE of
    the page's runs, and the articles opened are no closer to each other than
    unrelated articles are.

    Why: such a page is about no single story, yet its text is other stories' leads, the
    words that weigh most in their vectors, so it joins one of them (B-cubed 0.17 for
    section fronts, docs/stories.md); a story's own pages print one article's opening
    (their copies') or none. The test reads the page's structure against the pile, no
    list of words: a line that reprints another story's opening."""
    n = x.shape[0]
    out = np.zeros(n, dtype=bool)
    run_id, page, ln = runs.run, runs.page, runs.line
    if n < LISTING_MIN_OPENINGS + 1 or not len(run_id):
        return out
    # Each page's opening: the runs of its first line that holds OPENING_MIN_RUNS.
    line_ids, line_runs = np.unique(ln, return_counts=True)
    long_line = np.zeros(int(ln.max()) + 1, dtype=bool)
    long_line[line_ids[line_runs >= OPENING_MIN_RUNS]] = True
    first_line = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first_line, page[long_line[ln]], ln[long_line[ln]])
    opening = ln == first_line[page]
    opener_groups: dict[int, set[int]] = {}
    opener_page: dict[int, int] = {}  # a page whose opening it is, per group
    for r, p in zip(run_id[opening].tolist(), page[opening].tolist(), strict=True):
        opener_groups.setdefault(r, set()).add(int(groups[p]))
        opener_page.setdefault(int(groups[p]), p)
    runs_per_page = np.bincount(page, minlength=n)
    runs_per_line = np.bincount(ln)
    # Per page, per line: the other groups whose opening it prints.
    lines: dict[int, dict[int, set[int]]] = {}
    hit = np.isin(run_id, np.fromiter(opener_groups, dtype=np.int64))
    for r, p, line in zip(run_id[hit].tolist(), page[hit].tolist(), ln[hit].tolist(), strict=True):
        others = opener_groups[r] - {int(groups[p])}
        if others:
            lines.setdefault(p, {}).setdefault(line, set()).update(others)
    for p, per in lines.items():
        if len(per) < LISTING_MIN_OPENINGS:
            continue
        distinct = set().union(*per.values())
        share = int(runs_per_line[list(per)].sum()) / max(1, int(runs_per_page[p]))
        if len(distinct) < LISTING_MIN_OPENINGS or share < LISTING_SHARE:
            continue
        # The articles it opens are several stories, not one: on average no closer to
        # each other than unrelated articles are (the engine's prior, one SD above).
        openers = [opener_page[g] for g in sorted(distinct)]
        sims = (x[openers] @ x[openers].T).toarray()
        k = len(openers)
        mean = (sims.sum() - np.trace(sims)) / (k * (k - 1))
        out[p] = mean < PRIOR_MEAN + PRIOR_SD
    return out


def contained_copies(
    runs: PageRuns, groups: np.ndarray, skip: np.ndarray | None = None
) -> np.ndarray:
    """``groups`` with each page that a longer page of another group prints (at least
    CONTAINED_SHARE of its runs, and CONTAINED_MIN_RUNS of them) joined, with its
    group, to the group of the page printing most of it; ``skip``: pages neither
    joined nor joined to (listings).

    Why: a teaser (the first paragraphs, then a paywall) and a page whose debris
    outweighs its part of the article are copies of that article, but their cosine with
    it stays far below COPY_COSINE (the full text holds much they lack), so they were
    counted as its nearest neighbours instead: the widening of its background that
    copies.py exists to avoid, and on pages that are all teasers B-cubed F1 0.88 against
    0.98 for whole pages (history: s25 clS round). Only a page joins the page containing
    it, never the other way, so a long page cannot chain the stories it quotes."""
    n = runs.inc.shape[0]
    box = containers(runs, groups, skip)
    a = np.flatnonzero(box >= 0)
    if not len(a):
        return groups
    rows_ = np.arange(n)
    pairs = np.concatenate([np.stack([rows_, groups], axis=1), np.stack([a, box[a]], axis=1)])
    return _components(n, pairs.astype(np.int64))


def containers(
    runs: PageRuns,
    groups: np.ndarray,
    skip: np.ndarray | None = None,
    joins: np.ndarray | None = None,
) -> np.ndarray:
    """Per page, the page of another group that contains it (:func:`contained_copies`:
    at least as many runs, printing CONTAINED_SHARE of its runs and CONTAINED_MIN_RUNS;
    of several, the one printing most of it, then the longest, then the first), or -1.
    ``skip``: pages neither contained nor containing; ``joins``: only these pages may be
    contained, each by an earlier page (a store: the new pages of an update, contained
    by a stored page or an earlier new one)."""
    inc = runs.inc
    n = inc.shape[0]
    box = np.full(n, -1, dtype=np.int64)
    if n < 2 or not inc.nnz:
        return box
    size = np.asarray(inc.sum(axis=1)).ravel()
    need = np.maximum(CONTAINED_MIN_RUNS, np.ceil(CONTAINED_SHARE * size - 1e-9))
    # Prefix filtering (as close_pairs): a page printing ``need`` of a page's runs holds
    # one of any ``size - need + 1`` of them; its rarest are taken, so only pairs that
    # share one of those are counted.
    holders = np.asarray(inc.sum(axis=0)).ravel()
    keep = np.zeros(inc.nnz, dtype=bool)
    for i in range(n) if joins is None else np.flatnonzero(joins).tolist():
        lo, hi = int(inc.indptr[i]), int(inc.indptr[i + 1])
        room = int(size[i] - need[i]) + 1
        if hi == lo or room <= 0:
            continue
        order = np.argsort(holders[inc.indices[lo:hi]], kind="stable")
        keep[lo + order[:room]] = True
    prefix = sparse.csr_matrix(
        (keep.astype(np.float64), inc.indices.copy(), inc.indptr.copy()), shape=inc.shape
    )
    prefix.eliminate_zeros()
    inc_t = inc.T.tocsc()
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    start = 0 if joins is None else int(np.argmax(joins)) if joins.any() else n
    for s in range(start, n, _BLOCK):  # in blocks of rows: the candidates' memory bounded
        cand = (prefix[s : s + _BLOCK] @ inc_t).tocoo()
        a, b = cand.row + s, cand.col
        ok = (a != b) & (size[b] >= size[a]) & (groups[a] != groups[b])
        if skip is not None:
            ok &= ~skip[a] & ~skip[b]
        if joins is not None:
            ok &= joins[a] & (b < a)
        a, b = a[ok], b[ok]
        shared = np.asarray(inc[a].multiply(inc[b]).sum(axis=1)).ravel()
        ok = shared >= need[a]
        found.append((a[ok], b[ok], shared[ok]))
    if not found:
        return box
    a = np.concatenate([f[0] for f in found])
    b = np.concatenate([f[1] for f in found])
    shared = np.concatenate([f[2] for f in found])
    if not len(a):
        return box
    order = np.lexsort((b, -size[b], -shared, a))
    a, b = a[order], b[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = a[1:] != a[:-1]
    box[a[first]] = b[first]
    return box
