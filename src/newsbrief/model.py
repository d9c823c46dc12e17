"""The one immutable data model every pipeline stage passes along.

Two kinds of offsets, two kinds of types. Inside the pipeline a :class:`Sentence`, a
:class:`Support` and a :class:`CleanSpan` index the *cleaned* ``Article.text``; what a
user gets (:class:`SummarySentence`, :class:`Evidence`, the :class:`StoryAnalysis`
records) indexes the text *as given*, mapped back through ``Article.raw_map``. The
analysis travels as typed records, never as dicts or strings parsed back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .digest import sha1_hex


def stable_id(*parts: str) -> str:
    """A short id that is the same on every run and machine (no ``hash()`` salt)."""
    digest = sha1_hex("\x1f".join(parts).encode("utf-8"))
    return digest[:16]


# How much of a text a repr shows: one line a notebook prints without wrapping much.
_REPR_CHARS = 60


def _short(text: str, limit: int = _REPR_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis, as a repr shows
    it. Why: a result holds every article's full text, and the default dataclass repr
    printed all of it (about 40 KB for one DUC story typed in a notebook)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _ids(ids: list[str], limit: int = 5) -> str:
    """The first ``limit`` ids, and how many more: ``['a1', 'a2', ... +8]``."""
    shown = ", ".join(repr(i) for i in ids[:limit])
    more = f", ... +{len(ids) - limit}" if len(ids) > limit else ""
    return f"[{shown}{more}]"


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
    """The one document type, from ingest to output.

    Ingest builds it with the text as given (``cleaned=False``); :func:`newsbrief.prepare`
    returns it cleaned (``cleaned=True``), with ``raw_map`` leading every offset in ``text``
    back to the text as given. ``where`` names the file, line or URL for error messages;
    ``title_line`` says a short first line of the given text may be its headline (plain
    text files); ``markup`` is ``"markdown"`` for ``.md`` files.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 when known
    author: str | None = None
    position: int = 0  # order in the input, used to break ties deterministically
    where: str = field(default="", compare=False)
    title_line: bool = field(default=False, compare=False)
    markup: str = field(default="text", compare=False)
    cleaned: bool = field(default=False, compare=False)
    raw_map: OffsetMap = field(default=IDENTITY_MAP, repr=False, compare=False)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of ``[start, end)`` of ``text`` in the text as given."""
        return self.raw_map.to_raw(start), self.raw_map.to_raw(end, is_end=True)

    @property
    def label(self) -> str:
        """How a reader should see this article named: its outlet (see :func:`outlet_name`)."""
        return outlet_name(self)

    def __repr__(self) -> str:
        """Id, outlet, title, date and the text's length and opening: never the whole text."""
        parts = [f"id={self.id!r}"]
        for name in ("source", "title", "url", "published"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={_short(value)!r}")
        parts.append(f"text=<{len(self.text)} chars: {_short(self.text, 40)!r}>")
        return f"Article({', '.join(parts)})"


# An LDC newswire document id (``APW19981017.0151``) starts with the wire service's code.
_LDC_ID = re.compile(r"([A-Z]{3})\d{8}\.\d{4}$")


def outlet_name(article: Article) -> str:
    """Who published an article, as every output names it (summaries, analysis, digests).

    The ``source`` as given; without one, the host of its URL (``www.`` dropped); without
    that, the wire service an LDC document id names (``APW19981017.0151`` -> ``APW``);
    else the article's id. Why one rule: a digest counts outlets and a summary names its
    sources, and the same article must be named the same in both.
    """
    source = " ".join((article.source or "").split())
    if source:
        return source
    if article.url:
        from urllib.parse import urlsplit

        try:
            host = urlsplit(article.url).hostname or ""
        except ValueError:
            host = ""
        if host:
            return host.removeprefix("www.")
    m = _LDC_ID.match(article.id)
    return m.group(1) if m else article.id


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


# The note of a ``negation`` detail left ``missing`` where one side's charge meets the
# other's denial ("denied vs accuses"): two sides' claims, not two reports of the deed.
TWO_SIDES = "one side's charge, the other's denial"


@dataclass(frozen=True, slots=True)
class Detail:
    """One compared detail of a claim against one piece of evidence, in a reader's words.

    ``kind``: "number" | "date" | "name" | "place" | "negation" | "event" | "quantity" ...;
    ``status``: "agrees" | "missing" | "conflicts"; ``claim``/``evidence`` as a reader sees
    them ("14 dead" / "12 dead", evidence "" when missing); ``note`` how they were matched
    ("Friday = Nov. 20"); ``span`` the ``[start, end)`` of the sentence the evidence value
    was read from when it lies outside the evidence span (a detail the article states
    elsewhere, ``note`` "elsewhere"), offsets as the span's own: the reader sees where it is.
    """

    kind: str
    status: str
    claim: str
    evidence: str
    note: str = ""
    span: tuple[int, int] | None = None

    @property
    def explanation(self) -> str:
        if self.status == "conflicts":
            text = f"{self.claim} vs {self.evidence}" if self.evidence else self.claim
        elif self.status == "missing" and self.note == TWO_SIDES and self.evidence:
            # a charge and its denial: what each side says, neither told as the fact
            text = f"{self.claim} vs {self.evidence}"
        elif self.status == "missing":
            text = f"{self.claim} not stated"
        else:
            text = (
                self.claim
                if self.evidence in ("", self.claim)
                else (f"{self.claim} = {self.evidence}")
            )
        note = _NOTE_WORDS.get(self.note, self.note)
        return f"{text} ({note})" if note else text


# Notes the attribution rules match on, as a reader reads them ("Tuesday (in a nearby
# sentence)", never "Tuesday (around)").
_NOTE_WORDS = {
    "around": "in a nearby sentence",
    "peripheral": "a side detail",
    "main clause": "the main verb",
    "another predicate": "said with another verb",
    "another scope": "a figure of another group",
    "elsewhere": "stated elsewhere in the article",
}


def explain(details: tuple[Detail, ...]) -> str:
    """Why a verdict holds, in reader words: the conflicting details, else the matched ones."""
    picked = (
        [d for d in details if d.status == "conflicts"]
        or [d for d in details if d.status == "missing"]
        or [d for d in details if d.note]
    )
    return "; ".join(d.explanation for d in picked)


@dataclass(frozen=True, slots=True)
class Support:
    """Pipeline-internal evidence: ``[start, end)`` indexes the *cleaned* ``Article.text``.

    Never shown to a user as is: the API turns it into :class:`Evidence`, whose offsets
    index the text as given.
    """

    article_id: str
    start: int
    end: int
    score: float
    text: str = ""
    details: tuple[Detail, ...] = ()

    @property
    def explanation(self) -> str:
        return explain(self.details)


@dataclass(frozen=True, slots=True)
class CleanSpan:
    """Pipeline-internal: ``[start, end)`` in an article's cleaned text (renderers highlight it)."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one article that reports or contradicts a claim, as a user sees it.

    ``start``/``end`` index the article text as given (for HTML pages and URLs: the main
    text extracted from the page); ``text`` is the span as shown (wire conventions
    normalised; a window of adjacent sentences leaves out the debris lines the cleaner
    dropped between them, which its offsets span); ``source`` names the outlet
    (:func:`outlet_name`).
    """

    article_id: str
    source: str
    start: int
    end: int
    text: str
    score: float
    details: tuple[Detail, ...] = ()
    clean: CleanSpan | None = field(default=None, repr=False, compare=False)

    @property
    def explanation(self) -> str:
        return explain(self.details)


@dataclass(frozen=True, slots=True)
class DevelopmentPoint:
    """One reported value of a changing quantity; offsets as in :class:`Evidence`."""

    value: str
    article_id: str
    published: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Development:
    """A quantity that changes as the story unfolds.

    E.g. "dead: 100 (AP, Oct 30) -> 231 (NYT, Nov 2)": reported values in time order, not a
    contradiction between outlets.
    """

    quantity: str
    points: tuple[DevelopmentPoint, ...]


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One summary sentence; ``[start, end)`` indexes its article's text as given."""

    text: str
    article_id: str
    start: int
    end: int
    score: float
    supported_by: tuple[Evidence, ...] = ()
    contradicted_by: tuple[Evidence, ...] = ()
    clean: CleanSpan | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ClaimAttribution:
    """One claim checked against a story: the articles that report it and those against it.

    An empty ``supported_by`` is an unsupported claim. Offsets index the texts as given.
    """

    text: str
    supported_by: tuple[Evidence, ...] = ()
    contradicted_by: tuple[Evidence, ...] = ()

    @property
    def supported(self) -> bool:
        return bool(self.supported_by)

    @property
    def contradicted(self) -> bool:
        return bool(self.contradicted_by)

    def __repr__(self) -> str:
        """The claim on one line and who reports or contradicts it, not every span."""
        return (
            f"ClaimAttribution({_short(self.text)!r}, "
            f"supported_by={_ids(_evidence_ids(self.supported_by))}, "
            f"contradicted_by={_ids(_evidence_ids(self.contradicted_by))})"
        )


def _evidence_ids(evidence: tuple[Evidence, ...]) -> list[str]:
    """The articles behind some evidence, each once, in order."""
    return list(dict.fromkeys(e.article_id for e in evidence))


@dataclass(frozen=True, slots=True)
class Dropped:
    """An input that did not take part in selection, and why (never lost silently)."""

    article_id: str
    reason: str  # "empty" | "duplicate" | "skipped: ..." | language.OTHER_LANGUAGE_REASON
    duplicate_of: str | None = None
    # What a program tests instead of parsing ``reason``: UNSUPPORTED_SCRIPT for an article
    # newsbrief cannot read yet (which makes a command exit 1); not part of the JSON.
    kind: str = ""


UNSUPPORTED_SCRIPT = "unsupported-script"  # Dropped.kind: written in a script without spaces
# Dropped.kind of an "empty" article whose page held only notices about the site (a cookie
# consent or "enable JavaScript" wall): the text was never fetched, which the user is told.
SITE_WALL = "site-wall"


@dataclass(frozen=True, slots=True)
class Story:
    """One story: the articles about one event, as given or as clustered."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()  # human summaries, for evaluation
    where: str = field(default="", compare=False)

    def __repr__(self) -> str:
        """The id and the article ids, not the articles' texts."""
        refs = f", references={len(self.references)}" if self.references else ""
        ids = _ids([a.id for a in self.articles])
        return f"Story(id={self.id!r}, {len(self.articles)} articles {ids}{refs})"


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """Which summary sentences (0-based) one article reports and which it contradicts."""

    article_id: str
    source: str
    supports: tuple[int, ...]
    contradicts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SingleSource:
    """A summary sentence only one article reports."""

    sentence: int
    article_id: str
    source: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A fact the outlets state differently: who reports ``claim``, who says otherwise.

    Each ``conflicts`` item carries the :class:`Detail` that differs (``details``);
    ``sentence`` is the summary sentence it concerns, None for a fact from an article's lead.
    """

    claim: str
    reports: tuple[Evidence, ...]
    conflicts: tuple[Evidence, ...]
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A sentence of the story beyond the summary, with every outlet that reports it."""

    text: str
    sources: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote with its speaker, merged across the outlets that carry it."""

    speaker: str
    text: str
    sources: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class StoryAnalysis:
    """Who reported what across a story's outlets; ``quotes`` is None unless asked for."""

    coverage: tuple[SourceCoverage, ...] = ()
    single_source: tuple[SingleSource, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    shared_facts: tuple[Fact, ...] = ()
    single_source_facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] | None = None
    developments: tuple[Development, ...] = ()

    def __repr__(self) -> str:
        """How many records of each kind: a story's analysis holds dozens of spans."""
        counts = [
            f"{name}={len(getattr(self, name))}"
            for name in (
                "coverage",
                "single_source",
                "disagreements",
                "shared_facts",
                "single_source_facts",
                "developments",
            )
        ]
        quotes = "None" if self.quotes is None else str(len(self.quotes))
        return f"StoryAnalysis({', '.join(counts)}, quotes={quotes})"


@dataclass(frozen=True, slots=True)
class Summary:
    story_id: str
    sentences: tuple[SummarySentence, ...]
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...] = ()
    method: str = ""
    words: int | None = None
    analysis: StoryAnalysis | None = None  # None when summarized with analysis=False

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sentences)

    @property
    def n_words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    def __repr__(self) -> str:
        """Counts, ids and the summary's opening on one line: the articles' texts, which
        the default repr printed in full, stay out."""
        parts = [
            f"story_id={self.story_id!r}",
            f"{len(self.sentences)} sentences",
            f"{self.n_words} words",
        ]
        if self.method:
            parts.append(f"method={self.method!r}")
        parts.append(f"articles={_ids([a.id for a in self.articles])}")
        if self.dropped:
            parts.append(f"dropped={_ids([d.article_id for d in self.dropped])}")
        parts.append(f"analysis={self.analysis!r}")
        parts.append(f"text={_short(self.text)!r}")
        return f"Summary({', '.join(parts)})"
