"""Direct quotes and their speakers on real wire news: the labelled DUC 2003 quote set.

Labels live in ``tests/data/quotes_real/<split>/<cluster>.jsonl`` (document ids, offsets,
our speaker strings; schema in that folder's README); the article text is read from
``../shared/data/duc2003/task2.jsonl``. Each cluster goes through the public API as a user
calls it, ``newsbrief.summarize(docs, quotes=True)``, and ``summary.analysis.quotes`` (offsets
into the text as given) is scored:

* quote recall: labelled quotes (an utterance, its pieces split by "he said" counted once)
  that some output source span overlaps;
* quote precision: output (quote, source) spans that overlap a labelled quote (the rest
  are titles, scare quotes, quotes of under four words);
* speaker precision: among output spans that hit a labelled quote, the share whose speaker
  is right (a person: the same surname, no clashing given name; a role or body: a word of
  the labelled role);
  ``full name``: a person named with every word of the labelled name (first and last);
  ``bare surname``: a person named by one word where the article gives more;
* merge precision / recall: pairs of output spans on different labelled quotes put in one
  quote (two quotes of one article merged count as wrong), against pairs of labelled quotes
  in different articles marked the same quote (recall over pairs whose both quotes were
  found). A person speaker is right only with the labelled surname and no other given name
  before it ("Hillary Clinton" is wrong for Bill Clinton).

``--method legacy`` scores the quote finder as it stood before this work (commit
``b38c1b6``'s ``quotes.py``, taken from git history at run time and swapped in); ``both``
prints the two. ``--errors`` lists misses and wrong speakers (dev only: never on heldout).

    python benchmarks/quotes_eval.py [--split dev|heldout] [--method current|legacy|both]
        [--errors] [--json OUT]
    python benchmarks/quotes_eval.py --speed   # ms per cluster, all 30 DUC clusters
    python benchmarks/quotes_eval.py --merge-pairs   # the merge threshold's dev evidence

The held-out split is frozen (``heldout.sha256``): scored once per change of method by hand,
aggregates only, and by the CI gate (``tests/attribution/test_quotes_real_news.py``,
aggregates against floors, pass or fail); its errors are never listed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "quotes_real"
TASK2 = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
LEGACY_COMMIT = "b38c1b668fb363f459e1b096d5152af4bc11343f"
# Share of the shorter of two spans that must overlap for an output span to hit a label.
OVERLAP = 0.5
_STOP = frozenset("a an the one of in for at to and this that".split())


@dataclass(frozen=True)
class Gold:
    quote_id: str
    cluster: str
    document: str
    spans: tuple[tuple[int, int], ...]
    speaker: str
    also: tuple[str, ...]
    kind: str  # person | role | organisation
    name: str | None
    same_as: str


def load_gold(split: str) -> list[Gold]:
    out = []
    for path in sorted((LABELS / split).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            out.append(
                Gold(
                    r["quote_id"],
                    r["cluster"],
                    r["document"],
                    tuple((int(a), int(b)) for a, b in r["spans"]),
                    r["speaker"],
                    tuple(r.get("speaker_also") or ()),
                    r["speaker_kind"],
                    r.get("name"),
                    r["same_as"],
                )
            )
    return out


def split_hash(split: str) -> str:
    h = hashlib.sha256()
    for path in sorted((LABELS / split).glob("*.jsonl")):
        h.update(path.name.encode("utf-8") + b"\n")
        h.update(path.read_bytes())
    return h.hexdigest()


def _key(word: str) -> str:
    word = word.strip(".,'’\"").lower()
    word = re.sub(r"['’]s$", "", word)
    return re.sub(r"^(?:al|el)-", "", word)


def _words(s: str) -> list[str]:
    return [_key(w) for w in s.split(",")[0].split() if _key(w)]


def _given_name_clash(pred: str, name: str) -> bool:
    """Whether the word before the surname in ``pred`` is a given name the labelled
    person does not have ("Hillary Clinton" for Bill Clinton); a title, a role word in
    lower case, an initial agreeing with a name of the label, or nothing, is no clash."""
    from newsbrief.attribution.quotes import _TITLES

    raw = pred.split(",")[0].split()[:-1]
    gold = _words(name)
    while raw and len(raw[-1].strip(".")) == 1 and raw[-1][0].lower() in {w[0] for w in gold}:
        raw = raw[:-1]  # "George W. Bush": the initial agrees
    if not raw:
        return False
    word = raw[-1]
    key = _key(word)
    if not word[0].isupper() or key in _TITLES or re.search(r"['’]s$", word):
        return False
    return key not in gold


def speaker_right(pred: str, g: Gold) -> bool:
    """A person by the same surname and no other given name; a role or body by a word of
    its label."""
    words = _words(pred)
    if not words:
        return False
    if g.kind == "person" and g.name:
        return words[-1] == _words(g.name)[-1] and not _given_name_clash(pred, g.name)
    label = {w for s in (g.speaker, *g.also) for w in _words(s)} - _STOP
    return bool(set(words) - _STOP & label)


def full_name(pred: str, g: Gold) -> bool:
    if g.kind != "person" or not g.name:
        return speaker_right(pred, g)
    return set(_words(g.name)) <= set(_words(pred))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and inter / shorter >= OVERLAP


@contextmanager
def legacy_quotes() -> Iterator[None]:
    """Swap the analysis's quote finder for commit b38c1b6's, read from git history."""
    import newsbrief.attribution.analysis as analysis

    src = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{LEGACY_COMMIT}:src/newsbrief/attribution/quotes.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("newsbrief.attribution._quotes_legacy", loader=None)
    assert spec is not None
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "newsbrief.attribution"
    sys.modules[spec.name] = mod
    exec(compile(src, "quotes_legacy.py", "exec"), mod.__dict__)
    saved = analysis.story_quotes
    analysis.story_quotes = mod.story_quotes  # type: ignore[attr-defined]
    try:
        yield
    finally:
        analysis.story_quotes = saved


def load_clusters() -> dict[str, dict[str, Any]]:
    """The DUC 2003 task 2 clusters by id, read from ``../shared``."""
    clusters: dict[str, dict[str, Any]] = {}
    with TASK2.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                clusters[c["id"]] = c
    return clusters


def predict(clusters: dict[str, dict[str, Any]], wanted: list[str]) -> dict[str, list[Any]]:
    import newsbrief

    out = {}
    for cid in wanted:
        docs = [{"id": d["id"], "text": d["text"]} for d in clusters[cid]["documents"]]
        summary = newsbrief.summarize(docs, quotes=True)
        assert summary.analysis is not None and summary.analysis.quotes is not None
        # A copy of another article's very text is set aside whole (``dedup.same_text``):
        # its quotes are the first copy's, at the same offsets, and count as found there.
        copies: dict[str, list[str]] = {}
        kept = {a.id for a in summary.articles}
        for d in summary.dropped:
            if d.reason == "duplicate" and d.duplicate_of and d.article_id not in kept:
                copies.setdefault(d.duplicate_of, []).append(d.article_id)
        out[cid] = (
            [
                replace(
                    q,
                    sources=(
                        *q.sources,
                        *(
                            replace(e, article_id=c)
                            for e in q.sources
                            for c in copies.get(e.article_id, ())
                        ),
                    ),
                )
                for q in summary.analysis.quotes
            ]
            if copies
            else list(summary.analysis.quotes)
        )
    return out


def score(
    gold: list[Gold], pred: dict[str, list[Any]], errors: Callable[[str], None] | None = None
) -> dict[str, Any]:
    by_doc: dict[str, list[Gold]] = {}
    for one in gold:
        by_doc.setdefault(one.document, []).append(one)
    found: set[str] = set()
    hits = spans = right = full = persons = bare = 0
    merged_pairs = merged_right = 0
    together: set[frozenset[str]] = set()
    for quotes in pred.values():
        for q in quotes:
            matched: list[tuple[str, Gold]] = []
            for e in q.sources:
                spans += 1
                g = next(
                    (
                        g
                        for g in by_doc.get(e.article_id, [])
                        if any(_overlap((e.start, e.end), s) for s in g.spans)
                    ),
                    None,
                )
                if g is None:
                    if errors:
                        errors(f"  extra  {e.article_id} {e.start}-{e.end} [{q.speaker}]")
                    continue
                hits += 1
                found.add(g.quote_id)
                matched.append((e.article_id, g))
                ok = speaker_right(q.speaker, g)
                right += ok
                full += full_name(q.speaker, g)
                if g.kind == "person":
                    persons += 1
                    bare += len(_words(q.speaker)) == 1 and len(_words(g.name or "")) > 1
                if errors and not ok:
                    errors(f"  WRONG  {g.quote_id} {e.article_id} [{q.speaker}] gold [{g.speaker}]")
                elif errors and not full_name(q.speaker, g):
                    errors(f"  short  {g.quote_id} [{q.speaker}] gold [{g.speaker}]")
            for i, (_da, ga) in enumerate(matched):
                for _db, gb in matched[i + 1 :]:
                    if ga.quote_id == gb.quote_id:
                        continue  # pieces of one labelled quote
                    # two labelled quotes of one article merged count too: always an error
                    # unless labelled the same quote
                    merged_pairs += 1
                    same = ga.same_as == gb.same_as
                    merged_right += same
                    if same:
                        together.add(frozenset((ga.quote_id, gb.quote_id)))
                    elif errors:
                        errors(f"  MERGE  {ga.quote_id} with {gb.quote_id}")
    gold_pairs = found_pairs = 0
    for i, a in enumerate(gold):
        for b in gold[i + 1 :]:
            if a.cluster == b.cluster and a.same_as == b.same_as and a.document != b.document:
                gold_pairs += 1
                if a.quote_id in found and b.quote_id in found:
                    found_pairs += 1
                    if errors and frozenset((a.quote_id, b.quote_id)) not in together:
                        errors(f"  apart  {a.quote_id} and {b.quote_id}")
    if errors:
        for g in gold:
            if g.quote_id not in found:
                errors(f"  missed {g.quote_id} {g.document} {g.spans} [{g.speaker}]")
    pairs_together = sum(
        1
        for i, a in enumerate(gold)
        for b in gold[i + 1 :]
        if frozenset((a.quote_id, b.quote_id)) in together
    )

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {
        "quotes": len(gold),
        "found": len(found),
        "recall": ratio(len(found), len(gold)),
        "output_spans": spans,
        "precision": ratio(hits, spans),
        "speaker_precision": ratio(right, hits),
        "full_name": ratio(full, hits),
        "bare_surname": ratio(bare, persons),
        "merge_precision": ratio(merged_right, merged_pairs),
        "merge_recall": ratio(pairs_together, found_pairs),
        "merge_pairs_gold": gold_pairs,
        "merge_pairs_found": found_pairs,
    }


def speed(method: str) -> int:
    """CPU ms per cluster to find and merge the quotes of all 30 DUC 2003 clusters
    (articles prepared beforehand; the median of three runs)."""
    import statistics
    import time

    import newsbrief

    stories = []
    with TASK2.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                docs = [{"id": d["id"], "text": d["text"]} for d in c["documents"]]
                stories.append(newsbrief.prepare(docs).articles)
    for m in ("legacy", "current") if method == "both" else (method,):
        with legacy_quotes() if m == "legacy" else _nothing():
            import newsbrief.attribution.analysis as analysis

            runs = []
            for _ in range(3):
                t0 = time.process_time()
                for arts in stories:
                    analysis.story_quotes(arts)
                runs.append((time.process_time() - t0) * 1000 / len(stories))
        print(f"{m}: {statistics.median(runs):.1f} ms per cluster ({len(stories)} clusters)")
    return 0


def merge_pairs() -> int:
    """The similarity ``quotes.MERGE_SIMILARITY`` thresholds, on dev pairs of quotes by one
    speaker in different articles: labelled the same quote (must merge) or not (must not).
    Dev only: held-out pairs are never looked at."""
    from newsbrief.attribution import quotes

    texts: dict[str, str] = {}
    with TASK2.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                for d in json.loads(line)["documents"]:
                    texts[d["id"]] = d["text"]
    gold = load_gold("dev")

    def words(g: Gold) -> list[str]:
        return quotes._words(" ".join(texts[g.document][a:b] for a, b in g.spans))

    def who(g: Gold) -> str:
        return _words(g.name or g.speaker)[-1]

    same: list[float] = []
    different: list[float] = []
    for i, a in enumerate(gold):
        for b in gold[i + 1 :]:
            if a.cluster != b.cluster or a.document == b.document or who(a) != who(b):
                continue
            wa, wb = words(a), words(b)
            sim = len(quotes._matched(wa, wb)) / max(1, min(len(wa), len(wb)))
            (same if a.same_as == b.same_as else different).append(sim)
    print(f"same quote      {len(same):3} pairs, lowest similarity  {min(same):.3f}")
    print(f"different quote {len(different):3} pairs, highest similarity {max(different):.3f}")
    print(f"threshold in use {quotes.MERGE_SIMILARITY}")
    return 0


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout"))
    ap.add_argument("--method", default="current", choices=("current", "legacy", "both"))
    ap.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--speed", action="store_true", help="ms per cluster on all 30 clusters")
    ap.add_argument("--merge-pairs", action="store_true", help="merge threshold evidence (dev)")
    args = ap.parse_args(argv)
    if args.speed:
        return speed(args.method)
    if args.merge_pairs:
        return merge_pairs()
    if args.split == "heldout":
        pinned = (LABELS / "heldout.sha256").read_text().split()[0]
        if split_hash("heldout") != pinned:
            raise SystemExit("heldout labels changed since they were frozen")
        if args.errors:
            raise SystemExit("--errors is for dev only: held-out errors are never read")
    gold = load_gold(args.split)
    clusters = load_clusters()
    wanted = sorted({g.cluster for g in gold})
    methods = ("legacy", "current") if args.method == "both" else (args.method,)
    results = {}
    for method in methods:
        if method == "legacy":
            with legacy_quotes():
                pred = predict(clusters, wanted)
        else:
            pred = predict(clusters, wanted)
        results[method] = score(gold, pred, print if args.errors else None)
    keys = list(next(iter(results.values())))
    print(f"split {args.split}: clusters {' '.join(wanted)}")
    print(f"{'':18}" + "".join(f"{m:>10}" for m in methods))
    for k in keys:
        print(f"{k:18}" + "".join(f"{results[m][k]!s:>10}" for m in methods))
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
