"""Does the threshold mean the same in a small and a large mix? (docs/stories.md, Quality)

    python benchmarks/cluster_scale.py [--threshold 1.25]

The stories to be scored on are mixes of about a thousand articles; the development set
has 289. A threshold that groups 15 stories well when they are alone must group the same
15 stories as well when 15 more are mixed in, or the figures measured here do not carry
over to a larger mix. For each of 12 halves of the 30 DUC 2003 stories (6 random
halvings, both halves): B-cubed F1 of the half's articles clustered alone, and of the
same articles clustered inside all 30 stories (B-cubed over the half's articles only:
an article of the other half in their story is not counted). Then the same at the
default threshold, in a mix of 30 stories with only 3 or 5 articles each (small
stories, whose articles have few near neighbours).

Then a larger mix emulated. Adding stories unrelated to an article changes nothing of
what decides its story except how its near neighbours weigh in its background
(engine.background): as a share of the whole mix (the rule before this version: its
10 neighbours were 10 of 289 articles here, 10 of 1,000 in a 1,000-article mix) or of a
fixed reference of at most 320 (this version). The table scores all 289 DUC articles
with the neighbours counted as a share of N + 20 articles (the old rule in a mix of N)
and of 320 (this version, for any mix of 300 articles or more).

Then the speed benchmark's synthetic stories at 300, 1,000 and 3,000 articles. Last,
stories with many articles (10 to 100 a story, made from DUC paragraphs): the scored
mixes hold stories of many articles, and an article's near neighbours are then mostly
its own story (engine.MAX_NEIGHBOUR_SHARE). ``--big-only`` prints only that table.

Run it on another version of the code with ``PYTHONPATH=OTHER/src`` (the last table
needs this version's ``reference`` parameter).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

# newsbrief first: cluster_quality puts this checkout's src first on the path.
from newsbrief.stories.cluster import assign_batch  # noqa: E402, I001
from newsbrief.stories.docs import to_docs  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402
from newsbrief.stories.metrics import bcubed  # noqa: E402

from cluster_quality import duc, subset  # noqa: E402


def labels(mix: list, th: float) -> dict[str, int]:
    docs = to_docs([a for a, _ in mix])
    return dict(zip((d.id for d in docs), assign_batch(docs, th), strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--big-only", action="store_true", help="only the big-story table")
    args = ap.parse_args()
    th = args.threshold
    t0 = time.perf_counter()
    print(f"(newsbrief from {Path(sys.modules['newsbrief'].__file__ or '').parent})")
    if args.big_only:
        big_stories(th)
        return
    mix = duc()
    gold = {a["id"]: g for a, g in mix}
    ids = sorted(set(gold.values()))
    whole = labels(mix, th)
    alone, inside = [], []
    for seed in range(6):
        order = ids[:]
        random.Random(seed).shuffle(order)
        for half in (order[:15], order[15:]):
            part = subset(mix, half)
            own = labels(part, th)
            arts = [a["id"] for a, _ in part]
            g = [gold[i] for i in arts]
            alone.append(bcubed([own[i] for i in arts], g)[2])
            inside.append(bcubed([whole[i] for i in arts], g)[2])
    print(f"threshold {th}: B-cubed F1 of 15 DUC stories (12 halves, mean ± sd)\n")
    print("| clustered | B3 F1 |\n|---|---|")
    print(f"| alone (about 145 articles) | {np.mean(alone):.3f} ± {np.std(alone):.3f} |")
    print(
        f"| inside all 30 stories (289 articles) | {np.mean(inside):.3f} ± {np.std(inside):.3f} |"
    )
    diff = np.array(inside) - np.array(alone)
    print(f"| difference (inside - alone) | {diff.mean():+.3f} (worst {diff.min():+.3f}) |")
    print("\nSmall stories: all 30 stories with only k articles each (3 random draws):\n")
    print("| articles per story | articles | B3 F1 |\n|---|---|---|")
    for per in (3, 5):
        f = []
        for seed in range(3):
            m = mix[:]
            random.Random(seed).shuffle(m)
            m = subset(m, ids, per)
            lab = labels(m, th)
            f.append(bcubed([lab[a["id"]] for a, _ in m], [g for _, g in m])[2])
        print(f"| {per} | {len(m)} | {np.mean(f):.3f} |")
    emulate_larger_mix(mix)
    synthetic_sizes()
    big_stories(th)
    print(f"\n({time.perf_counter() - t0:.0f} s)")


def synthetic_sizes() -> None:
    """The speed benchmark's synthetic articles (benchmarks/cluster_speed.py: DUC
    paragraphs recombined, 8 articles a story, each story with invented names of its own,
    stories of one DUC topic sharing their paragraphs) at three sizes: an easy task, but
    a large one, where the threshold's meaning must not drift."""
    from cluster_speed import synthesise

    print(
        "\nSynthetic stories (the speed benchmark's articles: easy, but large mixes), "
        "batch at the default threshold:\n"
    )
    print("| articles | stories | found | B3 P | B3 R | B3 F1 |\n|---|---|---|---|---|---|")
    for n in (300, 1000, 3000):
        items = synthesise(n)
        gold = [i["id"].split("-")[0] for i in items]
        lab = list(labels([(i, "") for i in items], DEFAULT_THRESHOLD).values())
        p, r, f = bcubed(lab, gold)
        print(f"| {n} | {len(set(gold))} | {len(set(lab))} | {p:.3f} | {r:.3f} | {f:.3f} |")
    # The incremental store on the same 3,000, in time order, chunks of 50.
    import tempfile

    from newsbrief.stories.docs import stable_order
    from newsbrief.stories.store import StoryStore

    items = synthesise(3000)
    order = stable_order(to_docs(items))
    with tempfile.TemporaryDirectory() as tmp, StoryStore(Path(tmp) / "s.db") as st:
        for s in range(0, len(order), 50):
            st.add([items[i] for i in order[s : s + 50]])
        k, _ = st.count()
        where = {a.id: s.id for s in st.stories(limit=k) for a in s.articles}
    gold = [i["id"].split("-")[0] for i in items]
    lab = [where[i["id"]] for i in items]
    p, r, f = bcubed(lab, gold)
    print(
        f"| 3000, incremental store (chunks of 50) | {len(set(gold))} | {len(set(lab))} | "
        f"{p:.3f} | {r:.3f} | {f:.3f} |"
    )


def big_story_mix(n_stories: int, per: int, seed: int = 0) -> list[tuple[dict, str]]:
    """Stories with many articles: each of ``n_stories`` DUC topics made into ``per``
    articles of 4-10 of its paragraphs, shuffled, no dates, random ids (DUC topics hold
    10 articles; the mixes scored hold stories of many more)."""
    import json

    from cluster_quality import DUC

    topics = []
    for line in DUC.read_text(encoding="utf-8").splitlines():
        docs = json.loads(line)["documents"]
        topics.append([p for d in docs for p in d["text"].split("\n\n") if p.strip()])
    rng = random.Random(seed)
    out = []
    for t in range(n_stories):
        for _ in range(per):
            paras = rng.sample(topics[t], min(len(topics[t]), rng.randint(4, 10)))
            # An id that says nothing of the story: undated articles reach the store in
            # id order, which must not be story by story.
            aid = f"x{rng.getrandbits(48):012x}"
            out.append(({"id": aid, "text": "\n\n".join(paras)}, f"t{t}"))
    rng.shuffle(out)
    return out


def big_stories(th: float) -> None:
    """B-cubed F1 with 10 to 100 articles a story, batch and store (chunks of 50)."""
    from cluster_quality import incremental

    print(
        "\nStories with many articles (DUC topics recombined into k articles of 4-10 of "
        "their paragraphs, no dates): B-cubed F1, batch / incremental store (chunks of 50):\n"
    )
    print("| stories x articles | articles | batch | store |\n|---|---|---|---|")
    for n_stories, per in ((30, 10), (30, 33), (20, 50), (10, 100), (6, 80)):
        m = big_story_mix(n_stories, per)
        lab = labels(m, th)
        f = bcubed([lab[a["id"]] for a, _ in m], [g for _, g in m])[2]
        fs = incremental(m, th, 50)["F1"]
        print(f"| {n_stories} x {per} | {len(m)} | {f:.3f} | {fs:.3f} |")


def emulate_larger_mix(mix: list) -> None:
    import inspect

    import newsbrief.stories.cluster as cluster_mod
    from newsbrief.stories import engine

    background = engine.background
    if "reference" not in inspect.signature(background).parameters:
        return
    reference_size = engine.REFERENCE_SIZE
    from cluster_quality import undated

    gold = [g for _, g in mix]
    hidden = undated(mix, 1)
    grid = (1.25, 1.5, 2.0, 2.5, 3.0)
    print(
        "\nA larger mix emulated: B-cubed F1 of all 289 DUC articles, dated / dates hidden, "
        "with an article's near neighbours counted as a share of N + 20 articles (the old "
        f"rule in a mix of N) or of {reference_size:.0f} (this version, any mix of 300 or "
        "more):\n"
    )
    print("| neighbours counted in | " + " | ".join(str(t) for t in grid) + " |")
    print("|---" * (len(grid) + 1) + "|")
    for name, ref in (
        (f"{reference_size:.0f} (this version)", reference_size),
        ("1,020 (old rule, 1,000 articles)", 1020.0),
        ("3,020 (old rule, 3,000 articles)", 3020.0),
    ):

        def fixed(*a: object, _ref: float = ref, **k: object) -> object:
            k["reference"] = _ref
            return background(*a, **k)  # type: ignore[arg-type]

        cluster_mod.background = fixed  # type: ignore[assignment]
        cells = []
        for th in grid:
            f = bcubed(list(labels(mix, th).values()), gold)[2]
            lab = labels(hidden, th)
            fu = bcubed([lab[i] for i in lab], [g for _, g in hidden])[2]
            cells.append(f"{f:.3f} / {fu:.3f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    cluster_mod.background = background


if __name__ == "__main__":
    main()
