"""How often does ``summarize`` warn about mixed stories when it should, and when it should not?

    python benchmarks/mixed_stories.py [STORIES.jsonl] [--samples 2000]

Articles of one DUC 2003 cluster are one story; articles of two clusters are two. The
threshold of :func:`newsbrief.coherence.mixed_story_outliers` is chosen by two-fold
cross-validation over clusters (even / odd positions): on the training half, the largest
threshold whose false-warning rate on same-story pairs is at most ``--max-false``; the
rates printed are those of the other, held-out half. Scenarios: pairs of articles (one
story vs two), and three articles (one story vs two of one story plus an intruder, a miss
being an intruder not flagged).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections import Counter
from pathlib import Path

from newsbrief.api import build_article
from newsbrief.coherence import MIN_CONTENT_WORDS, profile, similarity
from newsbrief.model import Article
from newsbrief.text import content_stems

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2003" / "task2.jsonl"
GRID = [round(0.005 * k, 3) for k in range(1, 61)]


def load(path: Path) -> list[list[Counter[str]]]:
    """Per cluster, the profiles of its (cleaned, long enough) articles."""
    clusters = []
    for line in path.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        profs = []
        for i, d in enumerate(story["documents"]):
            art = build_article(Article(id=d["id"], text=d["text"]), i)
            if len(content_stems(art.text)) >= MIN_CONTENT_WORDS:
                profs.append(profile(art.text))
        clusters.append(profs)
    return clusters


def pair_scores(clusters: list[list[Counter[str]]]) -> tuple[list[float], list[float]]:
    same = [similarity(a, b) for c in clusters for a, b in itertools.combinations(c, 2)]
    diff = [
        similarity(a, b) for c1, c2 in itertools.combinations(clusters, 2) for a in c1 for b in c2
    ]
    return same, diff


def triple_scores(
    clusters: list[list[Counter[str]]], samples: int, seed: int
) -> tuple[list[float], list[float]]:
    """Same: the lowest best-match of three same-story articles (a warning if below t).
    Mixed: the intruder's best match among two articles of another story (a miss if >= t)."""
    rng = random.Random(seed)
    same, mixed = [], []
    for _ in range(samples):
        c = rng.choice([c for c in clusters if len(c) >= 3])
        arts = rng.sample(c, 3)
        same.append(min(max(similarity(a, b) for b in arts if b is not a) for a in arts))
        c1, c2 = rng.sample(clusters, 2)
        pair = rng.sample(c1, 2)
        intruder = rng.choice(c2)
        mixed.append(max(similarity(intruder, b) for b in pair))
    return same, mixed


def rate_below(xs: list[float], t: float) -> float:
    return sum(x < t for x in xs) / len(xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--max-false", type=float, default=0.02)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    clusters = load(args.stories)
    halves = [clusters[0::2], clusters[1::2]]
    print(f"{len(clusters)} clusters, {sum(map(len, clusters))} articles; two folds over clusters")
    print("fold  threshold  pairs: false warnings  misses   triples: false warnings  misses")
    totals: list[tuple[float, float, float, float]] = []
    thresholds: list[float] = []
    for k in (0, 1):
        train, test = halves[k], halves[1 - k]
        tr_same, _ = pair_scores(train)
        ok = [t for t in GRID if rate_below(tr_same, t) <= args.max_false]
        t = max(ok) if ok else GRID[0]
        thresholds.append(t)
        same, diff = pair_scores(test)
        s3, m3 = triple_scores(test, args.samples, seed=k)
        row = (
            rate_below(same, t),
            1 - rate_below(diff, t),
            rate_below(s3, t),
            1 - rate_below(m3, t),
        )
        totals.append(row)
        print(
            f"{k:>4}  {t:9.3f}  {100 * row[0]:20.1f}%  {100 * row[1]:6.1f}%  "
            f"{100 * row[2]:22.1f}%  {100 * row[3]:6.1f}%"
        )
    mean = [sum(r[i] for r in totals) / len(totals) for i in range(4)]
    print(
        f"mean  {'':9}  {100 * mean[0]:20.1f}%  {100 * mean[1]:6.1f}%  "
        f"{100 * mean[2]:22.1f}%  {100 * mean[3]:6.1f}%"
    )
    all_same, _ = pair_scores(clusters)
    ok = [t for t in GRID if rate_below(all_same, t) <= args.max_false]
    print(f"threshold chosen the same way on all clusters (MIXED_THRESHOLD): {max(ok):.3f}")
    if args.json:
        keys = ("pair_false", "pair_miss", "triple_false", "triple_miss")
        figures = {
            "folds": [
                {"threshold": t, **dict(zip(keys, row, strict=True))}
                for t, row in zip(thresholds, totals, strict=True)
            ],
            "mean": dict(zip(keys, mean, strict=True)),
            "threshold_all": max(ok),
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
