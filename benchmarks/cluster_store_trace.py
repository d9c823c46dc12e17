"""Where the store loses against batch: the diagnosis counts of docs/stories.md (Store
against batch), from the store's decisions logged against the DUC 2003 gold.

    python benchmarks/cluster_store_trace.py                   # the store as it is now
    python benchmarks/cluster_store_trace.py --no-attach --join-back-share none  # before

Three streams (development data: the errors were read): all 30 topics dated, ten
articles a call; all 30 without dates in arrival order (``cluster_quality.undated_arrival``),
one a call; the 15-topic halves 0-5 (``cluster_gap.halves``), dated, ten a call. For each:
B-cubed precision and recall, store and batch, and the article pairs one of them put
together and the other did not, split by whether the two articles share a DUC topic.
On the undated stream one a call, the joins the store considers: an article's best story
of two or more articles from the article's own side, when that score reaches the
threshold, counted by the story's share of the article's topic (mostly: at least half;
none) and by how the story's articles score the article (their mean standardised
affinity, the side ``store.JOIN_BACK_SHARE`` asks: at the full threshold or more, at 2 or
more). ``--join-back-share`` and ``--no-attach`` as in cluster_chunks.py. DUC 2003 is
read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_chunks import store_rules  # noqa: E402
from cluster_gap import halves  # noqa: E402
from cluster_quality import Mix, duc, subset, undated_arrival  # noqa: E402

from newsbrief.stories.cluster import assign_batch  # noqa: E402
from newsbrief.stories.docs import stable_order, to_docs  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD, Engine, Vector, time_discount  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402
from newsbrief.stories.store import StoryStore  # noqa: E402

Joins = list[tuple[str, list[str], float]]  # newcomer, the story's articles, its side's score


def feed(mix: Mix, chunk: int, joins: Joins | None = None) -> dict[str, str]:
    """Article id -> story id after feeding ``mix`` in publication order; with ``joins``
    (one article a call only), the joins the store considered, logged."""
    docs = to_docs([a for a, _ in mix])
    order = stable_order(docs)
    current: list[str] = []
    real = Engine.assign

    def logged(
        self: Engine,
        vectors: list[Vector],
        days: list[float | None],
        mean: Any,
        sd: Any,
        *args: Any,
        **kwargs: Any,
    ) -> list[int]:
        if joins is not None and len(vectors) == 1 and self.stories:
            joins.extend(considered(self, current[0], vectors[0], days[0], mean[0], sd[0]))
        return real(self, vectors, days, mean, sd, *args, **kwargs)

    Engine.assign = logged  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
            for s in range(0, len(order), chunk):
                part = [mix[i][0] for i in order[s : s + chunk]]
                current[:] = [a["id"] for a in part]
                st.add(part)
                if joins is not None:  # key -> articles, for the next call's log
                    KEYS.clear()
                    for aid, key in st._db.execute(
                        "SELECT a.id, s.key FROM articles a JOIN stories s ON a.story_id = s.id"
                    ):
                        KEYS.setdefault(key, []).append(aid)
            n, _ = st.count()
            return {a.id: s.id for s in st.stories(limit=n) for a in s.articles}
    finally:
        Engine.assign = real  # type: ignore[method-assign]


KEYS: dict[int, list[str]] = {}  # story key -> its articles, as stored before this call


def considered(
    eng: Engine, aid: str, vec: Vector, day: float | None, mean: float, sd: float
) -> Joins:
    """The newcomer's best story of two or more articles from its own side, if at the
    threshold: (newcomer, the story's articles, the story's side's score)."""
    best: tuple[float, int, float] | None = None
    idx, val = vec
    for key, st in eng.stories.items():
        if st.size < 2:
            continue
        c_idx, c_val = st.centroid.arrays()
        w_idx, w_val = st.wsum.arrays()
        own = (_dot(idx, val, c_idx, c_val) / st.size - mean) / sd
        side = (_dot(idx, val, w_idx, w_val) - st.osum) / st.size
        if day is not None and st.first is not None and st.last is not None:
            gap = max(st.first - day, day - st.last, 0.0)
            discount = float(
                time_discount(
                    np.array(gap), st.last - st.first, eng.time_scale, eng.join_span_share
                )
            )
            own, side = own / discount, side / discount
        if best is None or own > best[0]:
            best = (own, key, side)
    if best is None or best[0] < eng.threshold:
        return []
    return [(aid, KEYS.get(best[1], []), best[2])]


def _dot(ia: Any, va: Any, ib: Any, vb: Any) -> float:
    common, pa, pb = np.intersect1d(ia, ib, assume_unique=True, return_indices=True)
    return float(va[pa] @ vb[pb]) if len(common) else 0.0


def pairs(where: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for aid, sid in where.items():
        groups.setdefault(sid, []).append(aid)
    return {p for g in groups.values() for p in combinations(sorted(g), 2)}


def compare(name: str, mix: Mix, chunk: int, report: Callable[[str], None]) -> None:
    gold = {a["id"]: g for a, g in mix}
    ids = [a["id"] for a, _ in mix]
    store = feed(mix, chunk)
    batch_labels = assign_batch(to_docs([a for a, _ in mix]), DEFAULT_THRESHOLD)
    batch = dict(zip(ids, map(str, batch_labels), strict=True))
    ps, rs, _ = bcubed([store[i] for i in ids], [gold[i] for i in ids])
    pb, rb, _ = bcubed([batch[i] for i in ids], [gold[i] for i in ids])
    only_store = pairs(store) - pairs(batch)
    only_batch = pairs(batch) - pairs(store)

    def split(ps_: set[tuple[str, str]]) -> tuple[int, int]:
        same = sum(gold[a] == gold[b] for a, b in ps_)
        return len(ps_) - same, same

    (sd_, ss_), (bd, bs) = split(only_store), split(only_batch)
    report(
        f"{name}, {chunk} a call: store P {ps:.3f} / R {rs:.3f}, batch P {pb:.3f} / R {rb:.3f};"
        f" pairs the store put together and batch did not: {sd_} of different topics, {ss_}"
        f" of the same; batch together, store not: {bs} of the same topic, {bd} of different"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--join-back-share", help="store.JOIN_BACK_SHARE for this run, or none")
    ap.add_argument("--no-attach", action="store_true", help="no attaching at re-scoring")
    args = ap.parse_args()
    store_rules(args.join_back_share, not args.no_attach)
    from newsbrief.stories import store as store_mod

    print(
        f"JOIN_BACK_SHARE {store_mod.JOIN_BACK_SHARE}, "
        f"attach {'off' if args.no_attach else 'on'}\n",
        flush=True,
    )
    mix = duc()
    arrival = undated_arrival(mix)

    def report(line: str) -> None:
        print("* " + line, flush=True)

    compare("all 30, dated", mix, 10, report)
    compare("all 30, undated arrival order", arrival, 1, report)
    compare("all 30, undated arrival order", arrival, 10, report)
    half_mixes = [subset(mix, h) for h in halves(sorted({g for _, g in mix}))][:6]
    p_r = []
    for m in half_mixes:
        gold = [g for _, g in m]
        where = feed(m, 10)
        p_r.append(bcubed([where[a["id"]] for a, _ in m], gold)[:2])
    p, r = np.mean(p_r, axis=0)
    report(f"halves 0-5, dated, 10 a call: store P {p:.3f} / R {r:.3f} (mean over halves)")

    joins: Joins = []
    feed(arrival, 1, joins)
    gold = {a["id"]: g for a, g in arrival}
    th = DEFAULT_THRESHOLD
    mostly = [j for j in joins if _share(j, gold) >= 0.5]
    none = [j for j in joins if _share(j, gold) == 0.0]
    report(
        f"undated arrival order, one a call: {len(joins)} joins considered (own side at the"
        f" threshold, a story of two or more): {len(mostly)} to a story mostly of the"
        f" newcomer's topic, {len(none)} to a story with none of it; of those {len(none)},"
        f" {sum(s >= th for _, _, s in none)} seen by the story's side at the full"
        f" threshold or more ({sum(s >= 2 for _, _, s in none)} at 2 or more), as are"
        f" {sum(s >= th for _, _, s in mostly)} of the {len(mostly)}"
    )


def _share(join: tuple[str, list[str], float], gold: dict[str, str]) -> float:
    """The share of the considered story's articles of the newcomer's topic."""
    aid, members, _ = join
    return sum(gold[m] == gold[aid] for m in members) / len(members) if members else 0.0


if __name__ == "__main__":
    main()
