"""Can static word embeddings (numpy only) raise attribution's support recall? (issue 11)

A static table distilled from all-MiniLM-L6-v2 (``tools/build_static_embeddings.py``
writes ``build/static_minilm.npz``) is plugged into the paraphrase hook of
``StoryIndex`` (``semantic=``: ``bind(index)``, ``similarity(claim, article, lo, hi)``),
the same hook the ``[semantic]`` extra uses: a window whose typed details all agree and
that covers >= ``semantic_min_coverage`` of the claim supports it when the cosine is >=
``semantic_support``. A text's vector is the mean of its WordPiece tokens' vectors
(uncased BERT tokenising, done here in plain Python); ``--center`` subtracts the story's
mean sentence direction first (every sentence of a cluster shares the topic).

Scores the dev split only, by cluster fold (as ``attribution_real_eval.py --folds 2``),
each setting against the same tree with the hook off (``semantic_support`` 2 never
fires), all in one process:

    python benchmarks/static_embeddings_eval.py [--table build/static_minilm.npz]
        [--center] [--minilm] [--grid semantic_support=0.8,0.75,0.7,0.65]
        [--grid semantic_min_coverage=0.3,0]
    python benchmarks/static_embeddings_eval.py --oracle   # the hook's ceiling
    python benchmarks/static_embeddings_eval.py --relaxed  # if missing details were let through
    taskset -c 0 python benchmarks/static_embeddings_eval.py --speed

``--minilm`` scores the full model (``[semantic]`` extra) the same way. ``--oracle``
answers 1.0 exactly for the labelled supporting (claim, article) pairs: the most any
similarity can add through this hook. ``--relaxed`` lists, for windows the hook never
sees because a figure, date or name of the claim is missing from them, the best cosine
of labelled supports against that of every other pair.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_real_eval as ev

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "build" / "static_minilm.npz"
OFF = 2.0  # a cosine never reaches it: the hook is off


def basic_words(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: accents stripped, punctuation split off."""
    out: list[str] = []
    cur: list[str] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        cat = unicodedata.category(ch)
        if cat == "Mn":
            continue
        if ch.isspace() or cat.startswith("P") or (ch.isascii() and not ch.isalnum()):
            if cur:
                out.append("".join(cur))
                cur = []
            if not ch.isspace():
                out.append(ch)
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out


class StaticTable:
    """One vector per WordPiece token, and greedy longest-match WordPiece over it."""

    def __init__(self, path: Path) -> None:
        data = np.load(path, allow_pickle=False)
        self.vectors = (
            data["vectors"].astype(np.float32) * data["scale"].astype(np.float32)[:, None]
        )
        self.ids = {str(t): i for i, t in enumerate(data["vocab"])}
        self._words: dict[str, tuple[int, ...]] = {}

    def word_ids(self, word: str) -> tuple[int, ...]:
        got = self._words.get(word)
        if got is None:
            ids: list[int] = []
            start = 0
            while start < len(word) <= 100:
                for end in range(len(word), start, -1):
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.ids:
                        ids.append(self.ids[piece])
                        start = end
                        break
                else:
                    ids = []  # BERT's [UNK]: the word adds nothing
                    break
            self._words[word] = got = tuple(ids)
        return got

    def sum_vector(self, text: str) -> tuple[Any, int]:
        ids = [i for w in basic_words(text) for i in self.word_ids(w)]
        if not ids:
            return np.zeros(self.vectors.shape[1], dtype=np.float32), 0
        return self.vectors[ids].sum(axis=0), len(ids)


def unit(vec: Any) -> Any:
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else vec


class StaticEmbeddings:
    """The ``semantic`` hook of ``StoryIndex`` with a static table."""

    def __init__(self, table: StaticTable, center: bool = False) -> None:
        self.table = table
        self.center = center
        self.index: Any = None
        self._sents: dict[str, list[tuple[Any, int]]] = {}
        self._claims: dict[str, Any] = {}
        self._topic: Any = None

    def bind(self, index: Any) -> None:
        self.index = index
        self._sents, self._claims, self._topic = {}, {}, None

    def _sums(self, article_id: str) -> list[tuple[Any, int]]:
        if article_id not in self._sents:
            sents = self.index.sentences[article_id]
            self._sents[article_id] = [self.table.sum_vector(s.text) for s in sents]
        return self._sents[article_id]

    def topic(self) -> Any:
        if self._topic is None:
            self._topic = 0.0
            if self.center:
                units = [unit(v) for a in self.index.sentences for v, n in self._sums(a) if n]
                if units:
                    self._topic = sum(units) / len(units)
        return self._topic

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float:
        if claim not in self._claims:
            self._claims[claim] = unit(unit(self.table.sum_vector(claim)[0]) - self.topic())
        window = sum(v for v, _ in self._sums(article_id)[lo : hi + 1])
        return float(self._claims[claim] @ unit(unit(window) - self.topic()))


class Oracle:
    """Similarity 1.0 exactly for the labelled supports: the hook's ceiling."""

    def __init__(self, gold: set[tuple[str, str]]) -> None:
        self.gold = gold

    def bind(self, index: Any) -> None:
        pass

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float:
        return 1.0 if (claim, article_id) in self.gold else 0.0


def _row(res: dict[str, Any]) -> str:
    f = ev._f
    return (
        f"copied P {f(res['copied']['support_precision'])} R {f(res['copied']['support_recall'])}"
        f"  human P {f(res['human']['support_precision'])} R {f(res['human']['support_recall'])}"
        f"  altered any {f(res['altered']['any_support_rate'])}"
    )


def sweep(hook: Any, grid: dict[str, list[float]], claims: list, clusters: dict) -> None:
    from newsbrief.attribution import config

    base = config.CONFIG
    ev._semantic = lambda: hook  # one hook for every run: its caches are per story
    parts = ev.folds(claims, 2)
    combos = [{"semantic_support": OFF}] + [
        dict(zip(grid, c, strict=True)) for c in itertools.product(*grid.values())
    ]
    for combo in combos:
        config.set_config(replace(base, **combo))
        pred = ev.predict_current(claims, clusters)
        name = "hook off" if combo.get("semantic_support") == OFF else combo
        print(f"{name}")
        for i, part in enumerate(parts):
            print(f"  fold {i + 1}: {_row(ev.score(part, pred))}", flush=True)
    config.set_config(base)


def relaxed(hook: Any, claims: list, clusters: dict, min_coverage: float) -> None:
    """Cosines of windows the rules reject only for a missing detail (no conflict)."""
    from newsbrief.attribution import align

    best: dict[tuple[str, str], float] = defaultdict(lambda: -1.0)
    original = align.StoryIndex.check
    bound: list[Any] = [None]

    def check(self: Any, claim: Any, window: Any) -> Any:
        r = original(self, claim, window)
        aid = window.article_id
        lacks = r.missing and not r.conflicts and not r.supports
        if lacks and r.coverage >= min_coverage:
            if bound[0] is not self:
                hook.bind(self)
                bound[0] = self
            s = hook.similarity(claim.text, aid, window.lo, window.hi)
            best[(claim.text, aid)] = max(best[(claim.text, aid)], s)
        return r

    align.StoryIndex.check = check  # type: ignore[method-assign]
    try:
        ev._semantic = lambda: None
        pred = ev.predict_current(claims, clusters)
    finally:
        align.StoryIndex.check = original  # type: ignore[method-assign]
    pos, neg = [], []
    for c in claims:
        for doc, gold in c.gold.items():
            s = best.get((c.text, doc))
            if s is None or pred.get((c.claim_id, doc)) == "supports":
                continue
            (pos if gold == "supports" else neg).append((s, c.kind))
    alt = sum(k == "altered" for _, k in neg)
    print(f"unsupported pairs whose windows lack only a detail: {len(pos)} labelled supports,")
    print(f"{len(neg)} other pairs ({alt} of altered claims); best cosine per pair:")
    for t in (0.9, 0.85, 0.8, 0.75, 0.7):
        good = sum(s >= t for s, _ in pos)
        bad = [k for s, k in neg if s >= t]
        print(
            f"  cosine >= {t}: {good} supports, {len(bad)} wrong ({bad.count('altered')} altered)"
        )


def speed(hook: Any, stories: int) -> None:
    """ms per story to index + attribute a 100-word summary, hook off / on (best of 3)."""
    from attribution_speed import _stories

    from newsbrief.api import prepare, summarize_prepared
    from newsbrief.attribution import attribute_prepared
    from newsbrief.attribution.align import StoryIndex
    from newsbrief.options import SummaryOptions

    opts = SummaryOptions(words=100).validate()
    rows: dict[str, list[float]] = {"off": [], "on": []}
    for docs in _stories(stories):
        prepared = prepare(docs)
        summary = summarize_prepared(prepared, opts)
        for key, sem in (("off", None), ("on", hook)):
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                index = StoryIndex(prepared.articles, prepared.sentences, semantic=sem)
                attribute_prepared(index, summary.sentences)
                best = min(best, (time.perf_counter() - t0) * 1000)
            rows[key].append(best)
    for key, v in rows.items():
        print(
            f"hook {key:<3}: index + attribute {statistics.mean(v):.1f} mean,"
            f" {statistics.median(v):.1f} median, {max(v):.1f} max ms ({len(v)} stories)"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--table", default=str(TABLE))
    ap.add_argument("--center", action="store_true", help="subtract the story's topic direction")
    ap.add_argument("--minilm", action="store_true", help="the [semantic] extra's model instead")
    ap.add_argument("--grid", action="append", default=[], metavar="NAME=V1,V2")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--relaxed", action="store_true")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--stories", type=int, default=30, help="with --speed")
    args = ap.parse_args(argv)
    if not ev.TASK2.exists():
        print(f"no DUC 2003 data at {ev.TASK2}: nothing to score", file=sys.stderr)
        return 2
    clusters = ev.load_clusters(ev.TASK2)
    claims = ev.load_claims("dev", clusters)
    hook: Any
    if args.oracle:
        hook = Oracle({(c.text, d) for c in claims for d, g in c.gold.items() if g == "supports"})
    elif args.minilm:
        from newsbrief.attribution.semantic import Embeddings

        hook = Embeddings()
    else:
        if not Path(args.table).exists():
            print(
                f"no table at {args.table}: build it with tools/build_static_embeddings.py",
                file=sys.stderr,
            )
            return 2
        hook = StaticEmbeddings(StaticTable(Path(args.table)), center=args.center)
    if args.speed:
        speed(hook, args.stories)
        return 0
    if args.relaxed:
        relaxed(hook, claims, clusters, 0.3)
        return 0
    grid = {
        name: [float(v) for v in values.split(",")]
        for name, _, values in (g.partition("=") for g in args.grid)
    } or (
        {"semantic_support": [0.5], "semantic_min_coverage": [0.3, 0.0]}
        if args.oracle
        else {"semantic_support": [0.8, 0.75, 0.7, 0.65], "semantic_min_coverage": [0.3, 0.0]}
    )
    sweep(hook, grid, claims, clusters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
