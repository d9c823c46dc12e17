"""Every table of docs/quality.md, recomputed: methods, ablation, sensitivity, lengths, time.

    python benchmarks/quality_tables.py [STORIES.jsonl] --out quality_tables.json

Prints Markdown tables and writes all numbers as JSON. Takes a few minutes on one core
(the exact-ILP ablation row alone takes about 30 s a subset).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_dev import DEFAULT, load_stories, score_variants

METHODS = ["coverage", "ilp", "submodular", "lexrank", "lead", "lead-first", "oracle"]
ABLATION = [
    "coverage",
    "coverage:lead_bonus=0",
    "coverage:unigram_weight=0",
    "coverage:low_df_weight=0",
    "coverage:ratio_power=1",
    "coverage-exact",
    "coverage:swap_rounds=3",
    "coverage:body_positions=0",
    "coverage:title_as_lead=0",
    "coverage:pronouns=1",
]
SENSITIVITY = {
    "lead_bonus": [0, 1, 2, 3, 5],
    "lead_scale": [1, 2, 4, 8],
    "unigram_weight": [0, 0.25, 0.5, 1],
    "min_df_share": [0.1, 0.25, 0.4],
    "ratio_power": [0.3, 0.4, 0.5, 0.6, 0.8, 1],
    "low_df_weight": [0, 0.01, 0.1, 0.3],
    "vote_power": [0.5, 1, 1.5],
}
# Wire clusters at 100 words, and the two-article web proxy at 250 words.
SETTINGS = [("all", 100), ("first2", 250)]


def _md(title: str, rows: dict[str, dict[str, float]], cols: list[str]) -> str:
    names = {"rouge1_r": "R-1", "rouge2_r": "R-2", "rougeSU4_r": "R-SU4", "ms": "ms/cluster"}
    head = "| " + title + " | " + " | ".join(names.get(c, c) for c in cols) + " |"
    sep = "|---" * (len(cols) + 1) + "|"
    lines = [head, sep]
    for v, t in rows.items():
        lines.append(f"| {v} | " + " | ".join(f"{t.get(c, 0.0):.2f}" for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--out", default="quality_tables.json")
    args = ap.parse_args(argv)
    out: dict[str, object] = {}
    full = load_stories(args.stories)
    two = load_stories(args.stories, "first2")
    by_subset = {"all": full, "first2": two}

    for words in (100, 200, 250):
        t = score_variants(full, words, METHODS, su4=True)
        out[f"methods@{words}"] = t
        print(f"\n### All methods, {len(full)} clusters, {words} words\n")
        print(_md("method", t, ["rouge1_r", "rouge2_r", "rougeSU4_r", "ms"]))
    # Proxies for multi-source web stories (2 to 10 pages; lead-first is the web baseline).
    for k in (2, 3, 5):
        stories = two if k == 2 else load_stories(args.stories, f"first{k}")
        t = score_variants(stories, 250, METHODS, su4=True)
        out[f"methods-first{k}@250"] = t
        print(f"\n### All methods, first {k} articles, 250 words\n")
        print(_md("method", t, ["rouge1_r", "rouge2_r", "rougeSU4_r", "ms"]))

    for subset, words in SETTINGS:
        t = score_variants(by_subset[subset], words, [*ABLATION, "lead-first"])
        out[f"ablation-{subset}@{words}"] = t
        print(f"\n### Ablation, subset {subset}, {words} words\n")
        print(_md("variant", t, ["rouge1_r", "rouge2_r", "rouge1_r_se", "rouge2_r_se"]))

    for subset, words in SETTINGS:
        variants = [f"coverage:{k}={v}" for k, vs in SENSITIVITY.items() for v in vs]
        t = score_variants(by_subset[subset], words, variants)
        out[f"sensitivity-{subset}@{words}"] = t
        print(f"\n### Sensitivity, subset {subset}, {words} words\n")
        print(_md("variant", t, ["rouge1_r", "rouge2_r"]))

    Path(args.out).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
