"""Where the batch errs on scraped web pages, by damage kind: the error classes of
``benchmarks/cluster_scraped_web.py``'s mixes (history: s25 clS round).

    python benchmarks/cluster_scraped_errors.py [--half dev] [--seeds 0,1,2] [--list]

Why: a B-cubed figure says how much is wrong, not what. Each article that is not where
its gold story is (not in the predicted story holding most of its gold story, or in a
story most of whose articles belong to another) is put in one class:

* ``section front joined a story``: a listing page is not alone;
* ``left out``: no text after cleaning;
* ``DUC's own error``: the DUC article the page copies is misplaced when the DUC texts
  of the same topics are clustered alone (``newsbrief.cluster`` on the wire text): an
  error of the data (DUC's topics), not of scraping;
* ``apart from its own copies``: the page is not in the story of most pages of the
  same DUC article (its copy was not recognised);
* ``with its copies, split from the story`` / ``with its copies, in another story``:
  the page sits with its copies, and they all sit in the wrong place.

Counted per damage kind (``wire``, ``teaser``, ``related``, ...), summed over the seeds.
Only the dev half's errors are for reading: the test half is held out.
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

import cluster_scraped_web as web  # noqa: E402

CLASSES = (
    "section front joined a story",
    "left out",
    "DUC's own error",
    "apart from its own copies",
    "with its copies, split from the story",
    "with its copies, in another story",
)


def misplaced(pred: dict[str, str], gold: dict[str, str]) -> set[str]:
    """Articles not in their gold story's main predicted story, or in a predicted story
    most of whose articles belong to another gold story."""
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for i, g in gold.items():
        by_gold[g][pred[i]] += 1
        by_pred[pred[i]][g] += 1
    main = {g: c.most_common(1)[0][0] for g, c in by_gold.items()}
    major = {p: c.most_common(1)[0][0] for p, c in by_pred.items()}
    return {i for i, g in gold.items() if pred[i] != main[g] or major[pred[i]] != g}


def duc_alone_errors(half: str) -> set[str]:
    """DUC ids misplaced when the half's DUC texts are clustered alone."""
    import newsbrief

    base = web.halves(web.duc())[half]
    gold = {a["id"]: g for a, g in base}
    res = newsbrief.cluster([dict(a) for a, _ in base])
    pred = {a.id: s.id for s in res for a in s.articles}
    return misplaced(pred, gold)


def classify(items: list[dict], pred: dict[str, str], duc_bad: set[str]) -> Counter:
    gold = {it["id"]: it["gold"] for it in items}
    pred = {i: pred.get(i, "missing:" + i) for i in gold}
    kinds = {it["id"]: it["kinds"][0] for it in items}
    base = {it["id"]: it.get("base") for it in items}
    by_base: dict[str, Counter[str]] = defaultdict(Counter)
    for i, b in base.items():
        if b:
            by_base[b][pred[i]] += 1
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for i, g in gold.items():
        by_pred[pred[i]][g] += 1
    out: Counter = Counter()
    for i in misplaced(pred, gold):
        kind = kinds[i]
        if kind == "section front":
            what = CLASSES[0]
        elif pred[i].startswith("missing:"):
            what = CLASSES[1]
        elif base[i] in duc_bad:
            what = CLASSES[2]
        elif by_base[base[i]].most_common(1)[0][0] != pred[i]:
            what = CLASSES[3]
        elif by_pred[pred[i]].most_common(1)[0][0] == gold[i]:
            what = CLASSES[4]
        else:
            what = CLASSES[5]
        out[(what, kind)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    duc_bad = duc_alone_errors(args.half)
    total: Counter = Counter()
    n_items = 0
    seeds = [int(s) for s in args.seeds.split(",")]
    for seed in seeds:
        items = web.build_mix(args.half, seed)
        n_items += len(items)
        with tempfile.TemporaryDirectory() as tmp:
            inputs = web.write_inputs(items, Path(tmp))
            pred = web.run_cli(inputs, Path(tmp) / "stories.jsonl", args.threshold)
        total += classify(items, pred, duc_bad)
    kinds = ["wire", *web.KINDS, "section front"]
    print(
        f"\n## Misplaced articles, {args.half} half, seeds {args.seeds} "
        f"({n_items} articles in all)\n"
    )
    print("| class | " + " | ".join(kinds) + " | all |")
    print("|---" * (len(kinds) + 2) + "|")
    for c in CLASSES:
        cells = [total.get((c, k), 0) for k in kinds]
        print(f"| {c} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    sums = [sum(v for (c, k), v in total.items() if k == kind) for kind in kinds]
    print("| all | " + " | ".join(map(str, sums)) + f" | {sum(sums)} |")


if __name__ == "__main__":
    main()
