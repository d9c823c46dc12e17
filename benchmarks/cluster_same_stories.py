"""Whether a change to the store changes any story: feed streams to a new store one
article a call and in chunks, and record, after every call, every article's story id and
every merged id's alias (a digest of them per call, and the final assignment in full).

    python benchmarks/cluster_same_stories.py --json after.json
    python benchmarks/cluster_same_stories.py --src /tmp/before/src --json before.json
    python benchmarks/cluster_same_stories.py --compare before.json after.json

Streams: DUC 2003 in time order (dates known), DUC 2003 with dates hidden
(``cluster_quality.undated``, seed 1), and 2,300 synthetic articles
(``cluster_speed.synthesise``: past the 2,000 articles where a store stops re-scoring).
Each at chunk 1 and chunk 50. DUC 2003 is read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def feed(items: list[dict[str, str]], chunk: int) -> dict[str, object]:
    from newsbrief.stories.docs import stable_order, to_docs
    from newsbrief.stories.store import StoryStore

    order = stable_order(to_docs(items))
    items = [items[i] for i in order]
    digests = []
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
        c0 = time.process_time()
        for s in range(0, len(items), chunk):
            st.add(items[s : s + chunk])
            rows = st._db.execute("SELECT id, story_id FROM articles ORDER BY id").fetchall()
            alias = st._db.execute("SELECT old, new FROM merged ORDER BY old").fetchall()
            digests.append(hashlib.sha1(json.dumps([rows, alias]).encode()).hexdigest()[:16])
        cpu = time.process_time() - c0
        final = dict(st._db.execute("SELECT id, story_id FROM articles").fetchall())
    return {"calls": len(digests), "digests": digests, "final": final, "cpu_s": cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", help="the newsbrief source folder to measure (default: this one)")
    ap.add_argument("--json")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--synthetic", type=int, default=2300)
    args = ap.parse_args()
    if args.compare:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        same = True
        for name in a:
            da, db = a[name]["digests"], b[name]["digests"]
            first = next((i for i, (x, y) in enumerate(zip(da, db, strict=False)) if x != y), None)
            ok = len(da) == len(db) and first is None and a[name]["final"] == b[name]["final"]
            same &= ok
            print(
                f"{name}: {len(da)} calls, "
                + ("identical after every call" if ok else f"DIFFERENT from call {first}")
                + f" (cpu {a[name]['cpu_s']:.1f} s -> {b[name]['cpu_s']:.1f} s)"
            )
        sys.exit(0 if same else 1)
    sys.path.insert(0, args.src or str(ROOT / "src"))
    sys.path.insert(1, str(ROOT / "benchmarks"))
    import newsbrief.stories.store  # from --src, before the helpers add ROOT/src

    print("measuring", newsbrief.stories.store.__file__, flush=True)
    from cluster_quality import duc, undated
    from cluster_speed import synthesise

    mix = duc()
    streams = {
        "duc dated": [a for a, _ in mix],
        "duc undated": [a for a, _ in undated(mix, 1)],
        f"synthetic {args.synthetic}": synthesise(args.synthetic),
    }
    out = {}
    for name, items in streams.items():
        for chunk in (1, 50):
            key = f"{name}, chunk {chunk}"
            out[key] = feed(items, chunk)
            print(key, out[key]["calls"], "calls", f"{out[key]['cpu_s']:.1f} cpu s", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    main()
