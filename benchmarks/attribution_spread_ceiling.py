"""How much recall facts spread over an article could give back, at most (dev only).

Two diagnostics, each the real-news eval (``attribution_real_eval.py``, same arguments)
run with one stage of the pipeline replaced; neither is a method to ship:

* ``--oracle``: every figure, date or name a window leaves out is let pass (as if the
  article stated it elsewhere, bound to the claim's event): the most any lookup of
  missing details elsewhere in the article (``config.spread_details``) can gain, and
  what it costs when nothing checks the value (altered claims get through);
* ``--far-pairs``: windows of two candidate sentences further apart than
  ``max_window`` (each sharing ``min_candidate`` of the claim, the two
  :func:`~newsbrief.attribution.windows.cohesive`, together stating ``window_gain`` more
  than either): what retrieval of evidence spread over the article adds.

    python benchmarks/attribution_spread_ceiling.py --oracle --split dev --folds 2
    python benchmarks/attribution_spread_ceiling.py --far-pairs --split dev+dev_altered2

DEVELOPMENT DATA: never run it on a held-out split.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _oracle() -> None:
    from newsbrief.attribution import compare

    def let_pass(win: Any) -> None:
        win.details = [
            replace(d, note="peripheral")
            if d.status == "missing" and d.kind in ("number", "date", "name") and not d.note
            else d
            for d in win.details
        ]

    compare._elsewhere_details = let_pass  # type: ignore[assignment]
    from newsbrief.attribution import config

    config.set_config(replace(config.CONFIG, spread_details=1))


def _far_pairs() -> None:
    from newsbrief.attribution import align, config, windows
    from newsbrief.attribution.facts import Facts

    article_windows, window_facts = align.article_windows, align.window_facts

    def wider(claim: Any, cands: Any, facts: Any, content: Any, day: Any) -> Any:
        found, clause_only = article_windows(claim, cands, facts, content, day)
        cfg = config.get()
        singles = sorted(k for k, v in cands.items() if v / claim.total >= cfg.min_candidate)

        def cover(ks: list[int]) -> float:
            union = claim.facts.content & frozenset().union(*(content[k] for k in ks))
            return float(claim.weight_of(union) / claim.total)

        for i, k in enumerate(singles):
            for j in singles[i + 1 :]:
                if j - k < cfg.max_window or not windows.cohesive(claim, content[k], content[j]):
                    continue
                if cover([k, j]) >= max(cover([k]), cover([j])) + cfg.window_gain:
                    found.append((k, j))
        return found, clause_only

    def pair_facts(story: Any, aid: str, lo: int, hi: int) -> Any:
        if hi - lo < config.get().max_window:
            return window_facts(story, aid, lo, hi)
        facts = story.facts[aid]
        parts = [facts[lo], facts[hi]]
        around = [facts[0], *facts.span(lo - 2, lo + 2), *facts.span(hi - 2, hi + 2)]
        ctx = Facts.union(around)
        if story.datelines.get(aid):
            ctx = replace(ctx, words=ctx.words | story.datelines[aid])
        return windows.Window(aid, lo, hi, Facts.union(parts), ctx, facts[0], parts)

    align.article_windows = wider  # type: ignore[assignment]
    align.window_facts = pair_facts  # type: ignore[assignment]


def main(argv: list[str]) -> int:
    if "--oracle" in argv:
        _oracle()
    if "--far-pairs" in argv:
        _far_pairs()
    rest = [a for a in argv if a not in ("--oracle", "--far-pairs")]
    if any("heldout" in a for a in rest):
        print("held-out splits are frozen: dev only", file=sys.stderr)
        return 2
    from benchmarks import attribution_real_eval

    return int(attribution_real_eval.main(rest) or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
