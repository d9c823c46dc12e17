"""Which articles of a story are in English, told by the share of English function words.

Why function words and not a language model: "the", "of", "and", "was" make up a third or
more of any English news text (DUC 2003: at least 0.29 of the words of every document,
0.43 in the median one), while French, Spanish, German or Italian text shares only the
odd "a" or "on" with the list (under 0.1). The test costs one pass over the words and no
dependency. Only Latin-script text is judged: other scripts have their own handling
(``segment.UnsupportedScript``, ``clean._drop_foreign_short_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Article, Dropped
from .text import STOPWORDS

# At or above this share of English function words, an article is in English.
ENGLISH_SHARE = 0.2
# Below this share, with at least MIN_WORDS words, it is in another language (between the
# two, or shorter, nothing is decided and the article is kept).
OTHER_SHARE = 0.12
MIN_WORDS = 20

OTHER_LANGUAGE = "other-language"  # Dropped.kind
OTHER_LANGUAGE_REASON = "in another language than the story's other articles (English)"

_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def english_share(text: str) -> tuple[float, int]:
    """(share of the Latin-script words that are English function words, how many words).
    A text whose letters are mostly of another script has no Latin words to judge: 0 words."""
    found = _LATIN_WORD.findall(text)
    letters = len(_ANY_LETTER.findall(text))
    if not found or sum(map(len, found)) < letters / 2:
        return 0.0, 0
    return sum(w.lower() in STOPWORDS for w in found) / len(found), len(found)


def other_language(articles: Sequence[Article]) -> list[Dropped]:
    """The articles in another language mixed into a story that is mostly English: each
    set aside with its reason (``Summary.dropped``). A story in one language, or one where
    English articles are fewer than the others, is left whole."""
    english: list[Article] = []
    other: list[Article] = []
    for a in articles:
        share, n = english_share(a.text)
        if share >= ENGLISH_SHARE:
            english.append(a)
        elif n >= MIN_WORDS and share < OTHER_SHARE:
            other.append(a)
    if not english or not other or len(english) < len(other):
        return []
    return [Dropped(a.id, OTHER_LANGUAGE_REASON, kind=OTHER_LANGUAGE) for a in other]
