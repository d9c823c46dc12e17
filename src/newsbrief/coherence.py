"""Do the articles given to one ``summarize`` tell one story? A cheap check before trusting it.

A summary of articles about two different events reads as nonsense, and nothing else in the
pipeline notices. Articles of one story share their content words and, above all, their
names (people, places, organisations), so each article is compared with every other by the
cosine of its content-word stems plus mid-sentence capitalised words (names, counted
:data:`NAME_WEIGHT` times). An article whose best match among the others stays below
:data:`MIXED_THRESHOLD` is reported as probably belonging to another story.

The threshold was chosen on DUC 2003 (articles of one cluster against articles of
different clusters) by two-fold cross-validation over clusters; the held-out rates of false
warnings and misses are in ``docs/quality.md`` and ``benchmarks/mixed_stories.py``
reproduces them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Article
from .text import STOPWORDS, content_stems

# Chosen by cross-validation on DUC 2003 (benchmarks/mixed_stories.py): the largest
# threshold that keeps false warnings on same-story pairs at or under 2% in each training half.
MIXED_THRESHOLD = 0.09
# A name shared by two articles says more about "same story" than a shared common word.
NAME_WEIGHT = 3
# Below this many content words an article is too short to judge (a brief, a caption).
MIN_CONTENT_WORDS = 40

# A capitalised word after a lower-case word or a comma: a name, not a sentence start.
_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-zA-Z]+)")


@dataclass(frozen=True, slots=True)
class Outlier:
    """An article that shares little with every other article of the input."""

    article_id: str
    best: float  # its highest similarity to any other article
    closest: str  # the article it is most similar to


def profile(text: str) -> Counter[str]:
    """Content-word stems (no numbers, no "said") plus weighted names."""
    out: Counter[str] = Counter(w for w in content_stems(text) if not w.isdigit() and w != "said")
    for m in _NAME.finditer(text):
        name = m.group(1).lower()
        if name not in STOPWORDS:
            out["N:" + name] += NAME_WEIGHT
    return out


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two profiles (0 when either is empty)."""
    if len(a) > len(b):
        a, b = b, a
    num = sum(v * b[k] for k, v in a.items() if k in b)
    den = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return num / den if den else 0.0


def _long_enough(text: str) -> bool:
    return len(content_stems(text)) >= MIN_CONTENT_WORDS


def mixed_story_outliers(
    articles: Sequence[Article], threshold: float = MIXED_THRESHOLD
) -> list[Outlier]:
    """Articles (long enough to judge) whose best match among the others is below
    ``threshold``; empty when the input looks like one story or has fewer than two."""
    judged = [a for a in articles if _long_enough(a.text)]
    if len(judged) < 2:
        return []
    profiles = [profile(a.text) for a in judged]
    out: list[Outlier] = []
    for i, a in enumerate(judged):
        scores = [(similarity(profiles[i], profiles[j]), j) for j in range(len(judged)) if j != i]
        best, j = max(scores)
        if best < threshold:
            out.append(Outlier(a.id, round(best, 3), judged[j].id))
    return out
