"""Story clustering quality on DUC 2003 mixes and web-style pages (docs/stories.md).

    python benchmarks/cluster_quality.py [--quick] [--json OUT.json]

Reports B-cubed P/R/F1, pairwise F1 and ARI for batch and incremental (store) mode, a
threshold sweep, a cross-validated threshold choice (chosen on half the DUC clusters,
scored on the other half), robustness to the number and size of stories, the mixes with
dates removed, web-style pages and DUC articles in shared site furniture, and the TF-IDF
+ average-link baseline (its threshold chosen the same way). DUC 2003 is
research-licensed: read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_web_stories import in_site_furniture, pages, seed_pages  # noqa: E402

from newsbrief.stories.cluster import assign_batch  # noqa: E402
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402
from newsbrief.stories.metrics import ari, bcubed, bcubed_multi, pairwise  # noqa: E402

SHARED = ROOT.parent / "shared"
DUC = SHARED / "data" / "duc2003" / "task2.jsonl"
GRID = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5]
BASE_GRID = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]

Mix = list[tuple[dict[str, str], str]]
# Every DUC topic each article is listed under (9 articles are under two): for extended
# B-cubed, which counts such an article right in either story.
LABELS: dict[str, set[str]] = {}


def duc() -> Mix:
    out: Mix = []
    seen: set[str] = set()
    for line in DUC.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for d in story["documents"]:
            LABELS.setdefault(d["id"], set()).add(story["id"])
            if d["id"] not in seen:  # 9 articles are listed under two DUC topics: kept once
                seen.add(d["id"])
                out.append(({"id": d["id"], "text": d["text"]}, story["id"]))
    return out


def undated(mix: Mix, seed: int) -> Mix:
    """Ids that reveal no date (LDC ids encode one) and no published field."""
    out = []
    for a, g in mix:
        h = hashlib.sha1(f"{seed}:{a['id']}".encode()).hexdigest()[:12]
        out.append(({"id": "x" + h, "text": a["text"]}, g))
    random.Random(seed).shuffle(out)
    return out


def undated_arrival(mix: Mix) -> Mix:
    """Ids that reveal no date but sort in publication order (``x<rank><hash>``): a feed
    without dates that still arrives roughly in time order (docs/stories.md)."""
    from newsbrief.stories.docs import stable_order

    out = []
    for rank, i in enumerate(stable_order(to_docs([a for a, _ in mix]))):
        a, g = mix[i]
        h = hashlib.sha1(a["id"].encode()).hexdigest()[:8]
        out.append(({"id": f"x{rank:04d}{h}", "text": a["text"]}, g))
    return out


def scores(pred: list, gold: list[str], ids: list[str] | None = None) -> dict[str, float]:
    p, r, f = bcubed(pred, gold)
    out = {"P": p, "R": r, "F1": f, "pairF1": pairwise(pred, gold)[2], "ARI": ari(pred, gold)}
    if ids is not None and all(i in LABELS for i in ids):
        out["xF1"] = bcubed_multi(pred, [LABELS[i] for i in ids])[2]
    return out


def ceiling(mix: Mix) -> dict[str, float]:
    """Extended B-cubed F1 of partitions made from the gold itself: the shared articles
    under their first or second topic, or each pair of topics that share articles joined."""
    ids = [a["id"] for a, _ in mix]
    shared = {i: sorted(LABELS[i]) for i in ids if len(LABELS[i]) > 1}
    pairs = {tuple(v) for v in shared.values()}
    first = [sorted(LABELS[i])[0] for i in ids]
    second = [sorted(LABELS[i])[-1] for i in ids]
    joined = [next((p[0] for p in pairs if g in p), g) for g in first]
    gold = [LABELS[i] for i in ids]
    return {
        name: bcubed_multi(pred, gold)[2]
        for name, pred in (("first", first), ("second", second), ("joined", joined))
    }


def batch(mix: Mix, th: float) -> dict[str, float]:
    docs = to_docs([a for a, _ in mix])
    return scores(assign_batch(docs, th), [g for _, g in mix], [a["id"] for a, _ in mix])


def incremental(mix: Mix, th: float, chunk: int) -> dict[str, float]:
    from newsbrief.stories.docs import stable_order
    from newsbrief.stories.store import StoryStore

    docs = to_docs([a for a, _ in mix])
    order = stable_order(docs)
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db", threshold=th) as st:
        for s in range(0, len(order), chunk):
            st.add([mix[i][0] for i in order[s : s + chunk]])
        n, _ = st.count()
        where = {a.id: s.id for s in st.stories(limit=n) for a in s.articles}
    ids = [a["id"] for a, _ in mix]
    return scores([where[i] for i in ids], [g for _, g in mix], ids)


def by_arrival(mix: Mix, th: float, chunk: int = 50) -> list[tuple[str, ...]]:
    """Per arrival chunk: B-cubed precision/recall of its articles, incremental vs batch."""
    from collections import Counter

    from newsbrief.stories.docs import stable_order
    from newsbrief.stories.store import StoryStore

    docs = to_docs([a for a, _ in mix])
    order = stable_order(docs)
    gold = [g for _, g in mix]
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db", threshold=th) as st:
        for s in range(0, len(order), chunk):
            st.add([mix[i][0] for i in order[s : s + chunk]])
        n, _ = st.count()
        where = {a.id: s.id for s in st.stories(limit=n) for a in s.articles}
    inc = [where[a["id"]] for a, _ in mix]
    bat = assign_batch(docs, th)
    pos = {i: n for n, i in enumerate(order)}
    rows = []
    for s in range(0, len(order), chunk):
        idx = [i for i in range(len(mix)) if s <= pos[i] < s + chunk]
        cells = [f"{s + 1}-{min(s + chunk, len(order))}"]
        for pred in (inc, bat):
            both = Counter(zip(pred, gold, strict=True))
            ps, gs = Counter(pred), Counter(gold)
            p = np.mean([both[(pred[i], gold[i])] / ps[pred[i]] for i in idx])
            r = np.mean([both[(pred[i], gold[i])] / gs[gold[i]] for i in idx])
            cells += [f"{p:.3f}", f"{r:.3f}"]
        rows.append(tuple(cells))
    return rows


def baseline_sims(mix: Mix) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english").fit_transform([a["text"] for a, _ in mix])
    return (x @ x.T).toarray()


def baseline(mix: Mix, th: float, sims: np.ndarray | None = None) -> dict[str, float]:
    """TF-IDF (scikit-learn defaults, English stop words) + average-link, cut at th."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    s = baseline_sims(mix) if sims is None else sims
    d = np.clip(1.0 - s, 0.0, None)
    np.fill_diagonal(d, 0.0)
    z = linkage(squareform(d, checks=False), method="average")
    return scores(list(fcluster(z, 1.0 - th, criterion="distance")), [g for _, g in mix])


def subset(mix: Mix, clusters: list[str], per: int | None = None) -> Mix:
    keep = set(clusters)
    out, count = [], {}
    for a, g in mix:
        if g in keep and (per is None or count.get(g, 0) < per):
            count[g] = count.get(g, 0) + 1
            out.append((a, g))
    return out


def fmt(r: dict[str, float]) -> str:
    return " | ".join(f"{r[k]:.3f}" for k in ("P", "R", "F1", "pairF1", "ARI"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer splits and draws")
    ap.add_argument("--json", help="also write every figure here")
    args = ap.parse_args()
    out: dict[str, object] = {"threshold": DEFAULT_THRESHOLD}
    mix = duc()
    gold_ids = sorted({g for _, g in mix})
    splits = 3 if args.quick else 6
    th = DEFAULT_THRESHOLD
    t0 = time.perf_counter()

    print(
        f"DUC 2003 task 2 mix: {len(mix)} articles, {len(gold_ids)} stories; "
        f"default threshold {th}\n"
    )
    print(
        "| mode | B3 P | B3 R | B3 F1 | pairwise F1 | ARI | extended B3 F1 |\n"
        "|---|---|---|---|---|---|---|"
    )
    rows = {
        "batch": batch(mix, th),
        "incremental, chunks of 50": incremental(mix, th, 50),
        "incremental, chunks of 10": incremental(mix, th, 10),
        "batch, dates hidden": batch(undated(mix, 1), th),
        "incremental (50), dates hidden": incremental(undated(mix, 1), th, 50),
    }
    sims = baseline_sims(mix)
    base_sweep = {b: baseline(mix, b, sims) for b in BASE_GRID}
    best_b = max(base_sweep, key=lambda b: base_sweep[b]["F1"])
    rows[f"baseline TF-IDF avg-link, best threshold {best_b} (in-sample)"] = base_sweep[best_b]
    for name, r in rows.items():
        print(
            f"| {name} | {fmt(r)} | {r['xF1']:.3f} |"
            if "xF1" in r
            else f"| {name} | {fmt(r)} | - |"
        )
    out["duc"] = rows
    top = ceiling(mix)
    out["extended_ceiling"] = top
    print(
        "\nExtended B-cubed (an article DUC lists under two topics is right in either) of "
        "the gold itself: shared articles under their first topic "
        f"{top['first']:.3f}, under their second {top['second']:.3f}, the topic pairs "
        f"joined {top['joined']:.3f}: a partition's ceiling on this data."
    )

    print(
        "\nIncremental (chunks of 50) by arrival: B3 P/R of the articles of each chunk "
        "(final assignment), against batch:\n"
    )
    print("| arrival | incremental P | incremental R | batch P | batch R |\n|---|---|---|---|---|")
    out["by_arrival"] = by_arrival(mix, th)
    for row in out["by_arrival"]:
        print("| " + " | ".join(str(v) for v in row) + " |")

    print("\nThreshold sweep (B3 F1, all 289 articles):\n")
    print("| threshold | " + " | ".join(str(g) for g in GRID) + " |")
    print("|---" * (len(GRID) + 1) + "|")
    sweep = {g: batch(mix, g)["F1"] for g in GRID}
    sweep_inc = {g: incremental(mix, g, 50)["F1"] for g in GRID}
    print("| batch | " + " | ".join(f"{sweep[g]:.3f}" for g in GRID) + " |")
    print("| incremental (50) | " + " | ".join(f"{sweep_inc[g]:.3f}" for g in GRID) + " |")
    print("\nBaseline sweep (TF-IDF + average link, B3 F1):\n")
    print("| threshold | " + " | ".join(str(b) for b in BASE_GRID) + " |")
    print("|---" * (len(BASE_GRID) + 1) + "|")
    print("| F1 | " + " | ".join(f"{base_sweep[b]['F1']:.3f}" for b in BASE_GRID) + " |")
    out["sweep"] = {
        "batch": sweep,
        "incremental50": sweep_inc,
        "baseline": {b: r["F1"] for b, r in base_sweep.items()},
    }

    # Cross-validation: choose the threshold on half the clusters, score the other half.
    print(
        f"\nCross-validated threshold ({splits} random halvings of the 30 stories; "
        "chosen on one half, scored on the other, both ways):\n"
    )
    held, held_base, chosen, chosen_base, held_default = [], [], [], [], []
    held_inc: list[float] = []
    for seed in range(splits):
        ids = gold_ids[:]
        random.Random(seed).shuffle(ids)
        halves = (ids[:15], ids[15:])
        for a, b in (halves, halves[::-1]):
            ma, mb = subset(mix, a), subset(mix, b)
            pick = max(GRID, key=lambda g: batch(ma, g)["F1"])
            sa = baseline_sims(ma)
            pick_b = max(BASE_GRID, key=lambda g: baseline(ma, g, sa)["F1"])
            chosen.append(pick)
            chosen_base.append(pick_b)
            held.append(batch(mb, pick)["F1"])
            held_default.append(batch(mb, th)["F1"])
            held_base.append(baseline(mb, pick_b)["F1"])
            held_inc.append(incremental(mb, th, 50)["F1"])
    print("| method | held-out B3 F1 (mean ± sd) | thresholds chosen |\n|---|---|---|")
    print(f"| newsbrief | {np.mean(held):.3f} ± {np.std(held):.3f} | {sorted(chosen)} |")
    print(
        f"| newsbrief, default {th} (fixed) | {np.mean(held_default):.3f} ± "
        f"{np.std(held_default):.3f} | - |"
    )
    print(
        f"| TF-IDF avg-link | {np.mean(held_base):.3f} ± {np.std(held_base):.3f} | "
        f"{sorted(chosen_base)} |"
    )
    print(
        f"| newsbrief incremental store, chunks of 50, default {th} | "
        f"{np.mean(held_inc):.3f} ± {np.std(held_inc):.3f} | - |"
    )
    out["cv"] = {
        "newsbrief": held,
        "baseline": held_base,
        "chosen": chosen,
        "chosen_baseline": chosen_base,
        "default": held_default,
        "incremental50_default": held_inc,
    }

    # Robustness: fewer stories, smaller stories, at the default threshold.
    print("\nRobustness at the default threshold (mean B3 F1 over random draws):\n")
    print("| setting | articles | newsbrief | baseline at its all-30 best |\n|---|---|---|---|")
    robust = {}
    for n_clusters, per in ((10, None), (15, None), (30, 5), (30, 3)):
        f, fb, n = [], [], 0
        for seed in range(splits):
            ids = gold_ids[:]
            random.Random(100 + seed).shuffle(ids)
            m = subset(mix, ids[:n_clusters], per)
            if per:
                random.Random(seed).shuffle(m)
                m = subset(m, ids, per)
            n = len(m)
            f.append(batch(m, th)["F1"])
            fb.append(baseline(m, best_b)["F1"])
        name = f"{n_clusters} stories" + (f", {per} articles each" if per else "")
        robust[name] = (float(np.mean(f)), float(np.mean(fb)))
        print(f"| {name} | {n} | {np.mean(f):.3f} | {np.mean(fb):.3f} |")
    out["robust"] = robust

    # Web-style pages with shared site furniture, alone and mixed into DUC.
    web = pages()
    seeds = seed_pages(SHARED) if (SHARED / "seeds").exists() else []
    print(
        "\nWeb-style pages (stories written for this test in the furniture of three "
        "sites, plus the two real seed pages):\n"
    )
    print("| mix | articles | stories | B3 P | B3 R | B3 F1 | pairwise F1 | ARI |")
    print("|---|---|---|---|---|---|---|---|")
    webrows = {}
    plain = pages(furniture=False)
    nodate = [({k: v for k, v in a.items() if k != "published"}, g) for a, g in web + seeds]
    for name, m in (
        ("web pages, no furniture", plain),
        ("web pages in site furniture", web + seeds),
        ("web pages in furniture, no dates", nodate),
        ("web pages (no dates) + DUC (dates hidden)", nodate + undated(mix, 2)),
        ("DUC articles as pages of the three sites", in_site_furniture(mix)),
        ("same, dates hidden", undated(in_site_furniture(mix), 1)),
        ("same, with 3 other articles' first lines on each page", in_site_furniture(mix, 3)),
    ):
        r = batch(m, th)
        webrows[name] = r
        print(f"| {name} | {len(m)} | {len({g for _, g in m})} | {fmt(r)} |")
        if name.startswith("web pages (no dates)"):
            sub = [i for i, (a, _) in enumerate(m) if not a["id"].startswith("x")]
            docs = to_docs([a for a, _ in m])
            lab = assign_batch(docs, th)
            p = [lab[i] for i in sub]
            g = [m[i][1] for i in sub]
            wr = scores(p, g)
            webrows["  of which the web pages"] = wr
            print(
                f"| of which the web pages (precision counts DUC intruders only as "
                f"grouping) | {len(sub)} | {len(set(g))} | {fmt(wr)} |"
            )
    for name, m in (
        ("web pages in site furniture", web + seeds),
        ("DUC articles as pages of the three sites", in_site_furniture(mix)),
    ):
        sims_w = baseline_sims(m)
        bw = max((baseline(m, b, sims_w) for b in BASE_GRID), key=lambda r: r["F1"])
        webrows[f"baseline, {name} (best threshold)"] = bw
        print(
            f"| baseline TF-IDF avg-link, {name} (best threshold) | {len(m)} | "
            f"{len({g for _, g in m})} | {fmt(bw)} |"
        )
    out["web"] = webrows
    print(f"\n({time.perf_counter() - t0:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
