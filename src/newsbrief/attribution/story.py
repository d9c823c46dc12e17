"""What a story says about itself: its sentences, words, figures, places and names.

Why: whether two names are rivals ("Geneva" / "Switzerland" are not: one lies in the
other by the story's own datelines), whether a figure was reported at another time (a
rising toll), whether an article mentions a name anywhere: these are facts of the whole
story, read once when it is indexed and asked by every window's comparison. Each
sentence's facts are read on first use (:class:`LazyFacts`: a claim only looks at a
few), an opening pronoun standing for the name before it. Where it sits: after
:mod:`.claim` (a claim is read against the story's words); :class:`Story` is the base of
:class:`.align.StoryIndex` (which adds the claim search); :mod:`.windows` picks windows
of its sentences and :mod:`.compare` asks it while checking one.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Article, Sentence
from ..segment import split_sentences
from . import config
from .clauses import DATELINE
from .dates import compare, parse_published
from .facts import (
    Facts,
    Name,
    Quantity,
    Read,
    canon,
    facts_of,
    name_keys,
    proper_words,
    quantities,
    quantities_agree,
    read,
)
from .lexicon import clause_words
from .names import defined_abbreviations, described_names, expand_abbreviations
from .predicate import Frame, states_frame

if TYPE_CHECKING:
    from .claim import Claim


_WORD = re.compile(r"[a-z][a-z.'’-]*[a-z]|[a-z]")

# Words telling that a figure is a change of a running total or an earlier report of it.
_UPDATES = clause_words("updates")

# "Geneva, Switzerland": two names side by side; not the head of a list ("camps in
# Iraq, Iran and Syria": three places, none inside another).
_APPOSED = re.compile(r"([A-Z][a-z]{2,})\.?, ([A-Z][a-z]{2,})\b(?!,? (?:and|or) [A-Z]|, [A-Z])")
# Names coordinated in a list ("between Turkey and Syria", "Iraq, Iran and Syria"):
# parts of one kind side by side, so neither lies inside the other.
_LISTED = re.compile(r"\b[A-Z][a-z]{2,}(?:, [A-Z][a-z]{2,})*,? (?:and|or) [A-Z][a-z]{2,}\b")
_CAP = re.compile(r"[A-Z][a-z]{2,}")
# Where the story says which city is a capital: "Pretoria, the capital", "Tehran, the
# Iranian capital", "the capital, Pretoria", "the Syrian capital Damascus".
_CAPITAL_OF = re.compile(
    r"\b([A-Z][a-z]{2,}),? the (?:[A-Z][a-z]+ )?capital\b"
    r"|\bthe (?:[A-Z][a-z]+ )?capital,? ([A-Z][a-z]{2,})\b"
)


def _listed_pairs(text: str) -> set[frozenset[str]]:
    """Every two names of one list in ``text`` (lower case)."""
    out: set[frozenset[str]] = set()
    for m in _LISTED.finditer(text):
        names = [w.lower() for w in _CAP.findall(m.group(0))]
        out.update(frozenset((a, b)) for i, a in enumerate(names) for b in names[i + 1 :] if a != b)
    return out


_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{4,}\b")


def _variant(a: str, b: str) -> bool:
    """Two spellings of one place name: the same first letter and at most three edits in
    ten letters apart ("gothenburg" / "goteborg": 3 of 10; "lisbon" / "lisboa": 1 of 6),
    so a short name is never taken for another short one ("paris" / "parma": 2 of 5)."""
    if a == b or a[:1] != b[:1]:
        return False
    return _edits(a, b) <= int(0.3 * max(len(a), len(b)))


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: letters added, dropped or changed."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


_DATELINE_PLACE = re.compile(
    r"\s*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _regions(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """City word -> the words of the country or state its dateline puts it in."""
    out: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        m = _DATELINE_PLACE.match(text)
        if m is None or not DATELINE.match(text):
            continue
        # the place as written ("Syria"), not its demonym keys: "Croatian President"
        # says whose president, not where something happened
        region = set(m.group(2).lower().split())
        for w in m.group(1).lower().split():
            if w not in region:
                out[w] |= region - {w}
    return {k: frozenset(v) for k, v in out.items()}


# A pronoun that opens a sentence's subject stands for a name of the sentence before.
_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "it", "its"])


# Marks that open or close a quotation, as wire text writes them.
_QUOTES = frozenset("\"“”`'‘’")

# Words that open a sentence going on with the one before it.
_CONNECTIVES = frozenset(["but", "however", "also", "yet", "still", "instead", "meanwhile"])


def _opens_continuation(lows: Sequence[str]) -> bool:
    """The sentence opens with a pronoun ("He", "Its"), or a connective and then one
    ("But his ..."), or a connective alone ("However, ...")."""
    first = lows[0]
    if first in _PRONOUNS or (first in _CONNECTIVES and config.get().join_continuations >= 2):
        return True
    return first in _CONNECTIVES and len(lows) > 1 and lows[1] in _PRONOUNS


class LazyFacts:
    """An article's sentence facts, read on first use: a claim only looks at a few."""

    def __init__(
        self,
        texts: list[str],
        proper: frozenset[str],
        reads: list[Read] | None = None,
        abbreviations: dict[str, frozenset[str]] | None = None,
        paragraphs: Sequence[int] | None = None,
    ) -> None:
        self._texts = texts
        # a sentence that opens a paragraph of its article: a window reaching over
        # the break joins two facts unless the sentence goes on with the one before
        self.opens_paragraph = [
            paragraphs is not None and k > 0 and paragraphs[k] != paragraphs[k - 1]
            for k in range(len(texts))
        ]
        self._proper = proper
        # abbreviations the story defines ("Kurdistan Workers Party (PKK)"): a sentence
        # stating either form states the other
        self._abbreviations = abbreviations or {}
        self._done: list[Facts | None] = [None] * len(texts)
        # the names each sentence's definite descriptions stand for ("the commission"),
        # read for the whole article on first use (names.described_names)
        self._described: list[frozenset[str]] | None = None
        # each sentence's facts with its opening pronoun's antecedent, made once: a
        # sentence is asked for by every window around it, for every claim
        self._resolved: list[Facts | None] = [None] * len(texts)
        # each sentence's tokens from indexing: reading a sentence twice was a third of
        # the time of attributing a summary (each is used once, then dropped)
        self._reads: list[Read | None] = list(reads) if reads is not None else [None] * len(texts)
        # a sentence's figures read before its other facts (:meth:`figures`), kept for them
        self._figures: list[tuple[Quantity, ...] | None] = [None] * len(texts)
        self._pronoun = [bool(r is not None and _PRONOUNS & set(r[1][:4])) for r in self._reads]
        # a sentence that opens with a pronoun or a connective ("But his beatification
        # ...", "He was detained ...") goes on with the sentence before
        self.continues = [
            bool(r is not None and r[1] and _opens_continuation(r[1])) for r in self._reads
        ]

    def __len__(self) -> int:
        return len(self._texts)

    def text(self, k: int) -> str:
        """Sentence ``k`` as written (a negator verb said as a deed is no content word)."""
        return self._texts[k]

    def same_speaker(self, k: int) -> bool:
        """Sentence ``k`` opens with a quotation whose speaker, named after it, is the
        one sentence ``k - 1`` names first (its subject): the speaker's words go on with
        what the sentence before said of them ("Ruiz insisted ..." / "``We play no role
        in this,'' Ruiz told"), as a sentence opening with "He" does."""
        if k < 1 or config.get().join_speaker < 1:
            return False
        text = self._texts[k].lstrip()
        if text[:1] not in _QUOTES:
            return False
        close = max(text.rfind(q) for q in _QUOTES)
        tail = text[close + 1 :] if close > 0 else ""
        before = self[k - 1].names
        if not tail or not before:
            return False
        speaker = next((n for n in self[k].names if n.text.split()[-1] in tail), None)
        return speaker is not None and bool(speaker.keys & before[0].keys)

    def _plain(self, k: int) -> Facts:
        f = self._done[k]
        if f is None:
            f = facts_of(self._texts[k], self._proper, self._reads[k], self._figures[k])
            if config.get().described_names:
                if self._described is None:
                    self._described = described_names(self._texts)
                if self._described[k]:
                    f = replace(f, described=self._described[k])
            if self._abbreviations:
                f = replace(f, words=expand_abbreviations(f.words, self._abbreviations))
            self._done[k] = f
            self._reads[k] = None
            self._figures[k] = None
        return f

    def figures(self, k: int) -> tuple[Quantity, ...]:
        """Sentence ``k``'s figures (:func:`.facts.quantities`), without reading its other
        facts: the story's figures are read once for all its sentences, and half of them
        have their facts read for a claim too (before or after: read once either way)."""
        f = self._done[k]
        if f is not None:
            return f.quantities
        got = self._figures[k]
        if got is None:
            r = self._reads[k] or read(self._texts[k])
            got = self._figures[k] = tuple(quantities(r[0], r[1]))
        return got

    def __getitem__(self, k: int) -> Facts:
        if k < 0:  # counted from the end: read as before, never stored
            return self._resolve(k)
        got = self._resolved[k]
        if got is None:
            got = self._resolved[k] = self._resolve(k)
        return got

    def _resolve(self, k: int) -> Facts:
        f = self._plain(k)
        if not self._pronoun[k] or k == 0:
            return f
        # "He was detained in Rome": the pronoun's antecedent is the first name of the
        # nearest sentence before that names someone (its subject, in news style)
        for j in (k - 1, k - 2):
            if j < 0:
                break
            prev = self._plain(j)
            if prev.names:
                ante = prev.names[0]
                return replace(f, words=f.words | ante.keys)
        return f

    def span(self, lo: int, hi: int) -> list[Facts]:
        """Facts of sentences ``lo`` to ``hi - 1`` (clipped to the article)."""
        return [self[k] for k in range(max(lo, 0), min(hi, len(self._texts)))]


def _abbreviation(words: Sequence[str]) -> bool:
    """One short word ("Md", "U.N."): an abbreviation, not a rival name."""
    return len(words) == 1 and len(words[0].strip(".").replace(".", "")) <= 2


class Story:
    """A story's sentences with their facts and what the story says of its names,
    places and figures, ready to check many claims against."""

    def __init__(
        self, articles: Sequence[Article], sentences: Sequence[Sentence] | None = None
    ) -> None:
        self.articles = tuple(articles)
        if sentences is None:
            sentences = [s for a in self.articles for s in split_sentences(a)]
        by_article: dict[str, list[Sentence]] = defaultdict(list)
        for s in sentences:
            by_article[s.article_id].append(s)
        self.proper = proper_words(a.text for a in self.articles)
        self.abbreviations = defined_abbreviations(a.text for a in self.articles)
        self.sentences: dict[str, list[Sentence]] = {}
        self.content: dict[str, list[frozenset[str]]] = {}
        self.facts: dict[str, LazyFacts] = {}
        self.published: dict[str, dt.date | None] = {
            a.id: parse_published(a.published) for a in self.articles
        }
        df: Counter[str] = Counter()
        self.postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._reads: dict[str, list[Read]] = {}
        for a in self.articles:
            sents = sorted(by_article.get(a.id, []), key=lambda s: s.start)
            reads = [read(s.text) for s in sents]
            content = [r[3] for r in reads]
            self.sentences[a.id] = sents
            self.content[a.id] = content
            self.facts[a.id] = LazyFacts(
                [s.text for s in sents],
                self.proper,
                reads,
                self.abbreviations,
                [s.paragraph for s in sents],
            )
            self._reads[a.id] = reads
            for k, words in enumerate(content):
                df.update(words)
                for c in words:
                    self.postings[c].append((a.id, k))
        self._article_words: dict[str, frozenset[str]] = {}
        self.datelines: dict[str, frozenset[str]] = {}
        for a in self.articles:
            m = DATELINE.match(a.text)
            if m:
                keys: set[str] = set()
                for w in _WORD.findall(a.text[: m.end()].lower()):
                    if w not in ("ap", "afp", "upi"):
                        keys |= name_keys(w)
                self.datelines[a.id] = frozenset(keys)
        # "DAMASCUS, Syria (AP) _": the story's datelines say which city lies in which
        # country or state, so "flew to Syria" states "flew to Damascus" less precisely
        self.regions: dict[str, frozenset[str]] = _regions(a.text for a in self.articles)
        # the city each article is datelined in ("KOBE, Japan (AP) _" -> Kobe):
        # where the event of its lead sentence took place
        self.dateline_city: dict[str, str] = {}
        for a in self.articles:
            m = _DATELINE_PLACE.match(a.text)
            if m is not None and DATELINE.match(a.text):
                self.dateline_city[a.id] = m.group(1).title()
        self._region_words: frozenset[str] = frozenset().union(*self.regions.values())
        self._figures: dict[str, list[tuple[int, Quantity]]] | None = None
        # name words written side by side "A, B" ("Geneva, Switzerland"): a place inside
        # another, or a name and its description; never two rivals for one slot
        self.apposed = frozenset(
            frozenset((canon(m.group(1).lower()), canon(m.group(2).lower())))
            for a in self.articles
            for m in _APPOSED.finditer(a.text)
        )
        # the cities the story itself calls a capital ("Pretoria, the capital")
        self.capitals = frozenset(
            (m.group(1) or m.group(2)).lower()
            for a in self.articles
            for m in _CAPITAL_OF.finditer(a.text)
        )
        # name words coordinated in a list ("Iraq, Iran and Syria"): never one inside
        # the other, though the story places only one of them by a dateline
        self.listed = frozenset(
            set().union(*(_listed_pairs(a.text) for a in self.articles))
            - {frozenset((c, r)) for c, rs in self.regions.items() for r in rs}
        )
        self.n = max(sum(len(v) for v in self.content.values()), 1)
        self.df = df
        self._stated: dict[tuple[Frame, int], bool] = {}
        # each window's facts (:func:`.windows.window_facts`), made on first use; typed
        # loosely, as the windows stage comes after this one (tests/test_architecture.py)
        self.windows: dict[tuple[str, int, int], object] = {}
        self._updates: dict[str, frozenset[int]] = {}

    def frame_stated(self, f: Frame, reach: int) -> bool:
        """Some sentence of the story states the predicate as a verb beside one of its
        participants ("al-Baghdadi released an audio message"): the predicate is the
        story's, so another outlet's verb for the same participants ("emerged with a
        statement") is more likely its wording than another deed. Read once per frame."""
        key = (f, reach)
        got = self._stated.get(key)
        if got is None:
            got = self._stated[key] = any(
                states_frame(f, self.facts[aid][k], reach)
                for aid, k in self.postings.get(f.verb, ())
            )
        return got

    @property
    def region_words(self) -> frozenset[str]:
        """The countries and states the story's datelines name (lower case)."""
        return self._region_words

    def distinct_names(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Two names that cannot stand for one thing: not an abbreviation or identifier
        ("Md", "MD-11"), and not written together as one place or one person elsewhere in
        the story ("Geneva, Switzerland", "Hiroshima, Japan": one inside the other)."""
        if _abbreviation(a) or _abbreviation(b):
            return False
        if self._may_lie_in(a, b) or self._may_lie_in(b, a):
            return False
        canon_a = {canon(w.lower()) for w in a}
        canon_b = {canon(w.lower()) for w in b}
        return not any(frozenset((x, y)) in self.apposed for x in canon_a for y in canon_b)

    def _may_lie_in(self, place: Sequence[str], region: Sequence[str]) -> bool:
        """``region`` is a country or state by the story's own datelines ("ZURICH,
        Switzerland"), and ``place`` is a name the story itself writes but never places
        (neither a region nor the city of a dateline): it may lie in the region ("to
        Geneva" / "to Switzerland" state one destination less or more precisely), so the
        two are no rivals. A place the story puts in another region ("PARIS, France")
        stays a rival, and so do two regions; so does a name the story never writes (a
        claim's "Tehran" against "Iraq": nothing in the story puts it there), and one the
        story lists beside the region ("camps in Iraq, Iran and Syria": peers)."""
        within = self._region_words
        words = [w.lower() for w in place]
        return (
            bool(region)
            and bool(words)
            and all(w.lower() in within for w in region)
            and not any(w in within or w in self.regions for w in words)
            and all(self._in_story(w) for w in words)
            and not any(frozenset((w, r.lower())) in self.listed for w in words for r in region)
        )

    def local_spelling(self, text: str) -> str:
        """``text`` with a place the story never writes put in the spelling of the
        dateline city it is a variant of ("Gothenburg" / "GOTEBORG, Sweden": an exonym
        and the local name, a few letters apart; :func:`_variant`): one city, which the
        story places in its country, so it is neither rivalled by that country nor by its
        own other spelling. A word that may be one of several dateline cities, or a claim
        naming another region than the city's, is left as written."""
        if not self.regions:
            return text
        named = {w.lower() for w in _CAPITALIZED.findall(text)}

        def local(m: re.Match[str]) -> str:
            w = m.group(0).lower()
            if w in self.regions or w in self._region_words or self._in_story(w):
                return m.group(0)
            cities = [c for c in self.regions if _variant(w, c)]
            if len(cities) != 1:
                return m.group(0)
            city = cities[0]
            if (named & self._region_words) - self.regions[city]:
                return m.group(0)  # the claim puts it in another country
            return city.title()

        return _CAPITALIZED.sub(local, text)

    def _in_story(self, word: str) -> bool:
        """Some article of the story writes this (lower-case) word or a name key of it."""
        keys = name_keys(word)
        return any(keys & self.article_words(a.id) for a in self.articles)

    def place_within(self, n: Name, ev: Facts) -> bool:
        """The window names the place ``n`` lies in, or a place lying in ``n``, by the
        story's datelines ("Damascus" / "Syria"): the same place, stated less or more
        precisely, never a rival."""
        return self.placed(n, ev) is not None

    def placed(self, n: Name, ev: Facts) -> tuple[Name, str, str] | None:
        """(the window's name, the city, the region it lies in) where :meth:`place_within`
        holds: what a reader is told ("Damascus = Syria (Damascus lies in Syria)")."""
        for e in ev.names:
            for inner, outer in ((n, e), (e, n)):
                for w in inner.words:
                    if self.regions.get(w, frozenset()) & set(outer.words):
                        return e, inner.text, outer.text
        return None

    def dateline_place(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """One name is a dateline's city and the other the region that dateline puts it
        in ("ZURICH, Switzerland"): one place, stated more or less precisely."""
        low_a = {w.lower() for w in a}
        low_b = {w.lower() for w in b}
        return any(self.regions.get(w, frozenset()) & low_b for w in low_a) or any(
            self.regions.get(w, frozenset()) & low_a for w in low_b
        )

    def article_words(self, article_id: str) -> frozenset[str]:
        """Every word of an article with its name keys: is a name mentioned anywhere?"""
        got = self._article_words.get(article_id)
        if got is None:
            text = next(a.text for a in self.articles if a.id == article_id)
            keys: set[str] = set()
            for w in set(_WORD.findall(text.lower())):
                keys |= name_keys(w)
            got = self._article_words[article_id] = frozenset(keys)
        return got

    def sentence_reads(self, article_id: str) -> list[Read]:
        """The article's sentences as indexing read them (:func:`.facts.read`: tokens,
        lower case, canonical forms, content words), for a check that needs the tokens
        of a window's sentences: read once per story, not once per claim."""
        return self._reads[article_id]

    def figures(self) -> dict[str, list[tuple[int, Quantity]]]:
        """Every figure of every article (sentence number, quantity), read once."""
        if self._figures is None:
            self._figures = {
                a.id: [
                    (k, q)
                    for k in range(len(self._reads[a.id]))
                    for q in self.facts[a.id].figures(k)
                ]
                for a in self.articles
            }
        return self._figures

    def told_change(self, q: Quantity, e: Quantity) -> bool:
        """Some article of the story tells figure ``q`` and figure ``e`` as two moments of
        one quantity: it states both values for the same thing (the same counted noun or
        verb, or one of them bare), one of them in a sentence that says the total changed
        or was reported earlier ("Earlier police said 32 people ... had died, but by
        evening more deaths were reported" beside "In Poland, 36 people died"; "the toll
        rose to 36"). A conflict between the two is then a development, not two outlets
        disagreeing."""
        for aid, figs in self.figures().items():
            told = self._update_sentences(aid)
            mine = [(k, f) for k, f in figs if quantities_agree(q, f) and not f.denied]
            if not mine:
                continue
            theirs = [(k, f) for k, f in figs if quantities_agree(e, f) and not f.denied]
            for k, f in mine:
                for j, g in theirs:
                    if (k in told or j in told) and _one_quantity(f, g):
                        return True
        return False

    def _update_sentences(self, aid: str) -> frozenset[int]:
        """The article's sentences with a word of change or earlier report ("rose",
        "earlier", "more" not before "than")."""
        got = self._updates.get(aid)
        if got is None:
            out = set()
            for k, r in enumerate(self._reads[aid]):
                lows = r[1]
                if any(
                    w in _UPDATES
                    and not (w == "more" and i + 1 < len(lows) and lows[i + 1] == "than")
                    for i, w in enumerate(lows)
                ):
                    out.add(k)
            got = self._updates[aid] = frozenset(out)
        return got

    def reported_on(self, q: Quantity) -> set[dt.date]:
        """Publication dates of the articles that state figure ``q`` (the claim's time)."""
        out = set()
        for aid, figs in self.figures().items():
            day = self.published.get(aid)
            if day is not None and any(quantities_agree(q, e) for _, e in figs):
                out.add(day)
        return out

    def pair_elsewhere(
        self,
        claim: Claim,
        number: str,
        date: str,
        article_id: str,
        window: tuple[int, int],
    ) -> bool:
        """The story, outside the window, states the claim's figure with the claim's date
        (in one sentence or its neighbours): it shows the quantity at two moments, so a
        window with another figure and another date reports the other moment. The
        window's own article counts too ("stood at 40 on Monday ... rose to 55 on
        Wednesday" is one article telling an update); only the window's sentences do
        not. A figure and a date of equal value are the claim's quantity only where the
        sentences stating them say what the claim's figure counts (:meth:`_states_quantity`):
        "arrested 40 students on Monday" is not a toll of 40 on Monday."""
        q = next((x for x in claim.facts.quantities if x.text == number), None)
        d = next((x for x in claim.facts.dates if x.text == date), None)
        if q is None or d is None:
            return False
        lo, hi = window
        for aid, figs in self.figures().items():

            def own(k: int, aid: str = aid) -> bool:
                return aid == article_id and lo <= k <= hi

            day = self.published.get(aid)
            n_sents = len(self.sentences[aid])
            for f, e in figs:
                if own(f) or not quantities_agree(q, e):
                    continue
                for k in (f - 1, f, f + 1):
                    if not 0 <= k < n_sents or own(k):
                        continue
                    if any(
                        compare(d, claim.published, x, day).status == "agrees"
                        for x in self.facts[aid][k].dates
                    ) and self._states_quantity(claim, q, e, aid, {f, k}):
                        return True
        return False

    def _states_quantity(
        self, claim: Claim, q: Quantity, e: Quantity, aid: str, sents: set[int]
    ) -> bool:
        """Figure ``e`` (in sentences ``sents`` of article ``aid``) is the claim's
        quantity ``q``, not only its value: it counts the same thing for the same
        predicate, or its sentences share as much of the claim as a candidate window
        does (``config.min_candidate``; "the toll stood at 40" for "the toll rose to
        40")."""
        if q.after & e.after and not (q.event and e.event and not q.event & e.event):
            return True
        words = frozenset().union(*(self.content[aid][k] for k in sorted(sents)))
        got = claim.weight_of(claim.facts.content & words)
        return got / claim.total >= config.get().min_candidate

    def idf(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0


def _one_quantity(a: Quantity, b: Quantity) -> bool:
    """Two figures of one article count the same thing: the same unit, and the same
    counted noun or verb, or nothing counted on one side ("rose to 36")."""
    if a.unit != b.unit:
        return False
    if a.after and b.after:
        return bool(a.after & b.after)
    return not (a.event and b.event) or bool(a.event & b.event) or not (a.after or b.after)
