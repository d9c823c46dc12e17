"""The engine's and the store's faster paths (scipy's product kernel called directly, a
large story sum taking a few vectors in without sorting again, the batch's cosines to
itself read off the background's product, the passage index reading only the runs that
can link two articles, the store hashing an update's runs once) must give the very same
numbers as the paths they replace, to the last bit, so that no story depends on them."""

from __future__ import annotations

from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import cluster, copies, engine, store
from newsbrief.stories.engine import SparseSum, background, background_and_gram, dots, rows
from newsbrief.stories.features import RUN_STEMS, line_runs, parse

from .test_feed_one_article_a_call_same_numbers import _vectors


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_products_of_many_rows_equal_scipys_product_exactly(data: st.DataObject) -> None:
    vocab = data.draw(st.integers(5, 200))
    a = rows(_vectors(data.draw, data.draw(st.integers(engine.FEW_ROWS + 1, 30)), vocab))
    b = rows(_vectors(data.draw, data.draw(st.integers(0, 30)), vocab))
    want = (b @ a.T.tocsc()).toarray().T
    got = dots(a, b)
    assert got.shape == want.shape and got.strides == want.strides  # same layout, too
    assert np.array_equal(got, want)
    assert np.array_equal(engine._Dots(a)(b), want)
    with mock.patch.object(engine, "SPARSE_BOUND_AT", 0):  # bounded by the pairs multiplied
        assert np.array_equal(dots(a, b), want)
    # the few-rows path and the general one agree on the same rows
    assert np.array_equal(dots(a[: engine.FEW_ROWS], b), want[: engine.FEW_ROWS])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_large_story_sums_add_new_vectors_as_a_sum_from_scratch_would(
    data: st.DataObject,
) -> None:
    # Every sum takes the insert path here (the threshold lowered to any size).
    with mock.patch.object(engine, "MERGE_SUM_MIN", 1):
        total = SparseSum()
        added: list[tuple[np.ndarray, np.ndarray]] = []
        for _ in range(data.draw(st.integers(1, 6))):
            for vec in _vectors(data.draw, data.draw(st.integers(0, 4)), 60):
                total.add(*vec)
                added.append(vec)
            got_idx, got_val = total.arrays()
            idx = np.concatenate([np.zeros(0, dtype=np.int64), *(v[0] for v in added)])
            val = np.concatenate([np.zeros(0), *(v[1] for v in added)])
            want_idx, inv = np.unique(idx, return_inverse=True)
            want_val = np.zeros(len(want_idx))
            for i, v in zip(inv.ravel().tolist(), val.tolist(), strict=True):
                want_val[i] += v
            assert np.array_equal(got_idx, want_idx)
            assert np.array_equal(got_val, want_val)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_batchs_cosines_from_the_background_product_are_its_own_products(
    data: st.DataObject,
) -> None:
    vocab = data.draw(st.integers(5, 120))
    old = _vectors(data.draw, data.draw(st.integers(0, 25)), vocab)
    new = _vectors(data.draw, data.draw(st.integers(1, 25)), vocab)
    near = (old + new)[-data.draw(st.integers(len(new), len(old) + len(new))) :]
    n_ref = min(len(near), data.draw(st.integers(1, 30)))
    x = rows(new)
    args = dict(
        self_in_ref=True,
        reference=n_ref + engine.PRIOR_WEIGHT,
        ref_in_pile=np.arange(len(near) - n_ref, len(near)),
        chunk=data.draw(st.integers(1, 40)),  # blocks of rows, as a large update
    )
    mean, sd = background(x, rows(near[-n_ref:]), pile=rows(near), **args)  # type: ignore[arg-type]
    m2, s2, gram = background_and_gram(
        x,
        rows(near[-n_ref:]),
        rows(near),
        np.arange(len(near) - len(new), len(near)),
        **args,  # type: ignore[arg-type]
    )
    assert np.array_equal(mean, m2) and np.array_equal(sd, s2)
    assert np.array_equal(gram, engine._Dots(x)(x))


def _runs(rng: np.random.Generator, n: int, pool: int) -> list[np.ndarray]:
    return [
        np.unique(rng.integers(0, pool, rng.integers(0, 12))).astype(np.uint64) for _ in range(n)
    ]


def _links_read_in_full(
    index: store.PassageIndex, runs: list[np.ndarray], seq_runs: dict[int, np.ndarray]
) -> list[tuple[set[int], list[int]]]:
    """What links means, counted article by article: runs held by 2 to PASSAGE_MAX_DOCS
    of the new articles and the live indexed ones (whose holders are read when the index
    holds at most HOLDERS_READ entries of the run, evicted ones included)."""
    entries: dict[int, int] = {}
    for r, _ in index._levels:
        for v in r.tolist():
            entries[v] = entries.get(v, 0) + 1
    live = {s: set(r.tolist()) for s, r in seq_runs.items() if index.story(s) is not None}
    new = [set(r.tolist()) for r in runs]
    holders: dict[int, list[object]] = {}
    for i, rs in enumerate(new):
        for v in rs:
            holders.setdefault(v, []).append(("new", i))
    for s, rs in live.items():
        for v in rs:
            if entries.get(v, 0) <= store.HOLDERS_READ:
                holders.setdefault(v, []).append(("old", s))
    shared: dict[tuple[int, object], int] = {}
    for who in holders.values():
        if not 2 <= len(who) <= cluster.PASSAGE_MAX_DOCS:
            continue
        for a in who:
            for b in who:
                if a != b and a[0] == "new":
                    key = (a[1], b)
                    shared[key] = shared.get(key, 0) + 1
    out: list[tuple[set[int], list[int]]] = [(set(), []) for _ in runs]
    for (i, (kind, j)), count in sorted(shared.items(), key=lambda kv: str(kv[0])):
        if count >= (cluster.PASSAGE_MIN_RUNS or 0):
            if kind == "new":
                out[i][1].append(j)  # type: ignore[arg-type]
            else:
                key = index.story(j)  # type: ignore[arg-type]
                assert key is not None
                out[i][0].add(key)
    return [(keys, sorted(js)) for keys, js in out]


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 70), st.booleans())
def test_passage_links_are_those_of_reading_every_holder(
    seed: int, holders_read: int, evict: bool
) -> None:
    rng = np.random.default_rng(seed)
    pool = int(rng.integers(8, 40))  # few distinct runs: many shared, some by many
    with mock.patch.object(store, "HOLDERS_READ", holders_read):
        index = store.PassageIndex(days=10.0)
        seq_runs: dict[int, np.ndarray] = {}
        seq = 0
        for update in range(int(rng.integers(1, 6))):
            runs = _runs(rng, int(rng.integers(1, 8)), pool)
            seqs = list(range(seq, seq + len(runs)))
            seq += len(runs)
            seq_runs.update(zip(seqs, runs, strict=True))
            index.add(runs, seqs, [s % 5 for s in seqs], [float(3 * update)] * len(runs))
            if evict:
                index.evict(float(3 * update + 4))
        new = _runs(rng, int(rng.integers(1, 8)), pool)
        assert index.links(new) == _links_read_in_full(index, new, seq_runs)


def _page(rng: np.random.Generator, words: list[str]) -> str:
    lines = []
    for _ in range(int(rng.integers(1, 6))):
        lines.append(" ".join(rng.choice(words, int(rng.integers(2, 30))).tolist()))
    return "\n\n".join(lines)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_runs_hashed_once_for_an_update_are_each_parts_own_runs(seed: int) -> None:
    # The store hashes an update's runs once, for the page rules and for each part's
    # passage look-up: what hashing each part's articles again gives.
    rng = np.random.default_rng(seed)
    words = [f"word{k}" for k in range(int(rng.integers(10, 60)))]
    parsed = [parse(_page(rng, words)) for _ in range(int(rng.integers(1, 12)))]
    hashed = line_runs(parsed, RUN_STEMS)
    each = copies.line_runs_each(parsed, hashed)
    for got, want in zip(each, copies.line_runs_each(parsed), strict=True):
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    part = sorted(rng.choice(len(parsed), int(rng.integers(1, len(parsed) + 1)), replace=False))
    mine = cluster.runs_of_rows(hashed, np.asarray(part, dtype=np.int64), len(parsed))
    got_runs = store.distinct_runs([parsed[i] for i in part], mine)
    want_runs = store.distinct_runs([parsed[i] for i in part])
    assert len(got_runs) == len(want_runs)
    for g, w in zip(got_runs, want_runs, strict=True):
        assert np.array_equal(g, w)
