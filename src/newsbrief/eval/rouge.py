"""ROUGE as DUC reported it (ROUGE-1.5.5 ``-n 4 -m -a -l N -2 4 -u``), on ``rouge-score``.

* each summary is cut to its first ``N`` whitespace words before scoring (``-l N``);
* tokens are lower-cased alphanumeric runs, Porter-stemmed (``-m``), stopwords kept;
* scores against several references are **averaged** (``-f A``), not maxed as
  ``rouge_score.RougeScorer.score_multi`` does;
* ROUGE-SU4 (skip-bigrams with at most 4 words between, plus unigrams) is not in
  ``rouge-score``; it is implemented here with the same tokenizer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

METRICS = ("rouge1", "rouge2", "rougeSU4", "rougeL")


def _rouge_score():  # type: ignore[no-untyped-def]
    """The ``rouge-score`` package, or a one-line error naming the extra that brings it."""
    try:
        import rouge_score.rouge_scorer
        import rouge_score.tokenizers
    except ImportError as exc:
        from ..errors import MissingExtraError

        raise MissingExtraError("ROUGE evaluation (newsbrief eval)", "eval") from exc
    return rouge_score


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    return _rouge_score().tokenizers.DefaultTokenizer(use_stemmer=True)


@lru_cache(maxsize=1)
def _scorer():  # type: ignore[no-untyped-def]
    return _rouge_score().rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeLsum"], use_stemmer=True
    )


def tokenize(text: str) -> list[str]:
    return list(_tokenizer().tokenize(text))


def truncate_words(text: str, n: int | None) -> str:
    """The first ``n`` whitespace-separated words, keeping line breaks between sentences."""
    if n is None:
        return text
    out: list[str] = []
    left = n
    for line in text.splitlines():
        ws = line.split()
        if not ws:
            continue
        take = ws[:left]
        out.append(" ".join(take))
        left -= len(take)
        if left <= 0:
            break
    return "\n".join(out)


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"'`A-Z0-9])|\n+")


def split_reference(text: str) -> str:
    """References come as one line; ROUGE-L (summary level) needs one sentence per line."""
    return "\n".join(s for s in _SENT_END.split(text) if s.strip())


def skip_bigrams(tokens: Sequence[str], max_gap: int = 4) -> Counter[tuple[str, str]]:
    """Ordered pairs with at most ``max_gap`` tokens between them, counted with multiplicity."""
    out: Counter[tuple[str, str]] = Counter()
    n = len(tokens)
    for i in range(n):
        for j in range(i + 1, min(i + max_gap + 2, n)):
            out[(tokens[i], tokens[j])] += 1
    return out


def su4_counts(tokens: Sequence[str]) -> Counter[object]:
    counts: Counter[object] = Counter(skip_bigrams(tokens))
    counts.update(Counter((t,) for t in tokens))
    return counts


def rouge_su4(candidate: str, reference: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of ROUGE-SU4."""
    c = su4_counts(tokenize(candidate))
    r = su4_counts(tokenize(reference))
    overlap = sum((c & r).values())
    p = overlap / sum(c.values()) if c else 0.0
    rec = overlap / sum(r.values()) if r else 0.0
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return p, rec, f


def score_summary(
    summary: str, references: Sequence[str], words: int | None = 100
) -> dict[str, float]:
    """ROUGE of one summary against its references, averaged over references.

    Returns recall for every metric and F1 for ROUGE-1/2, keyed like ``rouge1_r``.
    """
    cut = truncate_words(summary, words)
    totals: dict[str, float] = {}
    if not references:
        return totals
    for ref in references:
        ref_lines = split_reference(ref)
        s = _scorer().score(ref_lines, cut)
        parts = {
            "rouge1_r": s["rouge1"].recall,
            "rouge1_f": s["rouge1"].fmeasure,
            "rouge2_r": s["rouge2"].recall,
            "rouge2_f": s["rouge2"].fmeasure,
            "rougeL_r": s["rougeLsum"].recall,
            "rougeSU4_r": rouge_su4(cut, ref)[1],
        }
        for k, v in parts.items():
            totals[k] = totals.get(k, 0.0) + v
    return {k: v / len(references) for k, v in totals.items()}


def average(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    keys = rows[0].keys()
    return {k: sum(r[k] for r in rows) / len(rows) for k in keys}
