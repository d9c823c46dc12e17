"""Every disagreement and development the analysis shows on the 30 DUC 2003 clusters.

This is what a reader of ``newsbrief summarize CLUSTER.jsonl --format markdown`` sees for
each line of ``../shared/data/duc2003/task2.jsonl`` (default 100-word summary, analysis
on): one line per disagreement ("CONFLICT 'explanation' | claim") and per development
("DEV label [values]"), one per summary sentence marked contradicted as the other side
of a disagreement line ("MARKED 'explanation' | sentence"), then the counts. It is an
audit of false "contradicted" labels, read by people while developing: DEVELOPMENT DATA,
never a held-out score.

    python benchmarks/attribution_disagreement_audit.py [--clusters d30003t,...] [--out FILE]
        [--split dev] [--counts]

``--split dev`` keeps the clusters of that labelled split (the file names under
``tests/data/attribution_real/dev/``): the development clusters, to read while
developing without reading the held-out clusters' lines. ``--counts`` prints the counts
alone (per kind, all clusters; with ``--out`` the lines still go to the file): the way to
check all 30 clusters, held-out ones included, without reading their lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASK2 = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
LABELS = ROOT / "tests" / "data" / "attribution_real"


def split_clusters(split: str) -> set[str]:
    """The cluster ids of a labelled split ("dev"; "dev+dev_altered2" joins splits)."""
    out: set[str] = set()
    for part in split.split("+"):
        folder = LABELS / part
        if not folder.is_dir():
            raise SystemExit(f"no labelled split {part!r} under {LABELS}")
        out |= {p.stem for p in folder.glob("*.jsonl")}
    return out


def audit_lines(cluster: dict) -> list[str]:
    """The disagreement and development lines of one cluster's summary."""
    from newsbrief.api import summarize
    from newsbrief.ingest import load_documents_report

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cluster['id']}.jsonl"
        path.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
        docs, _ = load_documents_report([str(path)])
        summary = summarize(docs)
    out = []
    analysis = summary.analysis
    if analysis is None:
        return out
    cid = cluster["id"]
    for d in analysis.disagreements:
        for c in d.conflicts:  # one line per outlet against the claim, as a reader sees
            why = "; ".join(
                f"{x.claim} vs {x.evidence}" for x in c.details if x.status == "conflicts"
            )
            out.append(f"{cid} CONFLICT {why!r} | {d.claim[:90]}")
    listed = {(d.sentence, c.article_id) for d in analysis.disagreements for c in d.conflicts}
    for i, sent in enumerate(summary.sentences):
        for c in sent.contradicted_by:
            if (i, c.article_id) in listed:
                continue  # one side of a disagreement line: marked through the other side
            why = "; ".join(
                f"{x.claim} vs {x.evidence}" for x in c.details if x.status == "conflicts"
            )
            out.append(f"{cid} MARKED {why!r} | {sent.text[:90]}")
    for dev in analysis.developments:
        out.append(f"{cid} DEV {dev.quantity} {[p.value for p in dev.points]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--task2", default=str(TASK2), help="path of DUC 2003 task2.jsonl")
    ap.add_argument("--clusters", help="comma-separated cluster ids (default: all 30)")
    ap.add_argument("--out", help="also write the lines to this file")
    ap.add_argument("--split", help="only the clusters of this labelled split (e.g. dev)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--counts", action="store_true", help="print the counts only, no lines")
    args = ap.parse_args(argv)
    if args.set:  # a constant changed for one run, as in attribution_real_eval.py
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from attribution_real_eval import apply_overrides

        apply_overrides(args.set)
    task2 = Path(args.task2)
    if not task2.exists():
        print(f"needs {task2} (the DUC 2003 data beside the clone)", file=sys.stderr)
        return 2
    wanted = set(args.clusters.split(",")) if args.clusters else None
    if args.split:
        chosen = split_clusters(args.split)
        wanted = chosen if wanted is None else wanted & chosen
    lines: list[str] = []
    with task2.open(encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            cluster = json.loads(raw)
            if wanted is None or cluster["id"] in wanted:
                lines += audit_lines(cluster)
    for line in [] if args.counts else lines:
        print(line)
    n_conf = sum(" CONFLICT " in x for x in lines)
    n_dev = sum(" DEV " in x for x in lines)
    n_marked = sum(" MARKED " in x for x in lines)
    print(
        f"# {n_conf} disagreement lines, {n_dev} development lines, {n_marked} summary"
        " sentences marked as the other side of one (development data)"
    )
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
