"""Why each labelled support (or contradiction) is missed, read off its evidence window.

For every labelled pair the method gets wrong, the labelled evidence spans are mapped to
the article's sentences and that window is checked directly with
``StoryIndex.window_check`` (the pipeline's own check of a window: the same neighbours,
lead, dateline and window bounds as on the windows it retrieves). Each miss gets one
class, the first that applies:

* ``spread``: the evidence sentences lie more than three apart (no window reaches them);
* ``retrieved-not-chosen``: the evidence window itself would support, but retrieval did
  not reach it or another window was chosen;
* ``conflict``: a detail of the evidence window conflicts with the claim's (for a
  contradiction, ``conflict-too-little``: found, but the window states too little of
  the rest of the claim);
* ``detail``: a figure, date, name, negation, plan, role or main verb is missing;
* ``wording``: every detail agrees, but the window states too little of the claim.

The listing shows the claim, the evidence, each blocking detail in the claim's and the
evidence's words, the candidate share of each evidence sentence (retrieval needs
``min_candidate``) and the claim's words the window lacks: what a reader needs to say
whether the detail is there in another form. DEVELOPMENT DATA: dev only.

    python benchmarks/attribution_misses.py [--kind copied,human] [--label supports]
        [--claim d30028t-c01] [--summary] [--fold 1/2] [--set peripheral_parts=1]
        [--label contradicts --causes]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_real_eval import (
    TASK2,
    _stories,
    apply_overrides,
    folds,
    label_files,
    load_claims,
    load_clusters,
    predict_current,
)

_VALUE_KINDS = ("number", "date", "name", "negation")
# Typed details: a value a window can give otherwise (a missing one was not bound).
_TYPED = frozenset((*_VALUE_KINDS, "roles", "plan", "outcome", "charge", "modifier"))
# Notes of a figure or date found but read as the story moving on, not a disagreement.
_UPDATE_NOTES = ("reported ", "reported as a change")


def cause(item: dict[str, Any]) -> str:
    """The cause of a missed contradiction, read off its evidence window (the issue's
    four): ``retrieval`` (no window reaches the labelled sentences, or another was
    chosen), ``decision`` (a conflict is found but the window states too little of
    the rest, or a figure found is read as an update), ``binding`` (a typed detail the
    window gives is not bound to the claim's, so compared as missing) or ``not compared``
    (only wording blocks: a verb, word or object, or nothing at all). Why: counts by
    cause can be taken on a fold whose pairs are never read."""
    cls = item["class"]
    if cls in ("spread", "evidence not found", "retrieved-not-chosen"):
        return "retrieval"
    if cls == "conflict-too-little":
        return "decision"
    blocking = item.get("blocking", [])
    if any(k in ("number", "date") and n.startswith(_UPDATE_NOTES) for k, _, n in blocking):
        return "decision"
    if any(k in _TYPED for k, _, _ in blocking):
        return "binding"
    return "not compared"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    """A sentence as matched to a labelled span: quote marks as the data writes them
    (``, '', ") and spacing differ between the raw text and the split sentence."""
    return "".join(c for c in text if c.isalnum())


def _reason(cls: str, check: Any, blocking: list[Any], raw: str) -> str:
    """The check that vetoed, finer than the class: which details block, whether the
    window would support were they stated (its wording suffices), or which share of the
    claim is too low; a missing name says whether the article writes it anywhere."""
    from dataclasses import replace

    from newsbrief.attribution import config, rules

    if cls in ("retrieved-not-chosen", "spread"):
        return cls
    if cls == "conflict":
        kinds = sorted({d.kind for d in blocking if d.status == "conflicts"})
        return f"conflict: {'/'.join(kinds)}"
    if blocking:
        kinds = []
        for d in blocking:
            kind = d.kind
            if kind == "name":
                kind += " (in article)" if d.claim.lower() in raw.lower() else " (not in article)"
            if d.note in ("main clause",) or d.claim == "the main clause":
                kind = "verb (main clause)"
            kinds.append(kind)
        shown = "+".join(sorted(set(kinds)))
        clean = replace(
            check,
            details=tuple(d for d in check.details if d not in blocking),
        )
        return f"{shown} missing" + (
            "" if rules.support_rule(clean) else ", and too little wording"
        )
    cfg = config.CONFIG
    if check.core_coverage < cfg.support_core or check.deed_coverage < cfg.support_core:
        return "wording: too little of the deed (core coverage)"
    return "wording: too little of the claim (coverage)"


def diagnose(
    kinds: set[str],
    label: str,
    only: str | None,
    fold: tuple[int, int] | None = None,
    split: str = "dev",
) -> list[dict[str, Any]]:
    """One record per missed pair of a dev split (of one cluster fold: ``(i, k)``);
    ``split`` joins dev splits with + as the eval's ``--split`` does."""
    from newsbrief.attribution import story_index
    from newsbrief.attribution.clauses import undated

    clusters = load_clusters(TASK2)
    claims = load_claims(split, clusters)
    if fold is not None:
        # the eval's own cluster folds: read one fold's errors, keep the other blind
        claims = folds(claims, fold[1])[fold[0] - 1]
    pred = predict_current(claims, clusters)
    recs: dict[str, dict[str, Any]] = {}
    for path in label_files(split):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                recs[rec["claim_id"]] = rec
    stories = {s["id"]: s for s in _stories(claims, clusters)}
    indexes: dict[str, Any] = {}
    out = []
    for c in claims:
        if c.kind not in kinds or (only and c.claim_id != only):
            continue
        if c.cluster not in indexes:
            indexes[c.cluster] = story_index(list(stories[c.cluster]["documents"]))[0]
        index = indexes[c.cluster]
        raw = {d["id"]: d["text"] for d in stories[c.cluster]["documents"]}
        rec = recs[c.claim_id]
        source = (rec.get("text_from") or {}).get("document")
        text = undated(c.text)
        claim, overlap = index.claim_search(text, None)
        for j in rec["judgements"]:
            doc = j["document"]
            got = pred.get((c.claim_id, doc), "neither")
            if j["label"] != label or doc == source or got == label:
                continue
            evidence = [_norm(raw[doc][s:e]) for s, e in j["evidence"]]
            ks = sorted(
                {
                    k
                    for ev in evidence
                    for k, s in enumerate(index.sentences[doc])
                    if _key(s.text)[:32] in _key(ev) or _key(ev)[:32] in _key(s.text)
                }
            )
            cands = overlap.get(doc, {})
            item: dict[str, Any] = {
                "claim_id": c.claim_id,
                "kind": c.kind,
                "document": doc,
                "got": got,
                "claim": text,
                "evidence": evidence,
                "sentences": ks,
                "share": {k: round(cands.get(k, 0.0) / claim.total, 2) for k in ks},
                "details": [],
                "lacking": [],
            }
            if not ks:
                item["class"] = "evidence not found"
            elif ks[-1] - ks[0] >= 3:
                item["class"] = "spread"
            else:
                check, ev = index.window_check(doc, claim, ks[0], ks[-1])
                blocking = [
                    d for d in check.details if d.status != "agrees" and d.note != "peripheral"
                ]
                item["details"] = [
                    f"{d.kind} {d.status}: {d.claim!r} vs {d.evidence!r} {d.note}".rstrip()
                    for d in blocking
                ]
                item["blocking"] = [(d.kind, d.status, d.note) for d in blocking]
                item["lacking"] = sorted(claim.facts.content - ev.content)
                item["coverage"] = round(check.coverage, 2)
                done = check.contradicts if label == "contradicts" else check.supports
                if done:
                    item["class"] = "retrieved-not-chosen"
                elif any(d.status == "conflicts" for d in blocking):
                    # a support blocked by a conflict; a contradiction whose conflict
                    # is found but whose window states too little of the rest
                    item["class"] = "conflict" if label == "supports" else "conflict-too-little"
                elif blocking:
                    item["class"] = "detail"
                else:
                    item["class"] = "wording"
                item["reason"] = _reason(item["class"], check, blocking, raw[doc])
            item.setdefault("reason", item["class"])
            out.append(item)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--kind", default="copied", help="claim kinds: copied,human,altered")
    ap.add_argument("--label", default="supports", choices=("supports", "contradicts"))
    ap.add_argument("--claim", help="one claim id")
    ap.add_argument("--summary", action="store_true", help="only the counts by class")
    ap.add_argument(
        "--reasons",
        action="store_true",
        help="only the counts by the check that vetoed (no claim or article text shown)",
    )
    ap.add_argument(
        "--causes",
        action="store_true",
        help="with --label contradicts: only the counts by cause (retrieval, binding,"
        " decision, not compared; no text)",
    )
    ap.add_argument(
        "--fold",
        metavar="I/K",
        help="only the clusters of fold I of K (the eval's --folds K); e.g. 1/2",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a constant of newsbrief.attribution.config (as the eval's --set)",
    )
    ap.add_argument(
        "--split",
        default="dev",
        help="dev splits joined with + (dev+dev_altered2); never a held-out or blind one",
    )
    args = ap.parse_args(argv)
    parts = args.split.split("+")
    if any(p.startswith("heldout") or p == "dev_altered5" for p in parts):
        ap.error(f"--split {args.split!r}: held-out and blind splits are never read for errors")
    if args.causes and args.label != "contradicts":
        ap.error("--causes: the causes are those of missed contradictions; add --label contradicts")
    apply_overrides(args.set)
    fold = None
    if args.fold:
        i, _, k = args.fold.partition("/")
        if not (i.isdigit() and (k.isdigit() or not k)):
            ap.error(f"--fold {args.fold!r}: give fold I of K as two whole numbers, e.g. 1/2")
        fold = (int(i), int(k or 2))
        if fold[1] < 2 or not 1 <= fold[0] <= fold[1]:
            ap.error(f"--fold {args.fold!r}: need K >= 2 folds and I from 1 to K, e.g. 1/2")
    if not TASK2.exists():
        print(f"no DUC 2003 data at {TASK2}: nothing to read", file=sys.stderr)
        return 2
    items = diagnose(set(args.kind.split(",")), args.label, args.claim, fold, args.split)
    if args.reasons:
        for reason, n in Counter(it["reason"] for it in items).most_common():
            print(f"{n:4d}  {reason}")
    if args.causes:
        for why, n in Counter(cause(it) for it in items).most_common():
            print(f"{n:4d}  {why}")
    if not (args.summary or args.reasons or args.causes):
        for it in items:
            print("=" * 80)
            print(f"{it['claim_id']} [{it['kind']}] {it['document']}: got {it['got']}")
            print(f"  class {it['class']}; evidence sentences {it['sentences']}")
            print(f"  reason {it['reason']}")
            print(f"  candidate share {it['share']}, window coverage {it.get('coverage')}")
            print("  claim:   ", it["claim"])
            for ev in it["evidence"]:
                print("  evidence:", ev)
            for d in it["details"]:
                print("  blocks:  ", d)
            if it["lacking"]:
                print("  lacking: ", " ".join(it["lacking"]))
    counts = Counter(it["class"] for it in items)
    kinds = Counter(d.split(" ", 1)[0] for it in items for d in it["details"])
    print(f"# {len(items)} missed {args.label} pairs of {args.kind} claims ({args.split})")
    for cls, n in counts.most_common():
        print(f"#   {cls}: {n}")
    shown = ", ".join(f"{k} {n}" for k, n in kinds.most_common() if k in _VALUE_KINDS)
    print(f"# blocking typed details on evidence windows: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
