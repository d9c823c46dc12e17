"""A feed that adds one article a call takes shortcuts (few-row products against a dense
vector, a neighbour window and the stories' matrices kept up to date instead of
rebuilt): they must give the very
same numbers as the general products, to the last bit, so stories never depend on them."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import engine
from newsbrief.stories.engine import (
    DIM,
    RowWindow,
    SparseSum,
    StoryRows,
    best_matches,
    dots,
    matrix,
    row_dots,
    rows,
)


def _vectors(draw: st.DrawFn, n: int, vocab: int) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for _ in range(n):
        k = draw(st.integers(0, 40))
        # features spread over the whole hashed width, drawn from a small vocabulary so
        # that rows share some
        pool = np.arange(vocab) * (DIM // vocab) + 7
        idx = np.unique(draw(st.lists(st.sampled_from(pool.tolist()), max_size=k)))
        val = np.array(draw(st.lists(st.floats(1e-6, 5.0), min_size=len(idx), max_size=len(idx))))
        out.append((idx.astype(np.int64), val))
    return out


@st.composite
def few_and_many(draw: st.DrawFn) -> tuple[list, list]:
    vocab = draw(st.integers(5, 200))
    few = _vectors(draw, draw(st.integers(1, engine.FEW_ROWS)), vocab)
    many = _vectors(draw, draw(st.integers(0, 30)), vocab)
    return few, many


@settings(max_examples=200, deadline=None)
@given(few_and_many())
def test_few_row_products_equal_the_general_product_exactly(case: tuple[list, list]) -> None:
    few, many = case
    a, b = rows(few), rows(many)
    general = (b @ a.T.tocsc()).toarray().T
    fast = dots(a, b)
    assert fast.shape == general.shape
    assert np.array_equal(fast, general)  # bit for bit, not approximately
    assert np.array_equal(dots(a, a), (a @ a.T).toarray())


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_the_kept_window_is_the_matrix_of_its_last_vectors(data: st.DataObject) -> None:
    window = RowWindow()
    seen: list = []
    keep = data.draw(st.integers(1, 12))
    for _ in range(data.draw(st.integers(1, 8))):
        vecs = _vectors(data.draw, data.draw(st.integers(0, 5)), 50)
        window.extend(vecs)
        window.keep_last(keep)
        seen = (seen + vecs)[-keep:]
        _same(window.matrix(), rows(seen))
        last = data.draw(st.integers(0, len(seen)))
        _same(window.matrix(last=last), rows(seen[len(seen) - last :]))


def _same(got: object, want: object) -> None:
    assert got.shape == want.shape  # type: ignore[attr-defined]
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(got, part), getattr(want, part))


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_story_matrices_kept_between_calls_score_stories_as_rebuilt_ones(
    data: st.DataObject,
) -> None:
    # Stories grow, merge away, retire and start, as between a feed's calls; each call
    # the kept matrices must give the best matches a fresh matrix gives, bit for bit.
    centroids, wsums = StoryRows(), StoryRows()
    stories: dict[int, tuple[SparseSum, SparseSum]] = {}
    next_key = 0
    for _ in range(data.draw(st.integers(1, 10))):
        for _ in range(data.draw(st.integers(0, 3))):  # new stories
            stories[next_key] = (SparseSum(), SparseSum())
            next_key += 1
        for key in list(stories):
            action = data.draw(st.sampled_from(["keep", "keep", "grow", "drop"]))
            if action == "drop":
                del stories[key]
            elif action == "grow" or not stories[key][0].arrays()[0].size:
                for idx, val in _vectors(data.draw, data.draw(st.integers(1, 3)), 60):
                    stories[key][0].add(idx, val)
                    stories[key][1].add(idx, val / data.draw(st.floats(0.01, 1.0)))
        if not stories:
            continue
        keys = data.draw(st.permutations(sorted(stories)))
        sums, live = centroids.layout(keys, [stories[k][0] for k in keys])
        wmat, wlive = wsums.layout(keys, [stories[k][1] for k in keys])
        fresh = matrix([stories[k][0] for k in keys])
        fresh_w = matrix([stories[k][1] for k in keys])
        _same(sums[live], fresh)
        _same(wmat[wlive], fresh_w)
        n = len(keys)
        size = np.arange(1.0, n + 1)
        osum = np.linspace(0.1, 1.0, n)
        first = np.zeros(n)
        last = np.arange(float(n))
        which = np.arange(n)
        kept = best_matches(sums, wmat, size, osum, first, last, 30.0, which, live=(live, wlive))
        want = best_matches(fresh, fresh_w, size, osum, first, last, 30.0, which)
        assert np.array_equal(kept[0], want[0]) and np.array_equal(kept[1], want[1])
        pick = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4)))
        assert np.array_equal(row_dots(sums, live[pick], wmat), dots(fresh[pick], wmat))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_story_sums_are_the_sums_of_their_vectors_in_the_order_added(
    data: st.DataObject,
) -> None:
    # A story's sum is its vectors added feature by feature in the order they came (the
    # sum so far first): exactly the bincount over np.unique's inverse, bit for bit.
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
        assert np.array_equal(got_idx, want_idx)
        # the reference adds every vector again from zero; the sum kept adds the new
        # ones to the old sum: equal when each feature's values are added in order
        want_val = np.zeros(len(want_idx))
        for i, v in zip(inv.ravel().tolist(), val.tolist(), strict=True):
            want_val[i] += v
        assert np.array_equal(got_val, want_val)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_most_stories_scored_at_once_score_as_scored_by_rows(data: st.DataObject) -> None:
    # Scoring most stories against every other takes both directions from one square
    # product; the best matches must be those of the products row by row, bit for bit.
    n = data.draw(st.integers(2, 14))
    sums_w = []
    for _ in range(n):
        s, w = SparseSum(), SparseSum()
        for idx, val in _vectors(data.draw, data.draw(st.integers(1, 3)), 40):
            s.add(idx, val)
            w.add(idx, val / data.draw(st.floats(0.01, 1.0)))
        sums_w.append((s, w))
    keys = list(range(n))
    centroids, wsums = StoryRows(), StoryRows()
    sums, live = centroids.layout(keys, [s for s, _ in sums_w])
    wmat, wlive = wsums.layout(keys, [w for _, w in sums_w])
    fresh, fresh_w = matrix([s for s, _ in sums_w]), matrix([w for _, w in sums_w])
    size = np.array(data.draw(st.lists(st.floats(1, 9), min_size=n, max_size=n)))
    osum = np.linspace(0.1, 1.0, n)
    first = np.zeros(n)
    last = np.arange(float(n))
    which = np.array(sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1))))
    for kw in ({"live": (live, wlive)}, {}):
        mats = (sums, wmat) if kw else (fresh, fresh_w)
        at_once = best_matches(*mats, size, osum, first, last, 30.0, which, **kw)
        # chunks smaller than the stories: the products are taken row by row
        by_rows = best_matches(*mats, size, osum, first, last, 30.0, which, chunk=n - 1, **kw)
        assert np.array_equal(at_once[0], by_rows[0])
        assert np.array_equal(at_once[1], by_rows[1])


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_batch_transposed_once_gives_each_product_exactly(data: st.DataObject) -> None:
    # assign multiplies a batch by the stories, their weighted sums and itself with one
    # transpose of the batch: the same numbers as each product on its own.
    batch = rows(_vectors(data.draw, data.draw(st.integers(1, 20)), 80))
    times = engine._Dots(batch)
    for other in (batch, rows(_vectors(data.draw, data.draw(st.integers(0, 20)), 80))):
        assert np.array_equal(times(other), dots(batch, other))
