"""Each DUC 2003 topic as the first import into a new store, against batch on it
(docs/stories.md, Limits: "A small first import into an empty store").

    python benchmarks/cluster_first_imports.py                   # about 20 s
    python benchmarks/cluster_first_imports.py --batch-import-min 50

A user's first ``newsbrief cluster FILE --db new.sqlite`` is often one story's few
articles. For each of the 30 DUC topics alone (10 articles each, dated by their ids):
the stories ``cluster`` writes (batch) and the stories a new store holds after one
update of the topic; how many topics come out as the same partition, the story counts
summed over the topics, and B-cubed F1 of all 30 imports together (each topic one gold
story: batch alone splits some of DUC's broad topics). ``--batch-import-min`` sets
store.BATCH_IMPORT_MIN for the run (the smallest first import grouped by batch).
DUC 2003 is read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import duc  # noqa: E402

from newsbrief.stories import store as store_mod  # noqa: E402
from newsbrief.stories.cluster import assign_batch  # noqa: E402
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402
from newsbrief.stories.store import StoryStore  # noqa: E402


def partition(labels: list) -> frozenset[frozenset[int]]:
    groups: dict[object, set[int]] = {}
    for i, g in enumerate(labels):
        groups.setdefault(g, set()).add(i)
    return frozenset(frozenset(g) for g in groups.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch-import-min", type=int, help="store.BATCH_IMPORT_MIN for this run")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per topic")
    args = ap.parse_args()
    if args.batch_import_min is not None:
        store_mod.BATCH_IMPORT_MIN = args.batch_import_min
    t0 = time.perf_counter()
    topics: dict[str, list[dict[str, str]]] = {}
    for a, g in duc():
        topics.setdefault(g, []).append(a)
    same = n_batch = n_store = 0
    all_batch: list[str] = []
    all_store: list[str] = []
    gold: list[str] = []
    for tid, arts in topics.items():
        b = assign_batch(to_docs(arts))
        with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
            st.add(arts)
            n, _ = st.count()
            where = {a.id: s.id for s in st.stories(limit=n) for a in s.articles}
        s = [where[a["id"]] for a in arts]
        nb, ns = len(set(b)), len(set(s))
        same += partition(b) == partition(s)
        n_batch += nb
        n_store += ns
        all_batch += [f"{tid}:{x}" for x in b]
        all_store += [f"{tid}:{x}" for x in s]
        gold += [tid] * len(arts)
        if args.verbose:
            print(f"  {tid}: {len(arts)} articles, batch {nb} stories, store {ns}")
    print(f"store.BATCH_IMPORT_MIN = {store_mod.BATCH_IMPORT_MIN}")
    print(f"topics imported as batch's partition: {same} of {len(topics)}")
    print(f"stories: batch {n_batch}, store {n_store} (30 topics)")
    fb, fs = bcubed(all_batch, gold)[2], bcubed(all_store, gold)[2]
    print(f"B-cubed F1 over the 30 imports: batch {fb:.3f}, store {fs:.3f}")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
