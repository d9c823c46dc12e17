"""The attribution method as it stood before issue 11 (align.py and facts.py, frozen).

Kept only so ``benchmarks/attribution_real_eval.py --method legacy`` can score the old
method on the same real-news splits as the new one; nothing in ``src/`` imports it.
"""
