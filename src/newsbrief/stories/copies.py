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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .docs import Doc
from .engine import rows
from .features import DocFreq, Parsed, term_counts

# Cosine of two articles' vectors (features.py, line weighted) from which they are copies
# of one article. Chosen on the dev half of benchmarks/cluster_scraped_web.py (B-cubed F1
# flat from 0.6 to 0.8, docs/stories.md, scraped-pages round); no two DUC 2003 articles of different
# stories reach 0.5, and no two pages of different stories in that benchmark 0.55.
COPY_COSINE = 0.7
# Rows per block of the candidates' sparse product (a block of rows x the pile).
_BLOCK = 512


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
) -> tuple[list[Doc], np.ndarray]:
    """One doc per group (its medoid: the copy closest to the others, so a copy with
    debris of its own stands for the group least often), dated as the group's earliest
    copy and titled as its first titled copy when it has no title; and, per doc, the
    index of its group's representative in the returned list."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups.tolist()):
        members.setdefault(g, []).append(i)
    reps: list[Doc] = []
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
    return reps, index
