"""The service's view of the story store (``newsbrief.stories.store``), with summaries cached.

The store assigns articles to stories and keeps them; this module only opens it, turns
its stories into JSON and pages, and remembers each story's summary until the story
changes, so a page view does not re-summarize an unchanged story.

The story list's summaries (``GET /v1/stories?summaries=true``, the front page's
headlines) are the selection alone (:data:`LISTED`): the cross-source analysis only
annotates the sentences chosen before it runs, and costs about 95% of a story page's
summary. They are made in the background as soon as stories change (after a post, and
for the first page of the list when the server starts), one story at a time, so the
first list after a post usually finds them made.
"""

from __future__ import annotations

import builtins
import logging
import queue
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import NewsbriefError
from .app import StoreUnavailable
from .core import Summarized, SummaryRequest, summarize_json
from .settings import Settings

log = logging.getLogger("newsbrief.service")

# What a story list shows of a summary (its text and title): the selection without the
# cross-source analysis, which runs after the sentences are chosen and changes none of
# them (``newsbrief.summarize``), at about a twentieth of the cost.
LISTED = SummaryRequest(analysis=False)
# Stories whose listed summaries are made when the server starts: the list's first page.
WARM_ON_START = 50
# ``newsbrief digest``'s defaults, also ``GET /v1/digest``'s: the digest made in advance.
DIGEST_DEFAULTS = {"min_sources": 2, "limit": 50, "words": 100}
# Seconds without a post before the background makes the next summary: summarizing holds
# the GIL, so during a burst of posts it waits rather than slow every post down.
QUIET = 0.5


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
        # each story's headline (the digest's), and the furniture it was made with
        self._headlines: OrderedDict[tuple[str, ...], str] = OrderedDict()
        self._furniture_for: tuple[Any, frozenset[str]] | None = None
        # summaries being made now, so a request asking for one waits for it instead of
        # making it a second time
        self._making: dict[tuple[str, ...], threading.Event] = {}
        self._queue: queue.Queue[tuple[str, ...] | None] = queue.Queue()
        self._digest_due = False  # the default digest's entries to make after the queue
        self._idle = threading.Event()  # set while nothing is left to make in the background
        self._idle.set()
        self._pending = 0  # background tasks queued or running
        # one digest entry made at a time per story: a request and the background never
        # make the same one twice (the second reads it from the store's cache)
        self._digesting: dict[str, threading.Lock] = {}
        self._worker: threading.Thread | None = None
        self._turns: threading.BoundedSemaphore | None = None
        self._closing = False
        self._last_post = 0.0  # time.monotonic() of the last warm() call

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

    def close(self, wait: float = 30.0) -> None:
        """Stop making summaries and close the store; a summary in progress is waited for
        at most ``wait`` seconds (the thread is a daemon: a stop never hangs on it)."""
        self._closing = True
        until = time.monotonic() + wait
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout=wait)
        # an abandoned write (a request dropped at the stop) may hold the store: what is
        # left of the same ``wait``, then the store is left to the process's exit
        if self.store is not None and not self.store.close(wait=until - time.monotonic()):
            log.info("story store left open: work in progress past the stop's grace")
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
        """What ``/healthz`` says of the store: None when none is open, "temporary", or
        the store file's name. Never its directory: the answer needs no token, and a
        server on a public address would tell anyone its file system layout."""
        if self.store is None or self.path is None:
            return None
        return "temporary" if self.temporary else Path(self.path).name

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
        while True:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return hit
                making = self._making.get(key)
                if making is None:
                    self._making[key] = threading.Event()
                    break
            making.wait()  # made by another thread: read it from the cache (or make it)
        try:
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
        finally:
            with self._lock:
                self._making.pop(key).set()

    # -- made in the background ------------------------------------------------------

    def warm(self, story_ids: Iterable[str], turns: threading.BoundedSemaphore) -> None:
        """Make the listed summaries of these stories in a background thread, then the
        entries of the default digest (``GET /v1/digest``) not yet in the store's
        cache; each story takes one of the server's ``turns`` (its CPU job slots)
        while it is summarized, so requests still get their turn between two."""
        ids = tuple(dict.fromkeys(str(s) for s in story_ids))
        if not ids or self.store is None:
            return
        with self._lock:
            self._last_post = time.monotonic()
            self._digest_due = True
            self._turns = turns
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._warm_loop, name="newsbrief-summaries", daemon=True
                )
                self._worker.start()
            self._begin()
            self._queue.put(ids)

    def _begin(self) -> None:  # with self._lock held
        self._pending += 1
        self._idle.clear()

    def _end(self) -> None:
        with self._lock:
            self._pending -= 1
            if not self._pending:
                self._idle.set()

    def settled(self, timeout: float | None = None) -> bool:
        """Wait until nothing is left to make in the background (True), or ``timeout``
        seconds (False): for a benchmark or test that needs the work done."""
        return self._idle.wait(timeout)

    def warm_first_page(self, turns: threading.BoundedSemaphore) -> None:
        """After a start: the first page of the list, as ranked (in the background)."""
        if self.store is None:
            return

        def first_page() -> None:
            try:
                self.warm(self._ranking(self.store, None)[:WARM_ON_START], turns)
            except Exception:  # a store it cannot read is reported by the requests
                log.debug("no summaries made on start", exc_info=True)
            finally:
                self._end()

        with self._lock:
            self._begin()
        threading.Thread(target=first_page, name="newsbrief-rank", daemon=True).start()

    def _warm_loop(self) -> None:
        while True:
            ids = self._queue.get()
            if ids is None:
                return
            for sid in ids:
                if self._closing:
                    return
                self._warm_one(sid)
            with self._lock:
                due = self._digest_due and self._queue.empty()
                self._digest_due = self._digest_due and not due
            if due:
                self._warm_digest()
            self._end()

    def _warm_digest(self) -> None:
        """The default digest's entries (``GET /v1/digest`` without options), one story
        at a time in a turn of its own, into the store's cache: a story already there
        costs a lookup."""
        try:
            chosen, _, furniture = self._digest_plan(None, DIGEST_DEFAULTS["min_sources"])
        except Exception:
            log.debug("no digest entries made", exc_info=True)
            return
        for story in chosen[: DIGEST_DEFAULTS["limit"]]:
            self._quiet()
            if self._closing or not self._queue.empty():
                return  # newer stories first: the next round makes the rest
            turns = self._turns
            if turns is not None:
                turns.acquire()
            try:
                self._digest_entry(story, DIGEST_DEFAULTS["words"], furniture, [])
            except Exception:
                if not self._closing:
                    log.warning("story %s: digest entry not made", story.id, exc_info=True)
            finally:
                if turns is not None:
                    turns.release()

    def _quiet(self) -> None:
        """Wait until :data:`QUIET` seconds have passed since the last post."""
        while not self._closing:
            wait = self._last_post + QUIET - time.monotonic()
            if wait <= 0:
                return
            time.sleep(wait)

    def _warm_one(self, sid: str) -> None:
        """One story's listed summary, in one of the server's turns."""
        self._quiet()
        turns = self._turns
        if turns is not None:
            turns.acquire()
        try:
            story = self.store.story(sid) if self.store is not None else None
            if story is not None:
                self.summary(story, LISTED)
                self.headline(story)
        except NewsbriefError:
            pass  # a story that cannot be summarized is listed by its text
        except Exception:
            if not self._closing:
                log.warning("story %s: summary not made in the background", sid, exc_info=True)
        finally:
            if turns is not None:
                turns.release()

    def digest(
        self, *, since: str | None, min_sources: int, limit: int, words: int
    ) -> dict[str, Any]:
        """The store's digest: what ``newsbrief digest --db STORE --format json
        --on-error skip`` prints for the same options, made by the same calls
        (``newsbrief.stories.digest``) in the same order, sharing its cache of each
        story's entry in the store (either one makes an entry the other then reads).

        Unlike the CLI, a story whose summary fails never fails the request: it is
        listed under ``skipped``. The notes on what was not shown name the query
        parameters (``min_sources=1``), not the CLI's flags.
        """
        import json

        from ..stories.digest import n_outlets, not_shown, render_digest, why_none_shown

        eligible, candidates, furniture = self._digest_plan(since, min_sources)
        hidden = not_shown(candidates, eligible, min_sources=min_sources, limit=limit)
        failed: list[Any] = []
        items: list[Any] = []
        for story in eligible[:limit]:
            item = self._digest_entry(story, words, furniture, failed)
            if item is not None:  # ranked 1, 2, ... as digest() ranks what it kept
                items.append(replace(item, rank=len(items) + 1))
        why = ""
        if not items and not failed:  # said as `newsbrief digest --db` says it
            most = max((n_outlets(s) for s in candidates), default=0)
            n_stories = self._need().count()[0]
            why, _ = why_none_shown(
                n_stories, most, min_sources=min_sources, since=since, undated=hidden.undated
            )
        out: dict[str, Any] = json.loads(
            render_digest(items, "json", failed=failed, hidden=hidden, why_empty=why)
        )
        if "not_shown" in out:
            out["not_shown"]["notes"] = [_as_query(x) for x in out["not_shown"]["notes"]]
        if "why_empty" in out:
            out["why_empty"] = _as_query(out["why_empty"])
        return out

    def _digest_entry(
        self, story: Any, words: int, furniture: frozenset[str], failed: builtins.list[Any]
    ) -> Any | None:
        """One story's digest entry (``stories.digest.digest`` of that story alone: the
        same entry and cache key as in a digest of many), or None when its summary
        failed (then in ``failed``)."""
        from ..stories.digest import digest

        with self._lock:
            lock = self._digesting.setdefault(str(story.id), threading.Lock())
        with lock:
            items = digest(
                [story],
                fmt="json",
                words=words,
                store=self._need(),
                furniture=furniture,
                on_error="skip",
                failed=failed,
            )
        return items[0] if items else None

    def _digest_plan(
        self, since: str | None, min_sources: int
    ) -> tuple[Sequence[Any], Sequence[Any], frozenset[str]]:
        """The stories a digest shows, ranked (before its limit), those it chose them
        from, and the furniture seen across all of those, as ``digest --db`` finds them."""
        from ..stories.digest import digest_furniture, select

        store = self._need()
        n, _ = store.count()
        candidates = store.stories(limit=max(n, 1), since=since)
        eligible = select(candidates, min_sources=min_sources)
        # furniture is seen across every story at hand, not only those shown
        return eligible, candidates, digest_furniture(candidates)

    def headline(self, story: Any) -> str:
        """A line to name the story by: the digest's headline of it, else a stored
        title, else its first words.

        The digest's headline, made by the digest's own calls
        (:func:`newsbrief.stories.digest.entry_headline`: its summary of the default
        ``words``, news first, the store's furniture), so the story page, the story
        list, the JSON and ``/digest`` name a story alike. Why the digest's: a story told
        over several days is headed by where it stands now ("death toll rises to 17");
        its first article's own title ("Floods kill 14") would tell the list's reader a
        superseded toll while ``/digest`` tells the new one. Until s34 the headline rule
        ran on the page's own summary (``newsbrief summarize``'s, not news first), and 10
        of 29 DUC stories were named otherwise than in ``/digest`` (a sentence cut "…"
        that ``/digest`` shows whole; "Abdullah Ocalan, leader of ..., has been detained
        ..." for "Abdullah Ocalan has been detained in Rome"). Made without the
        cross-source analysis (see :data:`LISTED`), cached until the story changes.
        """
        try:
            made = self._headline(story)
        except NewsbriefError:
            # A story that cannot be summarized (no article text) must not take the
            # whole story list down with it: list it by what text it has.
            made = ""
        if made:
            return made
        title = story_title(story)
        if title:
            return title
        words = _first_text(story).split()
        if not words:
            return f"story {story.id} (no article text)"
        return " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")

    def _headline(self, story: Any) -> str:
        from functools import partial

        from .. import api
        from ..stories.digest import entry_headline

        furniture = self._furniture()
        key = (
            "headline",
            str(story.id),
            str(getattr(story, "changed", "")),
            str(getattr(story, "updated", "")),
            repr(sorted(furniture)),
            *(str(a.id) for a in story.articles),
        )
        with self._lock:
            hit = self._headlines.get(key)
        if hit is not None:
            return hit
        summarize = partial(api.summarize, analysis=False)
        made = entry_headline(story, DIGEST_DEFAULTS["words"], furniture, summarize)
        with self._lock:
            self._headlines[key] = made
            while len(self._headlines) > self.cache_size:
                self._headlines.popitem(last=False)
        return made

    def _furniture(self) -> frozenset[str]:
        """The page furniture the digest sees across every story in the store
        (``digest_furniture``), kept until the store grows."""
        from ..stories.digest import digest_furniture

        store = self._need()
        counts = store.count()
        with self._lock:
            if self._furniture_for is not None and self._furniture_for[0] == counts:
                return self._furniture_for[1]
        found = digest_furniture(store.stories(limit=max(counts[0], 1), since=None))
        with self._lock:
            self._furniture_for = (counts, found)
        return found


HEADLINE_WORDS = 12


def _as_query(note: str) -> str:
    """A digest note's option in the service's words: ``--limit 13`` as ``limit=13``."""
    import re

    note = re.sub(
        r"--(min-sources|limit) (\d+)", lambda m: f"{m[1].replace('-', '_')}={m[2]}", note
    )
    return note.replace("--since", "since")


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


# A document's fields in a story item, null when absent (``schemas.StoryDocument``).
DOCUMENT_FIELDS = ("id", "title", "source", "outlet", "url", "published")


def story_document(article: Any) -> dict[str, Any]:
    """A story's document as ``GET /v1/stories`` and ``/v1/stories/{id}`` list it: its
    metadata, not its text, every documented field present (null when absent) in both,
    so a client reads one shape (``author`` only when known, as the list gives it).
    ``source`` is the outlet as posted (null when none was); ``outlet`` the name every
    output gives it and ``n_sources`` counts (``model.outlet_name``: the source, else the
    URL's host, else an LDC id's wire code), null only when that is the bare id: a
    story of wire articles posted without a source said ``"source": null`` while its
    ``n_sources`` and the digest named APW."""
    from ..model import outlet_name

    doc = {k: v for k, v in article_doc(article).items() if k != "text"}
    name = outlet_name(article)
    doc["outlet"] = None if name == str(article.id) else name
    return {**{k: doc.pop(k, None) for k in DOCUMENT_FIELDS}, **doc}


def story_item(story: Any) -> dict[str, Any]:
    """A story in ``GET /v1/stories``: its documents' metadata, not their text."""
    from ..stories.digest import zoned
    from ..stories.store import outlet

    documents = [story_document(a) for a in story.articles]
    updated = getattr(story, "updated", None)
    return {
        "id": str(story.id),
        "title": story_title(story),
        "documents": documents,
        "n_sources": int(
            getattr(story, "n_sources", 0) or len({outlet(a) for a in story.articles})
        ),
        # the store's times are UTC: said, as the articles' ``published`` say theirs
        "updated": None if updated is None else zoned(str(updated)),
    }
