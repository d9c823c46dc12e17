"""The one immutable data model every pipeline stage passes along.

An :class:`Article` owns the only copy of its cleaned text. Everything that points into
an article (a :class:`Sentence`, a :class:`Support` span) is a half-open character
range ``[start, end)`` into ``Article.text``, so any sentence shown to a reader can be
traced back, character for character, to where it came from. ``OffsetMap`` carries the
alignment from cleaned text back to the raw text the user gave, so offsets can be
reported against either.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field


def stable_id(*parts: str) -> str:
    """A short id that is the same on every run and machine (no ``hash()`` salt)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise alignment from cleaned-text offsets to raw-text offsets.

    Segment ``i`` starts at cleaned offset ``clean_starts[i]`` and raw offset
    ``raw_starts[i]``; inside a copied segment the two advance together. A segment whose
    text was rewritten (a ```` `` ```` quote turned into ``"``) maps every inner offset to
    the start of the raw piece, and its end to the end of the raw piece.
    """

    clean_starts: tuple[int, ...] = ()
    raw_starts: tuple[int, ...] = ()
    raw_ends: tuple[int, ...] = ()
    copied: tuple[bool, ...] = ()

    def to_raw(self, pos: int, *, is_end: bool = False) -> int:
        """Map a cleaned offset to the raw text; ``is_end`` picks the right edge of a rewrite."""
        if not self.clean_starts:
            return pos
        i = bisect.bisect_right(self.clean_starts, pos) - 1
        if is_end and i > 0 and pos == self.clean_starts[i]:
            # An end offset that sits on a segment boundary belongs to the segment before.
            i -= 1
        i = max(i, 0)
        if self.copied[i]:
            return min(self.raw_starts[i] + (pos - self.clean_starts[i]), self.raw_ends[i])
        return self.raw_ends[i] if is_end else self.raw_starts[i]


IDENTITY_MAP = OffsetMap()


@dataclass(frozen=True, slots=True)
class Article:
    """One article as newsbrief uses it: cleaned text plus what is known about its origin."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 when known
    author: str | None = None
    position: int = 0  # order in the input, used to break ties deterministically
    raw_map: OffsetMap = field(default=IDENTITY_MAP, repr=False, compare=False)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of ``[start, end)`` in the raw text the user supplied."""
        return self.raw_map.to_raw(start), self.raw_map.to_raw(end, is_end=True)

    @property
    def label(self) -> str:
        """How a reader should see this article named: outlet if known, else its id."""
        return self.source or self.id


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence is a view on its article: ``article.text[start:end] == text``."""

    article_id: str
    start: int
    end: int
    text: str
    index: int  # position of the sentence in its article (0-based)
    paragraph: int  # paragraph number in its article (0-based)
    article_position: int = 0

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Support:
    """Evidence that an article reports (or contradicts) a claim, with the span that does."""

    article_id: str
    start: int
    end: int
    score: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    article_id: str
    start: int
    end: int
    score: float
    supported_by: tuple[Support, ...] = ()
    contradicted_by: tuple[Support, ...] = ()


@dataclass(frozen=True, slots=True)
class Dropped:
    """An input that did not take part in selection, and why (never lost silently)."""

    article_id: str
    reason: str  # "empty" | "duplicate"
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    story_id: str
    sentences: tuple[SummarySentence, ...]
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...] = ()
    method: str = ""
    words: int | None = None
    extras: tuple[tuple[str, object], ...] = ()  # analysis sections (quotes, disagreements)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sentences)

    @property
    def n_words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)
