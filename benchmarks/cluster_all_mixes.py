"""Every batch mix issue 12 scores, in one table: the check a clustering change must pass
(docs/stories.md, s29 stT round).

    python benchmarks/cluster_all_mixes.py [--threshold 1.25] [--set MODULE.NAME=VALUE ...]
        [--sweep 1.0,1.25,1.5] [--skip scraped,halves] [--big-seed 0]

B-cubed F1, batch only (`cluster.assign_batch`, as `newsbrief cluster` runs it): DUC 2003
dated and with dates hidden, the mean over the 12 halves (6 random halvings, both
halves, each clustered alone), the written web pages in furniture with the seeds, the
scraped mixes of ``cluster_scraped_web.py`` (all / dev / test, seed 0: built and read
once, the articles as read cached under the system's temporary folder), and the stories
with many articles of ``cluster_scale.py --big-only`` (30 x 10 ... 6 x 80). The mean of
the rows is the last line. ``--set stories.cluster.NAME=VALUE`` sets a constant for the
run (a Python literal), so that a variant is measured without editing the code.

Why one script: a rule that lifts one mix often lowers another (the threshold serves
DUC's twin topics and large stories at once, docs/stories.md, Limits), so a change is
kept only when the mean rises and no mix falls more than 0.005. The store's figures are
``cluster_chunks.py``'s; small piles are ``cluster_small_piles.py``'s. DUC 2003 is
research-licensed: read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pickle
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsbrief.stories.cluster import assign_batch  # noqa: E402, I001
from newsbrief.stories.docs import split_empty, to_docs  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402

from cluster_quality import duc, subset, undated  # noqa: E402

Mix = list[tuple[object, str]]


def f1(mix: Mix, th: float) -> float:
    """Batch B-cubed F1 of a mix of (article, gold story); articles with no text after
    cleaning are left out of the score, as the CLI leaves them out of its stories."""
    docs = to_docs([a for a, _ in mix])
    gold = {d.id: g for d, (_, g) in zip(docs, mix, strict=True)}
    docs, _ = split_empty(docs)
    lab = assign_batch(docs, th)
    return bcubed(lab, [gold[d.id] for d in docs])[2]


def scraped(half: str, seed: int = 0) -> Mix:
    """The scraped mix as ``newsbrief cluster`` reads it (cached: building and reading
    the HTML pages takes most of a run)."""
    cache = Path(tempfile.gettempdir()) / f"newsbrief_scraped_{half}_{seed}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    from cluster_scraped_web import build_mix, write_inputs

    from newsbrief.stories.io import load_articles

    items = build_mix(half, seed)
    gold = {it["id"]: it["gold"] for it in items}
    with tempfile.TemporaryDirectory() as tmp:
        arts, _ = load_articles(write_inputs(items, Path(tmp)), on_error="skip")
    mix = [(a, gold[a.id]) for a in arts]
    cache.write_bytes(pickle.dumps(mix))
    return mix


def mixes(skip: set[str], seed: int = 0) -> dict[str, Mix | list[Mix]]:
    from cluster_scale import big_story_mix
    from cluster_web_stories import pages, seed_pages

    base = duc()
    out: dict[str, Mix | list[Mix]] = {"DUC dated": base, "DUC dates hidden": undated(base, 0)}
    if "halves" not in skip:
        ids = sorted({g for _, g in base})
        halves = []
        for seed in range(6):
            order = ids[:]
            random.Random(seed).shuffle(order)
            halves += [subset(base, order[:15]), subset(base, order[15:])]
        out["DUC 12 halves (mean)"] = halves
    out["web pages + seeds"] = pages() + seed_pages(ROOT.parent / "shared")
    if "scraped" not in skip:
        for half in ("all", "dev", "test"):
            out[f"scraped {half}"] = scraped(half)
    if "big" not in skip:
        for n, per in ((30, 10), (30, 33), (20, 50), (10, 100), (6, 80)):
            out[f"big {n} x {per}"] = big_story_mix(n, per, seed)
    return out


def set_constant(spec: str) -> None:
    name, value = spec.split("=", 1)
    mod, attr = name.rsplit(".", 1)
    module = importlib.import_module("newsbrief." + mod)
    if not hasattr(module, attr):
        raise SystemExit(f"no {attr} in newsbrief.{mod}")
    setattr(module, attr, ast.literal_eval(value))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--sweep", help="thresholds, comma-separated (instead of --threshold)")
    ap.add_argument("--set", action="append", default=[], help="MODULE.NAME=VALUE")
    ap.add_argument("--skip", default="", help="halves, scraped, big (comma-separated)")
    ap.add_argument("--big-seed", type=int, default=0, help="draw of the big-story mixes")
    args = ap.parse_args()
    for spec in args.set:
        set_constant(spec)
    t0 = time.perf_counter()
    ths = [float(t) for t in args.sweep.split(",")] if args.sweep else [args.threshold]
    ms = mixes(set(filter(None, args.skip.split(","))), args.big_seed)
    print("| mix | " + " | ".join(f"{t:g}" for t in ths) + " |")
    print("|---|" + "---|" * len(ths))
    rows: dict[str, list[float]] = {}
    for name, mix in ms.items():
        if name.startswith("DUC 12"):
            rows[name] = [float(np.mean([f1(h, t) for h in mix])) for t in ths]  # type: ignore[arg-type]
        else:
            rows[name] = [f1(mix, t) for t in ths]  # type: ignore[arg-type]
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in rows[name]) + " |", flush=True)
    mean = np.mean(list(rows.values()), axis=0)
    print("| **mean** | " + " | ".join(f"**{v:.3f}**" for v in mean) + " |")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
