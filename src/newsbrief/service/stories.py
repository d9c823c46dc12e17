"""The service's view of the story store (``newsbrief.stories.store``), with summaries cached.

The store assigns articles to stories and keeps them; this module only opens it, turns
its stories into JSON and pages, and remembers each story's summary until the story
changes, so a page view does not re-summarize an unchanged story.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import NewsbriefError
from ..model import outlet_name
from .app import StoreUnavailable
from .core import Summarized, SummaryRequest, summarize_json
from .settings import Settings


@dataclass
class Stories:
    store: Any | None  # newsbrief.stories.store.StoryStore
    path: str | None
    temporary: str | None  # folder to delete on close (no --db given)
    cache_size: int
    problem: str | None = None  # why there is no store

    def __post_init__(self) -> None:
        self._cache: OrderedDict[tuple[str, ...], Summarized] = OrderedDict()
        self._lock = threading.Lock()
        # the story list's order, and the (since, store counts) it was ranked for
        self._order: tuple[tuple[Any, ...], tuple[str, ...]] | None = None

    @classmethod
    def open(cls, settings: Settings) -> Stories:
        temporary = None
        path = settings.db
        if path is None:
            temporary = tempfile.mkdtemp(prefix="newsbrief-serve-")
            path = str(Path(temporary) / "stories.sqlite")
        try:
            from ..stories.store import StoryStore
        except ImportError as exc:
            if temporary:
                shutil.rmtree(temporary, ignore_errors=True)
            return cls(None, None, None, settings.summary_cache, f"story store missing: {exc}")
        return cls(StoryStore(path), path, temporary, settings.summary_cache)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)

    def _need(self) -> Any:
        if self.store is None:
            raise StoreUnavailable(
                "stories are not supported yet by this installation",
                hint=self.problem or "the story store is missing",
            )
        return self.store

    @property
    def label(self) -> str | None:
        if self.store is None:
            return None
        return "temporary" if self.temporary else self.path

    # -- writing ---------------------------------------------------------------------

    def add(self, docs: Sequence[Any]) -> Any:
        """The store's :class:`~newsbrief.stories.docs.AddResult`: each stored article's
        (id, story id), and ``skipped``, those with no text after cleaning (not stored).
        Adding an article id again changes nothing."""
        return self._need().add(list(docs))

    # -- reading ---------------------------------------------------------------------

    def list(self, *, limit: int, offset: int, since: str | None) -> list[Any]:
        """A page of stories in the digest's order: by recent coverage
        (:func:`newsbrief.stories.digest.select`), so the front page and ``GET
        /v1/stories`` lead with what ``newsbrief digest --db`` leads with.

        Ranking needs every story (the newest article anywhere sets the clock), so the
        order is kept until the store grows (its story and article counts change: adding
        an article already stored changes nothing); a page then reads only its stories.
        """
        store = self._need()
        order = self._ranking(store, since)
        found = (store.story(sid) for sid in order[offset : offset + limit])
        return [s for s in found if s is not None]

    def _ranking(self, store: Any, since: str | None) -> tuple[str, ...]:
        from ..stories.digest import select

        counts = store.count()
        key = (since, counts)
        with self._lock:
            if self._order is not None and self._order[0] == key:
                return self._order[1]
        everything = store.stories(limit=max(counts[0], 1), since=since)
        order = tuple(str(s.id) for s in select(everything, min_sources=1))
        with self._lock:
            self._order = (key, order)
        return order

    def get(self, story_id: str) -> Any | None:
        return self._need().story(story_id)

    def summary(self, story: Any, request: SummaryRequest | None = None) -> Summarized:
        """The story's analysed summary, cached until its articles change."""
        request = request or SummaryRequest()
        key = (
            str(story.id),
            str(getattr(story, "changed", "")),
            str(getattr(story, "updated", "")),
            repr(request),
            *(str(a.id) for a in story.articles),
        )
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        # The stored articles go to the API as they are (text as given, as the store
        # keeps it), exactly as `newsbrief digest --db` hands them over: one path, one
        # cleaning, the same summary as `newsbrief summarize` of the same documents.
        where = f"story {story.id} document"
        docs = [replace(a, where=a.where or f"{where} {a.id}") for a in story.articles]
        result = summarize_json(docs, request, str(story.id))
        with self._lock:
            self._cache[key] = result
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return result

    def headline(self, story: Any) -> str:
        """A line to list the story by: a stored title, else the title its summary carries.

        Articles posted as JSON rarely carry a title; the summary's heading (what
        ``summarize`` prints on top, its opening sentence shortened) says what happened,
        and the list, the story page and the JSON then name the story the same way.
        """
        title = story_title(story)
        if title:
            return title
        # The story page's summary without the cross-source analysis (which does not change
        # the selection): the same heading at a fraction of the cost, so a page of 20
        # untitled stories lists in seconds even when nothing is cached.
        quick = SummaryRequest(analysis=False)
        try:
            data = self.summary(story, quick).data
        except NewsbriefError:
            # A story that cannot be summarized (no article text) must not take the
            # whole story list down with it: list it by what text it has.
            data = {}
        if data.get("sentences") and data.get("title"):
            return str(data["title"])
        words = _first_text(story).split()
        if not words:
            return f"story {story.id} (no article text)"
        return " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")


HEADLINE_WORDS = 12


def _first_text(story: Any) -> str:
    return next((" ".join(a.text.split()) for a in story.articles if a.text.strip()), "")


def article_doc(article: Any) -> dict[str, Any]:
    """A stored article as a batch-schema document (the text as stored is the text given)."""
    out: dict[str, Any] = {"id": str(article.id), "text": article.text}
    for key in ("title", "source", "url", "published", "author"):
        value = getattr(article, key, None)
        if value is not None:
            out[key] = value
    return out


def story_title(story: Any) -> str | None:
    title = getattr(story, "title", None)
    if title:
        return str(title)
    return next((a.title for a in story.articles if getattr(a, "title", None)), None)


def story_item(story: Any) -> dict[str, Any]:
    """A story in ``GET /v1/stories``: its documents' metadata, not their text."""
    documents = [{k: v for k, v in article_doc(a).items() if k != "text"} for a in story.articles]
    updated = getattr(story, "updated", None)
    return {
        "id": str(story.id),
        "title": story_title(story),
        "documents": documents,
        "n_sources": int(
            getattr(story, "n_sources", 0) or len({outlet_name(a) for a in story.articles})
        ),
        "updated": None if updated is None else str(updated),
    }
