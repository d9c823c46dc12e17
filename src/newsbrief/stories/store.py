"""A persistent story store: articles arrive, join a story or start one, and stay there.

SQLite in WAL mode. Every :meth:`StoryStore.add` is one ``BEGIN IMMEDIATE`` transaction:
concurrent writers (threads of one process share a lock; other processes wait on SQLite's
busy timeout) run one after the other, and a writer killed part-way leaves the database
as it was before its transaction, so running the same update again ends with every
article in exactly one story. Before assigning, a writer reloads the active stories if
another writer changed the store since it last looked (a version counter in ``meta``).

Ids, merges and attaches: a story's id is fixed by the article that started it and
stories only grow: a stored article never leaves its story except with its whole story,
in one of two ways. A *merge* (two active stories that are each other's best match, see
engine.Engine.merge): the older story keeps its id. An *attach* (when a young store
re-scores, a one-article story whose article now fits a story of two or more joins it,
engine.Engine._attach; one-sided, so only for a story that is the article alone): the
story of two or more keeps its id, whichever is older. Either way the absorbed story's
articles move to the kept one and its id becomes an alias of the kept id (``merged``
table): :meth:`StoryStore.story` and :meth:`StoryStore.resolve` follow it, so a story id
once returned finds all its articles forever. Re-adding a stored article id changes
nothing and returns its story.

Joins: an article joins a story only if the story's articles also see it (at half the
threshold, JOIN_BACK_SHARE), since a join can never be undone; attaching asks the same
of the story's side (docs/stories.md, Store against batch). In an update of one dated
article, a join the story's articles see below the full threshold waits
(JOIN_WAIT_DAYS, _settle): the article is stored alone and joins later, by an attach,
unless its own story's articles joined it meanwhile; the waiting joins are kept in
``meta`` (docs/history/stories-rounds.md, s26 stG round).

Update size: an update is stored in parts cut at the article counts where a young store
re-scores (``_segments``), and a young store's backgrounds are shrunk toward the prior of
its own young frequencies (engine.young_prior), so that the stories a stream ends with
depend little on how it was cut into updates: one article a call, as a feed hands them
over, or a hundred (docs/stories.md, Chunk size).

Grouping: an update's new articles that join no live story are grouped among themselves
as a batch groups them (cluster.py's single pass and refinement passes), then each group
joins a live story whole, by the rule two stories merge by, or is stored as a new story
(StoryStore._group_new): no stored article moves, and an update of one article is stored
as before. A first import of BATCH_IMPORT_MIN articles or more (two) into an empty store
is grouped by cluster.assign_batch itself: the store starts with batch's stories
(docs/stories.md, A young store groups as batch does).

Bounds: stories with no article published (or, undated, stored) within ``quiet_after``
of the newest article are quiet and are no longer candidates (still stored and listed),
unless a new article reprints a long passage of one of their articles published within
PASSAGE_REVIVE_DAYS of the newest (PassageIndex): that story is a candidate again for
that update. Memory and time per article are proportional to the number of *active*
stories times their vocabulary, plus a fixed 4 MiB feature-frequency table, the vectors
of the NEIGHBOUR_ARTICLES most recent articles (the background sample and near
neighbours, kept as one matrix between calls: engine.RowWindow) and the passage runs of
the articles of the last PASSAGE_REVIVE_DAYS days (about 3.6 KB an article; a look-up
is one binary search per index level for each of a new article's runs), whatever the
size of the archive.

Its own files only: a store marks its SQLite file (``application_id``) and refuses,
untouched, any file that is neither marked, nor a store written before the mark, nor empty.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import json
import math
import os
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

from ..errors import InputError
from ..model import Article, outlet_name
from . import cluster as _cluster
from . import copies as _copies
from .cluster import (
    CHUNK,
    PASSAGE_MAX_DOCS,
    PASSAGE_MIN_RUNS,
    PASSAGE_STEMS,
    STEP_ASSIGN,
    STEP_BACKGROUND,
    STEP_CLEAN,
    STEP_FEATURES,
    assign_batch,
    check_threshold,
    passage_links,
    passage_runs,
    refine_labels,
    runs_of_rows,
    story_id,
)
from .docs import AddResult, Doc, Steps, day_number, make_doc, split_empty, to_docs
from .engine import (
    BACKGROUND_SAMPLE,
    DEFAULT_QUIET_DAYS,
    PRIOR_WEIGHT,
    TIME_SCALE_DAYS,
    Engine,
    RowWindow,
    SparseSum,
    StoryState,
    Vector,
    across_silence,
    background,
    background_and_gram,
    dots,
    matrix,
    rows,
    span_days,
    time_discount,
    young_prior,
)
from .features import RUN_STEMS, Counts, DocFreq, Parsed, line_runs, parse, term_counts

SCHEMA_VERSION = 2
# Work units per article of an update, for a progress bar (cluster.STEP_*).
STEPS_PER_ARTICLE = STEP_CLEAN + STEP_FEATURES + STEP_BACKGROUND + STEP_ASSIGN
# SQLite's application_id of a story store ("NBst"): how a store knows its own files.
APPLICATION_ID = 0x4E427374
# Updates whose document frequencies are logged before the full table is rewritten.
DF_LOG_ROWS = 64
# Recent articles whose similarities give a new article its background (engine.py).
BACKGROUND_ARTICLES = BACKGROUND_SAMPLE
# Recent articles among which a new article's near neighbours are counted
# (engine.background): more than the noise sample, so that a topic that keeps producing
# stories is seen as the crowded topic it is, as a batch sees it in its whole pile.
NEIGHBOUR_ARTICLES = 1000
# While the store is young (at most RESCORE_UNTIL_DOCS articles), every story is
# re-scored (StoryStore._rescore) each time the store has grown RESCORE_GROWTH times
# since the last re-scoring, the first time at RESCORE_MIN_DOCS articles. Growth 1.25
# beat 1.5 and 2 on incremental F1 over halves of DUC 2003 (docs/stories.md); past a
# few thousand articles document frequencies and backgrounds barely move.
RESCORE_GROWTH = 1.25
RESCORE_MIN_DOCS = 50
RESCORE_UNTIL_DOCS = 2000
# A first import of at least this many articles into an empty store is grouped by
# cluster.assign_batch on the import itself (the store's stories are batch's); a smaller
# one (a single article) by the store's single pass. Why any first import: the young
# store's statistics split one DUC topic's ten articles into day-by-day stories that
# batch keeps whole (over the 30 topics imported one at a time, 117 stories against
# batch's 86). It was RESCORE_MIN_DOCS (50) while batch's small piles joined a note to a
# story on one shared town name; since a small pile's similarities leave out the one
# feature a pair shares most (cluster.one_feature_out) they do not (docs/stories.md,
# Small piles; history: s28 stS round).
BATCH_IMPORT_MIN = 2
# Whether an update's new articles that join no live story are grouped as a batch groups
# them (StoryStore._group_new). False: stored one by one, as the single pass leaves them.
GROUP_NEW = True
# Whether copies of an article (the same text on another site) join its story as copies,
# kept out of the statistics (StoryStore._find_copies). False: stored as articles.
COPIES = True
# Whether an update applies batch's page rules (copies.py; history: s25 stC round): a new page
# most of whose runs a recent stored article or an earlier page of the update prints joins
# that page's story as a copy, and a new page printing the openings of many other stored
# or new articles (a section front) is a story of its own, out of the statistics.
PAGE_RULES = True
# An article joins a story only if the story's articles, on average, also score it at
# this share of the threshold (engine.Engine's back_share): a store cannot undo a join.
# Chosen on 6 of the 12 DUC 2003 halves (0 to 0.5 score the same there, 0.75 and 1 lower;
# the largest of the flat values); the other 6 are shown too, development data as well
# (the same articles' errors were read: docs/stories.md, Store against batch).
JOIN_BACK_SHARE = 0.5
# The span share of the time scale (engine.SPAN_SHARE) in a new article's join to a
# stored story; None: SPAN_SHARE, as merges, attaches, an update's groups and batch use
# it. 0: the fixed scale. Why: a join is the store's one-sided, lenient move (the story's
# side at JOIN_BACK_SHARE) and can never be undone; the span's promise that a long story
# runs on is a forecast, so it is used only where the store has more evidence: merges
# (both sides at the threshold), a young store's attaches (after re-scoring) and an
# update's groups (several articles). With the span in the joins too the store fell
# 0.029 below batch on DUC 2003 (first articles of a new story joining a long-running
# one on the same topic); without, 0.019 at worst (docs/stories.md, issue 12, s23 span
# round).
JOIN_SPAN_SHARE: float | None = 0.0
# An update of one dated article: a join its story's articles see below the full
# threshold (but at JOIN_BACK_SHARE) waits. The article is stored as a story of its own,
# and once an article published this many days after it has been stored, it joins the
# story it then fits (the join rule, Engine._attach), unless articles joined it meanwhile
# (its own story came). None: off. Why: fed one article a call, the first article of a
# new story is scored before any other article of its story exists, so its background
# lacks them (a batch's holds them all) and it joins an older story on the same topic
# (DUC 2003: Typhoon Babs into the Philippine Airlines strike, a dissident's arrest into
# the Asian Games), its own story's later articles following it in. An update of
# several articles is grouped as a batch groups them (GROUP_NEW) instead
# (docs/stories.md, The store).
JOIN_WAIT_DAYS: float | None = 2.0
# With batch's cut at the longest silence on (cluster.SILENCE_SPLIT and SILENCE_HOLD,
# _silence), a weak join (as above: the story's articles see the article below the full
# threshold) in an update of SEVERAL dated articles waits too, as one of one article does,
# when it crosses a silence of at least this many days since the story's last article.
# None: off. Why: the first article of a new story on a familiar subject, more than a
# week after the old story's last article, is filed with it at once when the update holds
# several articles, and its own story's later articles follow it in; a batch's
# refinement moves it back (DUC 2003: the Turkish government's fall, first reported 11
# days after the last article on Ocalan's arrest in Rome, 5 and 10 articles a call; the
# Gaza airport's opening 11 and 17 days after the Jerusalem car bomb, 100 a call; the
# constant acts only with the cut on, so the default store is unchanged). Weak joins a
# few days after the story's last article are most often the story's own later angles:
# made waiting, they paired with a neighbouring topic (every weak join of an update of
# several articles waiting: updates of 25 / 50 fell 0.918 / 0.933 -> 0.903 / 0.911).
# Chosen on DUC halves 0-5 with the cut on (3 / 5 / 7 / 10 days: 10 the best there, as
# good as off; 3 and 5 lose up to 0.003, 7 0.001 at 100 a call), reported on halves
# 6-11 (updates of 5 / 10 / 50: 0.932 / 0.934 / 0.938 -> 0.937 / 0.939 / 0.943; the
# rest unchanged) and all 30 stories (docs/history/stories-rounds.md, s34 stJ round).
JOIN_WAIT_SILENCE_DAYS: float | None = 10.0
# Shared passages (cluster.shared_passages, the batch's run definition and constants): a
# new article that shares a long passage with a stored article published within
# PASSAGE_REVIVE_DAYS of the newest is scored against that article's story without the
# time discount, and the story, if quiet, is a candidate again for that update
# (PassageIndex). False: off.
PASSAGES = True
# How long a stored article's passages stay indexed (days before the newest article):
# how long a follow-up that reprints an earlier report as its background (a trial
# months after the arrest, the victims found after the kidnapping) is still the same
# news story: a season. The bound on the index's memory (docs/stories.md, The store).
PASSAGE_REVIVE_DAYS = 90.0
# A run the index holds more often than this (evicted entries included) is common
# furniture, not a passage (it counts only if 2 to PASSAGE_MAX_DOCS articles hold it):
# it is not read, so a look-up costs at most this many entries a run.
HOLDERS_READ = 64


# With batch's cut at the longest silence on (cluster.SILENCE_SPLIT), the store holds
# back the merges that cut would undo (_silence). False: it merges as with the cut off.
# Measured with the cut on (docs/history/stories-rounds.md, s34 stC round): DUC 2003 all 30 dated,
# updates of 1 / 5 / 10 / 25 / 50 / 100 articles, 0.922 / 0.914 / 0.914 / 0.899 / 0.914
# / 0.908 -> 0.941 / 0.914 / 0.914 / 0.918 / 0.933 / 0.908 (batch 0.939); the halves
# 0.946 / 0.942 / 0.941 / 0.950 / 0.945 / 0.950 -> 0.946 / 0.941 / 0.940 / 0.948 /
# 0.942 / 0.950 (batch 0.957). Not enough to turn the cut on (updates of 5, 10 and 100).
SILENCE_HOLD = True


def _silence() -> int | None:
    """The chapter minimum when batch cuts a story at its longest silence
    (cluster.SILENCE_SPLIT) and SILENCE_HOLD is on, else None. With it, the store does
    not yet merge two stories of that many articles apart by a silence longer than
    either has run while the later is the smaller (engine.across_silence): a merge can
    never be undone, and batch's cut would undo it if the later chapter, grown, did not
    merge."""
    return _cluster.SILENCE_CHAPTER_MIN if _cluster.SILENCE_SPLIT and SILENCE_HOLD else None


def _rescore_due(done: int) -> int:
    """The article count at which a store last re-scored at ``done`` (0: never) is due
    to re-score again."""
    return int(np.ceil(RESCORE_GROWTH * max(done, RESCORE_MIN_DOCS / RESCORE_GROWTH) - 1e-9))


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS df_log (version INTEGER PRIMARY KEY, features BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, key INTEGER UNIQUE NOT NULL,
    first_day REAL, last_day REAL, size INTEGER NOT NULL,
    n_sources INTEGER NOT NULL, sources TEXT NOT NULL,
    first_seen TEXT, updated TEXT, changed INTEGER NOT NULL, centroid BLOB NOT NULL,
    wsum BLOB NOT NULL, osum REAL NOT NULL);
CREATE TABLE IF NOT EXISTS merged (old TEXT PRIMARY KEY, new TEXT NOT NULL, version INTEGER);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_day);
CREATE INDEX IF NOT EXISTS stories_rank ON stories(n_sources, size, updated);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id), seq INTEGER NOT NULL,
    text TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published TEXT, author TEXT,
    day REAL, added TEXT NOT NULL, vec BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id, seq);
CREATE TABLE IF NOT EXISTS line_df (key INTEGER PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS article_runs (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, day REAL NOT NULL, runs BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS article_runs_day ON article_runs(day);
CREATE TABLE IF NOT EXISTS summaries (
    story_id TEXT NOT NULL, content TEXT NOT NULL, payload BLOB NOT NULL,
    PRIMARY KEY (story_id, content));
"""


@dataclass(frozen=True, slots=True)
class StoredStory:
    """A story as stored: its articles (text as given), outlets and time span."""

    id: str
    articles: tuple[Article, ...]
    n_sources: int
    sources: tuple[str, ...]
    first_seen: str | None
    updated: str | None
    changed: int  # the store version that last grew this story

    @property
    def size(self) -> int:
        return len(self.articles)


def outlet(art: Article) -> str:
    """The outlet key a story's coverage is counted by: the name every output uses
    (:func:`newsbrief.model.outlet_name`), case-folded; an article whose outlet is unknown
    counts as its own (``article:ID``), never as one outlet shared with others: a summary
    names each such article by its id, and a digest counts the names a summary shows."""
    name = outlet_name(art)
    if not art.source and not art.url and name == art.id:
        return "article:" + art.id
    return name.lower()


def _pack(total: SparseSum) -> bytes:
    return _pack_vec(total.arrays())


def _unpack(blob: bytes) -> SparseSum:
    return SparseSum(*_unpack_vec(blob))


def _pack_vec(vec: Vector) -> bytes:
    # zlib level 0 (stored): hashed indices and float weights barely compress (12% at
    # level 1) and level 1 cost 0.17 ms a vector, a quarter of the store's time per
    # article; the zlib framing keeps blobs of stores written at level 1 readable.
    raw = vec[0].astype(np.int32).tobytes() + vec[1].astype(np.float32).tobytes()
    return zlib.compress(raw, 0)


def _unpack_vec(blob: bytes) -> Vector:
    raw = zlib.decompress(blob)
    n = len(raw) // 8
    idx = np.frombuffer(raw[: 4 * n], dtype=np.int32).astype(np.int64)
    return idx, np.frombuffer(raw[4 * n :], dtype=np.float32).astype(np.float64)


def _iso_day(day: float | None) -> str | None:
    """A day number (:func:`day_number`) as ISO date and time, to the nearest second.

    Why rounded, not cut: a day number is a float, so 10:00:00 comes back as
    09:59:59.99999 and cutting the fraction showed an article published at 10:00:00 as
    updated at 09:59:59."""
    if day is None:
        return None
    whole = math.floor(day)
    seconds = round((day - whole) * 86400.0)
    base = _dt.datetime.fromordinal(int(whole))
    return (base + _dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def published_span(articles: Iterable[Article]) -> tuple[str | None, str | None]:
    """The first and last days its articles carry (``published``), as the store writes
    days; (None, None) when none carries one. What a reader is shown as a story's dates:
    an undated article is stored at the stream's clock (``StoryStore._days``), a guess
    that serves the store's own rules (quiet stories) but is no date the article gave,
    so it never dates a story for a reader (a digest showed a 2017 story as 1998-12-18,
    the newest date of the 1998 articles stored with it)."""
    dated = [
        (d, _shown_date(a.published, d))
        for a in articles
        if (d := day_number(a.published)) is not None
    ]
    if not dated:
        return None, None
    # ordered by the moment; at one moment a time of day before a bare day (more said)
    first = min(dated, key=lambda x: (x[0], len(x[1]) <= _DAY_ONLY))
    last = max(dated, key=lambda x: (x[0], len(x[1]) > _DAY_ONLY))
    return first[1], last[1]


_DAY_ONLY = len("1998-11-18")


def _shown_date(published: str | None, day: float) -> str:
    """A date as a reader is shown it: a day alone as the day (``1998-11-18``), a time
    of day in UTC to the second. Why: a day number cannot tell "the 18th" from "the
    18th at midnight", and a story of LDC articles (dated by day) read "updated
    1998-11-18 00:00 UTC", a time no article gave."""
    given = (published or "").strip()
    if len(given) == _DAY_ONLY:
        return given
    return _iso_day(day) or given


class PassageIndex:
    """The passage runs (cluster.passage_runs) of the stored articles published within
    ``days`` of the newest: which of them a new article shares a long passage with
    (cluster.passage_links), without reading the archive.

    Sorted arrays of (run hash, article seq) in levels of decreasing size (a new level
    per update, merged with the one before while that is at most twice its size), so
    adding costs about log(levels) copies of each run and a look-up one binary search
    per level for each of the new article's runs. An article published more than
    ``days`` before the newest is evicted: marked, then left out of the arrays once
    evicted entries are half of them (one pass, amortised over the evictions). Memory:
    16 bytes per distinct run (about one per content word) of the articles of the last
    ``days`` days, at most twice that before a compaction (docs/stories.md, The store)."""

    def __init__(self, days: float) -> None:
        self.days = days
        self._levels: list[tuple[np.ndarray, np.ndarray]] = []
        self._story: dict[int, int] = {}  # seq -> story key
        self._members: dict[int, set[int]] = {}  # story key -> seqs indexed
        self._runs: dict[int, int] = {}  # seq -> entries it holds
        self._by_day: list[tuple[float, int]] = []  # heap of (day, seq): the next to evict
        self._dead: set[int] = set()  # evicted seqs still in the arrays
        self._dead_arr = np.zeros(0, dtype=np.int64)
        self._dead_runs = 0
        self._size = 0  # entries held, evicted ones included

    def __len__(self) -> int:
        """Articles indexed."""
        return len(self._story)

    @property
    def entries(self) -> int:
        """(run, seq) entries held, evicted ones not yet left out included."""
        return self._size

    def add(
        self, runs: list[np.ndarray], seqs: list[int], keys: list[int], days: list[float]
    ) -> None:
        """Each article's distinct runs, its seq, its story's key and its day."""
        for seq, key, day, r in zip(seqs, keys, days, runs, strict=True):
            self._story[seq] = key
            self._members.setdefault(key, set()).add(seq)
            self._runs[seq] = len(r)
            heapq.heappush(self._by_day, (day, seq))
        if not sum(len(r) for r in runs):
            return
        run = np.concatenate(runs)
        owner = np.repeat(np.asarray(seqs, dtype=np.int64), [len(r) for r in runs])
        order = np.argsort(run, kind="stable")
        self._levels.append((run[order], owner[order]))
        self._size += len(run)
        while len(self._levels) > 1 and len(self._levels[-2][0]) <= 2 * len(self._levels[-1][0]):
            self._levels[-2:] = [_merge_sorted(*self._levels[-2], *self._levels[-1])]

    def story(self, seq: int) -> int | None:
        return self._story.get(seq)

    def merged(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Stories merged (kept, absorbed), in the order they merged: the absorbed
        story's indexed articles are the kept one's."""
        for keep, gone in pairs:
            if keep == gone:
                continue
            moved = self._members.pop(gone, set())
            for seq in moved:
                self._story[seq] = keep
            if moved:
                self._members.setdefault(keep, set()).update(moved)

    def evict(self, newest: float) -> int:
        """Leave out the articles published more than ``days`` before ``newest``; how many."""
        horizon = newest - self.days
        gone = 0
        while self._by_day and self._by_day[0][0] < horizon:
            _, seq = heapq.heappop(self._by_day)
            key = self._story.pop(seq, None)
            if key is None:
                continue
            members = self._members.get(key)
            if members is not None:
                members.discard(seq)
                if not members:
                    del self._members[key]
            self._dead.add(seq)
            self._dead_runs += self._runs.pop(seq, 0)
            gone += 1
        if not gone:
            return 0
        if 2 * self._dead_runs >= self._size:  # mostly evicted entries: keep the rest
            dead = np.fromiter(self._dead, dtype=np.int64, count=len(self._dead))
            levels = []
            for r, o in self._levels:
                keep = ~np.isin(o, dead)
                if keep.any():
                    levels.append((r[keep], o[keep]))
            self._levels = levels
            self._size -= self._dead_runs
            self._dead, self._dead_runs = set(), 0
            self._dead_arr = np.zeros(0, dtype=np.int64)
        else:
            self._dead_arr = np.fromiter(self._dead, dtype=np.int64, count=len(self._dead))
        return gone

    def _live(self, run: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if len(self._dead_arr) and len(owner):
            keep = ~np.isin(owner, self._dead_arr)
            return run[keep], owner[keep]
        return run, owner

    def pairs(self) -> list[tuple[int, int]]:
        """The story keys of every two indexed articles that share a long passage (the
        links a store reopened knows again)."""
        if not self._levels or PASSAGE_MIN_RUNS is None:
            return []
        run, owner = self._live(
            np.concatenate([r for r, _ in self._levels]),
            np.concatenate([o for _, o in self._levels]),
        )
        seqs, where = np.unique(owner, return_inverse=True)
        links = passage_links(
            run, where.astype(np.int64), len(seqs), PASSAGE_MIN_RUNS, PASSAGE_MAX_DOCS
        )
        if links is None:
            return []
        coo = sparse.triu(links).tocoo()
        out = []
        for a, b in zip(coo.row.tolist(), coo.col.tolist(), strict=True):
            ka, kb = self.story(int(seqs[a])), self.story(int(seqs[b]))
            if ka is not None and kb is not None and ka != kb:
                out.append((ka, kb))
        return out

    def links(self, runs: list[np.ndarray]) -> list[tuple[set[int], list[int]]]:
        """For each new article (its distinct runs, :func:`distinct_runs`), what it shares
        a long passage with: the keys of the stories (active or quiet) holding indexed
        articles, and the positions of earlier new articles. The pairs
        cluster.passage_links finds among the indexed articles and these (at least
        PASSAGE_MIN_RUNS runs in common, each held by 2 to PASSAGE_MAX_DOCS of them),
        counted only over the few runs held twice or more: no sort of all the runs."""
        n = len(runs)
        found: list[tuple[set[int], list[int]]] = [(set(), []) for _ in range(n)]
        if PASSAGE_MIN_RUNS is None or not n or not sum(len(r) for r in runs):
            return found
        mine = np.concatenate(runs)
        own = np.repeat(np.arange(n, dtype=np.int64), [len(r) for r in runs])
        uniq, inv, count = np.unique(mine, return_inverse=True, return_counts=True)
        # at: each holder's run's place in uniq; runs known to link none are not read
        _, seq, at, cannot = self._holders(uniq, count)
        count = count + np.bincount(at, minlength=len(uniq))
        ok = (count >= 2) & (count <= PASSAGE_MAX_DOCS) & ~cannot  # the runs that can link two
        if not ok.any():
            return found
        keep = ok[at]
        seqs, where = np.unique(seq[keep], return_inverse=True)
        # Entries (run, holder): holders 0..n-1 are the new articles, n.. indexed ones.
        run_at = np.concatenate([inv.ravel()[ok[inv.ravel()]], at[keep]])
        who = np.concatenate([own[ok[inv.ravel()]], n + where.astype(np.int64)])
        order = np.argsort(run_at, kind="stable")
        run_at, who = run_at[order], who[order]
        first = np.flatnonzero(np.r_[True, run_at[1:] != run_at[:-1]])
        size = np.diff(np.r_[first, len(run_at)])
        # Every ordered pair of holders of one run, the first a new article.
        reps = np.repeat(size, size)
        left = np.repeat(np.arange(len(run_at)), reps)
        right = np.repeat(np.repeat(first, size), reps) + (
            np.arange(len(left)) - np.repeat(np.cumsum(reps) - reps, reps)
        )
        pick = (left != right) & (who[left] < n)
        a, b = who[left[pick]], who[right[pick]]
        pair, shared = np.unique(a * (n + len(seqs)) + b, return_counts=True)
        pair = pair[shared >= PASSAGE_MIN_RUNS]
        for i, j in zip(
            (pair // (n + len(seqs))).tolist(), (pair % (n + len(seqs))).tolist(), strict=True
        ):
            if j < n:
                found[i][1].append(j)
            else:
                key = self.story(int(seqs[j - n]))
                if key is not None:
                    found[i][0].add(key)
        return found

    def holders(self, runs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(run, seq) for every indexed article holding one of these (distinct) runs. A
        run found more than HOLDERS_READ times (evicted entries not yet left out
        included) is left out: it is common, not a passage (PASSAGE_MAX_DOCS), and the
        look-up stays bounded however many pages repeat it."""
        held, seq, _, _ = self._holders(runs)
        return held, seq

    def _holders(
        self, runs: np.ndarray, new_count: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`holders`, with each entry's place in ``runs`` (what a search of
        ``runs`` for the run would give, known here without one), and which runs
        ``cannot`` link two articles.

        ``new_count`` (:meth:`links`: how many new articles hold each run): the runs that
        cannot link two whatever their entries say are marked in ``cannot`` and their
        entries not read. A run read counts its live holders, at most its entries (all
        of them when none is evicted), one not read none: fewer than 2 holders in all,
        or more than PASSAGE_MAX_DOCS, cannot link. Why: most of a run's holders are
        read only to be dropped as too common (pages of one wire story); links keeps
        exactly the pairs it found reading them all."""
        hits = []
        for level_runs, level_owner in self._levels:
            lo = level_runs.searchsorted(runs, "left")
            # Where each run ends only for the runs found: most are held by no stored
            # article (the same ``at``, ``lo`` and ``hi`` as searching both ends of all).
            found = lo < len(level_runs)
            found[found] = level_runs[lo[found]] == runs[found]
            at = np.flatnonzero(found)
            if len(at):
                hi = level_runs.searchsorted(runs[at], "right")
                hits.append((at, lo[at], hi, level_runs, level_owner))
        total = np.zeros(len(runs), dtype=np.int64)
        for at, lo, hi, _, _ in hits:
            total[at] += hi - lo
        read = total <= HOLDERS_READ
        cannot = np.zeros(len(runs), dtype=bool)
        if new_count is not None:
            held = np.where(read, total, 0)  # at most this many holders counted
            cannot = (new_count + held < 2) | (new_count > PASSAGE_MAX_DOCS)
            if not len(self._dead_arr):  # then exactly this many
                cannot |= new_count + held > PASSAGE_MAX_DOCS
            read &= ~cannot
        if not hits:
            return (
                np.zeros(0, dtype=np.uint64),
                np.zeros(0, dtype=np.int64),
                np.zeros(0, dtype=np.intp),
                cannot,
            )
        out_r, out_o, out_p = [], [], []
        for at, lo, hi, level_runs, level_owner in hits:
            ok = read[at]
            lo, cnt = lo[ok], (hi - lo)[ok]
            where = np.arange(int(cnt.sum())) + np.repeat(lo - (np.cumsum(cnt) - cnt), cnt)
            out_r.append(level_runs[where])
            out_o.append(level_owner[where])
            out_p.append(np.repeat(at[ok], cnt))
        run, owner, place = (np.concatenate(p) for p in (out_r, out_o, out_p))
        if len(self._dead_arr) and len(owner):
            keep = ~np.isin(owner, self._dead_arr)
            return run[keep], owner[keep], place[keep], cannot
        return run, owner, place, cannot


def _merge_sorted(
    r1: np.ndarray, o1: np.ndarray, r2: np.ndarray, o2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two levels (runs sorted, their owners) as one, in one pass (no sort)."""
    at = np.searchsorted(r1, r2, side="right") + np.arange(len(r2))
    rest = np.ones(len(r1) + len(r2), dtype=bool)
    rest[at] = False
    run = np.empty(len(rest), dtype=r1.dtype)
    owner = np.empty(len(rest), dtype=o1.dtype)
    run[at], owner[at] = r2, o2
    run[rest], owner[rest] = r1, o1
    return run, owner


def _day_or_never(day: float | None) -> float:
    """An article's day in the passage index (the store dates every article it stores;
    one without would be evicted at once)."""
    return float("-inf") if day is None else float(day)


def distinct_runs(
    parsed: list[Parsed], runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> list[np.ndarray]:
    """Each article's distinct passage runs (cluster.passage_runs), sorted. ``runs``:
    these articles' features.line_runs of PASSAGE_STEMS, when already hashed."""
    if not parsed:
        return []
    run, art = passage_runs(parsed, PASSAGE_STEMS) if runs is None else runs[:2]
    order = np.lexsort((run, art))
    run, art = run[order], art[order]
    keep = np.ones(len(run), dtype=bool)
    keep[1:] = (run[1:] != run[:-1]) | (art[1:] != art[:-1])
    run, art = run[keep], art[keep]
    cuts = np.searchsorted(art, np.arange(1, len(parsed)))
    return list(np.split(run, cuts))


def _drop_stories(engine: Engine, keys: set[int]) -> None:
    """Forget stories the single pass started in this update (their articles are
    grouped again): nothing stored holds them yet."""
    for key in keys:
        engine.stories.pop(key, None)
        engine._touched.discard(key)
        for other in engine.linked.pop(key, set()):
            engine.linked.get(other, set()).discard(key)
    engine._matrix = None


def pairs_matrix(pairs: list[tuple[int, int]], rows_of: list[int]) -> sparse.csr_matrix | None:
    """Pairs of positions (of an update's articles) as a symmetric matrix over
    ``rows_of`` (the articles it covers; pairs with another are left out); None if empty."""
    at = {i: n for n, i in enumerate(rows_of)}
    r = [at[i] for i, j in pairs if i in at and j in at and i != j]
    c = [at[j] for i, j in pairs if i in at and j in at and i != j]
    if not r:
        return None
    n = len(rows_of)
    m = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    return ((m + m.T) > 0).astype(float).tocsr()


def _batch_labels(
    vecs: list[Vector],
    days: list[float | None],
    mean: np.ndarray,
    sd: np.ndarray,
    links: sparse.csr_matrix | None,
    threshold: float,
) -> list[int]:
    """cluster.assign_batch's single pass and refinement passes on vectors and
    backgrounds given (the store's), not on the pile's own statistics: a story number
    for each article."""
    # The features these articles hold, numbered 0..m-1: the same dot products, and the
    # refinement's sparse products cost their entries, not the 2**20 feature width.
    _, at = np.unique(np.concatenate([v[0] for v in vecs]), return_inverse=True)
    ends = np.cumsum([len(v[0]) for v in vecs])
    local = [(a, v[1]) for a, v in zip(np.split(at.astype(np.int64), ends[:-1]), vecs, strict=True)]
    engine = Engine(threshold, time_scale=TIME_SCALE_DAYS, quiet_days=None)
    labels = np.zeros(len(vecs), dtype=np.int64)
    for s in range(0, len(vecs), CHUNK):
        part = slice(s, s + CHUNK)
        labels[part] = engine.assign(local[part], days[part], mean[part], sd[part])
    x = rows(local)[:, : int(at.max(initial=-1)) + 1].tocsr()
    dayv = np.array([np.nan if d is None else d for d in days])
    labels = refine_labels(x, dayv, mean, sd, labels, threshold, links=links)
    return [int(v) for v in labels]


def _attach_groups(
    engine: Engine, groups: list[StoryState], linked_to: list[set[int]], min_size: int = 1
) -> list[int | None]:
    """For each group of new articles, the live story it joins whole, or None: its
    best live story by the lower of the two sides' mean article score (the group's
    articles scoring the story, the story's scoring the group), if that reaches the
    threshold: the rule two stories merge by (engine.mutual_best_pairs), since a group,
    unlike one article, has no cautious one-sided join (docs/stories.md, Store against
    batch: a group joined on its own side joined whole topics). ``linked_to``: the
    stories each group's articles share a long passage with (no time discount); groups
    of fewer than ``min_size`` articles join none."""
    out: list[int | None] = [None] * len(groups)
    keys = sorted(engine.stories)
    wanted = [n for n, g in enumerate(groups) if g.size >= min_size]
    if not keys or not wanted:
        return out
    if len(wanted) < len(groups):
        some = _attach_groups(engine, [groups[n] for n in wanted], [linked_to[n] for n in wanted])
        for n, target in zip(wanted, some, strict=True):
            out[n] = target
        return out
    sts = [engine.stories[k] for k in keys]
    sums, live = engine._centroid_rows.layout(keys, [st.centroid for st in sts])
    wsums, wlive = engine._wsum_rows.layout(keys, [st.wsum for st in sts])
    size = np.array([float(st.size) for st in sts])
    osum = np.array([st.osum for st in sts])
    first = np.array([np.inf if st.first is None else st.first for st in sts])
    last = np.array([-np.inf if st.last is None else st.last for st in sts])
    col = {k: n for n, k in enumerate(keys)}
    for s in range(0, len(groups), 256):
        part = groups[s : s + 256]
        g_size = np.array([float(g.size) for g in part])
        g_osum = np.array([g.osum for g in part])
        g_first = np.array([np.inf if g.first is None else g.first for g in part])
        g_last = np.array([-np.inf if g.last is None else g.last for g in part])
        norm = g_size[:, None] * size[None, :]
        ab = dots(matrix([g.wsum for g in part]), sums)[:, live] / norm
        ab -= (g_osum / g_size)[:, None]
        ba = dots(matrix([g.centroid for g in part]), wsums)[:, wlive] / norm
        ba -= (osum / size)[None, :]
        gap = time_gap_spans(g_first, g_last, first, last)
        for n, ks in enumerate(linked_to[s : s + 256]):
            gap[n, [col[k] for k in ks if k in col]] = 0.0
        span = np.maximum(span_days(g_first, g_last)[:, None], span_days(first, last)[None, :])
        sim = np.minimum(ab, ba) / time_discount(gap, span, engine.time_scale)
        if engine.silence is not None:  # as a merge: held across a silence (_silence)
            held = across_silence(g_size, g_first, g_last, size, first, last, engine.silence)
            for n, ks in enumerate(linked_to[s : s + 256]):
                held[n, [col[k] for k in ks if k in col]] = False
            sim[held] = -np.inf
        best = sim.argmax(axis=1)
        for n, j in enumerate(best.tolist()):
            if sim[n, j] >= engine.threshold:
                out[s + n] = keys[j]
    return out


def time_gap_spans(
    a_first: np.ndarray, a_last: np.ndarray, b_first: np.ndarray, b_last: np.ndarray
) -> np.ndarray:
    """Days between spans (rows ``a``, columns ``b``); 0 where they overlap or a span
    is unknown."""
    gap = np.maximum(b_first[None, :] - a_last[:, None], a_first[:, None] - b_last[None, :])
    return np.where(np.isfinite(gap), np.maximum(gap, 0.0), 0.0)


class StoryStore:
    """Incremental story clustering kept in SQLite; safe for threads and processes."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        quiet_after: _dt.timedelta = _dt.timedelta(days=DEFAULT_QUIET_DAYS),
        threshold: float | None = None,
        busy_timeout: float = 60.0,
    ) -> None:
        self.path = os.fspath(path)
        self.threshold = check_threshold(threshold)
        self.quiet_days = quiet_after.total_seconds() / 86400.0
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            # Before anything is written (WAL mode is written to the file's header too).
            self._check_ours()
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._write():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                columns = {r[1] for r in self._db.execute("PRAGMA table_info(articles)")}
                if "markup" not in columns:  # a store written before markup was kept
                    self._db.execute("ALTER TABLE articles ADD COLUMN markup TEXT")
                if "copy_of" not in columns:  # a store written before copies were kept apart
                    self._db.execute("ALTER TABLE articles ADD COLUMN copy_of TEXT")
                self._db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    self._set("schema", str(SCHEMA_VERSION))
                    self._set("version", "0")
                    self._set("n_docs", "0")
                elif int(row[0]) != SCHEMA_VERSION:
                    raise InputError(
                        f"story store schema {row[0]} is not {SCHEMA_VERSION}",
                        where=self.path,
                        hint="use a new --db file",
                    )
        except sqlite3.DatabaseError as exc:
            self._db_close()
            raise InputError(
                f"cannot use as a story store: {exc}",
                where=self.path,
                hint="give --db a new file name (it becomes a store) or a store newsbrief made",
            ) from exc
        except BaseException:
            self._db_close()
            raise
        self._version = -1
        self._engine: Engine | None = None
        self._df: DocFreq | None = None
        self._recent: list[Vector] = []
        self._recent_ids: list[str] = []  # the ids of self._recent's articles
        self._window: RowWindow | None = None  # self._recent as a matrix (None: to build)
        self._rebuilt: set[int] = set()  # stories re-scored in this update (to save)
        self._parsed: dict[str, Parsed] = {}  # a young store's parsed articles (re-scoring)
        # The recent window's articles' runs once per line (copies.line_runs_each), by id.
        self._line_runs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._run_pages: dict[int, set[str]] = {}  # run -> the window's ids printing it
        # ... and the feature counts of those with no line shared with another article
        # (their counts cannot change: line counts only grow, and none was above 1).
        self._counts: dict[str, Counts] = {}
        self._steps: Steps | None = None  # the progress of the update running
        self._index: PassageIndex | None = None  # recent articles' runs (with _engine)
        # Waiting joins (JOIN_WAIT_DAYS): the lone article's story key -> its day.
        self._waiting: dict[int, float] = {}

    # -- plumbing --------------------------------------------------------------------------
    def _db_close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()

    def _check_ours(self) -> None:
        """Refuse, untouched, a database that is not a story store: another application's
        file given by mistake must not gain newsbrief's tables. A store is marked by its
        SQLite ``application_id``; a store written before the mark has newsbrief's own
        tables and schema row (it gains the mark), and a file with no tables at all (new,
        or empty) becomes a store."""
        app = int(self._db.execute("PRAGMA application_id").fetchone()[0])
        if app == APPLICATION_ID:
            return
        tables = sorted(
            str(r[0])
            for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not str(r[0]).startswith("sqlite_")
        )
        if app == 0 and not tables:
            return
        if app == 0 and {"meta", "stories", "articles"} <= set(tables):
            try:
                row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row is not None:
                return
        held = (
            f"SQLite application id {app:#x}"
            if app
            else "tables " + ", ".join(tables[:4]) + (", ..." if len(tables) > 4 else "")
        )
        raise InputError(
            f"not a newsbrief story store (it holds {held}); left untouched",
            where=self.path,
            hint="give --db a new file name (it becomes a store) or a store newsbrief made",
        )

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    def _load(self) -> tuple[Engine, DocFreq]:
        """The engine and term frequencies as committed (reloaded if another writer wrote)."""
        version = int(self._get("version") or 0)
        if self._engine is not None and self._df is not None and version == self._version:
            return self._engine, self._df
        df = DocFreq(n_docs=int(self._get("n_docs") or 0))
        blob = self._db.execute("SELECT data FROM blobs WHERE name='df'").fetchone()
        if blob is not None:
            df.terms = np.frombuffer(zlib.decompress(blob[0]), dtype=np.int32).copy()
        for (logged,) in self._db.execute("SELECT features FROM df_log ORDER BY version"):
            np.add.at(df.terms, np.frombuffer(zlib.decompress(logged), dtype=np.int32), 1)
        engine = Engine(
            self.threshold,
            quiet_days=self.quiet_days,
            back_share=JOIN_BACK_SHARE,
            join_span_share=JOIN_SPAN_SHARE,
            silence=_silence(),
        )
        newest = self._db.execute("SELECT MAX(last_day) FROM stories").fetchone()[0]
        horizon = -np.inf if newest is None else newest - self.quiet_days
        for key, first, last, size, blob_c, blob_w, osum in self._db.execute(
            "SELECT key, first_day, last_day, size, centroid, wsum, osum FROM stories "
            "WHERE last_day >= ? AND key >= 0",  # a negative key: a listing, joined by none
            (horizon,),
        ):
            engine.load_story(
                StoryState(key, _unpack(blob_c), first, last, size, _unpack(blob_w), osum)
            )
        engine._next_key = max(
            engine._next_key,
            (self._db.execute("SELECT MAX(key) FROM stories").fetchone()[0] or -1) + 1,
        )
        recent = self._db.execute(
            "SELECT id, vec FROM articles WHERE copy_of IS NULL ORDER BY seq DESC LIMIT ?",
            (NEIGHBOUR_ARTICLES,),
        ).fetchall()[::-1]
        self._recent = [_unpack_vec(r[1]) for r in recent]
        self._recent_ids = [str(r[0]) for r in recent]
        self._window = None
        self._index = self._load_runs(-np.inf if newest is None else newest)
        if self._index is not None:
            for a, b in self._index.pairs():
                if a in engine.stories and b in engine.stories:
                    engine.link(a, b)
        self._waiting = {int(k): float(d) for k, d in json.loads(self._get("waiting") or "[]")}
        self._engine, self._df, self._version = engine, df, version
        return engine, df

    def _load_runs(self, newest: float) -> PassageIndex | None:
        """The passage index of the articles published within PASSAGE_REVIVE_DAYS of the
        newest, from their stored runs (an article stored before runs were kept has none:
        it links to nothing)."""
        if not PASSAGES or PASSAGE_MIN_RUNS is None:
            return None
        index = PassageIndex(PASSAGE_REVIVE_DAYS)
        runs, seqs, keys, days = [], [], [], []
        for seq, day, key, blob in self._db.execute(
            "SELECT r.seq, r.day, s.key, r.runs FROM article_runs r "
            "JOIN articles a ON a.id = r.id JOIN stories s ON s.id = a.story_id "
            "WHERE r.day >= ? ORDER BY r.seq",
            (newest - PASSAGE_REVIVE_DAYS,),
        ):
            runs.append(np.frombuffer(blob, dtype="<u8").astype(np.uint64))
            seqs.append(int(seq))
            keys.append(int(key))
            days.append(float(day))
        index.add(runs, seqs, keys, days)
        return index

    def _links(
        self,
        parsed: list[Parsed],
        hashed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> tuple[list[np.ndarray], list[tuple[set[int], list[int]]]] | None:
        """Each new article's distinct runs, and what it shares a long passage with
        (PassageIndex.links). ``hashed``: the articles' line runs, when already hashed."""
        if self._index is None or PASSAGE_MIN_RUNS is None:
            return None
        runs = distinct_runs(parsed, hashed)
        return runs, self._index.links(runs)

    # -- API -----------------------------------------------------------------------------
    def add(
        self,
        articles: Iterable[Article | Mapping[str, Any] | str],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> AddResult:
        """Store articles; ``(article_id, story_id)`` for each, in input order.

        One transaction: either every new article is stored in a story or none is.
        Articles already stored (same id) are left where they are. A new article with no
        text after cleaning is not stored (a story of it could never be summarized) and
        has no pair: it is listed in the result's ``skipped``, with where it came from.
        Each article is cleaned once, here. A ``published`` date that is not ISO 8601 (an
        RSS feed's RFC 822 date, "Nov. 30, 2026") is stored as ISO, since the store's
        clock reads ISO only; an unreadable one is dropped with a warning naming the
        article, which is kept (``docs.to_docs``). ``progress(done, total)``: called as the work
        advances (``done / total`` is the share done), for a progress bar.
        """
        items = list(articles)
        steps = Steps(progress, len(items) * STEPS_PER_ARTICLE) if progress else None
        docs = to_docs(items, step=steps)
        with self._write():
            try:
                self._steps = steps
                result = self._add(docs)
                if steps is not None:
                    steps.finish()
                return result
            except BaseException:
                self._engine = None  # in-memory state may be ahead of the rollback
                self._index = None
                self._parsed.clear()
                self._counts.clear()
                self._line_runs.clear()
                self._run_pages.clear()
                self._rebuilt = set()
                raise
            finally:
                self._steps = None

    def _story_ids(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            q = f"SELECT id, story_id FROM articles WHERE id IN ({marks})"
            found.update(dict(self._db.execute(q, part).fetchall()))
        return found

    def _other_text(self, docs: list[Doc], known: dict[str, str]) -> list[str]:
        """Ids of ``docs`` stored with another text (spacing aside), in input order."""
        given = {d.id: " ".join(d.article.text.split()) for d in docs if d.id in known}
        stored: dict[str, str] = {}
        ids = list(given)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            q = f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(part))})"
            stored.update((i, " ".join(t.split())) for i, t in self._db.execute(q, part))
        return [i for i in ids if i in stored and stored[i] != given[i]]

    def _add(self, docs: list[Doc]) -> AddResult:
        ids = [d.id for d in docs]
        known = self._story_ids(ids)
        # A stored id answers its story whatever its text now (re-adding changes nothing).
        changed = self._other_text(docs, known)  # ... but the caller says so
        new, skipped = split_empty([d for d in docs if d.id not in known])
        if not new:
            return AddResult([(aid, known[aid]) for aid in ids if aid in known], skipped, changed)
        engine, df = self._load()
        now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
        days = self._days(new, engine, day_number(now.isoformat()))
        order = sorted(range(len(new)), key=lambda i: (days[i] or 0.0, new[i].id))
        new, days = [new[i] for i in order], [days[i] for i in order]
        parsed = []
        for d in new:
            parsed.append(parse(d.clean, d.title))
            if self._steps is not None:
                self._steps(STEP_FEATURES)
        # Each article's runs of RUN_STEMS stems, hashed once for the page rules and the
        # passage index alike (they read the same runs).
        hashed = None
        if (COPIES and PAGE_RULES) or (
            self._index is not None and PASSAGE_MIN_RUNS is not None and PASSAGE_STEMS == RUN_STEMS
        ):
            hashed = line_runs(parsed, RUN_STEMS)
        copies, listings = self._find_copies(new, parsed, df, hashed) if COPIES else ({}, {})
        originals = [i for i in range(len(new)) if i not in copies and i not in listings]
        start = 0
        for size in self._segments(df.n_docs, len(originals)):
            part = originals[start : start + size]
            start += size
            self._add_part(
                [new[i] for i in part],
                [days[i] for i in part],
                now,
                engine,
                df,
                [parsed[i] for i in part],
                None
                if hashed is None or PASSAGE_STEMS != RUN_STEMS
                else runs_of_rows(hashed, np.asarray(part, dtype=np.int64), len(parsed)),
            )
        del parsed
        if listings:
            self._store_listings(
                [(new[i], days[i], vec) for i, vec in sorted(listings.items())], now, engine
            )
        if copies:
            self._store_copies(
                [(new[i], days[i], orig, vec) for i, (orig, vec) in sorted(copies.items())], now
            )
        now_ids = self._story_ids(ids)
        return AddResult([(aid, now_ids[aid]) for aid in ids if aid in now_ids], skipped, changed)

    def _days(self, new: list[Doc], engine: Engine, now_day: float | None) -> list[float | None]:
        """Each new article's day: its publication day, or for an undated one the
        stream's clock, the newest publication day the store and this update hold (the
        storage time if that is later or there is none: an article was published no
        later than it is stored).

        Why not the storage time always: a store fed articles of another period (a
        backfill, a crawl replayed; the scored mixes) dated an undated page years after
        every dated one, so its story's last day jumped to today and every other story
        went quiet at once (retire_quiet), and the stories the undated pages joined
        spanned years. The stream's clock is the storage time for a live feed and the
        period's own time for a replayed one (history: s25 store round)."""
        dated = [d.day for d in new if d.day is not None]
        if engine.newest is not None:
            dated.append(engine.newest)
        clock = max(dated) if dated else now_day
        if clock is not None and now_day is not None:
            clock = min(clock, now_day)
        return [d.day if d.day is not None else clock for d in new]

    def _find_copies(
        self,
        docs: list[Doc],
        parsed: list[Parsed],
        df: DocFreq,
        hashed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> tuple[dict[int, tuple[str, Vector]], dict[int, Vector]]:
        """Which of ``docs`` (in publication order) are copies of an article (the same
        text on another site, a wire re-send: cosine at least copies.COPY_COSINE, as a
        batch finds them): position -> (the original's id, the copy's vector). The
        original is one of the NEIGHBOUR_ARTICLES most recent stored articles that are
        no copies, or an earlier one of ``docs`` that is none; the closest.

        Why: as in a batch (stories/copies.py), an article's copies are no new evidence.
        Counted as articles, an update's copies were each other's nearest neighbours and
        widened each other's background until their own story no longer stood out: on
        the scraped pages of benchmarks/cluster_scraped_web.py, 371 of the 433 articles
        the store split from their story (dev half, three seeds) were copies, most of an
        article of their own update (history: s25 store round). A copy joins its
        original's story; it is kept out of the frequencies, the backgrounds, the passage
        index and re-scoring (the original stands for it), and its outlet counts among the
        story's sources.

        With PAGE_RULES, batch's page rules too (:meth:`_page_rules`): a page another
        prints most of is a copy, and the listings found (position -> vector) are
        returned beside the copies."""
        line_df = self._line_counts(parsed)
        for p in parsed:
            for k in {k for k in p.keys if k is not None}:
                line_df[k] = line_df.get(k, 0) + 1
        shared = {k: v for k, v in line_df.items() if v > 1}
        vecs = [df.weigh(term_counts(p, shared)) for p in parsed]
        x = rows(vecs)
        threshold = _copies.COPY_COSINE
        # To stored articles: the window of recent ones (kept as a matrix between calls).
        stored: list[tuple[str | None, float] | None] = [None] * len(docs)
        if self._recent:
            if self._window is None:
                self._window = RowWindow(self._recent)
            window = self._window.matrix()
            for s in range(0, len(docs), 512):
                sims = dots(x[s : s + 512], window)
                best = sims.argmax(axis=1)
                for n, j in enumerate(best.tolist()):
                    if sims[n, j] >= threshold:
                        stored[s + n] = (self._recent_ids[j], float(sims[n, j]))
        # Among the update's articles, in blocks of rows against the earlier ones (a
        # dense block of 512 x the update; prefix filtering, copies.close_pairs, held
        # every candidate pair's rows at once: 400 MB for an update of 500 similar pages).
        found: dict[int, tuple[str, Vector]] = {}
        for s in range(0, len(docs), 512):
            sims = dots(x[s : s + 512], x[: s + 512])
            for r in range(sims.shape[0]):
                j = s + r
                hit = stored[j]
                best_id, best_sim = (None, threshold) if hit is None else hit
                row = sims[r, :j]
                for i in np.flatnonzero(row >= best_sim).tolist():
                    # a copy stands for nothing: its original does
                    if i not in found and row[i] >= best_sim:
                        best_id, best_sim = docs[i].id, float(row[i])
                if best_id is not None:
                    found[j] = (best_id, vecs[j])
        listings: dict[int, Vector] = {}
        if PAGE_RULES:
            listings = self._page_rules(docs, parsed, x, vecs, found, hashed)
        return found, listings

    def _page_rules(
        self,
        docs: list[Doc],
        parsed: list[Parsed],
        x: sparse.csr_matrix,
        vecs: list[Vector],
        found: dict[int, tuple[str, Vector]],
        hashed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> dict[int, Vector]:
        """Batch's two page rules (copies.contained_copies, copies.listing_pages) over
        the recent window's articles and the update: each new page that a stored article
        of the window or an earlier page of the update prints most of (and is no cosine
        copy) is added to ``found`` as that page's copy; the new listings are returned.

        Why: a teaser cut by a paywall, or a page whose debris outweighs its share of
        the article, is a copy its cosine does not show, and a section front prints the
        leads of twenty stories; in a batch both rules lift the scraped benchmark's dev
        half 0.904 -> 0.973 (history: s25 clS round), and the store applied neither after
        its first import (history: s25 stC round). The window's runs are kept between
        updates (memory bounded by the window), read again from the stored texts only
        after the store is opened."""
        recent = list(self._recent_ids)
        missing = [aid for aid in recent if aid not in self._line_runs]
        for s in range(0, len(missing), 500):  # stored before this process: parse again
            part = missing[s : s + 500]
            marks = ",".join("?" * len(part))
            got = self._db.execute(
                f"SELECT id, text, title, markup FROM articles WHERE id IN ({marks})", part
            ).fetchall()
            again = [
                parse(d.clean, d.title)
                for d in (
                    make_doc(
                        Article(id=aid, text=text, title=title),
                        markup=markup or "text",
                        title_line=True,  # an untitled text's first line, as when stored
                        move_title=False,
                    )
                    for aid, text, title, markup in got
                )
            ]
            for (aid, *_), each in zip(got, _copies.line_runs_each(again), strict=True):
                self._keep_runs(aid, each)
        live = set(recent)
        for aid in [aid for aid in self._line_runs if aid not in live]:  # left the window
            for r in np.unique(self._line_runs.pop(aid)[0]).tolist():
                holders = self._run_pages[r]
                holders.discard(aid)
                if not holders:
                    del self._run_pages[r]
        new_runs = _copies.line_runs_each(parsed, hashed)
        old = self._sharing(recent, new_runs)
        n_old, n = len(old), len(old) + len(docs)
        runs = _copies.runs_of_pages([self._line_runs[aid] for aid in old] + new_runs)
        at = {aid: i for i, aid in enumerate(old)}
        at.update((d.id, n_old + j) for j, d in enumerate(docs))
        groups = np.arange(n)
        for j, (orig, _) in found.items():
            groups[n_old + j] = at.get(orig, n_old + j)
        if self._window is None:
            self._window = RowWindow(self._recent)
        window = self._window.matrix()
        keep_rows = [i for i, aid in enumerate(recent) if aid in at]
        both = sparse.vstack([window[keep_rows], x], format="csr")
        listing = _copies.listing_pages(runs, both, groups)
        listing[:n_old] = False
        listings = {j: vecs[j] for j in range(len(docs)) if listing[n_old + j] and j not in found}
        joins = np.zeros(n, dtype=bool)
        joins[n_old:] = True
        for j in list(found) + list(listings):
            joins[n_old + j] = False
        box = _copies.containers(runs, groups, skip=listing, joins=joins)
        for j in range(len(docs)):
            c = int(box[n_old + j])
            if c >= 0:
                found[j] = (old[c] if c < n_old else docs[c - n_old].id, vecs[j])
        for j, each in enumerate(new_runs):
            if j not in found and j not in listings:
                self._keep_runs(docs[j].id, each)
        return listings

    def _keep_runs(self, aid: str, each: tuple[np.ndarray, np.ndarray]) -> None:
        """Keep an article's runs (it is, or is about to be, in the recent window)."""
        self._line_runs[aid] = each
        for r in np.unique(each[0]).tolist():
            self._run_pages.setdefault(r, set()).add(aid)

    def _sharing(
        self, recent: list[str], new_runs: list[tuple[np.ndarray, np.ndarray]]
    ) -> list[str]:
        """The window's articles that share a run with the update's pages, runs on more
        than copies.MAX_RUN_PAGES of them aside (furniture). Why: only those can contain
        a new page or have their openings printed by one; the rules then cost the
        update's share of the window, not the whole window (one article a call: about
        13 times slower with the whole window, history: s25 stC round)."""
        if not new_runs:
            return []
        pages: set[str] = set()
        for r in np.unique(np.concatenate([r for r, _ in new_runs])).tolist():
            holders = self._run_pages.get(r)
            if holders and len(holders) <= _copies.MAX_RUN_PAGES:
                pages |= holders
        return [aid for aid in recent if aid in pages and aid in self._line_runs]

    def _store_listings(
        self, listings: list[tuple[Doc, float | None, Vector]], now: _dt.datetime, engine: Engine
    ) -> None:
        """Store each listing page (a section front, :meth:`_page_rules`) as a story of
        its own that no article joins: a negative story key, which the engine never
        loads, and kept out of the frequencies, backgrounds and passage index as a copy
        is (``copy_of`` its own id: it stands for nothing)."""
        version = int(self._get("version") or 0) + 1
        seq0 = int(self._get("seq") or 0)
        low = self._db.execute("SELECT MIN(key) FROM stories").fetchone()[0]
        key = min(int(low or 0), 0) - 1
        added = now.isoformat(timespec="seconds")
        for n, (doc, day, vec) in enumerate(listings):
            art = doc.article
            sid = story_id(art.id)
            self._insert_copy(art, sid, seq0 + n, day, added, vec, copy_of=art.id)
            st = StoryState(key - n)
            st.add(vec, day, 0.0, 1.0)
            self._save_story(st, sid, version)
        self._set("seq", str(seq0 + len(listings)))
        self._set("version", str(version))
        self._version = version

    def _insert_copy(
        self,
        art: Article,
        sid: str,
        seq: int,
        day: float | None,
        added: str,
        vec: Vector,
        *,
        copy_of: str,
    ) -> None:
        """One article row that stands for another (``copy_of``): a copy or a listing."""
        self._db.execute(
            "INSERT INTO articles(id, story_id, seq, text, title, source, url, published, "
            "author, day, added, vec, markup, copy_of) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                art.id,
                sid,
                seq,
                art.text,
                art.title,
                art.source,
                art.url,
                art.published,
                art.author,
                day,
                added,
                _pack_vec(vec),
                None if art.markup == "text" else art.markup,
                copy_of,
            ),
        )

    def _store_copies(
        self, copies: list[tuple[Doc, float | None, str, Vector]], now: _dt.datetime
    ) -> None:
        """Store each copy in its original's story (see _find_copies); the story's
        sources are counted again and it is marked changed (a digest re-summarizes it)."""
        version = int(self._get("version") or 0) + 1
        seq0 = int(self._get("seq") or 0)
        added = now.isoformat(timespec="seconds")
        touched: set[str] = set()
        for n, (doc, day, original, vec) in enumerate(copies):
            sid = self._db.execute(
                "SELECT story_id FROM articles WHERE id=?", (original,)
            ).fetchone()[0]
            touched.add(sid)
            art = doc.article
            self._insert_copy(art, sid, seq0 + n, day, added, vec, copy_of=original)
        for sid in sorted(touched):
            arts = self._db.execute(
                "SELECT id, source, url FROM articles WHERE story_id=?", (sid,)
            ).fetchall()
            srcs = sorted({outlet(Article(id=a, text="", source=src, url=u)) for a, src, u in arts})
            self._db.execute(
                "UPDATE stories SET n_sources=?, sources=?, changed=? WHERE id=?",
                (len(srcs), json.dumps(srcs), version, sid),
            )
        self._set("seq", str(seq0 + len(copies)))
        self._set("version", str(version))
        self._version = version

    def _segments(self, n_docs: int, n_new: int) -> list[int]:
        """Sizes of the parts an update of ``n_new`` articles is stored in: cut at the
        article counts where a young store re-scores (RESCORE_GROWTH), so that re-scoring
        and its merges happen after the same articles however the stream is cut into
        updates (one a call or a hundred). A first import of BATCH_IMPORT_MIN articles
        or more into an empty store is one part: batch groups it (_group_new)."""
        if GROUP_NEW and not n_docs and n_new >= BATCH_IMPORT_MIN:
            return [n_new]
        sizes: list[int] = []
        done = int(self._get("rescored_at") or 0)
        while n_new and n_docs < RESCORE_UNTIL_DOCS:
            due = _rescore_due(done)
            if n_docs + n_new < due:
                break
            take = max(1, due - n_docs)
            sizes.append(take)
            n_docs, n_new, done = n_docs + take, n_new - take, n_docs + take
        return sizes + ([n_new] if n_new else [])

    def _add_part(
        self,
        new: list[Doc],
        days: list[float | None],
        now: _dt.datetime,
        engine: Engine,
        df: DocFreq,
        parsed: list[Parsed],
        hashed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> None:
        """Store one part of an update (articles in publication order, parsed; ``hashed``:
        their line runs, when already hashed)."""
        vecs, counts_idx = self._vectors(new, df, parsed)
        if self._index is not None:  # the bound holds for this part's newest article too
            dated = [d for d in days if d is not None]
            if engine.newest is not None:
                dated.append(engine.newest)
            if dated:
                self._index.evict(max(dated))
        passages = self._links(parsed, hashed)
        if passages is not None:  # quiet stories an article reprints: candidates again
            wanted = {k for ks, _ in passages[1] for k in ks} - set(engine.stories)
            wanted_keys = sorted(wanted)
            for at in range(0, len(wanted_keys), 500):
                some = wanted_keys[at : at + 500]
                marks = ",".join("?" * len(some))
                for k, first, last, size, blob_c, blob_w, osum in self._db.execute(
                    "SELECT key, first_day, last_day, size, centroid, wsum, osum FROM stories "
                    f"WHERE key IN ({marks}) ORDER BY key",
                    some,
                ):
                    engine.load_story(
                        StoryState(k, _unpack(blob_c), first, last, size, _unpack(blob_w), osum)
                    )
        steps = self._steps

        def bg_step(n: int) -> None:
            if steps is not None:
                steps(n * STEP_BACKGROUND)

        x = rows(vecs)
        # Background: the recent stored articles and this batch (each minus itself).
        pool = self._recent + vecs
        ref = pool[-BACKGROUND_ARTICLES:]
        inside = np.arange(len(vecs)) + len(self._recent) >= len(pool) - len(ref)
        near = pool[-NEIGHBOUR_ARTICLES:]
        in_near = np.arange(len(vecs)) + len(self._recent) >= len(pool) - len(near)
        # Near neighbours count as a share of the window (plus the prior's weight), as
        # in a batch: a young store's window is small, so its first stories are joined
        # cautiously (a wrong join can never be undone, a split can still merge later).
        if self._window is None:
            self._window = RowWindow(self._recent)
        self._window.extend(vecs)
        self._window.keep_last(NEIGHBOUR_ARTICLES)
        near_x = self._window.matrix()  # rows(near), kept up to date between calls
        # The update is the window's last rows (when it fits): its articles' cosines to
        # each other come with the background's product (assign's ``gram``).
        gram = None
        if len(vecs) <= len(near):
            mean, sd, gram = background_and_gram(
                x,
                self._window.matrix(last=len(ref)),  # the last of the near window
                near_x,
                np.arange(len(near) - len(vecs), len(near)),
                self_in_ref=inside,
                self_in_pile=in_near,
                reference=len(ref) + PRIOR_WEIGHT,
                ref_in_pile=np.arange(len(near) - len(ref), len(near)),
                prior=young_prior(df.n_docs),
                step=bg_step,
            )
        else:
            mean, sd = background(
                x,
                self._window.matrix(last=len(ref)),
                self_in_ref=inside,
                pile=near_x,
                self_in_pile=in_near,
                reference=len(ref) + PRIOR_WEIGHT,
                ref_in_pile=np.arange(len(near) - len(ref), len(near)),
                prior=young_prior(df.n_docs),
                step=bg_step,
            )
        order = list(range(len(new)))
        story_keys = [0] * len(new)
        old_keys = set(engine.stories)
        # With no live story to join, every article is left for the grouping below.
        joinable = bool(old_keys) or len(new) < 2 or not GROUP_NEW
        several = JOIN_WAIT_SILENCE_DAYS is not None and _silence() is not None
        wait = JOIN_WAIT_DAYS is not None and (
            (len(new) == 1 and new[0].day is not None) or (len(new) > 1 and several)
        )
        engine.waiting = []
        for s in range(0, len(order) if joinable else 0, 512):
            part = order[s : s + 512]
            linked = None
            if passages is not None:
                # Earlier articles of this update: their story if assigned before this
                # part, else their position in it.
                linked = [
                    (
                        passages[1][i][0] | {story_keys[j] for j in passages[1][i][1] if j < s},
                        [j - s for j in passages[1][i][1] if j >= s],
                    )
                    for i in part
                ]
            got = engine.assign(
                [vecs[i] for i in part],
                [days[i] for i in part],
                mean[part],
                sd[part],
                linked,
                wait=wait,
                wait_gap=0.0 if len(new) == 1 else float(JOIN_WAIT_SILENCE_DAYS or 0.0),
                gram=None if gram is None else gram[np.ix_(part, part)],
            )
            for i, k in zip(part, got, strict=True):
                story_keys[i] = k
            if steps is not None:
                steps(len(part) * STEP_ASSIGN)
        if not joinable:
            story_keys = [-1] * len(new)  # none joined
            if steps is not None:
                steps(len(new) * STEP_ASSIGN)
        # The waiting joins this part started (their articles' positions): an update of
        # several articles regroups them below, so they are found again by article.
        held = {story_keys.index(k): w for k, w in engine.waiting}
        first_import = self._group_new(
            engine, df, new, vecs, days, mean, sd, story_keys, old_keys, passages
        )
        engine.waiting = [
            (story_keys[i], w)
            for i, w in held.items()
            if story_keys[i] in engine.stories and engine.stories[story_keys[i]].size == 1
        ]
        started_days = {story_keys[i]: days[i] for i in held}
        merges = engine.merge()
        merges += self._settle(engine)
        n_rescored = int(self._get("rescored_at") or 0)
        if first_import:
            # Grouped with the whole import's statistics: nothing to re-score yet.
            self._set("rescored_at", str(df.n_docs))
        elif (
            df.n_docs >= _rescore_due(n_rescored)
            and df.n_docs - len(new) < RESCORE_UNTIL_DOCS  # young before this update
        ):
            pre = {gone: keep for keep, gone in merges}
            keys_now = []
            for k in story_keys:
                while k in pre:
                    k = pre[k]
                keys_now.append(k)
            self._rescore(engine, df, vecs, keys_now, pre)
            # Re-scored, a lone article may now fit a story it was refused (Engine._attach).
            # ... a waiting one once its wait is over (_settle).
            waiting = {k for k, _ in engine.waiting} | set(self._waiting)
            merges += engine.merge(
                attach=True,
                only=[k for k, st in engine.stories.items() if st.size == 1 and k not in waiting],
            )
            self._set("rescored_at", str(df.n_docs))
        if df.n_docs >= RESCORE_UNTIL_DOCS:
            self._parsed.clear()  # no more re-scoring in this store
            self._counts.clear()
        parent = {gone: keep for keep, gone in merges}

        def resolve(k: int) -> int:
            while k in parent:
                k = parent[k]
            return k

        final = {k: resolve(k) for k in story_keys}
        self._keep_waiting(engine, [(k, started_days[k]) for k, _ in engine.waiting])
        version = int(self._get("version") or 0) + 1
        # Story ids: a stored story keeps its id; a new one takes its first article's.
        sid_of: dict[int, str] = {}
        touched = (
            set(final.values()) | {resolve(keep) for keep, _ in merges} | self._rebuilt
        ) & set(engine.stories)
        self._rebuilt = set()
        for key in touched | {k for pair in merges for k in pair}:
            row = self._db.execute("SELECT id FROM stories WHERE key=?", (key,)).fetchone()
            if row:
                sid_of[key] = str(row[0])
        for i in order:
            k = final[story_keys[i]]
            if k not in sid_of:
                sid_of[k] = story_id(new[i].id)
        # Merged stories: the absorbed one's articles move to the kept one, and its id
        # stays findable as an alias of the kept id.
        for keep, gone in merges:
            into = sid_of[resolve(keep)]
            if gone in sid_of and sid_of[gone] != into:
                old = sid_of[gone]
                self._db.execute("UPDATE articles SET story_id=? WHERE story_id=?", (into, old))
                self._db.execute("UPDATE merged SET new=? WHERE new=?", (into, old))
                self._db.execute(
                    "INSERT OR REPLACE INTO merged(old, new, version) VALUES(?,?,?)",
                    (old, into, version),
                )
                self._db.execute("DELETE FROM stories WHERE id=?", (old,))
                self._db.execute("DELETE FROM summaries WHERE story_id=?", (old,))
        seq0 = int(self._get("seq") or 0)
        added = now.isoformat(timespec="seconds")
        self._db.executemany(
            "INSERT INTO articles(id, story_id, seq, text, title, source, url, published, "
            "author, day, added, vec, markup) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    new[i].article.id,
                    sid_of[final[story_keys[i]]],
                    seq0 + n,
                    new[i].article.text,
                    new[i].article.title,
                    new[i].article.source,
                    new[i].article.url,
                    new[i].article.published,
                    new[i].article.author,
                    days[i],
                    added,
                    _pack_vec(vecs[i]),
                    None if new[i].article.markup == "text" else new[i].article.markup,
                )
                for n, i in enumerate(order)
            ],
        )
        for key in touched:
            self._save_story(engine.stories[key], sid_of[key], version)
        if passages is not None and self._index is not None:
            self._db.executemany(
                "INSERT OR REPLACE INTO article_runs(seq, id, day, runs) VALUES(?, ?, ?, ?)",
                [
                    (
                        seq0 + n,
                        new[i].article.id,
                        _day_or_never(days[i]),
                        passages[0][i].astype("<u8").tobytes(),
                    )
                    for n, i in enumerate(order)
                ],
            )
            self._index.merged(merges)
            self._index.add(
                [passages[0][i] for i in order],
                [seq0 + n for n in range(len(order))],
                [final[story_keys[i]] for i in order],
                [_day_or_never(days[i]) for i in order],
            )
            if engine.newest is not None:
                self._index.evict(engine.newest)
        engine.retire_quiet()
        self._save_df(df, counts_idx, version)
        self._set("n_docs", str(df.n_docs))
        self._set("seq", str(seq0 + len(new)))
        self._set("version", str(version))
        self._version = version
        self._recent = (self._recent + [vecs[i] for i in order])[-NEIGHBOUR_ARTICLES:]
        self._recent_ids = (self._recent_ids + [new[i].id for i in order])[-NEIGHBOUR_ARTICLES:]

    def _settle(self, engine: Engine) -> list[tuple[int, int]]:
        """Offer the waiting joins whose wait is over (JOIN_WAIT_DAYS) again: each
        article still alone joins the story it now fits by the join rule (an attach:
        its story id becomes an alias of that story's); merges, as Engine.merge."""
        if JOIN_WAIT_DAYS is None or not self._waiting or engine.newest is None:
            return []
        due = [k for k, d in self._waiting.items() if engine.newest >= d + JOIN_WAIT_DAYS]
        for k in due:
            del self._waiting[k]
        lone = [k for k in due if k in engine.stories and engine.stories[k].size == 1]
        return engine.merge(attach=True, only=lone) if lone else []

    def _keep_waiting(self, engine: Engine, started: list[tuple[int, float | None]]) -> None:
        """The waiting joins after this part: those still alone, and the ones it
        started (``started``: their story keys and their articles' days)."""
        waiting = {
            k: d
            for k, d in self._waiting.items()
            if k in engine.stories and engine.stories[k].size == 1
        }
        for k, day in started:
            if k in engine.stories and engine.stories[k].size == 1 and day is not None:
                waiting[k] = float(day)
        self._waiting = waiting
        saved = json.dumps(sorted([k, d] for k, d in waiting.items()))
        if saved != (self._get("waiting") or "[]"):
            self._set("waiting", saved)

    def _group_new(
        self,
        engine: Engine,
        df: DocFreq,
        new: list[Doc],
        vecs: list[Vector],
        days: list[float | None],
        mean: np.ndarray,
        sd: np.ndarray,
        story_keys: list[int],
        old_keys: set[int],
        passages: tuple[list[np.ndarray], list[tuple[set[int], list[int]]]] | None,
    ) -> bool:
        """Group this part's articles that joined no live story as a batch groups them,
        then attach each group whole to a live story or store it as a new story
        (``story_keys`` updated in place). True for a first import into an empty store,
        whose groups are then batch's partition of the import.

        Why: the single pass (engine.assign) started stories one article at a time with
        the store's cautious joins and never revised them, so a story whose first
        articles took different angles stayed in pieces (60 DUC articles into a new
        store: 13 stories, B-cubed 0.81, batch 8 and 0.94). A batch's refinement passes
        revise those first choices; among articles no story id holds yet that breaks no
        store contract. A first import is grouped by cluster.assign_batch itself (the
        import is all the store knows: its statistics are the pile's); later updates'
        articles, often a handful, by the same passes on the store's vectors and
        backgrounds (its document frequencies and recent articles), not on a handful's
        own (docs/stories.md, A young store groups as batch does)."""
        left = [i for i, k in enumerate(story_keys) if k not in old_keys]
        if len(left) < 2 or not GROUP_NEW:  # one article a call: the single pass decided, as before
            return False
        _drop_stories(engine, {story_keys[i] for i in left})
        first_import = not old_keys and df.n_docs == len(new) >= BATCH_IMPORT_MIN
        if first_import:
            labels = assign_batch([new[i] for i in left], self.threshold)
        else:
            pairs = [] if passages is None else [(i, j) for i in left for j in passages[1][i][1]]
            labels = _batch_labels(
                [vecs[i] for i in left],
                [days[i] for i in left],
                mean[left],
                sd[left],
                pairs_matrix(pairs, left),
                self.threshold,
            )
        groups: dict[int, list[int]] = {}
        for i, label in zip(left, labels, strict=True):
            groups.setdefault(label, []).append(i)
        states = []
        for members in groups.values():
            st = StoryState(-1)
            for i in members:
                st.add(vecs[i], days[i], float(mean[i]), float(sd[i]))
            states.append(st)
        linked_to = [
            set() if passages is None else {k for i in m for k in passages[1][i][0]}
            for m in groups.values()
        ]
        # A group of one is an article that has just failed the (more lenient) join.
        into = _attach_groups(engine, states, linked_to, min_size=2)
        for members, st, target in zip(groups.values(), states, into, strict=True):
            if target is None:
                st.key = engine.new_key()
                engine.load_story(st)  # not a merge candidate now: batch's merges ran
            else:
                engine.stories[target].absorb(st)
                engine._touched.add(target)
                engine._matrix = None
            for i in members:
                story_keys[i] = st.key if target is None else target
        if passages is not None:  # the links the dropped stories held, on the groups
            regrouped = set(left)
            for i, k in enumerate(story_keys):
                if i in regrouped:
                    for other in passages[1][i][0]:
                        if other in engine.stories:
                            engine.link(k, other)
                for j in passages[1][i][1]:
                    engine.link(k, story_keys[j])
        return first_import

    def _rescore(
        self,
        engine: Engine,
        df: DocFreq,
        vecs: list[Vector],
        new_keys: list[int],
        merged: Mapping[int, int],
    ) -> None:
        """Re-weigh every active story's articles with today's document frequencies and
        backgrounds, rebuild the stories' sums, and let every active story be a merge
        candidate again.

        Why: a young store weighed its first articles with frequencies and backgrounds
        from a handful of articles, so fragments of one story could fall below the
        threshold and stay apart. Re-scoring moves no article by itself; it lets
        fragments that now match merge and a one-article story attach to a story it now
        fits (ids as the module docstring says). It runs each time
        the store has grown by RESCORE_GROWTH (from RESCORE_MIN_DOCS articles), so its
        cost is amortised (about 1 / (growth - 1) re-weighings per article, from parsed
        text this process keeps) and it stops once the store holds RESCORE_UNTIL_DOCS
        articles. Quiet stories are re-scored too (they are the ones scored with the
        worst statistics; retire_quiet drops them again after the merge). ``merged``:
        stories this update already merged (absorbed key -> kept key), whose stored
        articles count under the kept story.
        """

        def resolve(k: int) -> int:
            while k in merged:
                k = merged[k]
            return k

        for key, first, last in self._db.execute(
            "SELECT key, first_day, last_day FROM stories WHERE key >= 0"  # no listings
        ):
            if key not in engine.stories and key not in merged:
                engine.stories[key] = StoryState(key, first=first, last=last)
        wanted = sorted(set(engine.stories) | set(merged))
        if not engine.stories:
            return
        sid_key: dict[str, int] = {}
        for s in range(0, len(wanted), 500):
            part = wanted[s : s + 500]
            marks = ",".join("?" * len(part))
            for sid, key in self._db.execute(
                f"SELECT id, key FROM stories WHERE key IN ({marks})", part
            ):
                if resolve(key) in engine.stories:
                    sid_key[sid] = resolve(key)
        stored: list[tuple[str, int, int]] = []  # id, seq, story key
        sids = sorted(sid_key)
        for s in range(0, len(sids), 500):
            sid_part = sids[s : s + 500]
            marks = ",".join("?" * len(sid_part))
            for aid, sid, seq in self._db.execute(
                f"SELECT id, story_id, seq FROM articles WHERE story_id IN ({marks}) "
                "AND copy_of IS NULL",
                sid_part,
            ):
                stored.append((aid, seq, sid_key[sid]))
        stored.sort(key=lambda r: r[1])
        missing = [r[0] for r in stored if r[0] not in self._parsed]
        for s in range(0, len(missing), 500):  # stored by another process: parse again
            id_part = missing[s : s + 500]
            marks = ",".join("?" * len(id_part))
            for aid, text, title, markup in self._db.execute(
                f"SELECT id, text, title, markup FROM articles WHERE id IN ({marks})", id_part
            ):
                doc = make_doc(
                    Article(id=aid, text=text, title=title),
                    markup=markup or "text",
                    title_line=True,  # an untitled text's first line, as when stored
                    move_title=False,
                )
                self._parsed[aid] = parse(doc.clean, doc.title)
        parsed = [self._parsed[r[0]] for r in stored]
        line_df = self._line_counts(parsed)
        shared = {k: v for k, v in line_df.items() if v > 1}
        old_vecs = []
        for (aid, *_), p in zip(stored, parsed, strict=True):
            counts = self._counts.get(aid)
            if counts is None or any(k in shared for k in p.keys if k is not None):
                counts = term_counts(p, shared)
            old_vecs.append(df.weigh(counts))
        keys = [r[2] for r in stored] + list(new_keys)
        all_vecs = old_vecs + list(vecs)
        x = rows(all_vecs)
        n = len(all_vecs)
        ref = np.arange(max(0, n - BACKGROUND_ARTICLES), n)
        inside = np.zeros(n, dtype=bool)
        inside[ref] = True
        near = np.arange(max(0, n - NEIGHBOUR_ARTICLES), n)
        in_near = np.zeros(n, dtype=bool)
        in_near[near] = True
        mean, sd = background(
            x,
            x[ref],
            self_in_ref=inside,
            pile=x[near],
            self_in_pile=in_near,
            reference=len(ref) + PRIOR_WEIGHT,
            ref_in_pile=np.arange(len(near) - len(ref), len(near)),
            prior=young_prior(df.n_docs),
        )
        fresh: dict[int, StoryState] = {}
        for i, key in enumerate(keys):
            st = fresh.setdefault(key, StoryState(key))
            st.centroid.add(*all_vecs[i])
            st.wsum.add(all_vecs[i][0], all_vecs[i][1] / sd[i])
            st.osum += float(mean[i] / sd[i])
            st.size += 1
        for key, st in fresh.items():
            old = engine.stories.get(key)
            if old is None:
                continue
            st.first, st.last = old.first, old.last  # time spans are unchanged
            engine.stories[key] = st
        engine._touched = set(engine.stories)
        engine._matrix = None
        self._rebuilt = set(fresh)
        # Stored vectors serve only as the background sample of a later writer: the most
        # recent ones are rewritten, older ones are never read again.
        recent = list(zip(old_vecs, stored, strict=True))[-NEIGHBOUR_ARTICLES:]
        self._db.executemany(
            "UPDATE articles SET vec=? WHERE id=?", [(_pack_vec(v), r[0]) for v, r in recent]
        )
        self._recent = old_vecs[-NEIGHBOUR_ARTICLES:]
        self._recent_ids = [r[0] for r in stored][-NEIGHBOUR_ARTICLES:]
        self._window = None

    def _line_counts(self, parsed: list[Parsed]) -> dict[int, int]:
        """Stored counts of the articles holding each of these lines."""
        line_df: dict[int, int] = {}
        wanted = sorted({k for p in parsed for k in p.keys if k is not None})
        for s in range(0, len(wanted), 500):
            part = wanted[s : s + 500]
            marks = ",".join("?" * len(part))
            line_df.update(
                self._db.execute(f"SELECT key, n FROM line_df WHERE key IN ({marks})", part)
            )
        return line_df

    def _save_df(self, df: DocFreq, features: list[np.ndarray], version: int) -> None:
        """Document frequencies: this update's features go to a log (small writes); the
        full 4 MiB table is rewritten only once the log holds DF_LOG_ROWS updates."""
        logged = self._db.execute("SELECT COUNT(*) FROM df_log").fetchone()[0]
        if logged >= DF_LOG_ROWS:
            self._db.execute("DELETE FROM df_log")
            self._db.execute(
                "INSERT OR REPLACE INTO blobs(name, data) VALUES('df', ?)",
                (zlib.compress(df.terms.tobytes(), 1),),
            )
            return
        idx = np.concatenate(features).astype(np.int32) if features else np.zeros(0, np.int32)
        self._db.execute(
            "INSERT INTO df_log(version, features) VALUES(?, ?)",
            (version, zlib.compress(idx.tobytes(), 1)),
        )

    def _vectors(
        self, new: list[Doc], df: DocFreq, parsed: list[Parsed]
    ) -> tuple[list[Vector], list[np.ndarray]]:
        """Vectors of new articles (parsed), line and term frequencies updated first (so
        a batch's own articles count in its IDF and its shared lines are recognised);
        their feature indices."""
        if df.n_docs < RESCORE_UNTIL_DOCS:
            self._parsed.update((d.id, p) for d, p in zip(new, parsed, strict=True))
        line_df: dict[int, int] = {}
        wanted = sorted({k for p in parsed for k in p.keys if k is not None})
        for s in range(0, len(wanted), 500):
            part = wanted[s : s + 500]
            marks = ",".join("?" * len(part))
            line_df.update(
                self._db.execute(f"SELECT key, n FROM line_df WHERE key IN ({marks})", part)
            )
        for k in wanted:
            line_df.setdefault(k, 0)
        for p in parsed:
            for k in {k for k in p.keys if k is not None}:
                line_df[k] += 1
        self._db.executemany(
            "INSERT INTO line_df(key, n) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET n=excluded.n",
            list(line_df.items()),
        )
        shared = {k: v for k, v in line_df.items() if v > 1}
        counts = [term_counts(p, shared) for p in parsed]
        for c in counts:
            df.add(c)
        if df.n_docs <= RESCORE_UNTIL_DOCS + len(new):
            for d, p, c in zip(new, parsed, counts, strict=True):
                if not any(k in shared for k in p.keys if k is not None):
                    self._counts[d.id] = c
        return [df.weigh(c) for c in counts], [c[0] for c in counts]

    def _save_story(self, st: StoryState, sid: str, version: int) -> None:
        arts = self._db.execute(
            "SELECT id, source, url FROM articles WHERE story_id=?", (sid,)
        ).fetchall()
        srcs = sorted({outlet(Article(id=a, text="", source=src, url=u)) for a, src, u in arts})
        self._db.execute(
            "INSERT INTO stories(id, key, first_day, last_day, size, n_sources, sources, "
            "first_seen, updated, changed, centroid, wsum, osum) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET first_day=excluded.first_day, "
            "last_day=excluded.last_day, size=excluded.size, n_sources=excluded.n_sources, "
            "sources=excluded.sources, first_seen=excluded.first_seen, "
            "updated=excluded.updated, changed=excluded.changed, centroid=excluded.centroid, "
            "wsum=excluded.wsum, osum=excluded.osum",
            (
                sid,
                st.key,
                st.first,
                st.last,
                st.size,
                len(srcs),
                json.dumps(srcs),
                _iso_day(st.first),
                _iso_day(st.last),
                version,
                _pack(st.centroid),
                _pack(st.wsum),
                st.osum,
            ),
        )

    def resolve(self, story_id: str) -> str:
        """The id a story is stored under now (itself, or the story it merged into)."""
        with self._lock:
            row = self._db.execute("SELECT new FROM merged WHERE old=?", (story_id,)).fetchone()
            return story_id if row is None else str(row[0])

    def stories(
        self, *, limit: int = 50, offset: int = 0, since: str | None = None
    ) -> list[StoredStory]:
        """Stories, most outlets first, then most articles, then most recently updated.

        ``since``: only stories with an article published at or after this ISO date/time
        (by the dates the articles carry, :func:`published_span`: a story none of whose
        articles carries a date is left out, as a digest of files leaves it out).
        """
        if since is None:
            return self._stories("", [], limit, offset)
        day = day_number(since)
        if day is None:
            raise InputError(f"unreadable date {since!r}", hint="use ISO 8601: 2026-11-29")
        # ``last_day`` counts an undated article at the stream's clock: of the stories it
        # finds, those kept have an article that gives a date on or after ``since``
        found = self._stories("WHERE last_day >= ?", [day], -1, 0)
        kept = [s for s in found if (day_number(s.updated) or -1.0) >= day]
        return kept[offset : offset + limit] if limit >= 0 else kept[offset:]

    def _stories(self, where: str, args: list[Any], limit: int, offset: int) -> list[StoredStory]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id FROM stories {where} ORDER BY n_sources DESC, size DESC, "
                "last_day DESC, id LIMIT ? OFFSET ?",
                [*args, int(limit), int(offset)],
            ).fetchall()
            return [s for s in (self._story(r[0]) for r in rows) if s is not None]

    def story_ids(self) -> set[str]:
        """The ids of the stories stored now (a merged story's id is not one: it resolves
        to the story it merged into, :meth:`resolve`)."""
        with self._lock:
            return {str(r[0]) for r in self._db.execute("SELECT id FROM stories")}

    def story(self, story_id: str) -> StoredStory | None:
        """A story by id; the id of a story that merged into another finds that one."""
        with self._lock:
            return self._story(self.resolve(story_id))

    def story_of(self, article_id: str) -> str | None:
        """The story an article is in (None if not stored)."""
        with self._lock:
            row = self._db.execute(
                "SELECT story_id FROM articles WHERE id=?", (article_id,)
            ).fetchone()
            return None if row is None else str(row[0])

    def count(self) -> tuple[int, int]:
        """(stories, articles) stored."""
        with self._lock:
            s = self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
            a = self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            return int(s), int(a)

    def _story(self, sid: str) -> StoredStory | None:
        row = self._db.execute(
            "SELECT n_sources, sources, first_seen, updated, changed FROM stories WHERE id=?",
            (sid,),
        ).fetchone()
        if row is None:
            return None
        arts = tuple(
            Article(
                id=r[0],
                text=r[1],
                title=r[2],
                source=r[3],
                url=r[4],
                published=r[5],
                author=r[6],
                position=n,
                markup=r[7] or "text",
                # stored untitled, its first line is read as a headline when it reads as
                # one, as summarize reads the document it was posted as
                title_line=True,
            )
            for n, r in enumerate(
                self._db.execute(
                    "SELECT id, text, title, source, url, published, author, markup FROM articles "
                    "WHERE story_id=? ORDER BY seq",
                    (sid,),
                )
            )
        )
        first, last = published_span(arts)
        return StoredStory(
            sid, arts, int(row[0]), tuple(json.loads(row[1])), first, last, int(row[4])
        )

    # -- summary cache (digest) -------------------------------------------------------------
    def cached(self, sid: str, content: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT payload FROM summaries WHERE story_id=? AND content=?", (sid, content)
            ).fetchone()
            return None if row is None else bytes(row[0])

    def cache(self, sid: str, content: str, payload: bytes) -> None:
        with self._write():
            self._db.execute("DELETE FROM summaries WHERE story_id=?", (sid,))
            self._db.execute(
                "INSERT INTO summaries(story_id, content, payload) VALUES(?,?,?)",
                (sid, content, payload),
            )

    def close(self, wait: float | None = None) -> bool:
        """Close the database once no write or read holds it. ``wait``: at most so many
        seconds for one in progress (a server's stop never hangs on an abandoned
        write); past it the store is left open for the process's exit, and the
        unfinished write's transaction never commits. Whether it was closed."""
        if not self._lock.acquire(timeout=-1 if wait is None else max(0.0, wait)):
            return False
        try:
            self._db.close()
        finally:
            self._lock.release()
        return True

    def __enter__(self) -> StoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["StoredStory", "StoryStore", "outlet"]
