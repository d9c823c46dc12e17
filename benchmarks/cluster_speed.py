"""Story clustering speed and memory (docs/stories.md), on one core.

    python benchmarks/cluster_speed.py [--articles 10000] [--json OUT.json]
    python benchmarks/cluster_speed.py --chunk 1     # only: a feed adding N articles a call
    python benchmarks/cluster_speed.py --chunk 50 --src /tmp/before/src

Articles are synthesised by recombining paragraphs of DUC 2003 articles (speed only: the
synthetic stories are not meant to be readable): each synthetic story draws its
paragraphs from one DUC topic, with its own publication days. Measured, each in a fresh
process so peak memory is its own: batch clustering of all articles (``newsbrief.cluster``
internals, features included); the incremental store (SQLite) after a warm-up, in
chunks, from dicts and from records as ``newsbrief cluster --db`` reads them; and the
engine alone (features + assignment, no SQLite).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
# The newsbrief source measured (--src: another checkout, for before/after figures).
SRC = os.environ.get("NEWSBRIEF_BENCH_SRC", str(ROOT / "src"))


def synthesise(n: int, seed: int = 0) -> list[dict[str, str]]:
    topics: list[list[str]] = []
    for line in DUC.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        paras = [p for d in story["documents"] for p in d["text"].split("\n\n") if p.strip()]
        topics.append(paras)
    rng = random.Random(seed)
    out = []
    per_story = 8
    for s in range((n + per_story - 1) // per_story):
        paras = topics[rng.randrange(len(topics))]
        # Invented names of this story, so that stories drawn from one DUC topic differ
        # (otherwise 10,000 articles would make only 30 stories, far too easy a load).
        names = [f"q{rng.getrandbits(40):x}" for _ in range(30)]
        day = 1 + (s * 90) // max(1, n // per_story)  # stories spread over ~3 months
        for k in range(per_story):
            if len(out) == n:
                break
            chosen = rng.sample(paras, min(len(paras), rng.randint(6, 14)))
            chosen.insert(0, " ".join(rng.sample(names, 12)) + ".")
            chosen.insert(3, " ".join(rng.sample(names, 12)) + ".")
            text = "\n\n".join(chosen)
            d = min(28, (day + k // 3) % 28 + 1)
            month = 10 + min(2, (day + k // 3) // 30)
            out.append(
                {"id": f"syn{s}-{k}", "text": text, "published": f"1998-{month:02d}-{d:02d}"}
            )
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_batch(n: int) -> dict[str, float]:
    sys.path.insert(0, SRC)
    from newsbrief.stories.cluster import assign_batch, vectorize
    from newsbrief.stories.docs import to_docs

    items = synthesise(n)
    base = peak_mb()
    t0 = time.process_time()
    docs = to_docs(items)
    t1 = time.process_time()
    vectorize(docs)
    t2 = time.process_time()
    labels = assign_batch(docs)
    t3 = time.process_time()
    return {
        "articles": n,
        "stories": len(set(labels)),
        "clean_cpu_s": t1 - t0,
        "features_cpu_s": t2 - t1,
        "cluster_cpu_s (features included)": t3 - t2,
        "total_cpu_s": (t1 - t0) + (t3 - t2),
        "peak_rss_mb": peak_mb(),
        "rss_before_mb": base,
    }


def run_store(n: int, warm: int, chunk: int, warm_chunk: int | None = None) -> dict[str, float]:
    sys.path.insert(0, SRC)
    from newsbrief.stories.docs import stable_order, to_docs
    from newsbrief.stories.store import StoryStore

    items = synthesise(n)
    order = stable_order(to_docs(items))
    items = [items[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
        wc = warm_chunk or chunk
        for s in range(0, warm, wc):
            st.add(items[s : min(s + wc, warm)])
        t0 = time.perf_counter()
        c0 = time.process_time()
        for s in range(warm, n, chunk):
            st.add(items[s : s + chunk])
        t = time.perf_counter() - t0
        cpu = time.process_time() - c0
        stories, _ = st.count()
        size = sum(f.stat().st_size for f in Path(tmp).iterdir())
    return {
        "articles": n - warm,
        "after_warmup": warm,
        "chunk": chunk,
        "seconds": t,
        "articles_per_s": (n - warm) / t,
        "articles_per_cpu_s": (n - warm) / cpu,
        "stories": stories,
        "db_mb": size / 1e6,
        "peak_rss_mb": peak_mb(),
    }


def run_cli_store(n: int, warm: int, chunk: int) -> dict[str, float]:
    """The store as ``newsbrief cluster --db`` feeds it: records as the CLI reads them
    from a JSONL file (each naming its line), added in chunks after a warm-up. The store
    cleans each article once and reports those left with no text."""
    sys.path.insert(0, SRC)
    from newsbrief.ingest import _doc_from_json
    from newsbrief.stories.docs import stable_order, to_docs
    from newsbrief.stories.store import StoryStore

    items = synthesise(n)
    order = stable_order(to_docs(items))
    records = [_doc_from_json(items[i], f"syn.jsonl:{k + 1}", k) for k, i in enumerate(order)]
    skipped = 0
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
        for s in range(0, warm, chunk):
            st.add(records[s : min(s + chunk, warm)])
        c0 = time.process_time()
        for s in range(warm, n, chunk):
            skipped += len(st.add(records[s : s + chunk]).skipped)
        cpu = time.process_time() - c0
    return {
        "articles": n - warm,
        "chunk": chunk,
        "articles_per_cpu_s": (n - warm) / cpu,
        "skipped": skipped,
    }


def run_young_store(n: int, chunk: int, rescore: bool) -> dict[str, float]:
    """A new store's first ``n`` articles, with or without re-scoring (store step 6)."""
    sys.path.insert(0, SRC)
    from newsbrief.stories import store as store_mod
    from newsbrief.stories.docs import stable_order, to_docs

    if not rescore:
        store_mod.RESCORE_UNTIL_DOCS = 0
    items = synthesise(n)
    order = stable_order(to_docs(items))
    items = [items[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp, store_mod.StoryStore(Path(tmp) / "s.db") as st:
        c0 = time.process_time()
        for s in range(0, n, chunk):
            st.add(items[s : s + chunk])
        cpu = time.process_time() - c0
    return {"articles": n, "chunk": chunk, "rescore": rescore, "articles_per_cpu_s": n / cpu}


def run_engine(n: int, warm: int, chunk: int) -> dict[str, float]:
    """The store's work without SQLite: features, then assignment (time split). With
    the store's shared-passage index (store.PassageIndex, absent in older sources
    measured with --src): hashing the runs counts as features, the look-up, linking,
    adding and evicting as assignment (quiet stories are not revived: no SQLite)."""
    sys.path.insert(0, SRC)
    import numpy as np

    from newsbrief.stories import engine as engine_mod
    from newsbrief.stories import store as store_mod
    from newsbrief.stories.docs import stable_order, to_docs
    from newsbrief.stories.engine import PRIOR_WEIGHT, Engine, background, rows
    from newsbrief.stories.features import DocFreq, parse, term_counts
    from newsbrief.stories.store import NEIGHBOUR_ARTICLES

    items = synthesise(n)
    t0 = time.process_time()
    docs = to_docs(items)
    clean = time.process_time() - t0
    docs = [docs[i] for i in stable_order(docs)]
    df = DocFreq()
    # The store's join rule (both sides; absent in older sources measured with --src).
    share = getattr(store_mod, "JOIN_BACK_SHARE", None)
    engine = Engine() if share is None else Engine(back_share=share)
    index_cls = getattr(store_mod, "PassageIndex", None)
    index = None
    if index_cls is not None and getattr(store_mod, "PASSAGES", False):
        index = index_cls(store_mod.PASSAGE_REVIVE_DAYS)
    seq = [0]
    recent: list = []
    spent = {"features": 0.0, "assign": 0.0}

    def step(part: list, count: bool) -> None:
        t = time.process_time()
        parsed = [parse(d.clean, d.title) for d in part]
        counts = [term_counts(p) for p in parsed]
        for c in counts:
            df.add(c)
        vecs = [df.weigh(c) for c in counts]
        runs = store_mod.distinct_runs(parsed) if index is not None else []
        t1 = time.process_time()
        linked = None
        if index is not None:
            days = [d.day for d in part if d.day is not None]
            if days or engine.newest is not None:
                index.evict(max(days + ([engine.newest] if engine.newest is not None else [])))
            linked = [
                (found[0], [j for j in found[1] if j < i])
                for i, found in enumerate(index.links(runs))
            ]
        # As the store does: noise from the last 300 articles, near neighbours among the
        # last 1,000 (store.NEIGHBOUR_ARTICLES).
        pool = recent + vecs
        near = pool[-NEIGHBOUR_ARTICLES:]
        n_ref = min(300, len(near))
        # The batch's cosines to itself come with the background's product where the
        # source can (engine.background_and_gram, as the store; absent in older ones).
        with_gram = getattr(engine_mod, "background_and_gram", None)
        gram = None
        if with_gram is not None and len(vecs) <= len(near):
            mean, sd, gram = with_gram(
                rows(vecs),
                rows(near[-n_ref:]),
                rows(near),
                np.arange(len(near) - len(vecs), len(near)),
                self_in_ref=True,
                reference=n_ref + PRIOR_WEIGHT,
                ref_in_pile=np.arange(len(near) - n_ref, len(near)),
            )
        else:
            mean, sd = background(
                rows(vecs),
                rows(near[-n_ref:]),
                self_in_ref=True,
                pile=rows(near),
                reference=n_ref + PRIOR_WEIGHT,
                ref_in_pile=np.arange(len(near) - n_ref, len(near)),
            )
        if linked is None:  # older sources measured with --src take no links
            keys = engine.assign(vecs, [d.day for d in part], mean, sd)
        elif gram is None:
            keys = engine.assign(vecs, [d.day for d in part], mean, sd, linked)
        else:
            keys = engine.assign(vecs, [d.day for d in part], mean, sd, linked, gram=gram)
        merges = engine.merge()
        if index is not None:
            parent = dict((gone, keep) for keep, gone in merges)
            index.merged(merges)
            final = []
            for k in keys:
                while k in parent:
                    k = parent[k]
                final.append(k)
            index.add(
                runs,
                list(range(seq[0], seq[0] + len(part))),
                final,
                [d.day if d.day is not None else float("-inf") for d in part],
            )
            seq[0] += len(part)
        engine.retire_quiet()
        recent.extend(vecs)
        del recent[:-NEIGHBOUR_ARTICLES]
        if count:
            spent["features"] += t1 - t
            spent["assign"] += time.process_time() - t1

    for s in range(0, warm, chunk):
        step(docs[s : min(s + chunk, warm)], False)
    for s in range(warm, n, chunk):
        step(docs[s : s + chunk], True)
    m = n - warm
    return {
        "articles": m,
        "chunk": chunk,
        "clean_ms_per_article": 1000 * clean / n,
        "features_ms_per_article": 1000 * spent["features"] / m,
        "assign_ms_per_article": 1000 * spent["assign"] / m,
        "assign_articles_per_cpu_s": m / spent["assign"],
        "features+assign_articles_per_cpu_s": m / (spent["features"] + spent["assign"]),
        "active_stories": len(engine.stories),
        "peak_rss_mb": peak_mb(),
    }


def child(kind: str, args: argparse.Namespace) -> dict[str, float]:
    code = (
        f"import sys, json; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
        f"import cluster_speed as c; print(json.dumps(c.{kind}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "NEWSBRIEF_BENCH_SRC": args.src or SRC,
        },
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--json")
    ap.add_argument(
        "--chunk",
        type=int,
        help="only the store fed N articles a call: 300 articles after 2,000 stored "
        "(warm-up in chunks of 50), articles per CPU second",
    )
    ap.add_argument("--src", help="the newsbrief source folder to measure (default: this one)")
    args = ap.parse_args()
    n = args.articles
    warm = min(2000, n // 2)
    if args.chunk:
        # 300 calls of one article, or 300 articles in chunks: after 2,000 stored.
        m = max(300, 6 * args.chunk)
        r = child(f"run_store({2000 + m}, 2000, {args.chunk}, 50)", args)
        print(f"store_chunk_{args.chunk}", r)
        if args.json:
            Path(args.json).write_text(json.dumps(r, indent=2), encoding="utf-8")
        return
    res = {
        "batch": child(f"run_batch({n})", args),
        "store": child(f"run_store({n}, {warm}, 500)", args),
        "store_as_cluster_db_feeds_it": child(f"run_cli_store({n}, {warm}, 500)", args),
        "store_chunk_50": child(f"run_store({min(n, 4000)}, {min(warm, 2000)}, 50)", args),
        "store_chunk_1": child(f"run_store({min(n, 2300)}, {min(warm, 2000)}, 1)", args),
        "engine": child(f"run_engine({n}, {warm}, 500)", args),
        "young_store_rescore": child(f"run_young_store({warm}, 50, True)", args),
        "young_store_no_rescore": child(f"run_young_store({warm}, 50, False)", args),
    }
    for name, r in res.items():
        print(name, {k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()})
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
