"""Articles as clustering sees them: the text as given (kept for output) and cleaned text.

Why a separate record: a story written out must carry each article's text as it came in
(so ``newsbrief batch`` reads it again as the user gave it), while features come from the
cleaned text (debris lines and wire markup removed). One exception, so that every later
reader sees what ``newsbrief summarize`` sees: the headline line that cleaning finds at the
top of a plain-text article moves from its text into its ``title`` (see :func:`make_doc`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..clean import clean_text
from ..errors import InputError
from ..model import Article, Story
from ..text import NO_TEXT, has_sentence


@dataclass(frozen=True, slots=True)
class Doc:
    article: Article  # the text as given, with metadata
    clean: str
    title: str | None
    where: str = ""  # where it was read (FILE:LINE document ID, URL), for reports

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def day(self) -> float | None:
        return day_number(self.article.published)


@dataclass(frozen=True, slots=True)
class SkippedArticle:
    """An article left out of every story, and why: reported to the caller, never lost.

    Why left out: an article with no text after cleaning would be a story of its own that
    no summary can be made of (and, in a store, one that stays there for good).
    """

    article_id: str
    where: str  # "FILE:LINE document ID" as read, "article N" for a str or dict, else the id
    reason: str = NO_TEXT

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class Steps:
    """Work done out of a total, told to ``progress(done, total)`` as it advances: how a
    long clustering run feeds a progress bar. Units are arbitrary (articles times the
    stages they pass through); only ``done / total`` means something."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int) -> None:
        self.progress = progress
        self.total = max(0, total)
        self.done = 0

    def __call__(self, units: int = 1) -> None:
        self.done += units
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def grow(self, units: int) -> None:
        """More work than announced (a stage that has to run again)."""
        self.total += units

    def finish(self) -> None:
        if self.done < self.total:
            self(self.total - self.done)


class ClusterResult(list[Story]):
    """What :func:`newsbrief.cluster` returns: the stories (a plain list of them, as
    always) and ``skipped``, the articles left out of every story (no text after
    cleaning), so the caller can report them where they came from."""

    def __init__(self, stories: Iterable[Story] = (), skipped: Iterable[SkippedArticle] = ()):
        super().__init__(stories)
        self.skipped: tuple[SkippedArticle, ...] = tuple(skipped)


class AddResult(list[tuple[str, str]]):
    """What :meth:`StoryStore.add` returns: ``(article_id, story_id)`` for each article
    stored (or already stored), in input order, ``skipped``, the articles not stored
    because cleaning left them no text, and ``changed``, the ids already stored with
    another text (the stored text is kept: re-adding changes nothing, but a caller says so)."""

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]] = (),
        skipped: Iterable[SkippedArticle] = (),
        changed: Iterable[str] = (),
    ):
        super().__init__(pairs)
        self.skipped: tuple[SkippedArticle, ...] = tuple(skipped)
        self.changed: tuple[str, ...] = tuple(changed)


def split_empty(docs: Sequence[Doc]) -> tuple[list[Doc], list[SkippedArticle]]:
    """The docs with text, and the ones cleaning left empty or in a script without spaces
    between words (from the cleaning done once in :func:`make_doc`, so that nobody cleans
    an article again just to test it)."""
    kept: list[Doc] = []
    empty: list[SkippedArticle] = []
    from ..clean import is_site_wall
    from ..segment import unsupported_script_reason
    from ..text import WALL_TEXT, unspaced_script

    for d in docs:
        script = unspaced_script(d.clean)
        if script is not None:  # no words to cluster on: named, as an empty one is
            empty.append(SkippedArticle(d.id, d.where or d.id, unsupported_script_reason(script)))
        elif has_sentence(d.clean):
            kept.append(d)
        else:  # nothing left, or no sentence: a menu or labels ("Home | News | Sports")
            # a page of cookie-consent or "enable JavaScript" notices says what it was
            wall = not d.article.cleaned and is_site_wall(d.article.text)
            empty.append(SkippedArticle(d.id, d.where or d.id, WALL_TEXT if wall else NO_TEXT))
    return kept, empty


def day_number(published: str | None) -> float | None:
    """Days since year 1 (fractional), or None: the engine's clock."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            return float(_dt.date.fromisoformat(text).toordinal())
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return moment.toordinal() + (moment - midnight).total_seconds() / 86400.0


def _readable_date(published: Any, where: str, doc_id: str) -> str | None:
    """``published`` as a date :func:`day_number` reads: an ISO one as given, any other
    date the dates module reads (an RSS feed's RFC 822 "Mon, 30 Nov 2026 10:00:00 GMT",
    a pasted "Nov. 30, 2026") as ISO 8601, none given: the date an LDC id encodes.

    Why here: every way into clustering and the story store (CLI, API, service) passes
    through :func:`to_docs`, and the engine and store read only ISO dates, so a feed's
    dated article was stored undated (never went quiet by time, ranked by no recency).
    An unreadable date is dropped with a warning naming the article, which is kept.
    """
    from ..ingest.dates import date_from_ldc_id, normalize_date

    if published is None or not str(published).strip():
        return date_from_ldc_id(doc_id)
    text = str(published)
    if day_number(text) is not None:
        return text  # ISO already: kept as the user wrote it (offset and all)
    named = where if doc_id in where else (f"{where} (id {doc_id})" if where else doc_id)
    return normalize_date(text, named, doc_id)


def _from_item(item: Any, index: int) -> tuple[Article, bool, bool, str, str]:
    """(article as given, detect a title line?, already cleaned?, markup, where)."""
    if isinstance(item, str):
        from ..ingest import with_front_matter

        where = f"article {index + 1}"
        item = Article(id=f"doc{index + 1}", text=item, where=where, title_line=True)
        # a string opening on front matter: its title and date, as summarize reads them
        item = with_front_matter(item)
    if isinstance(item, Mapping):
        from ..ingest import _doc_from_json

        item = _doc_from_json(dict(item), f"article {index + 1}", index)
    if not hasattr(item, "text") or not hasattr(item, "id"):
        raise InputError(
            f"cannot use a {type(item).__name__} as an article",
            where=f"article {index + 1}",
            hint="pass Article, str or a dict with 'text'",
        )
    # Ingest records (old RawDocument or new uncleaned Article) vs cleaned Articles.
    cleaned = bool(getattr(item, "cleaned", isinstance(item, Article)))
    title_line = bool(
        getattr(item, "title_line", getattr(item, "has_title_line", False))
        and not getattr(item, "extracted", False)
    )
    markup = str(getattr(item, "markup", "text"))
    where = str(getattr(item, "where", "") or "")
    published = _readable_date(getattr(item, "published", None), where, str(item.id))
    # Everything the reader of the input knew travels on: where it was read, whether its
    # first line may be a headline, its markup (and a cleaned article's offset map).
    if isinstance(item, Article):
        art = replace(item, published=published, position=index, title_line=title_line)
    else:
        art = Article(
            id=str(item.id),
            text=str(item.text),
            title=getattr(item, "title", None),
            source=getattr(item, "source", None),
            url=getattr(item, "url", None),
            published=published,
            author=getattr(item, "author", None),
            position=index,
            where=where,
            title_line=title_line,
            markup=markup,
            cleaned=cleaned,
        )
    return art, title_line, cleaned, markup, where


def to_docs(
    items: Iterable[Any],
    *,
    unique: bool = True,
    bad: list[SkippedArticle] | None = None,
    step: Callable[[int], None] | None = None,
) -> list[Doc]:
    """Normalise articles (str, dict, Article, ingest records); ids must be unique.

    With ``bad`` (a list to fill), an unusable item is recorded there, named by where it
    came from, and the rest are still read (``on_error="skip"``); without it, the first
    one raises. ``step(1)`` is called as each item is taken (cleaning is a progress bar's
    first stage)."""
    if isinstance(items, (str, bytes)):
        raise InputError(
            "expected a list of articles, got a single string", hint="pass [text] for one article"
        )
    out: list[Doc] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if step is not None:
            step(1)
        try:
            art, title_line, cleaned, markup, where = _from_item(item, i)
            if unique and art.id in seen:
                raise InputError(
                    f"article id {art.id!r} is used twice",
                    where=where or art.id,
                    hint="give each article its own id",
                )
        except InputError as exc:
            if bad is None:
                raise
            name = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
            where_bad = exc.where or f"article {i + 1}"
            bad.append(SkippedArticle(str(name or where_bad), where_bad, exc.message))
            continue
        seen.add(art.id)
        # a JSON document's text is kept as given (its offsets are the sender's), its
        # headline read from it again each time it is cleaned, as summarize reads it
        keep = isinstance(item, Mapping) or art.where.endswith(f" document {art.id}")
        out.append(
            make_doc(
                art,
                title_line=title_line,
                cleaned=cleaned,
                markup=markup,
                where=where,
                move_title=not keep,
            )
        )
    return out


def make_doc(
    art: Article,
    *,
    title_line: bool = False,
    cleaned: bool = False,
    markup: str = "text",
    where: str = "",
    move_title: bool = True,
) -> Doc:
    """An article and its cleaned text, cleaned once.

    A headline found on the first line of a plain-text article (as ``summarize`` finds
    it) moves from the article's text into its ``title``: the text keeps every other
    character as given. Why: a story's articles are written out (``cluster -o``, read
    back by ``batch``) and stored (``--db``) in the batch schema, which has a ``title`` but
    no "first line may be a headline" flag; with the headline as the title and the rest as
    the text, ``batch``, ``digest`` and the story store read the article exactly as
    ``summarize`` read the file (same title, same cleaned text). ``move_title=False``
    (a JSON document: its text is the sender's, and offsets index it) leaves the text
    whole: its first line is read as a headline again whenever it is cleaned (the batch
    schema's ``text`` has its first line read, since s28).
    """
    if cleaned:
        return Doc(art, art.text, art.title, where)
    detect = title_line and art.title is None
    result = clean_text(art.text, detect_title=detect, markdown=markup == "markdown")
    if detect and move_title and result.title and result.text:
        body = without_title_line(art.text, result.raw_map.to_raw(0), result.title)
        if body is not None:
            art = replace(art, text=body, title=result.title, title_line=False)
    return Doc(art, result.text, art.title or result.title, where)


_LINE = re.compile(r"[^\n\r]+")
_BLANK_LINES = re.compile(r"(?:[ \t]*(?:\r\n|\n|\r))*")
_WORD = re.compile(r"[^\W_]+")


def without_title_line(raw: str, body_start: int, title: str) -> str | None:
    """``raw`` without the line holding its detected headline ``title`` (and the blank
    lines after it), or None if no line before the body at ``body_start`` holds it.

    The headline is the first line before the body whose words are the title's in order
    (the title is that line with wire quotes normalised and markdown markup left out, so
    its words are all there); earlier lines were debris, kept as given.
    """
    want = _WORD.findall(title)
    if not want:
        return None
    for m in _LINE.finditer(raw, 0, body_start):
        words = iter(_WORD.findall(m.group()))
        if all(w in words for w in want):  # an ordered subsequence
            blank = _BLANK_LINES.match(raw, m.end())
            return raw[: m.start()] + raw[blank.end() if blank else m.end() :]
    return None


def stable_order(docs: Sequence[Doc]) -> list[int]:
    """Publication order (dated first, by time), ties by article id: the order news
    arrives, made independent of the order the caller listed the articles in."""
    return sorted(
        range(len(docs)),
        key=lambda i: (docs[i].day is None, docs[i].day or 0.0, docs[i].id),
    )
