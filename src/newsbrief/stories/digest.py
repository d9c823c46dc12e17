"""Digests: the stories of a pile (or a store), ranked, each summarized with its sources.

Ranking: by recent coverage, one quantity for "how widely covered and how recent": the
story's outlets, discounted by its age, halving every :data:`RECENCY_HALF_LIFE_DAYS`
before the newest article of the digest. A story's day is the median day of its articles
(:func:`story_day`), so one late feature or follow-up does not make an old story current.
A story several newsrooms chose to write up is the one a reader most needs: two outlets
yesterday outrank one today, five outlets yesterday two today, while ten outlets three
weeks ago outrank nothing new. A story one outlet reported never ranks above one that
several reported in the same period (story days within a half-life): one newsroom's
choice is not the news of the day. ``--since`` only filters: the stories it keeps are
ranked as they are without it, so a window that leaves nothing out changes nothing (a
user trimming old news must not get old news on top). Undated, the rule is plain outlet
count; an undated story among dated ones ranks by its outlets alone, after the dated
stories of as many outlets (:func:`_undated_by_coverage`). Ties: more outlets, more
articles, the newer story.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
import sys
from collections.abc import Callable, Container, Generator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from ..model import Article, Story, Summary, stable_id
from .docs import day_number
from .store import StoredStory, StoryStore, outlet

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DigestItem:
    """One story of a digest; ``section`` is its summary rendered for the digest's format
    (a string, or for JSON a dict), ready to place under the headline."""

    rank: int
    story_id: str
    headline: str
    sources: tuple[str, ...]
    n_articles: int
    first_seen: str | None
    updated: str | None
    section: Any
    cached: bool = False
    # stored articles whose text repeats another's: no source, not in ``n_articles``
    copies: int = 0
    # near-copies (an updated re-send, a syndicated copy: ``dedup.find_duplicates``) that
    # the summary sets aside as duplicates of an article it reads: not in ``n_articles``
    near_copies: int = 0


@dataclass(frozen=True)
class FailedStory:
    """A story of a digest whose summary failed (``on_error="skip"``): left out of the
    digest and reported, so one bad story does not cost the reader the others."""

    story_id: str
    reason: str

    def __str__(self) -> str:
        return f"story {self.story_id}: {self.reason}"


def _span(articles: Sequence[Article]) -> tuple[str | None, str | None]:
    dates = sorted(a.published for a in articles if a.published)
    return (dates[0], dates[-1]) if dates else (None, None)


def zoned(stamp: str | None) -> str | None:
    """``stamp`` with its time zone said: a date-time without one is UTC (the store keeps
    UTC times bare, and ``day_number`` reads a bare time as UTC), so it gets ``Z``; a bare
    day, a time with its zone and anything unreadable are left as given."""
    if not stamp or "T" not in stamp or stamp.endswith("Z"):
        return stamp
    import datetime as _dt

    try:
        moment = _dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return stamp if moment.tzinfo is not None else stamp + "Z"


def as_stored(story: Story) -> StoredStory:
    """A clustered (not stored) story in the store's shape, for one ranking code path. A
    copy of another article's text is no second source (``dedup.distinct_texts``)."""
    from ..dedup import distinct_texts

    outlets = sorted({outlet(a) for a in distinct_texts(story.articles)})
    first, last = _span(story.articles)
    return StoredStory(story.id, story.articles, len(outlets), tuple(outlets), first, last, 0)


def outlet_names(articles: Sequence[Article]) -> tuple[str, ...]:
    """The outlets of a story as a reader sees them: each article's ``label`` (the one
    naming rule, :func:`newsbrief.model.outlet_name`, that summaries use too), one per
    outlet the digest counts, in alphabetical order (a copy of another's text is none)."""
    from ..dedup import distinct_texts

    names: dict[str, str] = {}
    for a in distinct_texts(articles):
        names.setdefault(outlet(a), a.label)
    return tuple(sorted(dict.fromkeys(names.values()), key=lambda n: (n.lower(), n)))


def _headline(summary: Summary, latest_first: bool = False) -> str:
    """The story summary's own title (``story_heading``), so a story is named the same in
    the digest and in ``newsbrief summarize``; with ``latest_first``, for a story told
    over several days, :func:`latest_headline` (its current state)."""
    from ..render import story_heading

    if latest_first:
        latest = latest_headline(summary)
        if latest:
            return whole_shown_sentence(summary, latest)
    return whole_shown_sentence(summary, story_heading(summary).title)


def whole_shown_sentence(summary: Summary, headline: str) -> str:
    """``headline`` whole when it is a summary sentence cut ("…") and that sentence has
    at most twice :data:`~newsbrief.render.HEADLINE_WORDS` words (the longest heading
    ``render.whole_heading`` shows whole): a digest entry that opens on a headline cut
    from its first sentence and then prints that sentence in full tells the reader the
    same words twice ("The death toll ... has reached 83…" over "The death toll ... has
    reached 83, after a homeless man froze ..."). Shown whole, the sentence heads the
    entry and :func:`without_headline` leaves it out of the list below. A longer
    sentence keeps its cut (a headline of 33 words and more is no headline)."""
    from ..render import HEADLINE_WORDS

    if not headline.endswith("…"):
        return headline
    start = " ".join(headline[:-1].split())
    for s in summary.sentences:
        whole = " ".join(s.text.split())
        if whole.startswith(start) and len(whole.split()) <= 2 * HEADLINE_WORDS:
            return whole
    return headline


def story_headline(summary: Summary) -> str:
    """The headline a digest gives a story summarized news first (``latest_first``);
    the service names a stored story by :func:`entry_headline`, this of the digest's
    own summary, so a story reads the same on every page."""
    return _headline(summary, latest_first=True)


# How central, as a share of a third party's reaction's centrality, a candidate stating
# the event must be to head the story in its place (latest_headline; s34 hdR): "nearly
# as central", within a tenth.
REACTION_SHARE = 0.9


def latest_headline(summary: Summary) -> str | None:
    """A developing story's headline says where it stands now: what its newest articles
    (``recency.newest_articles``: the newest third of the dated ones) open with, their
    given titles and their ledes that reach their main verb (where a news writer puts
    what is new; a summary sentence deep in a new article is often background, "PAL
    closed on Sept. 23"), and the summary's opening sentence when a newest article gave
    it (``latest_first`` opens on such a lede). Of those the headline ranking finds fit
    (``render.title_flags``: standing alone, no background, stating an event; and
    ``recency.central_titles``: at least half as central as the most central), the
    most central (a given title first; on a tie, the newest). Why the most central and
    not the newest or the summary's opening, as before (s33 dgR): the newest article is
    often a side item filed with the story ("The price of cooking oil ... has risen" over
    a typhoon, "The clinic ... scrambled to find doctors" over a doctor's killing), and
    the opening was chosen as the newest; measured on the 30 DUC stories,
    ``benchmarks/digest_headlines.py``. A fit candidate is also at least ``CENTRAL_SHARE`` as
    central as the story's most central title (``render.headline_candidates``): the
    headline states the story's event, not a side item filed with it. None for a story
    of one day or without dates, or with no fit candidate (its usual title then)."""
    from ..recency import CENTRAL_SHARE, central_titles, newest_articles
    from ..render import (
        HEADLINE_WORDS,
        headline_candidates,
        is_reaction,
        ledes,
        reaches_main_verb,
        sentence_title,
        title_flags,
        whole_clause_title,
    )

    newest = newest_articles(summary.articles)
    if newest is None:
        return None
    day: dict[str, str] = {}  # each candidate title's article's day
    candidates = []
    for a in summary.articles:
        if a.id in newest and a.title and a.title.strip():
            title = " ".join(a.title.split())
            if title not in day:
                day[title] = (a.published or "")[:10]
                candidates.append((title, title))
    given = set(day)
    published = {a.id: (a.published or "")[:10] for a in summary.articles}
    opening = ""  # the summary's opening, when it is a newest article's (its news)
    first = summary.sentences[0] if summary.sentences else None
    if first is not None and first.article_id in newest:
        whole = " ".join(first.text.split())
        opening = sentence_title(whole)  # cut as every title is: at most HEADLINE_WORDS
        if not reaches_main_verb(opening) and len(whole.split()) <= 2 * HEADLINE_WORDS:
            # Cut inside an aside before its verb ("Abdullah Ocalan, leader of ... by
            # Turkey…"): the main clause without the aside says what happened ("Abdullah
            # Ocalan has been detained in Rome"); else the cut still names the news's
            # subject. (Such an opening used to be shown whole: up to 32 words.)
            opening = _without_aside(whole) or opening
            fits = True
        else:
            fits = reaches_main_verb(opening)
        if opening.endswith("…") and whole_clause_title(whole) != opening:
            # cut mid-clause: the sentence's whole clause, if it has one, heads it
            opening = _whole_clause(whole) or ""
            fits = bool(opening) and reaches_main_verb(opening)
        if fits and opening not in day:
            day[opening] = published[first.article_id]
            candidates.append((first.text, opening))
    for a in summary.articles:
        if a.id not in newest:
            continue
        for lede in ledes([a]):
            clause = _whole_clause(lede)  # a whole sentence or clause, never cut mid-clause
            if clause is not None and reaches_main_verb(clause) and clause not in day:
                day[clause] = published[a.id]
                candidates.append((lede, clause))
    flags = title_flags(summary.articles, candidates, titles=len(given))
    # the story's event: at least CENTRAL_SHARE as central as the story's most central
    # title, not only as its newest candidates' (a visit to congratulate Gadhafi on his
    # hip headed the Lockerbie story: 0.47 of the story's best title)
    story_best = max((c for _, c in headline_candidates(summary)), default=0.0)
    central = {t: c for t, _, c in flags}
    fit = [t for t in central_titles(flags) if central[t] >= CENTRAL_SHARE * story_best]
    if not fit:
        return None

    # a given title (an editor's name for the story), else the most central of what is
    # new (the story's event), on a tie the newest
    def rank(t: str) -> tuple[bool, float, str, int]:
        return (t in given, central[t], day[t], -fit.index(t))

    best = max(fit, key=rank)
    texts = [a.text for a in summary.articles]
    if best not in given and is_reaction(best, texts):
        # a third party's judgement of the event repeats the event's words, so it
        # scores as central ("Castro said he disagreed with the arrest"): a candidate
        # stating the event itself, nearly as central, heads the story instead
        events = [
            t
            for t in fit
            if central[t] >= REACTION_SHARE * central[best] and not is_reaction(t, texts)
        ]
        if events:
            best = max(events, key=rank)
    return best


def _whole_clause(sentence: str) -> str | None:
    """``sentence`` as a headline that is a whole sentence or clause
    (``render.whole_clause_title``): within :data:`~newsbrief.render.HEADLINE_WORDS`
    words, else within twice as many (the longest heading ``render.whole_heading`` shows
    whole), its first such clause. Why: a news lede is long ("Cathay Pacific Airways
    said Wednesday it had pulled out of talks to buy a stake in ailing Philippine
    Airlines — making ..."), so with the shorter limit no newest article's lede could
    head its story, and the headline fell back to the whole story's title, often an
    older article's (a stale "prospective investor" over a lede saying the investor
    pulled out)."""
    from ..render import HEADLINE_WORDS, whole_clause_title

    # the shortest limit that gives one: the sentence's first whole clause, not its last
    for words in range(HEADLINE_WORDS, 2 * HEADLINE_WORDS + 1):
        title = whole_clause_title(sentence, words)
        if title is not None:
            return title
    return None


def _without_aside(sentence: str) -> str | None:
    """``sentence``'s main clause with the aside after its subject left out
    (``render.main_clause``: "Abdullah Ocalan, leader of Kurdish insurgents ..., has been
    detained in Rome after ..." -> "Abdullah Ocalan has been detained in Rome"), cut as a
    title is, when it leaves one out and reaches its verb; else None. Only the source's
    words, in their order."""
    from ..render import clause_trim, main_clause, reaches_main_verb

    words = sentence.split()
    kept = main_clause(sentence).split()
    at = 0  # where each kept word is in the sentence
    gap = False
    for k, w in enumerate(kept):
        while at < len(words) and words[at] != w:
            at += 1
            gap = gap or k > 0
        at += 1
        if gap and k > 0 and kept[k - 1].endswith(","):
            kept[k - 1] = kept[k - 1].rstrip(",")  # the comma that opened the aside
            break
    if not gap or not kept:
        return None
    text = " ".join(kept).rstrip(",;:")
    title = clause_trim(text)
    return title if reaches_main_verb(title) else None


def digest_furniture(stories: Sequence[StoredStory]) -> frozenset[str]:
    """Sentences printed verbatim in several stories of the digest: page furniture.

    A digest summarizes many stories at once, so it can see what one story alone cannot:
    a site notice on pages of unrelated stories (see :mod:`newsbrief.furniture`).
    """
    from ..furniture import batch_furniture

    return batch_furniture([a.text for a in s.articles] for s in stories)


def _furniture_in(story: StoredStory, furniture: frozenset[str]) -> list[str]:
    """The furniture keys found in ``story``: what its summary depends on."""
    if not furniture:
        return []
    from ..furniture import raw_sentence_keys

    return sorted(raw_sentence_keys(a.text for a in story.articles) & furniture)


# A story's weight halves every this many days of age: twice the outlets three days
# older tie, so one day of recency never outweighs wider coverage (two outlets yesterday
# lead one today), while a week-old story needs five times the outlets of today's.
RECENCY_HALF_LIFE_DAYS = 3.0


def story_day(articles: Sequence[Article]) -> float | None:
    """The day a story is about (a day number): the median day of its dated articles (the
    later middle one for an even count: a story half of whose coverage is new is new),
    so one late feature or follow-up does not make an old story current; None undated."""
    days = sorted(d for d in (day_number(a.published) for a in articles) if d is not None)
    return days[len(days) // 2] if days else None


def _newest_day(articles: Sequence[Article]) -> float | None:
    days = [d for d in (day_number(a.published) for a in articles) if d is not None]
    return max(days) if days else None


def recent_coverage(story: StoredStory, now: float | None) -> float:
    """The story's outlets (a copy of another article's text is none), weighted
    2^-(age / half-life) by the age of the story (:func:`story_day`) at ``now`` (a day
    number); an undated story counts its outlets in full."""
    from ..dedup import distinct_texts

    return _coverage(story.articles, now, {outlet(a) for a in distinct_texts(story.articles)})


def _coverage(articles: Sequence[Article], now: float | None, outlets: Container[str]) -> float:
    """:func:`recent_coverage` of ``articles``, counting only ``outlets`` (an outlet that
    only copied another's text is none; a re-post still dates the story: its outlet
    thought it news again that day)."""
    n = len({outlet(a) for a in articles if outlet(a) in outlets})
    day = story_day(articles)
    if day is None or now is None:
        return float(n)
    return n * 0.5 ** (max(now - day, 0.0) / RECENCY_HALF_LIFE_DAYS)


def select(
    stories: Sequence[StoredStory],
    *,
    min_sources: int = 2,
    since: str | None = None,
    one_period: bool = False,
) -> list[StoredStory]:
    """Stories with enough outlets (and news since ``since``), best first (see the
    module): by :func:`recent_coverage` as of the newest article among ``stories`` (so a
    story of one outlet never ranks above one of several outlets whose day is within
    :data:`RECENCY_HALF_LIFE_DAYS` of its own); ties: more outlets, more articles, the
    newer. One ranking of every story, then the filters: ``min_sources`` and ``since``
    only leave stories out, so the stories kept keep the order they have without them
    (a window that excludes nothing changes nothing, and showing the one-outlet stories
    too does not reorder the others). ``since`` keeps a story with an article dated on
    or after it (an article's own date, :func:`dated_span`: an undated story has no news
    known to be that recent). ``one_period`` (off unless asked for): rank every story of
    one outlet after every story of several, whatever their days. A copy of another
    article's text (``dedup.distinct_texts``) is no outlet of its own, whatever the
    store counted."""
    from ..dedup import distinct_texts

    since_day = day_number(since) if since else None
    reports: dict[str, set[str]] = {}  # each story's outlets, a copy of a text counted once
    texts: dict[str, list[Article]] = {}
    for s in stories:
        texts[s.id] = distinct_texts(s.articles)
        reports[s.id] = {outlet(a) for a in texts[s.id]}
    newest = [d for d in (_newest_day(s.articles) for s in stories) if d is not None]
    now = max(newest) if newest else None
    # One outlet scores at most 2^-(age/half-life); two a half-life older score as much,
    # and the tie goes to more outlets: a story of one outlet never ranks above one of
    # several whose day is within a half-life of its own.
    score = {s.id: round(_coverage(s.articles, now, reports[s.id]), 9) for s in stories}
    day = {s.id: story_day(s.articles) for s in stories}
    ranked = sorted(
        stories,
        key=lambda s: (
            one_period and len(reports[s.id]) == 1,
            -score[s.id],
            -len(reports[s.id]),
            -len(texts[s.id]),
            -(day[s.id] or 0.0),
            s.id,
        ),
    )
    if now is not None:
        ranked = _undated_by_coverage(ranked, day, reports, one_period)
    keep = []
    for s in ranked:
        if len(reports[s.id]) < min_sources:
            continue  # (a copy of one text is no second source, whatever the store counted)
        if since_day is not None:
            last = _newest_day(s.articles)
            if last is None or last < since_day:
                continue  # older, or undated: no news known to be on or after ``since``
        keep.append(s)
    return keep


def _undated_by_coverage(
    ranked: list[StoredStory],
    day: dict[str, float | None],
    reports: dict[str, set[str]],
    one_period: bool,
) -> list[StoredStory]:
    """``ranked`` with each undated story of a digest that has dated ones placed by its
    coverage only: after every dated story it does not outrank (one of as many outlets or
    more; ``one_period``: and, for an undated story of several outlets, no dated story of
    one), wherever those rank; before the dated stories after the last of them. Why: an
    undated story has no age to discount, so its full outlet count outranked dated
    stories of as many outlets a few days old, and a pasted feature from another year
    opened a briefing of the week's news ("5 stories, 1998-10-03 to 1998-12-02" over a
    2016 story). With no date it says nothing about being news now: it ranks by its
    coverage alone, after the dated stories of equal coverage. Placed after the last of
    them, not before the first dated story of fewer outlets: the place then does not
    depend on which other stories are shown (with --min-sources 1 an undated two-outlet
    story came before two-outlet stories of a month ago, which it followed without)."""
    dated = [s for s in ranked if day[s.id] is not None]
    undated = [s for s in ranked if day[s.id] is None]
    if not dated or not undated:
        return ranked

    def outranks(u: StoredStory, d: StoredStory) -> bool:
        nu, nd = len(reports[u.id]), len(reports[d.id])
        if one_period and (nu == 1) != (nd == 1):
            return nd == 1
        return nu > nd

    # each undated story's place: after the last dated story it does not outrank (the
    # places do not decrease along ``undated``: it is ranked most outlets first)
    at = {
        u.id: max((k + 1 for k, d in enumerate(dated) if not outranks(u, d)), default=0)
        for u in undated
    }
    out: list[StoredStory] = []
    waiting = sorted(undated, key=lambda u: at[u.id])  # stable: their ranked order
    for k, d in enumerate(dated):
        while waiting and at[waiting[0].id] <= k:
            out.append(waiting.pop(0))
        out.append(d)
    return out + waiting


@dataclass(frozen=True)
class NotShown:
    """Stories a digest's criteria leave out: ``few_sources`` with news (since the
    digest's ``since``) but fewer than ``min_sources`` outlets, ``over_limit`` meeting
    every criterion beyond the first ``limit``. Said under the digest (:meth:`lines`):
    a briefing that silently drops a nine-article story of one wire reads as complete."""

    few_sources: int = 0
    min_sources: int = 2
    over_limit: int = 0
    limit: int = 0
    # the most outlets a story of ``few_sources`` has: the one --min-sources suggested
    # (it shows the best covered of them), here and in the empty digest's message alike
    most: int = 1
    undated: int = 0  # stories with no date, left out by ``since``

    def lines(self, page: bool = False) -> list[str]:
        """What was left out and the option that shows it, one line each; ``page``: for
        a reader of a markdown or HTML page, who has no command line, the same in words
        (``3 stories from one outlet not shown (a digest of stories from 1 or more
        outlets shows them)``)."""
        out = []
        if self.few_sources:
            fewer = (
                "one outlet" if self.min_sources == 2 else f"fewer than {self.min_sources} outlets"
            )
            least = max(min(self.most, self.min_sources - 1), 1)
            them = "it" if self.few_sources == 1 else "them"
            shows = (
                f"a digest of stories from {least} or more outlets shows {them}"
                if page
                else f"use --min-sources {least}"
            )
            out.append(f"{_stories(self.few_sources)} from {fewer} not shown ({shows})")
        if self.undated:
            out.append(f"{undated_left_out(self.undated)} not shown ({UNDATED_RULE})")
        if self.over_limit:
            shows = (
                f"this digest shows at most {_stories(self.limit)}"
                if page
                else f"use --limit {self.limit + self.over_limit}"
            )
            out.append(
                f"{self.over_limit} more {_stories(self.over_limit).split()[1]} not shown ({shows})"
            )
        return out


def _stories(n: int) -> str:
    return f"{n} stor{'y' if n == 1 else 'ies'}"


# Why a digest with a since date leaves out a story with no date: no news of it is known
# to be on or after that day. A story store files an article without a publication date
# at the stream's clock (``StoryStore._days``: the newest publication date seen in the
# stream, for its own rules), but that is no date the article gave: a stored story whose
# articles carry none is undated too (``store.published_span``).
UNDATED_RULE = "a since date keeps only stories dated on or after it"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def n_outlets(story: StoredStory) -> int:
    """The outlets :func:`select` counts for ``story`` (a copy of a text is none)."""
    from ..dedup import distinct_texts

    return len({outlet(a) for a in distinct_texts(story.articles)})


def undated_left_out(n: int) -> str:
    return f"{n} undated stor{'y' if n == 1 else 'ies'}"


def n_undated(stories: Sequence[StoredStory]) -> int:
    """How many of ``stories`` have no date (what ``since`` leaves out as undated)."""
    return sum(1 for s in stories if _newest_day(s.articles) is None)


def not_shown(
    stories: Sequence[StoredStory],
    chosen: Sequence[StoredStory],
    *,
    min_sources: int,
    limit: int,
    since: str | None = None,
) -> NotShown:
    """What a digest of ``stories`` leaves out: ``chosen`` is :func:`select`'s answer for
    the same ``min_sources`` and ``since`` (before ``limit`` is applied)."""
    recent = select(stories, min_sources=1, since=since) if min_sources > 1 else chosen
    shown = {s.id for s in chosen}
    few = [s for s in recent if s.id not in shown]
    return NotShown(
        few_sources=len(few),
        min_sources=min_sources,
        over_limit=max(len(chosen) - limit, 0),
        limit=limit,
        most=max((n_outlets(s) for s in few), default=1),
        undated=n_undated(stories) if since else 0,
    )


def why_none_shown(
    n_stories: int, most: int, *, min_sources: int, since: str | None, undated: int = 0
) -> tuple[str, str]:
    """Why a digest is empty, in plain words, and the option that would show more (as
    " (use ...)"; a page says only why). A bare "no story meets the criteria" leaves the
    user guessing which criterion (DUC wire copy, one outlet per story, gives an empty
    digest at the default --min-sources 2). ``n_stories``: every story at hand (before
    ``since``); ``most``: the most outlets any story with news since ``since`` has (0:
    none has, the one thing to say); ``undated``: stories ``since`` left out for having
    no date. The same words in ``newsbrief digest`` and the service (which names its
    query parameters: ``_as_query``)."""
    if since and not most:
        older = n_stories - undated
        if n_stories == 1:
            of = f" (the one story is {'undated' if undated else 'older'})"
        elif not undated or not older:
            of = f" (the {n_stories} stories are {'undated' if undated else 'older'})"
        else:
            of = f" ({older} {_are(older)} older, {undated} {_are(undated)} undated)"
        return f"no story has news on or after {since}{of if n_stories else ''}", (
            "; use an earlier --since"
        )
    if not n_stories:
        return "no story to show: there are no stories", ""
    on = f" with news on or after {since}" if since else ""
    # the value that shows the best-covered stories: one less may still show nothing
    fewer = 0 < most < min_sources
    fixes = [f"--min-sources {most}"] if fewer else []
    if since:
        fixes.append("an earlier --since")
    fix = f" (use {' or '.join(fixes)})" if fixes else ""
    best = f"; the most any has is {most} outlet{'s' if most != 1 else ''}" if fewer else ""
    return (
        f"no story meets the criteria: of {_stories(n_stories)}, none was reported "
        f"by {min_sources} or more outlets{on}{best}",
        fix,
    )


# Bumped when what a cached section holds changes (2: summary-title headlines, furniture;
# 3: central headlines, outlets per sentence and disagreements in every format; 4: news
# before background in headlines, brief markdown facts/disagreements/sources; 5: ledes as
# headline candidates, sentences that state no event last; a source's day said once;
# 6: the briefing's reading order, the overview first and names in full first; 7: a copy
# of another article's text is no source, an uncorroborated article's sentences last;
# 8: a given title ranked with the sentences, rows naming every article once an outlet
# has two); 9: news first (a developing story's latest development and current state
# first), the analysis and sources in every format, the articles the summary reads counted;
# 10: near-copies counted apart, headlines cut to the word limit, markdown headings one
# level under the story's, facts that stand alone, each sentence's day when they differ;
# 11: one entry holds the section in every format, so the key names no format; 12:
# whole-clause headlines, no leaning or editorial sentences first, developments per report;
# 13: a newest lede's first whole clause of up to twice the headline words heads a
# developing story, a summary sentence the headline repeats whole is not shown again,
# sources in date order, pages say in words what they leave out; 14: the most central
# newest candidate heads a developing story, a headline cut from a summary sentence of up
# to twice the headline words is that sentence whole, s33 dgR; 15: a third party's
# reaction gives way to a nearly as central statement of the event, s34 hdR).
_CACHE_VERSION = "15"


def content_key(
    story: StoredStory,
    words: int,
    method: str,
    furniture: Sequence[str] = (),
    *,
    latest_first: bool = True,
) -> str:
    """What a cached entry depends on: the story's articles (and how each is read: a
    section made while a markdown article was read as plain text, by a newsbrief from
    before the store kept markup, shows its markup), the summary options, and which of
    its sentences the digest's other stories show to be furniture. Never the output
    format: an entry holds the section in every format (:func:`_summarized`), so the text
    digest a cron job prints and the service's JSON ``/v1/digest`` share it."""
    return stable_id(
        *(a.id if a.markup == "text" else f"{a.id} ({a.markup})" for a in story.articles),
        f"words={words}",
        f"method={method}",
        f"v={_CACHE_VERSION}",
        *(f"furniture={k}" for k in furniture),
        *(() if latest_first else ("background-first",)),
    )


def digest(
    stories: Sequence[StoredStory],
    *,
    fmt: str = "text",
    words: int = 100,
    method: str = "default",
    store: StoryStore | None = None,
    progress: Callable[[int, int], None] | None = None,
    furniture: frozenset[str] | None = None,
    on_error: str = "raise",
    failed: list[FailedStory] | None = None,
    latest_first: bool = True,
    jobs: int = 1,
) -> list[DigestItem]:
    """Summarize each story (already selected and ranked) and render it for ``fmt``.

    ``furniture``: keys of sentences that are page furniture (from
    :func:`digest_furniture`, best over every story the digest was chosen from, not only
    those shown); by default found among ``stories`` themselves. With a ``store``, each
    story's rendered sections are cached there (as JSON, one entry holding every format,
    keyed by the story's articles, the options and the furniture it holds, never the
    format), so a story that has not changed since the last digest is not summarized
    again, whichever format either digest asked for.

    A story whose summary fails stops the digest with an error naming the story
    (``on_error="raise"``), or, with ``on_error="skip"``, is left out and appended to
    ``failed`` (logged as a warning when no ``failed`` list is given); the other stories
    keep their order and are ranked 1, 2, ...

    ``latest_first`` (the default): a story told over several days is headed by its
    current state and its summary opens on its latest development, the rest in time
    order (``summarize(latest_first=True)``, :mod:`newsbrief.recency`); False gives the
    story's overview first, as before.

    ``jobs``: worker processes summarizing the stories (``0``: every core; 1, the
    default, this process). Each story is summarized on its own, so the digest is the
    same whatever the number (``newsbrief.engine.run_ordered`` gives the summaries back
    in the stories' order; the store is read and written in this process only).
    """
    from ..engine import resolve_jobs, run_ordered
    from ..errors import OptionsError

    if fmt not in FORMATS:
        raise OptionsError(f"unknown format {fmt!r}", hint="choose text, markdown, json or html")
    if on_error not in ("raise", "skip"):
        raise OptionsError(f"unknown on_error {on_error!r}", hint="choose raise or skip")
    resolve_jobs(jobs)
    if furniture is None:
        furniture = digest_furniture(stories)
    keys = [
        content_key(s, words, method, _furniture_in(s, furniture), latest_first=latest_first)
        for s in stories
    ]
    entries = [_cached_entry(store, s.id, key, fmt) for s, key in zip(stories, keys, strict=True)]
    todo = [
        _Job(s, words, method, furniture, latest_first)
        for s, entry in zip(stories, entries, strict=True)
        if entry is None
    ]
    items: list[DigestItem] = []
    # in the stories' order, each as soon as it is made: the progress bar moves story by
    # story, and a worker pool works ahead on the next ones
    made = run_ordered(_summary_of, todo, jobs=jobs)
    with contextlib.closing(cast(Generator[_Made, None, None], made)):
        for n, (s, key, entry) in enumerate(zip(stories, keys, entries, strict=True), 1):
            cached = entry is not None
            if entry is None:
                entry, exc, trace = next(made)
                if exc is not None:
                    # re-raises unless skipping
                    reason = _failure(exc, s.id, on_error, trace)
                    if failed is not None:
                        failed.append(FailedStory(s.id, reason))
                    else:  # nobody else will say it
                        _log.warning("story %s left out of the digest: %s", s.id, reason)
                    if progress:
                        progress(n, len(stories))
                    continue
                if store is not None:
                    store.cache(s.id, key, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
            assert entry is not None
            # the articles its summary reads (a copy of another's text is none, and a
            # near-copy it sets aside as a duplicate is said apart)
            n_listed = int(entry.get("articles", s.size))
            near = int(entry.get("near_copies", 0))
            items.append(
                DigestItem(
                    len(items) + 1,
                    s.id,
                    entry["headline"],
                    outlet_names(s.articles),
                    n_listed - near,
                    s.first_seen,
                    s.updated,
                    entry["sections"][fmt],
                    cached,
                    max(s.size - n_listed, 0),
                    near,
                )
            )
            if progress:
                progress(n, len(stories))
    return items


def _cached_entry(
    store: StoryStore | None, story_id: str, key: str, fmt: str
) -> dict[str, Any] | None:
    """The store's entry for a story under ``key`` when it holds ``fmt``'s section, else
    None (no store, nothing cached, unreadable or written by another version: the story
    is summarized again)."""
    if store is None:
        return None
    blob = store.cached(story_id, key)
    if blob is None:
        return None
    try:
        entry = json.loads(blob)
    except ValueError:  # unreadable: summarized again
        return None
    if not isinstance(entry, dict) or fmt not in entry.get("sections", {}):
        return None  # not an entry this version writes: summarized again
    return entry


@dataclass(frozen=True)
class _Job:
    """One story to summarize for a digest: what a worker process needs (picklable)."""

    story: StoredStory
    words: int
    method: str
    furniture: frozenset[str]
    latest_first: bool


# A story's entry, or the exception its summary raised and that exception's traceback.
_Made = tuple[dict[str, Any] | None, Exception | None, str]


def _summary_of(job: _Job) -> _Made:
    """A story's digest entry (:func:`_summarized`), or the exception its summary raised
    with its traceback as text: given back, not raised, so a worker pool goes on with
    the other stories and the digest decides (``on_error``) in story order; the text,
    because a traceback does not cross processes (``-vv`` shows where a bug is)."""
    from .. import api

    try:
        entry = _summarized(
            job.story, job.words, job.method, job.furniture, api.summarize, job.latest_first
        )
    except Exception as exc:
        import traceback

        return None, exc, "".join(traceback.format_exception(exc))
    return entry, None, ""


def _summarized(
    story: StoredStory,
    words: int,
    method: str,
    furniture: frozenset[str],
    summarize: Callable[..., Summary],
    latest_first: bool = True,
) -> dict[str, Any]:
    """A story's digest entry: its headline and its summary rendered in every format
    (rendering is milliseconds, summarizing seconds: a digest in another format reads
    the same entry)."""
    summary = entry_summary(story, words, method, furniture, summarize, latest_first)
    headline = _headline(summary, latest_first)
    body = without_headline(summary, headline)
    sections = {fmt: _SECTIONS[fmt](body) for fmt in FORMATS}
    sections["json"]["title"] = headline  # the story is named as its digest entry names it
    listed = {a.id for a in summary.articles}
    near = {d.article_id for d in summary.dropped if d.duplicate_of and d.article_id in listed}
    return {
        "headline": headline,
        "sections": sections,
        "articles": len(summary.articles),
        "near_copies": len(near),
    }


def entry_summary(
    story: StoredStory,
    words: int,
    method: str,
    furniture: frozenset[str],
    summarize: Callable[..., Summary],
    latest_first: bool = True,
) -> Summary:
    """The summary a story's digest entry is made from, and its headline
    (:func:`story_headline` of it): a briefing's reading order, news first."""
    return summarize(
        list(story.articles),
        words=words,
        method=method,
        story_id=story.id,
        furniture=furniture,
        briefing=True,  # a briefing's reading order (order.py)
        latest_first=latest_first,  # news first (recency.py)
    )


def entry_headline(
    story: StoredStory,
    words: int,
    furniture: frozenset[str],
    summarize: Callable[..., Summary],
    method: str = "default",
) -> str:
    """The headline the digest gives ``story`` (its entry's ``headline``, made by the
    same calls as :func:`_summarized`), "" when its summary has no sentence. For a
    page that names a story as the digest does without making the digest's entry:
    ``summarize`` may skip the cross-source analysis, which changes no sentence and so
    no headline. One rule: the story page, the story list and ``/digest`` call this."""
    summary = entry_summary(story, words, method, furniture, summarize)
    return _headline(summary, True) if summary.sentences else ""


def without_headline(summary: Summary, headline: str) -> Summary:
    """``summary`` without the sentence its digest headline repeats word for word, when
    it has others: a reader told "Syria has denied supporting Kurdish rebels." in the
    headline should not read it again as the entry's second sentence. The analysis's
    sentence numbers follow (a disagreement about the dropped sentence stays, as one
    about the story). A headline cut from a sentence ("…") repeats none: the sentence
    says the rest."""
    from dataclasses import replace

    said = " ".join(headline.split())
    k = next((i for i, x in enumerate(summary.sentences) if " ".join(x.text.split()) == said), None)
    if k is None or len(summary.sentences) < 2:
        return summary

    def after(i: int) -> int:
        return i - 1 if i > k else i

    sentences = summary.sentences[:k] + summary.sentences[k + 1 :]
    a = summary.analysis
    if a is None:
        return replace(summary, sentences=sentences)
    analysis = replace(
        a,
        coverage=tuple(
            replace(
                c,
                supports=tuple(after(i) for i in c.supports if i != k),
                contradicts=tuple(after(i) for i in c.contradicts if i != k),
            )
            for c in a.coverage
        ),
        single_source=tuple(
            replace(x, sentence=after(x.sentence)) for x in a.single_source if x.sentence != k
        ),
        disagreements=tuple(
            replace(d, sentence=None if d.sentence in (None, k) else after(d.sentence))
            for d in a.disagreements
        ),
    )
    return replace(summary, sentences=sentences, analysis=analysis)


class WorkerTraceback(Exception):
    """Where a story's summary failed in a worker process (``digest(jobs=...)``): a
    traceback does not cross processes, so its text is the cause of the re-raised
    exception."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}" if self.args else ""


def _failure(exc: Exception, story_id: str, on_error: str, trace: str = "") -> str:
    """Why a story's summary failed, in one line; raises ``exc`` (naming the story when
    it does not) unless the digest skips failed stories.

    A :class:`~newsbrief.errors.NewsbriefError` is the input's fault; anything else is a
    bug, which ``skip`` still reports (its traceback logged at debug level) rather than
    losing the briefing's other stories to it.
    """
    from ..errors import NewsbriefError

    if on_error != "skip":
        if isinstance(exc, NewsbriefError):
            if not exc.where:
                exc.where = f"story {story_id}"
            if not exc.hint:
                exc.hint = "use --on-error skip to digest the other stories"
        elif trace and exc.__traceback__ is None:
            # a bug in a worker process: its traceback said as the cause
            raise exc from WorkerTraceback(trace)
        raise exc
    if isinstance(exc, NewsbriefError):
        reason = exc.message if exc.where in (None, story_id) else f"{exc.where}: {exc.message}"
        return f"{reason} ({exc.hint})" if exc.hint else reason
    import traceback

    # (``trace``: where it failed, told by the process that summarized it)
    _log.debug("story %s failed:\n%s", story_id, trace or "".join(traceback.format_exception(exc)))
    return f"internal error ({type(exc).__name__}: {exc}; -vv shows where), please report it"


def progress_bar(stream: Any = None) -> Callable[[int, int], None] | None:
    """A one-line progress bar on stderr, or None when stderr is not a terminal."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None

    def show(n: int, total: int) -> None:
        filled = int(30 * n / max(total, 1))
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {n}/{total} stories")
        if n >= total:
            stream.write("\n")
        stream.flush()

    return show


# --- rendering ---------------------------------------------------------------------------


def _dates(item: DigestItem) -> str:
    """``1998-10-01 to 1998-10-06``: when the story's articles appeared (one date if one day)."""
    first = (item.first_seen or "")[:10]
    last = (item.updated or "")[:10]
    if not first or not last or first == last:
        return first or last
    return f"{first} to {last}"


def _overview(items: Sequence[DigestItem]) -> str:
    """``21 stories, 1998-10-01 to 1998-12-31``: what the briefing covers, under its title."""
    days = sorted(d[:10] for it in items for d in (it.first_seen, it.updated) if d)
    count = f"{len(items)} stor{'y' if len(items) == 1 else 'ies'}"
    if not days:
        return count
    span = days[0] if days[0] == days[-1] else f"{days[0]} to {days[-1]}"
    return f"{count}, {span}"


def _meta(item: DigestItem) -> str:
    n = len(item.sources)
    outlets = f"{n} outlet{'s' if n != 1 else ''} ({', '.join(item.sources)})"
    articles = f"{item.n_articles} article{'s' if item.n_articles != 1 else ''}"
    apart = []
    if item.copies:
        apart.append(f"+{item.copies} {'copy' if item.copies == 1 else 'copies'} of another's text")
    if item.near_copies:
        near = "near-copy" if item.near_copies == 1 else "near-copies"
        apart.append(f"+{item.near_copies} {near} set aside")
    if apart:
        articles += f" ({', '.join(apart)})"
    return ", ".join(x for x in (outlets, articles, _dates(item)) if x)


def _sentence_outlets(summary: Summary) -> list[tuple[str, str, str]]:
    """Each summary sentence with the outlets that report it (and its article's day when
    the sentences come from several days: ``render.sentence_days``) and those that
    contradict it."""
    from ..render import article_names, sentence_days

    labels = {a.id: a.label for a in summary.articles}
    # a contradiction may come from the same outlet: then it names the article
    each = article_names(summary.articles)
    days = sentence_days(summary)
    out = []
    for k, sent in enumerate(summary.sentences):
        ids = [sent.article_id] + [x.article_id for x in sent.supported_by]
        names = ", ".join(dict.fromkeys(labels.get(i, i) for i in ids))
        if days and days[k]:
            names += f"; {days[k]}"
        against = ", ".join(
            dict.fromkeys(each.get(x.article_id, x.article_id) for x in sent.contradicted_by)
        )
        out.append((sent.text, names, against))
    return out


def _disputes(summary: Summary) -> list[str]:
    """Each disagreement in one line (:func:`newsbrief.render.markdown.dispute_lines`)."""
    from ..render.markdown import dispute_lines

    return [] if summary.analysis is None else dispute_lines(summary, summary.analysis)


def _shared_facts(summary: Summary) -> tuple[list[str], int]:
    """The shared facts a digest's entry lists, each with its outlets (what the markdown
    entry lists: ``render.markdown.brief_facts``, at most ``BRIEF_FACTS``), and how many
    more there are."""
    from ..render import outlets_line
    from ..render.markdown import BRIEF_FACTS, brief_facts

    if summary.analysis is None:
        return [], 0
    facts = brief_facts(summary, list(summary.analysis.shared_facts))
    shown = [f"{' '.join(f.text.split())} ({outlets_line(f.sources)})" for f in facts]
    return shown[:BRIEF_FACTS], max(len(shown) - BRIEF_FACTS, 0)


def _developments(summary: Summary) -> list[str]:
    """Each figure that changed as the story unfolded, in one line in time order (as the
    markdown entry says it): the story moved on, the outlets do not disagree."""
    if summary.analysis is None:
        return []
    from ..render import development_line

    labels = {a.id: a.label for a in summary.articles}
    return [development_line(dev, labels) for dev in summary.analysis.developments]


def _developments_heading(summary: Summary) -> str:
    from ..render import developments_heading

    return developments_heading(summary.analysis.developments if summary.analysis else ())


def _text_sources(summary: Summary) -> list[str]:
    """The sources as the markdown entry lists them: one line per outlet, its articles."""
    from ..render.markdown import group_count, item_note, source_groups

    out = []
    for name, items in source_groups(summary):
        shown = [
            i.id
            + (f" ({i.day})" if i.day else "")
            + (f" <{i.url}>" if i.url else "")
            + item_note(i)
            for i in items
        ]
        out.append(f"{name} ({group_count(items)}): {', '.join(shown)}")
    return out


def _text_section(summary: Summary) -> str:
    """The summary sentences, each with its outlets, then the cross-source analysis the
    markdown entry gives (facts several outlets report, where the sources disagree, how
    the figures developed) and the sources."""
    lines = []
    for text, names, against in _sentence_outlets(summary):
        flag = f" [contradicted by {against}]" if against else ""
        lines.append(f"   {' '.join(text.split())} ({names}){flag}")
    facts, more = _shared_facts(summary)
    if facts:
        lines += ["", "   Reported by several outlets:"]
        lines += [f"   - {f}" for f in facts]
        if more:
            lines.append(f"   - … and {more} more (all in --format json)")
    disputes = _disputes(summary)
    if disputes:
        lines += ["", "   Where the sources disagree:"]
        lines += [f"   - {d}" for d in disputes]
    developed = _developments(summary)
    if developed:
        lines += ["", f"   {_developments_heading(summary)}"]
        lines += [f"   - {d}" for d in developed]
    lines += ["", "   Sources:"]
    lines += [f"   - {x}" for x in _text_sources(summary)]
    return "\n".join(lines)


def _markdown_section(summary: Summary) -> str:
    from ..render import render

    body = render(summary, "markdown", header=False, brief=True)
    # The story's own headings sit under the digest's "## 1. headline": its "# Summary"
    # is that heading (dropped) and its sections ("## Sources") one level below it.
    body = re.sub(r"(?m)^(#{1,5}) ", lambda m: "#" * (len(m.group(1)) + 1) + " ", body)
    return re.sub(r"(?m)^## Summary\n\n?", "", body).rstrip()


def _json_section(summary: Summary) -> dict[str, Any]:
    from ..render import summary_dict

    return summary_dict(summary)


_SECTIONS: dict[str, Callable[[Summary], Any]] = {}
FORMATS = ("text", "markdown", "json", "html")


def render_digest(
    items: Sequence[DigestItem],
    fmt: str = "text",
    title: str = "",
    failed: Sequence[FailedStory] = (),
    hidden: NotShown | None = None,
    why_empty: str = "",
) -> str:
    """The whole digest from its items (rendered by :func:`digest` for the same format).

    ``why_empty``: what an empty digest says under its heading (why no story is shown),
    in place of the bare "No story meets the criteria."; the JSON's empty ``stories``
    says it alone.

    ``failed``: stories left out because their summary failed (``on_error="skip"``),
    listed at the end (JSON: ``skipped``), so the reader knows the briefing is short of them;
    ``hidden``: the stories its criteria left out (:func:`not_shown`), said at the end
    (JSON: ``not_shown``) with the option that shows them.
    """
    from ..errors import OptionsError

    title = title or "News digest"
    empty = "No story meets the criteria." if not failed else "No story could be summarized."
    if why_empty and not failed:
        empty = why_empty[:1].upper() + why_empty[1:].rstrip(".") + "."
    left_out = [f"Not summarized: {f}" for f in failed]
    # a page (markdown, html) says what was left out in words, the terminal with options
    left_out += hidden.lines(page=fmt in ("markdown", "html")) if hidden is not None else []
    if fmt == "json":
        out: dict[str, Any] = {
            "title": title,
            # why no story is shown, when none is (what the text's page says)
            **({"why_empty": empty} if not items and why_empty and not failed else {}),
            "stories": [
                {
                    "rank": it.rank,
                    "id": it.story_id,
                    "headline": it.headline,
                    "n_sources": len(it.sources),
                    "sources": list(it.sources),
                    "n_articles": it.n_articles,
                    "copies": it.copies,
                    "near_copies": it.near_copies,
                    "first_seen": zoned(it.first_seen),
                    "updated": zoned(it.updated),
                    "summary": it.section,
                }
                for it in items
            ],
        }
        if failed:
            out["skipped"] = [{"id": f.story_id, "reason": f.reason} for f in failed]
        if hidden is not None and hidden.lines():
            out["not_shown"] = {
                "few_sources": hidden.few_sources,
                "min_sources": hidden.min_sources,
                "over_limit": hidden.over_limit,
                "undated": hidden.undated,
                "notes": hidden.lines(),
            }
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        parts = [title, "=" * len(title)] + ([_overview(items)] if items else []) + [""]
        if not items:
            parts.append(empty)
        for it in items:
            parts += [f"{it.rank}. {it.headline}", f"   {_meta(it)}", "", it.section, ""]
        parts += left_out
        return "\n".join(parts).rstrip() + "\n"
    if fmt == "markdown":
        parts = [f"# {md(title)}", ""] + ([f"*{md(_overview(items))}*", ""] if items else [])
        if not items:
            parts.append(empty)
        for it in items:
            parts += [f"## {it.rank}. {md(it.headline)}", "", f"*{md(_meta(it))}*", ""]
            parts += [it.section, ""]
        parts += [f"*{md(x)}*" for x in left_out]
        return "\n".join(parts).rstrip() + "\n"
    if fmt == "html":
        return _html(items, title, empty, left_out)
    raise OptionsError(f"unknown format {fmt!r}", hint="choose text, markdown, json or html")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!])")


def md(text: str) -> str:
    """Text from articles shown in markdown: never a link, HTML or heading."""
    return _MD_SPECIAL.sub(r"\\\1", text)


_CSS = (
    "body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}h1{font-size:1.8rem}h2{font-size:1.25rem;margin-top:2rem}"
    ".meta{color:#666;font-size:.9rem}.src{color:#555;font-size:.85rem}"
    ".warn{color:#a33}details{margin:.5rem 0}pre{white-space:pre-wrap;font:14px/1.4 serif}"
)


def _html_section(summary: Summary) -> str:
    """A story's entry as HTML, with what the text and markdown entries give: the summary
    (each sentence's outlets linked to their line under Sources), facts several outlets
    report, where the sources disagree, how the figures developed, and the sources (each
    article linked to its page when its URL is known); every piece of article text is
    escaped."""
    from ..render import sentence_days
    from ..render.markdown import MORE_IN_JSON

    e = html.escape
    anchors = _source_anchors(summary)
    labels = {a.id: a.label for a in summary.articles}
    days = sentence_days(summary)
    out = ["<ol>"]
    for k, (sent, (text, _, against)) in enumerate(
        zip(summary.sentences, _sentence_outlets(summary), strict=True)
    ):
        ids = [sent.article_id] + [x.article_id for x in sent.supported_by]
        names = []
        for name in dict.fromkeys(labels.get(i, i) for i in ids):
            at = anchors.get(name)
            names.append(f'<a href="#{e(at, quote=True)}">{e(name)}</a>' if at else e(name))
        if days and days[k]:
            names[-1] += f"; {e(days[k])}"
        warn = f' <span class="warn">contradicted by {e(against)}</span>' if against else ""
        out.append(f'<li>{e(text)} <span class="src">({", ".join(names)})</span>{warn}</li>')
    out.append("</ol>")
    facts, more = _shared_facts(summary)
    if facts:
        out.append("<p>Reported by several outlets:</p><ul>")
        out += [f"<li>{e(f)}</li>" for f in facts]
        if more:
            out.append(f"<li>… and {more} more {e(MORE_IN_JSON)}</li>")
        out.append("</ul>")
    disputes = _disputes(summary)
    if disputes:
        out.append('<p class="warn">Where the sources disagree:</p><ul>')
        out += [f'<li class="warn">{e(d)}</li>' for d in disputes]
        out.append("</ul>")
    developed = _developments(summary)
    if developed:
        out.append(f"<p>{e(_developments_heading(summary))}</p><ul>")
        out += [f"<li>{e(d)}</li>" for d in developed]
        out.append("</ul>")
    out.append("<details open><summary>Sources</summary><ul>")
    out += _html_sources(summary, anchors)
    out.append("</ul></details>")
    return "\n".join(out)


def _source_anchors(summary: Summary) -> dict[str, str]:
    """Each outlet's anchor in the entry's source list (unique in the page: the story's
    id and the outlet's place in the list)."""
    from ..render.markdown import source_groups

    return {
        name: f"{summary.story_id}-source-{k}"
        for k, (name, _) in enumerate(source_groups(summary), 1)
    }


def _html_sources(summary: Summary, anchors: dict[str, str] | None = None) -> list[str]:
    """The sources as the markdown briefing lists them
    (:func:`newsbrief.render.markdown.source_groups`): one line per outlet with its
    articles' ids, so an id named in a disagreement or a "contradicted by" is found under
    its outlet (an outlet's only article was named by the outlet alone, its id nowhere)."""
    from ..render.markdown import group_count, item_note, source_groups

    e = html.escape
    anchors = anchors or {}
    out = []
    for name, items in source_groups(summary):
        shown = []
        for i in items:
            item = e(i.id)
            if i.url and i.url.startswith(("http://", "https://")):
                item = f'<a href="{e(i.url, quote=True)}" rel="noopener noreferrer">{item}</a>'
            if i.title:
                item += f" “{e(i.title)}”"
            if i.day:
                item += f" ({e(i.day)})"
            shown.append(item + e(item_note(i)))
        count = group_count(items)
        at = anchors.get(name)
        where = f' id="{e(at, quote=True)}"' if at else ""
        out.append(f"<li{where}><strong>{e(name)}</strong> ({count}): {', '.join(shown)}</li>")
    return out


def _html(items: Sequence[DigestItem], title: str, empty: str, left_out: Sequence[str] = ()) -> str:
    """One self-contained page (inline CSS, no scripts, no external resources)."""
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    if items:
        out.append(f'<p class="meta">{e(_overview(items))}</p>')
    else:
        out.append(f"<p>{e(empty)}</p>")
    for it in items:
        out.append(f'<section id="{e(it.story_id)}"><h2>{it.rank}. {e(it.headline)}</h2>')
        out.append(f'<p class="meta">{e(_meta(it))}</p>')
        out.append(it.section)
        out.append("</section>")
    out += [f'<p class="warn">{e(x)}</p>' for x in left_out]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


_SECTIONS.update(
    text=_text_section, markdown=_markdown_section, json=_json_section, html=_html_section
)
