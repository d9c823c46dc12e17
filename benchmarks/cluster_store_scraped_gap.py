"""Why the story store loses to batch on scraped pages: the store's splits on the mixes
of benchmarks/cluster_scraped_web.py, counted by cause (history: s25 store round).

    python benchmarks/cluster_store_scraped_gap.py [--half dev] [--seeds 0] [--chunk 50]

For each mix (DUC 2003 read from ../shared at run time, never copied): batch through the
CLI and the store fed in arrival order (as cluster_scraped_web.py feeds it), B-cubed
P/R/F1 of both; then every article the store put outside its gold story's main
fragment (the store story holding most of that gold story), by whether it is a copy
(copies.find_copies on the whole mix, as batch finds them) of an article stored in an
earlier update, of one in the same update only, or of none; whether its gold story was
already in the store when it arrived; and its page kind. Two oracles bound what a fix
can gain: "copies follow" (every copy placed where its group's first-arrived copy
ended) and "copies follow, first update aside". Development data: the dev half's
errors are read here; the test half is for the final figures only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_scraped_web import build_mix, run_cli, write_inputs  # noqa: E402

from newsbrief.stories.cluster import _parsed_counts  # noqa: E402
from newsbrief.stories.copies import find_copies  # noqa: E402
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.engine import rows  # noqa: E402
from newsbrief.stories.io import load_articles  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402
from newsbrief.stories.store import StoryStore  # noqa: E402


def f1_of(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    ids = sorted(gold)
    return bcubed([pred.get(i, "missing:" + i) for i in ids], [gold[i] for i in ids])


def one(half: str, seed: int, chunk: int) -> dict[str, object]:
    items = build_mix(half, seed)
    gold = {it["id"]: it["gold"] for it in items}
    kind = {it["id"]: it["kinds"][0] for it in items}
    arrive = {it["id"]: it.get("arrive") or "" for it in items}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(items, Path(tmp))
        batch = run_cli(inputs, Path(tmp) / "stories.jsonl", None)
        arts, _ = load_articles(inputs)
        arts.sort(key=lambda d: (arrive.get(d.id) or "9999", d.id))
        when: dict[str, int] = {}
        with StoryStore(Path(tmp) / "s.db") as st:
            for n, s in enumerate(range(0, len(arts), chunk)):
                part = arts[s : s + chunk]
                for a in part:
                    when[a.id] = n
                st.add(part)
            k, _ = st.count()
            store = {a.id: s.id for s in st.stories(limit=k) for a in s.articles}
    docs = to_docs(arts)
    counts, df, parsed = _parsed_counts(docs, None)
    x = rows([df.weigh(c) for c in counts])
    groups = find_copies(parsed, x)
    group_of = {d.id: int(g) for d, g in zip(docs, groups.tolist(), strict=True)}
    members: dict[int, list[str]] = defaultdict(list)
    for d in docs:
        members[group_of[d.id]].append(d.id)
    position = {a.id: n for n, a in enumerate(arts)}  # arrival order
    first_copy = {g: min(ids, key=lambda i: position[i]) for g, ids in members.items()}
    out: dict[str, object] = {
        "batch": f1_of(batch, gold),
        "store": f1_of(store, gold),
        "articles": len(gold),
        "copy groups": sum(len(v) > 1 for v in members.values()),
        "in copy groups": sum(len(v) for v in members.values() if len(v) > 1),
    }
    # Oracles: copies placed where their group's first-arrived copy ended.
    follow = {i: store[first_copy[group_of[i]]] if i in group_of else s for i, s in store.items()}
    out["oracle: copies follow"] = f1_of(follow, gold)
    follow_later = {
        i: (
            store[first_copy[group_of[i]]]
            if i in group_of and when[first_copy[group_of[i]]] < when[i]
            else s
        )
        for i, s in store.items()
    }
    out["oracle: copies of stored follow"] = f1_of(follow_later, gold)
    # Splits: articles outside their gold story's main fragment.
    frag: dict[str, Counter[str]] = defaultdict(Counter)
    frag_ids: dict[str, list[str]] = defaultdict(list)
    for i, g in gold.items():
        frag_ids[g].append(i)
        if i in store:
            frag[g][store[i]] += 1
    main = {g: c.most_common(1)[0][0] for g, c in frag.items()}
    seen_gold: dict[str, int] = {}
    for i in sorted(when, key=lambda i: when[i]):
        seen_gold.setdefault(gold[i], when[i])
    causes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for i, g in gold.items():
        if i not in store or store[i] == main[g] or kind[i] == "section front":
            continue
        grp = members[group_of[i]]
        earlier = [j for j in grp if when[j] < when[i]]
        same = [j for j in grp if j != i and when[j] == when[i]]
        copy = "copy of stored" if earlier else ("copy in update" if same else "no copy")
        if earlier and any(store[j] == main[g] for j in earlier):
            copy += " (original in main)"
        known = "story known" if seen_gold[g] < when[i] else "story new"
        if when[i] == 0:
            known = "first update"
        causes[f"{copy}; {known}"] += 1
        kinds[kind[i]] += 1
    if DETAIL:
        for g, c in sorted(frag.items()):
            if len(c) > 1 and not any(kind[i] == "section front" for i in frag_ids[g]):
                parts = []
                for sid, k in c.most_common():
                    mem = [i for i in gold if store.get(i) == sid]
                    other = Counter(gold[i] for i in mem if gold[i] != g)
                    ups = sorted({when[i] for i in mem if gold[i] == g})
                    parts.append(f"{k} (updates {ups}, +{sum(other.values())} other)")
                print(f"    {g}: " + "; ".join(parts))
    out["split causes"] = dict(causes.most_common())
    out["split kinds"] = dict(kinds.most_common())
    # Precision: articles in a store story whose majority gold is another.
    by_story: dict[str, Counter[str]] = defaultdict(Counter)
    for i, s in store.items():
        if i in gold:
            by_story[s][gold[i]] += 1
    wrong = sum(sum(c.values()) - c.most_common(1)[0][1] for c in by_story.values() if len(c) > 1)
    out["articles in another story's majority"] = wrong
    out["store stories"] = len(by_story)
    out["batch stories"] = len(set(batch.values()))
    out["gold stories"] = len(set(gold.values()))
    return out


DETAIL = False  # --detail: print each split gold story's pieces


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("all", "dev", "test"), default="dev")
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--chunk", type=int, default=50)
    ap.add_argument("--detail", action="store_true", help="each split gold story's pieces")
    args = ap.parse_args()
    global DETAIL
    DETAIL = args.detail
    for seed in (int(s) for s in args.seeds.split(",")):
        res = one(args.half, seed, args.chunk)
        print(f"\n## {args.half}, seed {seed}, chunks of {args.chunk}")
        for k, v in res.items():
            if isinstance(v, tuple):
                v = "P {:.3f} R {:.3f} F1 {:.3f}".format(*v)
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
