"""Word-level text analysis shared by selection, deduplication, attribution and ROUGE.

Words are lower-cased alphanumeric runs, stemmed with Porter (the algorithm ROUGE uses, so
the selector optimises nearly the same units it is scored on). The stemmer is PyStemmer's C
Porter: importing NLTK's pure-Python one costs about 2 s (it pulls in scipy.stats) and stems
ten times slower; the two agree on about 98% of news words and differ mostly in ``y``/``i``
endings, which map word families alike. Stemming is memoised per word: news vocabulary
repeats heavily, and the cache is a pure function memo.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The group is the word; a possessive or contraction suffix is matched and dropped.
_WORD = re.compile(r"([a-z0-9]+)(?:['’][a-z]+)?")

# A standard English function-word list (written for newsbrief).
STOPWORDS = frozenset(
    """
    a about above after again against all almost also although am among an and any are
    around as at be became because been before being below between both but by can could
    did do does doing down during each either else even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in
    into is it its itself just least less like many may me might more most much must my
    myself neither no nor not now of off often on once only or other others otherwise
    our ours ourselves out over own per perhaps quite rather same several shall she
    should since so some such than that the their theirs them themselves then there
    these they this those though through thus to too under until up upon us very via was
    we were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves s t n't 's
    """.split()
)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("porter")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem; words of three letters or fewer are kept whole, as ``rouge-score`` does."""
    return _stemmer().stemWord(word) if len(word) > 3 else word


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessive/contraction suffixes dropped."""
    return _WORD.findall(text.lower())


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]
