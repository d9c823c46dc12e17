"""When should ``summarize`` warn about a short article that shares almost no word with the rest?

    python benchmarks/mixed_short.py [STORIES.jsonl] [--max-false 0.01]

The cosine of :mod:`newsbrief.coherence` is noisy on short texts, so an article of fewer
than 40 content words is judged by another test: the distinct content words it shares with
the other article that shares most, as a share of the smaller vocabulary (``MAX_SHARED``;
articles of at least ``MIN_DISTINCT_WORDS`` distinct content words). Short articles here
are DUC 2003 leads (an article's first one, two or three sentences, under 40 content
words). A false warning is a lead flagged among other articles of its own cluster; a catch
is a lead of another cluster flagged when dropped among a cluster's articles. Story sizes:
1, 2, 3 or 9 other articles, three random draws per lead. The share is chosen by two-fold
cross-validation over clusters (even / odd positions): on the training half, the largest
share whose false-warning rate with 2, 3 and 9 other articles is at most ``--max-false``;
the rates printed are those of the held-out half. Then the same rule on all clusters (the
constant).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsbrief.api import build_article
from newsbrief.coherence import MIN_CONTENT_WORDS, MIN_DISTINCT_WORDS, content_words
from newsbrief.model import Article
from newsbrief.segment import split_sentences
from newsbrief.text import content_stems

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2003" / "task2.jsonl"
GRID = [round(0.01 * k, 2) for k in range(1, 41)]
SIZES = (1, 2, 3, 9)
Cluster = list[tuple[frozenset[str], list[frozenset[str]]]]


def load(path: Path) -> list[Cluster]:
    """Per cluster, each article's content words and those of its short leads."""
    clusters = []
    for line in path.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        arts = []
        for i, d in enumerate(story["documents"]):
            art = build_article(Article(id=d["id"], text=d["text"]), i)
            sents = split_sentences(art)
            leads = [" ".join(s.text for s in sents[:n]) for n in (1, 2, 3)]
            short = [t for t in leads if len(content_stems(t)) < MIN_CONTENT_WORDS]
            arts.append(
                (
                    content_words(art.text),
                    [w for w in map(content_words, short) if len(w) >= MIN_DISTINCT_WORDS],
                )
            )
        clusters.append(arts)
    return clusters


def shares(
    clusters: list[Cluster], idx: list[int], size: int, seed: int
) -> tuple[list[float], list[float]]:
    """Best shares of leads among ``size`` articles of their own cluster and of another."""
    rng = random.Random(seed)
    same: list[float] = []
    other: list[float] = []
    for ci in idx:
        c = clusters[ci]
        for i, (_, leads) in enumerate(c):
            rest = [w for j, (w, _) in enumerate(c) if j != i]
            for _ in range(3):
                pick = rng.sample(rest, min(size, len(rest)))
                same += [max(_share(lead, w) for w in pick) for lead in leads]
                _, intruders = rng.choice(clusters[rng.choice([k for k in idx if k != ci])])
                pick = rng.sample([w for w, _ in c], min(size, len(c)))
                other += [max(_share(lead, w) for w in pick) for lead in intruders]
    return same, other


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller vocabulary the two hold in common (``coherence._alone``)."""
    return len(a & b) / min(len(a), len(b))


def below(xs: list[float], t: float) -> float:
    return sum(x < t for x in xs) / len(xs)


def choose(runs: dict[int, tuple[list[float], list[float]]], max_false: float) -> float:
    ok = [t for t in GRID if all(below(runs[n][0], t) <= max_false for n in SIZES if n > 1)]
    return max(ok, default=0.0)


def report(runs: dict[int, tuple[list[float], list[float]]], t: float) -> str:
    return "  ".join(
        f"{n} other{'s' if n > 1 else ''}: false {100 * below(runs[n][0], t):.1f}% "
        f"caught {100 * below(runs[n][1], t):.1f}%"
        for n in SIZES
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--max-false", type=float, default=0.01)
    args = ap.parse_args()
    clusters = load(args.stories)
    halves = [list(range(0, len(clusters), 2)), list(range(1, len(clusters), 2))]
    for fold, (train, test) in enumerate([(halves[0], halves[1]), (halves[1], halves[0])]):
        t = choose({n: shares(clusters, train, n, 0) for n in SIZES}, args.max_false)
        held = {n: shares(clusters, test, n, 1) for n in SIZES}
        print(f"fold {fold}: share {t:.2f}; held out: {report(held, t)}")
    everything = list(range(len(clusters)))
    runs = {n: shares(clusters, everything, n, 0) for n in SIZES}
    t = choose(runs, args.max_false)
    print(f"all clusters: share {t:.2f}; {report(runs, t)}")


if __name__ == "__main__":
    main()
