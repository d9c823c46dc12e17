"""Page furniture found by repetition: text a site prints on every page, whatever the story.

A site notice ("This article was added to our archive after an embargo period."), a
standing promo or a boilerplate disclaimer is worded freely, so no list of strings finds
it, but it has one shape no reporting has: the same sentence, word for word, on pages of
*unrelated* stories. Two tests use that:

* Across stories (a batch, a digest, a store): :class:`FurnitureIndex` counts in how many
  stories each sentence occurs verbatim; a sentence in at least ``MIN_STORIES`` stories is
  furniture. The selector gets the hashes (``Problem.furniture``).
* Inside one story, where only that story is at hand: a sentence repeated verbatim by
  several articles is either shared wire copy (on topic: its words recur in the rest of
  the story) or furniture (off topic: they do not, and it sits at the top or bottom of
  each page). :func:`story_furniture` keeps the first and flags the second. Repeated
  sentences otherwise earn a double vote, which is how a site notice printed on two
  pages of one story reached a summary.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .concepts import sentence_units
from .digest import blake2b_hex
from .model import Sentence

# Stories a sentence must occur in to be furniture. Two unrelated stories sharing a
# 6-word-or-longer sentence verbatim is already rare for reporting; three is the margin
# for wire copy reused by two related stories of one batch.
MIN_STORIES = 3
# Inside one story: share of a repeated sentence's content words that recur in the
# story's other (non-identical) sentences, below which it is off topic.
ON_TOPIC_SHARE = 0.25
MIN_WORDS = 4  # shorter lines ("Read more") are left to clean.py's shape rules
# Sites print their notices above or below the story: a repeated off-topic sentence is
# furniture only where it sits within this many sentences of its page's top or bottom
# (re-sent wire copy repeats on-topic sentences anywhere, including a few off-topic ones).
EDGE = 3


def sentence_key(text: str) -> str:
    """A stable hash of a sentence, insensitive to case and spacing."""
    # str.split() splits on exactly what r"\s+" matches (both use str.isspace), so this
    # is the stripped, single-spaced form without running a regex over every sentence.
    return _hash(" ".join(text.lower().split()))


def _hash(norm: str) -> str:
    return blake2b_hex(norm.encode("utf-8"), digest_size=8)


class FurnitureIndex:
    """Counts, per sentence, the stories it occurs in; add stories, then ask."""

    def __init__(self, min_stories: int = MIN_STORIES) -> None:
        self.min_stories = min_stories
        self._stories: Counter[str] = Counter()

    def add_story(self, sentences: Iterable[str]) -> None:
        keys = {sentence_key(t) for t in sentences if len(t.split()) >= MIN_WORDS}
        self._stories.update(keys)

    def furniture_keys(self) -> frozenset[str]:
        """Hashes of the sentences that are furniture (see ``Problem.furniture``)."""
        return frozenset(k for k, n in self._stories.items() if n >= self.min_stories)


def _content(text: str) -> set[str]:
    # The concept stage's memoised units: the selector has already computed them.
    return {u for u in sentence_units(text, unigrams=True) if " " not in u}  # is_unigram


def story_furniture(
    sentences: Sequence[Sentence], voters: Iterable[str]
) -> frozenset[tuple[str, int]]:
    """``(article_id, start)`` of sentences repeated verbatim across a story's articles
    whose content words the rest of the story does not share."""
    voting = set(voters)
    by_text: dict[str, list[Sentence]] = defaultdict(list)
    size: Counter[str] = Counter()
    for s in sentences:
        if s.article_id in voting:
            by_text[s.text].append(s)
            size[s.article_id] += 1
    repeated = [
        group
        for group in by_text.values()
        if len(group) >= 2
        and group[0].n_words >= MIN_WORDS
        and len({s.article_id for s in group}) >= 2
        and all(s.index < EDGE or s.index >= size[s.article_id] - EDGE for s in group)
    ]
    if not repeated:
        return frozenset()
    # Document frequency of content words over the story's sentences, each distinct
    # sentence counted once (the repeated copies themselves must not vouch for it):
    # counted only for the repeated sentences' words, the only ones read (a unit with a
    # space, a bigram, is none of them).
    contents = [_content(group[0].text) for group in repeated]
    wanted = set().union(*contents)
    df: Counter[str] = Counter()
    for text in by_text:
        df.update(wanted.intersection(sentence_units(text, unigrams=True)))
    out: set[tuple[str, int]] = set()
    for group, content in zip(repeated, contents, strict=True):
        shared = sum(1 for w in content if df[w] >= 2)
        if not content or shared / len(content) < ON_TOPIC_SHARE:
            out.update((s.article_id, s.start) for s in group)
    return frozenset(out)


# Sentence ends inside one line of raw text: enough to find the sentences a site prints on
# every page (they are short and plain), at a small fraction of the cost of the full
# cleaning and splitting a worker does for the story it summarizes. A piece ends with its
# mark; the closing quotes and spaces after it separate pieces.
# The mark is captured: ``split`` returns piece, mark, piece, mark, ..., last piece.
_RAW_SENTENCE_END = re.compile(r"([.!?])[\"'”’)]*\s+")


def _raw_sentences(texts: Iterable[str]) -> set[str]:
    """The normalised forms (what :func:`sentence_key` hashes) of the sentence-like pieces
    of raw article texts."""
    out: set[str] = set()
    add = out.add
    split = _RAW_SENTENCE_END.split
    for text in texts:
        # Lower-casing the whole text gives each piece's lower-cased form: no character
        # lowers to a space, a line break or an end mark.
        for line in text.lower().splitlines():
            # One split in C per line rather than a slice per match in Python.
            bits = split(line.strip())
            for k in range(1, len(bits), 2):
                parts = (bits[k - 1] + bits[k]).split()
                if len(parts) >= MIN_WORDS:
                    add(" ".join(parts))
            parts = bits[-1].split()
            if len(parts) >= MIN_WORDS:
                add(" ".join(parts))
    return out


def raw_sentence_keys(texts: Iterable[str]) -> set[str]:
    """Keys of the sentence-like pieces of raw article texts (one story's documents)."""
    return {_hash(norm) for norm in _raw_sentences(texts)}


def batch_furniture(
    stories: Iterable[Iterable[str]], min_stories: int = MIN_STORIES
) -> frozenset[str]:
    """Furniture of a batch: sentences that occur verbatim in ``min_stories`` stories or more.

    ``stories`` yields each story's raw document texts. Sentences are counted by their
    normalised text and only the furniture is hashed (a batch has tens of thousands).
    """
    counts: Counter[str] = Counter()
    for texts in stories:
        counts.update(_raw_sentences(texts))
    return frozenset(_hash(k) for k, n in counts.items() if n >= min_stories)
