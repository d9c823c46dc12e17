"""Deduplication stage: one vote per independent report.

A wire story re-sent under another id, or syndicated by two outlets, would otherwise count
twice as "several sources report this". Near-duplicates are found by word 5-gram
containment (the share of the shorter article's shingles found in the other): an updated
re-send adds paragraphs but keeps the old ones, which containment sees and Jaccard misses.
The duplicate stays listed as a source; it only loses its vote in selection.

A copy of the very same text (after cleaning: one article saved under two names, a page
fetched twice) is no second report at all: :func:`same_text` finds it before anything
else, and the API sets it aside whole (``Summary.dropped``, "duplicate" of the first copy
given), so it is neither a source nor an outlet, and no fact counts as reported twice
because of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Dropped, Sentence
from .text import spans_words, words

# Share of the shorter article's 5-gram shingles that must recur in the other article.
# Syndicated copies score > 0.9; different reports of one event stay well under 0.3
# (measured on the DUC 2003 clusters: max 0.2 between distinct wire stories).
CONTAINMENT_THRESHOLD = 0.8
SHINGLE = 5


def _shingles(text: str, sentences: Sequence[Sentence] = ()) -> frozenset[int]:
    """Hashes of the article's word 5-grams, built by ``zip`` over shifted lists, all in C.

    Hashes, not the 5-tuples themselves: intersecting sets of ints is several times faster,
    and they are only compared within one process (Python salts string hashes per run).
    The article's ``sentences``, when given, lend their (memoised) tokens: the words are
    the same, and selection reads those tokens again.
    """
    w = (
        spans_words(text, ((s.start, s.end, s.text) for s in sentences))
        if sentences
        else words(text)
    )
    return frozenset(map(hash, zip(*(w[i:] for i in range(SHINGLE)), strict=False)))


def text_key(text: str) -> str:
    """What two copies of one text share: the words, whatever the spacing between them."""
    return " ".join(text.split())


def same_text(articles: Sequence[Article]) -> list[Dropped]:
    """The articles whose (cleaned) text repeats an earlier one's, each a "duplicate" of
    the first copy given."""
    # Most stories hold no copy: texts whose openings differ are told apart without
    # reading them whole.
    opening = [tuple(a.text.split(None, 20)[:20]) for a in articles]  # the first 20 words
    if len(set(opening)) == len(articles):
        return []
    first: dict[str, str] = {}
    out: list[Dropped] = []
    for a in articles:
        key = text_key(a.text)
        if key in first:
            out.append(Dropped(a.id, "duplicate", first[key]))
        else:
            first[key] = a.id
    return out


def distinct_texts(articles: Sequence[Article]) -> list[Article]:
    """``articles`` without the later copies of a text: what counts as independent
    reporting where a story's articles are counted, not read (``digest``'s outlets). The
    texts are compared as they are (cleaned, or as given, up to spacing): cleaning every
    stored article for each digest would cost about 1 ms an article, where a copy saved
    or fetched twice is the same text as given too."""
    aside = {d.article_id for d in same_text(articles)}
    return [a for a in articles if a.id not in aside]


def find_duplicates(
    articles: Sequence[Article], sentences: Sequence[Sentence] = ()
) -> tuple[list[Article], list[Dropped]]:
    """Split articles into the ones that vote and the duplicates (kept: the longest copy).

    ``sentences``: the articles' sentences (``segment.split_sentences``), if split already.
    """
    of: dict[str, list[Sentence]] = {}
    for s in sentences:
        of.setdefault(s.article_id, []).append(s)
    shingles = [_shingles(a.text, of.get(a.id, ())) for a in articles]
    order = sorted(range(len(articles)), key=lambda i: (-len(shingles[i]), i))
    kept: list[int] = []
    dropped: list[Dropped] = []
    for i in order:
        dup_of = None
        for k in kept:
            small = min(len(shingles[i]), len(shingles[k]))
            if small and len(shingles[i] & shingles[k]) / small >= CONTAINMENT_THRESHOLD:
                dup_of = k
                break
        if dup_of is None:
            kept.append(i)
        else:
            dropped.append(Dropped(articles[i].id, "duplicate", articles[dup_of].id))
    kept.sort()
    return [articles[i] for i in kept], dropped
