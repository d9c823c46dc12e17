"""Which articles of a story are in English, told by the share of English function words.

Why function words and not a language model: "the", "of", "and", "was" make up a third or
more of any English news text (DUC 2003: at least 0.29 of the words of every document,
0.43 in the median one), while French, Spanish, German or Italian text shares only the
odd "a" or "on" with the list (under 0.1). The test costs one pass over the words and no
dependency. Only running words are judged, not capitalised names or numbers: a list of
victims ("Mary Ellen Fisher, 54, Strasburg; ..."), results by county or league standings
are English with few function words. And an article is set aside only on positive
evidence, the function words of another language (``data/other_function_words.txt``):
English that merely lacks "the" is never dropped. Only Latin-script text is judged: other
scripts have their own handling (``segment.UnsupportedScript``,
``clean._drop_foreign_short_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from .model import Article, Dropped
from .text import STOPWORDS

# At or above this share of English function words, an article is in English.
ENGLISH_SHARE = 0.2
# Below this share, with at least MIN_WORDS words, it is in another language (between the
# two, or shorter, nothing is decided and the article is kept).
OTHER_SHARE = 0.12
MIN_WORDS = 20
# And at least this share of its words are function words of another language (French
# "le", "est", Spanish "que", German "und", ...): the evidence that it is one. French,
# Spanish and German news run to 0.3 or more.
OTHER_EVIDENCE = 0.15

OTHER_LANGUAGE = "other-language"  # Dropped.kind
OTHER_LANGUAGE_REASON = "in another language than the story's other articles (English)"

_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
_ANY_LETTER = re.compile(r"[^\W\d_]")


@cache
def _other_function_words() -> frozenset[str]:
    """Function words of other Latin-script languages (package data), none of them English."""
    text = files("newsbrief").joinpath("data/other_function_words.txt").read_text("utf-8")
    return frozenset(w for w in (x.split("#", 1)[0].strip() for x in text.splitlines()) if w)


def _running_words(text: str) -> list[str] | None:
    """The Latin-script words of ``text`` in lower case, less capitalised names (a capital
    word that is no function word: "Fisher", "Strasburg", but "The", "Le" stay). None
    where the letters are mostly of another script."""
    found = _LATIN_WORD.findall(text)
    letters = len(_ANY_LETTER.findall(text))
    if not found or sum(map(len, found)) < letters / 2:
        return None
    other = _other_function_words()
    low = (w.lower() for w in found)
    return [
        w
        for w, raw in zip(low, found, strict=True)
        if not raw[:1].isupper() or w in STOPWORDS or w in other
    ]


def english_share(text: str) -> tuple[float, int]:
    """(share of the running words (not names, not numbers) that are English function
    words, how many such words). A text whose letters are mostly of another script has
    no Latin words to judge: 0 words."""
    words = _running_words(text)
    if not words:
        return 0.0, 0
    return sum(w in STOPWORDS for w in words) / len(words), len(words)


def other_share(text: str) -> float:
    """Share of the running words that are function words of another language."""
    words = _running_words(text)
    if not words:
        return 0.0
    other = _other_function_words()
    return sum(w in other for w in words) / len(words)


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
        elif n >= MIN_WORDS and share < OTHER_SHARE and other_share(a.text) >= OTHER_EVIDENCE:
            other.append(a)
    if not english or not other or len(english) < len(other):
        return []
    return [Dropped(a.id, OTHER_LANGUAGE_REASON, kind=OTHER_LANGUAGE) for a in other]
