"""Claim-to-article alignment: which articles report a claim, and which contradict it.

For each article the claim is aligned with its best evidence windows (one sentence, or up
to ``max_window`` adjacent sentences when together they state clearly more of the claim;
a pronoun opening a sentence stands for the name before it). Each window is compared
with the claim detail by detail (figures, dates resolved against the article's
publication date, names, negation, opposite words, words swapped in place), giving typed
:class:`~newsbrief.model.Detail` records in reader words; :mod:`.rules` then decides
supports / contradicts / neither from them and from how much of the claim's main event
the window states. A figure that differs from the claim's only because it was reported
at another time (a rising toll) is an update, not a contradiction: see
:func:`story_developments`.

Constants: :mod:`.config` (chosen on the real-news dev split, docs/attribution.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..model import Article, Detail, Sentence, Support
from ..segment import split_sentences
from ..text import STOPWORDS
from . import config
from .dates import DateRef, compare, parse_published, span_since
from .facts import (
    TITLES,
    Facts,
    Name,
    Quantity,
    Read,
    aligned_substitutions,
    antonyms,
    canon,
    compatible_bounds,
    event_words,
    facts_of,
    main_clause_words,
    name_keys,
    near_copy_swaps,
    other_deed,
    parties_swapped,
    proper_words,
    quantities,
    quantities_agree,
    read,
    roles_swapped,
    same_slot,
    substitutions,
)
from .lexicon import TOKEN, irregular, is_event
from .names import defined_abbreviations, expand_abbreviations, rival_holder
from .numbers import event_classes
from .parse import available as parse_available
from .parse import parse
from .predicate import Frame, frame, rival_predicate, roles_moved
from .rules import Check, denies, detail_clause_rule


def _c() -> config.Config:
    return config.CONFIG


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim and the articles behind it (``supported_by``) or against it."""

    text: str
    supported_by: tuple[Support, ...] = ()
    contradicted_by: tuple[Support, ...] = ()
    # (article, reader-word explanations of the conflict): "14 dead vs 12 dead"
    reasons: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    @property
    def supported(self) -> bool:
        return bool(self.supported_by)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s.article_id for s in self.supported_by)


def _union(parts: Sequence[Facts]) -> Facts:
    if len(parts) == 1:
        return parts[0]
    return Facts(
        content=frozenset().union(*(p.content for p in parts)),
        words=frozenset().union(*(p.words for p in parts)),
        quantities=tuple(q for p in parts for q in p.quantities),
        dates=tuple(d for p in parts for d in p.dates),
        names=tuple(n for p in parts for n in p.names),
        negated=frozenset().union(*(p.negated for p in parts)),
        has_negation=any(p.has_negation for p in parts),
        modal=frozenset().union(*(p.modal for p in parts)),
        pairs=frozenset().union(*(p.pairs for p in parts)),
        seq=tuple(w for p in parts for w in p.seq),
        verbs=frozenset().union(*(p.verbs for p in parts)),
        name_canons=frozenset().union(*(p.name_canons for p in parts)),
        forms={k: v for p in reversed(parts) for k, v in p.forms.items()},
        irrealis=frozenset().union(*(p.irrealis for p in parts)),
        realis=frozenset().union(*(p.realis for p in parts)),
        passive=frozenset().union(*(p.passive for p in parts)),
        said_on=tuple(d for p in parts for d in p.said_on),
    )


def _quantity_check(
    q: Quantity, ev: Facts, claim_words: frozenset[str] = frozenset()
) -> tuple[str, Quantity | None]:
    """("agrees", the evidence figure), ("conflicts", the one it differs from) or
    ("missing", None): a figure is compared only with one that counts the same thing.

    A conflict needs two values that cannot both be true of one quantity: not the same
    value, not two bounds that both hold ("at least 156" / "more than 150"), not figures
    for two events ("killing 60" / "173 ... were injured"), never a figure that is part
    of an identifier ("MD-11", "Flight 111")."""
    if q.ident:
        return "missing", None
    for e in ev.quantities:
        # a small value counting another thing ("two vehicles" / "two U.S. embassies") is
        # a coincidence, not the claim's figure; a large one ("37,000") is rarely one
        other_thing = (
            q.value < _c().coincidence_below
            and q.after
            and e.after
            and not (q.after | q.before) & (e.after | e.before)
        )
        if quantities_agree(q, e) and not other_thing:
            return "agrees", e
    q_class = event_classes(q) if _c().figure_events else frozenset()
    for e in ev.quantities:
        same_kind = e.unit == q.unit or {e.unit, q.unit} == {"", "$"}
        if not same_kind or e.ident or e.value == q.value or compatible_bounds(q, e):
            continue
        e_class = event_classes(e) if q_class else frozenset()
        if q_class and e_class:
            # both figures say what happened to what they count ("killed 17 people" /
            # "left 11 people dead" / "270 deaths"): one class is one quantity, however
            # the sentence words it; two classes ("dead" / "injured") are two
            if q_class & e_class and q.unit == "":
                return "conflicts", e
            continue
        if q.event and e.event and not q.event & e.event:
            continue  # what happened to what is counted differs: two quantities
        if _other_whole(q, e):
            continue  # shares of two wholes: "of the vote" / "of the votes counted"
        # durations in other units ("16 minutes before" / "two weeks later") are other
        # spans of time unless they measure the same thing; a bare "a day" against "an
        # hour" is the same span restated
        bound = bool(q.after & e.after or q.before & e.before)
        if q.unit == "min" and not bound:
            continue  # "a week ago" and "three days" measure different things
        # the same noun counted for another predicate: "hold 150 people" and "173
        # people were injured" are two figures, not one stated twice
        other_predicate = q.before and e.before and not (q.before & e.before)
        if q.unit in ("", "$", "%") and other_predicate and len(q.after & e.after) < 2:
            continue
        if q.unit in ("$", "%") and not bound:
            continue  # two sums of money for two different things
        if q.unit != "" or q.after & e.after or (not (q.after or e.after) and q.before & e.before):
            return "conflicts", e
    return "missing", None


def _other_whole(q: Quantity, e: Quantity) -> bool:
    """Two shares of different wholes: a share is of what follows it, and a verb that
    qualifies that whole ("40 percent of the ballots" / "15 percent of the ballots tallied",
    "of the ballots cast") makes it another whole, so the two are not one quantity."""
    if q.unit != "%" or e.unit != "%" or not (q.whole and e.whole):
        return False
    return bool((q.whole ^ e.whole) & (q.event | e.event))


def _name_found(n: Name, ev: Facts) -> bool:
    """The name or a spelling of it ("Endeavor"/"Endeavour", a typo "Yilmza") is there."""
    return bool(n.keys & ev.words) or any(_spelled(w, ev.words) for w in n.words)


def _spelled(w: str, words: frozenset[str]) -> bool:
    return len(w) >= 5 and any(_spelling(w, x) for x in words if x[:1] == w[:1])


def _spelling(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours apart (long words)."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 5:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim's facts with the story's IDF weights of its words."""

    facts: Facts
    weights: dict[str, float]
    core: frozenset[str]  # content words that are not names or reporting verbs
    name_words: frozenset[str]
    text: str = ""
    events: frozenset[str] = frozenset()  # past-tense verbs: what happened
    reporting: frozenset[str] = frozenset()  # "said", "told": whose words, not what
    novel: frozenset[str] = frozenset()  # content words no sentence of the story uses
    published: dt.date | None = None  # when the claim was reported, if it has a source
    # details (as written) of a second coordinated clause ("..., and he cited supporters
    # in other regions, including Libya"): the main event is what an outlet must state
    peripheral: frozenset[str] = frozenset()
    # the first past-tense verb of the main clause: what the claim says happened
    main_verb: str | None = None
    # words and details only an opening subordinate clause states ("A day after Iraq
    # said ..."): background an outlet may leave out, not counted in the claim's size
    background: frozenset[str] = frozenset()
    background_details: frozenset[str] = frozenset()
    # each figure's and date's own clause (text as written -> its content words):
    # "Iranians voted on Thursday to elect the 86-seat Assembly of Experts"
    detail_clauses: dict[str, frozenset[str]] = field(default_factory=dict)
    # the main predicate with its nearest participants (predicate.frame), and one such
    # frame per verb the claim states as done, main first: who did what to whom
    frame: Frame | None = None
    verb_frames: tuple[Frame, ...] = ()


class Semantic(Protocol):
    """Sentence similarity from an embedding model (the optional ``[semantic]`` extra)."""

    def bind(self, index: StoryIndex) -> None: ...

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float: ...


class Entailment(Protocol):
    """An entailment (NLI) model (the optional ``[nli]`` extra, :mod:`.nli`)."""

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, float]]:
        """(P(entailment), P(contradiction)) per (premise, hypothesis) pair."""
        ...


# A wire dateline opening a claim copied from an article's first sentence.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,4},?\s*"
    r"(?:\([A-Za-z&]{1,20}\)\s*)?[_—–-]{1,2}\s+"
)
# Titles say who someone is, not what happened: "Chief executive Dana Whitlock said ..."
# shares them with any other statement of hers, so support needs more than them.
_ROLE_WORDS = frozenset(
    canon(w) for w in (*TITLES, "executive", "chairman", "chairwoman", "ceo", "leader")
)
_WORD = re.compile(r"[a-z][a-z.'’-]*[a-z]|[a-z]")


def _past_form(word: str) -> bool:
    """A past-tense verb as written, short irregular ones included ("knew", "hid")."""
    low = word.lower()
    return low.endswith("ed") or irregular().get(low, low) != low


_REPORTING_VERBS = frozenset(canon(w) for w in "said say announced told reported commented".split())
_APPOSED = re.compile(r"([A-Z][a-z]{2,})\.?, ([A-Z][a-z]{2,})")


_DATELINE_PLACE = re.compile(
    r"\s*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _regions(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """City word -> the words of the country or state its dateline puts it in."""
    out: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        m = _DATELINE_PLACE.match(text)
        if m is None or not _DATELINE.match(text):
            continue
        # the place as written ("Syria"), not its demonym keys: "Croatian President"
        # says whose president, not where something happened
        region = set(m.group(2).lower().split())
        for w in m.group(1).lower().split():
            if w not in region:
                out[w] |= region - {w}
    return {k: frozenset(v) for k, v in out.items()}


_UP_TO_NOW = frozenset(["past", "last"])
_YEAR_MINUTES = 525600.0


def _past_years(q: Quantity, d: DateRef, ev_day: dt.date | None) -> bool:
    """A duration in years up to the article's day ("the past 14 years") that spans
    from the claim's "since" year."""
    if q.unit != "min" or q.span != "year" or q.bound or q.approx or not q.before & _UP_TO_NOW:
        return False
    return span_since(d, q.value / _YEAR_MINUTES, ev_day)


def _abbreviation(words: Sequence[str]) -> bool:
    """One short word ("Md", "U.N."): an abbreviation, not a rival name."""
    return len(words) == 1 and len(words[0].strip(".").replace(".", "")) <= 2


# A pronoun that opens a sentence's subject stands for a name of the sentence before.
_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "it", "its"])


# Words that open a sentence going on with the one before it.
_CONNECTIVES = frozenset(["but", "however", "also", "yet", "still", "instead", "meanwhile"])


def _opens_continuation(lows: Sequence[str]) -> bool:
    """The sentence opens with a pronoun ("He", "Its"), or a connective and then one
    ("But his ..."), or a connective alone ("However, ...")."""
    first = lows[0]
    if first in _PRONOUNS or (first in _CONNECTIVES and config.CONFIG.join_continuations >= 2):
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
    ) -> None:
        self._texts = texts
        self._proper = proper
        # abbreviations the story defines ("Kurdistan Workers Party (PKK)"): a sentence
        # stating either form states the other
        self._abbreviations = abbreviations or {}
        self._done: list[Facts | None] = [None] * len(texts)
        # each sentence's tokens from indexing: reading a sentence twice was a third of
        # the time of attributing a summary (each is used once, then dropped)
        self._reads: list[Read | None] = list(reads) if reads is not None else [None] * len(texts)
        self._pronoun = [bool(r is not None and _PRONOUNS & set(r[1][:4])) for r in self._reads]
        # a sentence that opens with a pronoun or a connective ("But his beatification
        # ...", "He was detained ...") goes on with the sentence before
        self.continues = [
            bool(r is not None and r[1] and _opens_continuation(r[1])) for r in self._reads
        ]

    def __len__(self) -> int:
        return len(self._texts)

    def _plain(self, k: int) -> Facts:
        f = self._done[k]
        if f is None:
            f = facts_of(self._texts[k], self._proper, self._reads[k])
            if self._abbreviations:
                f = replace(f, words=expand_abbreviations(f.words, self._abbreviations))
            self._done[k] = f
            self._reads[k] = None
        return f

    def __getitem__(self, k: int) -> Facts:
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


class StoryIndex:
    """A story's sentences with their facts, ready to check many claims against."""

    def __init__(
        self,
        articles: Sequence[Article],
        sentences: Sequence[Sentence] | None = None,
        semantic: Semantic | None = None,
        nli: Entailment | None = None,
    ) -> None:
        self.articles = tuple(articles)
        self.semantic = semantic
        if semantic is not None:
            semantic.bind(self)
        self.nli = nli
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
                [s.text for s in sents], self.proper, reads, self.abbreviations
            )
            self._reads[a.id] = reads
            for k, words in enumerate(content):
                df.update(words)
                for c in words:
                    self.postings[c].append((a.id, k))
        self._article_words: dict[str, frozenset[str]] = {}
        self.datelines: dict[str, frozenset[str]] = {}
        for a in self.articles:
            m = _DATELINE.match(a.text)
            if m:
                keys: set[str] = set()
                for w in _WORD.findall(a.text[: m.end()].lower()):
                    if w not in ("ap", "afp", "upi"):
                        keys |= name_keys(w)
                self.datelines[a.id] = frozenset(keys)
        # "DAMASCUS, Syria (AP) _": the story's datelines say which city lies in which
        # country or state, so "flew to Syria" states "flew to Damascus" less precisely
        self.regions: dict[str, frozenset[str]] = _regions(a.text for a in self.articles)
        self._region_words: frozenset[str] = frozenset().union(*self.regions.values())
        self._figures: dict[str, list[tuple[int, Quantity]]] | None = None
        # name words written side by side "A, B" ("Geneva, Switzerland"): a place inside
        # another, or a name and its description; never two rivals for one slot
        self.apposed = frozenset(
            frozenset((canon(m.group(1).lower()), canon(m.group(2).lower())))
            for a in self.articles
            for m in _APPOSED.finditer(a.text)
        )
        self.n = max(sum(len(v) for v in self.content.values()), 1)
        self.df = df

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
        claim's "Tehran" against "Iraq": nothing in the story puts it there)."""
        within = self._region_words
        words = [w.lower() for w in place]
        return (
            bool(region)
            and bool(words)
            and all(w.lower() in within for w in region)
            and not any(w in within or w in self.regions for w in words)
            and all(self._in_story(w) for w in words)
        )

    def _in_story(self, word: str) -> bool:
        """Some article of the story writes this (lower-case) word or a name key of it."""
        keys = name_keys(word)
        return any(keys & self.article_words(a.id) for a in self.articles)

    def place_within(self, n: Name, ev: Facts) -> bool:
        """The window names the place ``n`` lies in, or a place lying in ``n``, by the
        story's datelines ("Damascus" / "Syria"): the same place, stated less or more
        precisely, never a rival."""
        named = {w for e in ev.names for w in e.words}
        if any(self.regions.get(w, frozenset()) & named for w in n.words):
            return True
        return any(self.regions.get(w, frozenset()) & set(n.words) for w in named)

    def _dateline_place(self, a: Sequence[str], b: Sequence[str]) -> bool:
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

    def figures(self) -> dict[str, list[tuple[int, Quantity]]]:
        """Every figure of every article (sentence number, quantity), read once."""
        if self._figures is None:
            self._figures = {
                a.id: [
                    (k, q) for k, r in enumerate(self._reads[a.id]) for q in quantities(r[0], r[1])
                ]
                for a in self.articles
            }
        return self._figures

    def reported_on(self, q: Quantity) -> set[dt.date]:
        """Publication dates of the articles that state figure ``q`` (the claim's time)."""
        out = set()
        for aid, figs in self.figures().items():
            day = self.published.get(aid)
            if day is not None and any(quantities_agree(q, e) for _, e in figs):
                out.add(day)
        return out

    def _pair_elsewhere(
        self,
        claim: Claim,
        number: str,
        date: str,
        article_id: str | None,
        window: tuple[int, int] | None = None,
    ) -> bool:
        """The story, outside the window, states the claim's figure with the claim's date
        (in one sentence or its neighbours): it shows the quantity at two moments, so a
        window with another figure and another date reports the other moment. The
        window's own article counts too ("stood at 40 on Monday ... rose to 55 on
        Wednesday" is one article telling an update); only the window's sentences do
        not. A figure and a date of equal value are the claim's quantity only where the
        sentences stating them say what the claim's figure counts (``_states_quantity``):
        "arrested 40 students on Monday" is not a toll of 40 on Monday."""
        q = next((x for x in claim.facts.quantities if x.text == number), None)
        d = next((x for x in claim.facts.dates if x.text == date), None)
        if q is None or d is None:
            return False
        lo, hi = window if window is not None else (0, -1)
        for aid, figs in self.figures().items():

            def own(k: int, aid: str = aid) -> bool:
                if aid != article_id:
                    return False
                return window is None or lo <= k <= hi

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
        weights = claim.weights
        total = math.fsum(weights.values()) or 1.0
        got = math.fsum(weights.get(c, 0.0) for c in sorted(claim.facts.content & words))
        return got / total >= _c().min_candidate

    def idf(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0

    # -- one window -------------------------------------------------------------------

    def check(
        self,
        claim: Claim,
        ev: Facts,
        ctx: Facts,
        lead: Facts | None = None,
        article_id: str | None = None,
        parts: Sequence[Facts] = (),
        window: tuple[int, int] | None = None,
    ) -> Check:
        """Compare a claim with one window ``ev`` of an article, detail by detail.

        Names and dates a window leaves out are looked up around it (``ctx``: a sentence
        opening "He said" names its speaker a sentence earlier). A date the window leaves
        out conflicts only with the article's ``lead`` (where the day of the event is
        given); a name the window leaves out conflicts only when the whole article
        (``article_id``'s text) never mentions it and the window names someone else.
        """
        facts, weights = claim.facts, claim.weights
        total = math.fsum(weights.values()) or 1.0
        matched = facts.content & ev.content
        unmatched = facts.content - matched
        for c in list(unmatched):
            if name_keys(c) & ev.words or (
                c in claim.name_words and _spelled(facts.forms.get(c, c).lower(), ev.words)
            ):
                matched |= {c}
                unmatched -= {c}
        details: list[Detail] = []
        detail: set[str] = set()  # claim words that are the conflicting details
        cf, ef = facts.forms, ev.forms
        for c in sorted(unmatched):
            # a claim that states both sides or several outcomes ("killing 12 and
            # injuring 30") denies none of them
            if antonyms(c) & facts.content:
                continue
            opp = antonyms(c) & ev.content
            if opp:
                o = min(opp)
                details.append(Detail("outcome", "conflicts", cf.get(c, c), ef.get(o, o)))
                detail.add(c)
        ev_day = self.published.get(article_id) if article_id else None
        # the claim's main-clause names the window itself does not state: a figure is
        # only the claim's quantity where the same participants are named with it
        others = any(not (e.keys & facts.words) for e in ev.names)
        pinned = 0
        for q in facts.quantities:
            if q.ident:
                continue  # "Flight 103": compared as part of the name, not as a figure
            verdict, e = _quantity_check(q, ev, facts.content)
            if verdict == "agrees" and e is not None:
                details.append(Detail("number", "agrees", q.text, e.text))
                pinned += q.unit != "" or q.value >= _c().coincidence_below
            elif verdict == "conflicts" and e is not None:
                when = self.reported_on(q) if ev_day is not None else set()
                gap = _c().development_days
                if when and ev_day is not None and all(abs((ev_day - d).days) >= gap for d in when):
                    # the story reports the claim's figure at another time: an update
                    first = min(when, key=lambda d: abs((ev_day - d).days))
                    note = f"reported {ev_day:%b %-d}, the claim's figure {first:%b %-d}"
                    details.append(Detail("number", "missing", q.text, e.text, note))
                elif others and _scope_absent(claim.text, q, facts.names, ev, self.apposed):
                    # the window leaves out who or where the claim's figure is about
                    # ("in Poland" / "throughout Europe"): another total, not this one
                    details.append(Detail("number", "missing", q.text, e.text, "another scope"))
                else:
                    details.append(Detail("number", "conflicts", q.text, e.text))
            else:
                details.append(Detail("number", "missing", q.text, ""))
        details += self._dates(claim, ev, ctx, lead, ev_day)
        details = _another_time(
            claim.text,
            details,
            lambda n, d: self._pair_elsewhere(claim, n, d, article_id, window),
        )
        said = ev.said_on or ctx.said_on or (lead.said_on if lead is not None else ())
        if _c().said_day and facts.said_on and said:
            # "said Monday" where the window's statement (or, for a quote, the one around
            # it or in the lead) was made "Thursday": another statement, or this one
            # dated wrongly; it blocks support, never contradicts (the same words may be
            # said again on another day)
            d = facts.said_on[0]
            said = tuple(e for e in said if e.near & d.near)  # the same speaker's
            if said and all(
                compare(d, claim.published, e, ev_day).status == "conflicts" for e in said
            ):
                shown = said[0].text
                details.append(Detail("date", "missing", d.text, shown, f"said on {shown}"))
        extra_names = [n for n in ev.names if not (n.keys & facts.words)]
        for n in facts.names:
            # "Treasury Secretary Robert Rubin" for "... Lawrence Summers": one shared word
            # is not the same name when each goes on with its own (names.rival_holder)
            held = rival_holder(n, ev.names)
            if held is not None and not (
                article_id is not None
                and any(name_keys(w) & self.article_words(article_id) for w in held[1])
            ):
                detail.update(c for c in unmatched if c in claim.name_words)
                details.append(Detail("name", "conflicts", n.text, held[0].text))
                continue
            # a sentence of the window that is a near copy of the claim with another name
            # in this one's slot ("at a checkpoint near Sipitula" for "... near Malisevo")
            # states the event with that name, whatever the article or the window's other
            # sentences say of the claim's name elsewhere
            slot = next(
                (
                    e
                    for p in parts or [ev]
                    if not _name_found(n, p)
                    and len(facts.content & p.content) >= _c().near_copy * len(facts.content)
                    for e in p.names
                    if not (e.keys & facts.words)
                    and self.distinct_names(list(n.words), list(e.words))
                    and not self.place_within(n, replace(p, names=(e,)))
                    and same_slot(facts, n, p, e)
                ),
                None,
            )
            if slot is not None:
                detail.update(c for c in unmatched if c in claim.name_words)
                details.append(Detail("name", "conflicts", n.text, slot.text))
                continue
            if _name_found(n, ev):
                continue
            if _name_found(n, ctx):
                continue
            if self.place_within(n, ev):
                details.append(Detail("name", "agrees", n.text, "", "the place it lies in"))
                continue
            detail.update(c for c in unmatched if c in claim.name_words)
            # a name only a second or background clause states ("..., and Ciro Gomes
            # had 11 percent") is missing from a window that does not state that clause,
            # never rivalled by a name of the main one ("Cardoso won 51 percent")
            rivals = [
                e
                for e in extra_names
                if e.role == n.role
                and n.text not in claim.peripheral
                and self.distinct_names(list(n.words), list(e.words))
            ]
            absent = (
                article_id is not None
                and not n.keys & self.article_words(article_id)
                and not any(_spelled(w, self.article_words(article_id)) for w in n.words)
            )
            if not rivals and absent:
                # a name the article never writes, where the window has another in its
                # slot (facts.same_slot): "near Malisevo" / "near Sipitula"
                rivals = [
                    e
                    for e in extra_names
                    if self.distinct_names(list(n.words), list(e.words))
                    and same_slot(facts, n, ev, e)
                ]
            if rivals and not (article_id is not None and n.keys & self.article_words(article_id)):
                details.append(Detail("name", "conflicts", n.text, rivals[0].text))
            else:
                details.append(Detail("name", "missing", n.text, ""))
        # how close to a copy the window is: the share of the claim's words it repeats,
        # counted, not weighted (a swapped word is often the rarest of the claim)
        share = len(matched) / max(len(facts.content), 1)
        loose_copy = share >= _c().swap_coverage
        # the same verb with another object ("ruled out arson" for "ruled out an
        # electrical fault"): not the claim's fact, though not a denial of it either
        for v, o in sorted(facts.pairs) if loose_copy else ():
            # the claim's object stated anywhere in the window ("choked to death on
            # smoke" for "choked on smoke") is the same fact with a word between
            if (
                v in matched
                and o not in ev.content
                and (v, o) not in ev.pairs
                and v not in claim.reporting
            ):
                other = sorted(o2 for v2, o2 in ev.pairs if v2 == v and o2 not in facts.content)
                if other:
                    details.append(
                        Detail(
                            "object",
                            "missing",
                            f"{cf.get(v, v)} {cf.get(o, o)}",
                            f"{ef.get(v, v)} {ef.get(other[0], other[0])}",
                        )
                    )
        # a window repeating most of the claim's words but not its main verb tells
        # another event about the same things ("the ports reopened" / "the ports were
        # closed"); a looser paraphrase may use another verb for the same event
        # (names and a date shared do not make a near copy of the event: the share
        # counts the claim's other words)
        core_share = len(claim.core & matched) / max(len(claim.core), 1)
        # the claim's size without its background clause
        active = facts.content - claim.background
        main = claim.main_verb
        instead = (
            other_deed(facts, main, ev)
            if main is not None and main not in matched and main in claim.novel
            else None
        )
        if main is not None and instead is not None:
            # a verb no article uses, where the window does another thing to its object
            # ("rejected a proposal" / "supported the proposal"): another event
            details.append(Detail("verb", "missing", cf.get(main, main), ef.get(instead, instead)))
        elif (
            main is not None
            and main not in matched
            and core_share >= _c().swap_coverage
            and len(active) >= _c().verb_check_words
        ):
            details.append(Detail("verb", "missing", cf.get(main, main), ""))
        else:
            # the window states a subordinate or second clause, not the main event
            # ("... asked Italy for asylum after he was detained at Rome airport" / "was
            # picked up on arrival at the airport in Rome"): another fact
            main_words = main_clause_words(claim.text) - claim.reporting
            if (
                main not in matched
                and main_words
                and len(main_words & matched) < _c().support_core * len(main_words)
            ):
                if main is not None:
                    details.append(Detail("verb", "missing", cf.get(main, main), "", "main clause"))
                else:
                    details.append(Detail("verb", "missing", "the main clause", ""))
        # another name or modifier in the place of one of the claim's (facts.substitutions):
        # not this fact, but not a denial of it either (a paraphrase can look the same)
        for sub in substitutions(facts, list(parts or [ev])) if loose_copy else ():
            details.append(_swap(sub, "missing", cf, ef))
        # ... or found by aligning the two word sequences, where the claim's word is one
        # no article of the story uses: a detail the claim brings in place of the story's.
        # One sentence that states all the rest of the claim with another word in that
        # slot states the fact differently: a contradiction (config.slot_conflict).
        for p in (parts or [ev]) if claim.novel and loose_copy else ():
            subs = aligned_substitutions(facts, p, claim.novel, ev.content)
            # another word is not a typed detail: a synonym, a hypernym or a rewording
            # looks the same ("exploded" / "blew up"), so it blocks support, never
            # contradicts (contradictions come from figures, dates, names, negation)
            for sub in subs:
                details.append(_swap(sub, "missing", cf, ef))
        # a near copy of one sentence of the window (the window may add a neighbour) with
        # a word, a name, or two names' places changed
        for p in parts or [ev]:
            p_share = len(facts.content & p.content) / max(len(facts.content), 1)
            done = {d.claim for d in details if d.kind == "word"}
            # a claim name the name-slot test above already judged (found the rival of,
            # or placed): the near copy would say it once more
            judged = [
                {w.lower() for w in d.claim.split()}
                for d in details
                if d.kind == "name" and d.status != "missing"
            ]
            for kind, mine, theirs in (
                near_copy_swaps(facts, p) if p_share >= _c().near_copy else ()
            ):
                # the words as written ("Lausanne"), not their stems ("lausann"): the
                # story's datelines and articles are read in written words
                mine_words = [cf.get(w, w) for w in mine.split()]
                theirs_words = [ef.get(w, w) for w in theirs.split()]
                mine_shown = " ".join(mine_words)
                if mine_shown in done:
                    continue
                if kind == "name" and any({w.lower() for w in mine_words} <= j for j in judged):
                    continue
                theirs_shown = " ".join(theirs_words)
                # only two names in one slot are mutually exclusive; another word is
                # other wording ("frontier" / "border"), a place may hold the other
                # (by the story's datelines: "ZURICH, Switzerland" for "Zurich" /
                # "Switzerland")
                clash = kind == "roles" or (
                    kind == "name"
                    and self.distinct_names(mine_words, theirs_words)
                    and not self._dateline_place(mine_words, theirs_words)
                )
                status = "conflicts" if clash else "missing"
                details.append(Detail(kind, status, mine_shown, theirs_shown))
                if status == "conflicts" and kind != "roles":
                    detail.update(mine.split())
            # figures said of one party in the claim and of another in the sentence, the
            # two trading clauses ("Tan ... 5,000, but Cathay ... 8,000"): roles swapped
            for fig, mine, theirs, strict in parties_swapped(facts, p):
                if not any(d.kind == "roles" for d in details):
                    details.append(
                        Detail(
                            "roles",
                            "conflicts" if strict else "missing",
                            f"{mine}: {fig}",
                            f"{theirs}: {fig}",
                        )
                    )
            # who did what to whom: the claim's names trade places around a shared verb
            for v, who, strict in roles_swapped(facts, p):
                if not any(d.kind == "roles" for d in details):
                    x, y = who.split(" / ")
                    details.append(
                        Detail(
                            "roles",
                            "conflicts" if strict else "missing",
                            f"{cf.get(x, x)} {cf.get(v, v)} {cf.get(y, y)}",
                            f"{ef.get(y, y)} {ef.get(v, v)} {ef.get(x, x)}",
                        )
                    )
        # the main predicate (predicate.py): a sentence binding the claim's participants
        # with another verb or a plan ("lost a confidence vote" for "survived ...", "is
        # ready to give up" for "has given up") states another event; one stating a claim
        # verb with its participants on the other sides says who did what the other way
        reach = _c().predicate_reach
        if _c().predicate_rival and not any(
            d.kind in ("verb", "plan") or d.status == "conflicts" for d in details
        ):
            # the main verb, and (predicate_rival 1) every verb of the claim that no
            # article of the story uses: the story never states that predicate, so a
            # sentence binding its participants with another states another event
            # (frame, strict): see predicate.rival_predicate
            frames = [
                (f, f.verb not in claim.novel)
                for f in claim.verb_frames
                if f.verb not in matched
                and (f.verb in claim.novel or (_c().predicate_rival >= 2 and f is claim.frame))
            ]
            if (
                _c().predicate_bind
                and claim.frame is not None
                and claim.frame.verb in matched
                and len(parts) > 1
            ):
                # the main verb stated only in another sentence of the window than one
                # that binds its subject and object with another verb ("killed 11 people"
                # beside "the most seriously injured" for "wounded 11 people")
                frames.append((claim.frame, True))
            rival = next(
                (
                    (f, found)
                    for f, strict in frames
                    for p in parts or [ev]
                    if (found := rival_predicate(f, facts, p, reach, strict)) is not None
                ),
                None,
            )
            if rival is not None:
                f, (kind, w) = rival
                shown = ef.get(w, w) + (" (planned)" if kind == "plan" else "")
                note = _ANOTHER_PREDICATE if kind == "verb" else "a plan, not a deed"
                details.append(Detail(kind, "missing", cf.get(f.verb, f.verb), shown, note))
        if _c().predicate_roles and not any(d.kind == "roles" for d in details):
            moved = next(
                (
                    (vf, turned)
                    for vf in claim.verb_frames
                    for p in parts or [ev]
                    if (turned := roles_moved(vf, facts, p, reach)) is not None
                ),
                None,
            )
            if moved is not None:
                vf, (who, doer) = moved
                details.append(
                    Detail(
                        "roles",
                        "missing",
                        f"{cf.get(who, who)} {cf.get(vf.verb, vf.verb)}",
                        f"{ef.get(doer, doer)} {ef.get(vf.verb, vf.verb)}",
                        "who did what",
                    )
                )
        # a plan stated as a done deed: the claim says "traveled", the window "will travel"
        for v in sorted(claim.events & matched & facts.realis - facts.irrealis):
            if v in ev.irrealis and v not in ev.realis:
                # a near copy saying "would detain" for "detained" states the plan
                # instead; elsewhere the plan may be another report of the same deed
                status = "conflicts" if share >= _c().near_copy else "missing"
                details.append(Detail("plan", status, cf.get(v, v), f"{ef.get(v, v)} (planned)"))
                detail.add(v)
                break
        # a flipped negation denies the claim where the window states most of it; in a
        # looser one it may be another clause's ("refused to allow" / "were allowed")
        neg_status = "conflicts" if share >= _c().negation_conflict else "missing"
        # negation: the claim denies what the evidence asserts, or the other way round
        # ("could not detain him" neither states nor denies an arrest: see negation.py)
        if facts.negated and not (facts.negated & ev.negated):
            # an evidence window with a negation of its own ("not a party" for "no
            # part") may say the same in other words: only a plain assertion denies
            denied = facts.negated & ev.content if not ev.negated else set()
            w = min(denied or facts.negated)
            if denied and not denied <= facts.modal:
                details.append(Detail("negation", neg_status, f"not {cf.get(w, w)}", ef.get(w, w)))
            elif denied:
                details.append(
                    Detail("negation", "missing", f"could not {cf.get(w, w)}", ef.get(w, w))
                )
            elif ev.negated and len(parts) <= 1:
                # the window denies something of its own and never asserts the claim's
                # negated word: the same denial in other words ("not a party to the
                # dispute" for "no part in the dispute"), in one sentence (a neighbour's
                # denial is another fact's); coverage decides the rest
                x = min(ev.negated)
                details.append(
                    Detail("negation", "agrees", f"not {cf.get(w, w)}", f"not {ef.get(x, x)}")
                )
            else:
                details.append(Detail("negation", "missing", f"not {cf.get(w, w)}", ""))
        # "officials have not said": a report not given denies nothing of the event
        flipped = (ev.negated - facts.negated) & matched - claim.reporting - _REPORTING_VERBS
        if not (facts.negated & ev.negated) and flipped:
            w = min(flipped)
            if flipped <= ev.modal:
                details.append(
                    Detail(
                        "negation",
                        "missing",
                        cf.get(w, w),
                        f"could not {ef.get(w, w)}",
                        "could not",
                    )
                )
            else:
                # a denial of a predicate: the negated word is one the claim states as
                # done ("had been found"), not a noun ("neither trial") or a word under
                # another verb ("under pressure to accept a plan")
                own = neg_status == "conflicts" and any(
                    x in facts.realis or _past_form(facts.forms.get(x, x)) for x in flipped
                )
                status = "conflicts" if own else "missing"
                details.append(Detail("negation", status, cf.get(w, w), f"not {ef.get(w, w)}"))
        details = [
            replace(d, note="peripheral")
            if d.status == "missing"
            and d.kind in ("number", "date", "name", "negation")
            and d.claim in claim.peripheral
            else d
            for d in details
        ]
        clause_cov, clause_core, clause_matched = (
            self._clause_coverage(claim, details, matched, ev) if len(parts) <= 1 else (0.0, 0.0, 0)
        )
        # each figure or date the window itself states as the claim does counts like one
        # of the claim's words (of average weight): an agreeing detail is evidence too. A
        # date only found around the window keeps it from being missing, no more.
        n_details = sum(
            not q.ident and q.text not in claim.background_details for q in facts.quantities
        ) + sum(d.text not in claim.background_details for d in facts.dates)
        stated = sum(
            1
            for d in details
            if d.status == "agrees" and d.kind in ("number", "date") and d.note != "around"
        )
        unit = _c().detail_weight * (total / max(len(active), 1))
        bonus = unit * stated
        extra = unit * n_details
        got = math.fsum(weights[c] for c in matched)
        cov = (got + bonus) / (total + extra)
        rest_total = total - math.fsum(weights.get(c, 0.0) for c in detail)
        rest = got / rest_total if rest_total > 0 else 0.0
        core_total = math.fsum(weights[c] for c in claim.core) + extra
        core = (
            (math.fsum(weights[c] for c in claim.core & matched) + bonus) / core_total
            if core_total
            else cov
        )
        if claim.core and not claim.core & matched:
            core = 0.0  # names and a date alone do not say what happened
        deed_words = claim.core - _ROLE_WORDS
        deed = core
        if deed_words != claim.core:
            deed = (
                (math.fsum(weights[c] for c in deed_words & matched) + bonus)
                / (math.fsum(weights[c] for c in deed_words) + extra)
                if deed_words & matched
                else 0.0
            )
        if claim.events and not claim.events & matched:
            # a window without any of the claim's verbs ("arrested") may tell another
            # event about the same people: it needs to cover more of the claim
            scale = min(1.0, _c().support_coverage / _c().no_event_coverage)
            cov, rest = cov * scale, rest * scale
        # a window that leaves the claim's names to its neighbours and names others
        anchored = not extra_names or all(_name_found(n, ev) for n in facts.names)
        return Check(
            cov,
            rest,
            core,
            len(matched),
            tuple(details),
            anchored,
            len(facts.content),
            deed,
            clause_cov,
            clause_matched,
            clause_core,
            pinned,
        )

    @staticmethod
    def _clause_candidates(
        claim: Claim,
        content: Sequence[frozenset[str]],
        cands: dict[int, float],
        singles: dict[int, float],
    ) -> set[int]:
        """Sentences, not already candidates, that state ``clause_conflict`` of the
        clause of one of the claim's figures or dates (its words as indexed)."""
        cfg = _c()
        if cfg.clause_conflict > 1.0 or not claim.detail_clauses:
            return set()
        clauses = []
        for words in set(claim.detail_clauses.values()):
            weight = math.fsum(claim.weights.get(c, 0.0) for c in sorted(words))
            if weight > 0 and len(words) >= cfg.clause_conflict_words:
                clauses.append((words, weight))
        out = set()
        for k in cands:
            if k in singles:
                continue
            for words, weight in clauses:
                got = words & content[k]
                share = math.fsum(claim.weights.get(c, 0.0) for c in sorted(got)) / weight
                if len(got) >= cfg.clause_conflict_words and share >= cfg.clause_conflict:
                    out.add(k)
                    break
        return out

    @staticmethod
    def _clause_coverage(
        claim: Claim, details: Sequence[Detail], matched: frozenset[str], ev: Facts
    ) -> tuple[float, float, int]:
        """How much of a conflicting figure's or date's own clause one sentence states
        (weighted share; the same for the clause's words other than names; words), for
        the best such detail: the sentence may state the event the detail is bound to
        without the claim's whole main event. A sentence that states the clause's words
        as a plan ("can resume flights next Wednesday") gives a planned value, which
        may slip: no conflict with a claim that does not say plan; a figure the
        sentence binds to a predicate must count for that predicate in the claim too
        (``Quantity.event``)."""
        best = (0.0, 0.0, 0)
        for d in details:
            if d.status != "conflicts" or d.kind not in ("number", "date"):
                continue
            words = claim.detail_clauses.get(d.claim)
            if not words:
                continue
            w = claim.weights
            total = math.fsum(w.get(c, 0.0) for c in sorted(words))
            if total <= 0:
                continue  # a background clause's detail: never a contradiction alone
            got = words & matched
            if got & (ev.irrealis - ev.realis) - claim.facts.irrealis:
                continue
            if d.kind == "number" and any(
                e.event and not q.event & e.event
                for q in claim.facts.quantities
                if q.text == d.claim
                for e in ev.quantities
                if e.text == d.evidence
            ):
                continue  # a figure of another predicate ("were at" / "killing 60")
            core = words - claim.name_words
            core_total = math.fsum(w.get(c, 0.0) for c in sorted(core))
            core_share = (
                math.fsum(w.get(c, 0.0) for c in sorted(core & got)) / core_total
                if core_total > 0
                else 0.0
            )
            share = math.fsum(w.get(c, 0.0) for c in sorted(got)) / total
            best = max(best, (share, core_share, len(got)))
        return best

    def _dates(
        self,
        claim: Claim,
        ev: Facts,
        ctx: Facts,
        lead: Facts | None,
        ev_day: dt.date | None,
    ) -> list[Detail]:
        """Each claim date against the window's (then the neighbours', then the lead's).

        Matching is one to one (a window date that agrees with one claim date is not the
        other's conflict: "local routes on May 3 and foreign routes after that"),
        and a conflict needs the two dates bound to the same thing (a shared word around
        them): another date in the window is usually another event's.
        """
        out: list[Detail] = []
        claim_day = claim.published
        used: set[int] = set()
        coarse = _c().coarse_dates >= 1

        def find(d: DateRef, pool: Sequence[DateRef], status: str) -> int | None:
            for k, e in enumerate(pool):
                if k in used and pool is ev.dates:
                    continue
                if status == "conflicts" and not (d.near & e.near):
                    continue
                if compare(d, claim_day, e, ev_day, coarse).status == status:
                    return k
            return None

        pending: list[DateRef] = []
        for d in claim.facts.dates:
            k = find(d, ev.dates, "agrees")
            if k is not None:
                used.add(k)
                out.append(Detail("date", "agrees", d.text, ev.dates[k].text))
            else:
                pending.append(d)
        for d in pending:
            k = find(d, ev.dates, "conflicts")
            if k is not None:
                out.append(Detail("date", "conflicts", d.text, ev.dates[k].text))
                continue
            k = find(d, ctx.dates, "agrees")
            own = [
                e
                for e in ev.dates
                if e.key == d.key and compare(d, claim_day, e, ev_day).status == "conflicts"
            ]
            if k is not None and not own:
                # a neighbour's date, where the window gives none of its own of that kind
                # (its own "Sunday" dates its own event: the claim's day is not stated)
                out.append(Detail("date", "agrees", d.text, ctx.dates[k].text, "around"))
                continue
            span = next((q for q in ev.quantities if _past_years(q, d, ev_day)), None)
            if span is not None:
                # "since 1984" / "for the past 14 years" in an article of 1998
                out.append(Detail("date", "agrees", d.text, span.text, "the same span"))
                continue
            if lead is not None and find(d, lead.dates, "agrees") is None:
                k = find(d, lead.dates, "conflicts")
                if k is not None:
                    out.append(Detail("date", "conflicts", d.text, lead.dates[k].text))
                    continue
            out.append(Detail("date", "missing", d.text, ""))
        return out

    # -- one claim --------------------------------------------------------------------

    def attribute(self, text: str, source: Support | None = None) -> Attribution:
        """Every article supporting or contradicting ``text``; ``source`` is taken as given."""
        m = _DATELINE.match(text)
        if m and m.end() < len(text):
            text = text[m.end() :]  # "LONDON (AP) _ ": where it was filed, not the fact
        published = self.published.get(source.article_id) if source is not None else None
        claim, total, overlap = self._claim(text, published)
        # a claim of two main clauses ("X massed troops on the border, and jets buzzed
        # it") is also reported by an article that states each clause somewhere
        parts = [self._claim(p, published) for p in _clauses(text)] if _c().clauses else []
        supported: list[Support] = []
        contradicted: list[Support] = []
        reasons: list[tuple[str, tuple[str, ...]]] = []
        for a in self.articles:
            if source is not None and a.id == source.article_id:
                supported.append(source)
                continue
            cands = overlap.get(a.id)
            if not cands:
                continue
            best = self._best(a, claim, total, cands)
            if best is None and parts:
                best = self._by_clauses(a, parts)
            if best is None:
                continue
            verdict, check, start, end = best
            span = Support(
                a.id,
                start,
                end,
                round(min(check.coverage, 1.0), 4),
                a.text[start:end],
                check.details,
            )
            if verdict == "supports":
                supported.append(span)
            elif verdict == "contradicts":
                contradicted.append(span)
                reasons.append((a.id, tuple(d.explanation for d in check.conflicts)))
        return Attribution(text, tuple(supported), tuple(contradicted), tuple(reasons))

    def _by_clauses(
        self, a: Article, parts: list[tuple[Claim, float, dict[str, dict[int, float]]]]
    ) -> tuple[str, Check, int, int] | None:
        """Support when every clause of the claim is supported by a window of the article
        (each with its own details agreeing); the span shown is the first clause's."""
        found: list[tuple[str, Check, int, int]] = []
        sents, facts = self.sentences[a.id], self.facts[a.id]
        for claim, total, overlap in parts:
            cands = overlap.get(a.id)
            got = self._best(a, claim, total, cands) if cands else None
            if got is None or got[0] != "supports":
                return None
            # a short clause is easily met by a sentence about something near it: the
            # window itself must name the clause's participants (not its neighbours:
            # "John Paul II, who has canonized 270 people" for "... canonized Stepinac"),
            # and a clause that asserts needs a window that denies nothing ("Turkey has
            # never conducted wargames" for "has held wargames")
            window = [facts[k] for k, s in enumerate(sents) if got[2] <= s.start < got[3]]
            ev = _union(window)
            if not all(_name_found(n, ev) for n in _participants(claim)):
                return None
            if not claim.facts.negated and ev.has_negation:
                return None
            found.append(got)
        weight = [math.fsum(c.weights.values()) for c, _, _ in parts]
        check = Check(
            math.fsum(w * f[1].coverage for w, f in zip(weight, found, strict=True)) / sum(weight),
            min(f[1].rest_coverage for f in found),
            min(f[1].core_coverage for f in found),
            sum(f[1].matched for f in found),
            tuple(d for f in found for d in f[1].details),
            all(f[1].anchored for f in found),
            sum(f[1].claim_words for f in found),
            min(f[1].deed_coverage for f in found),
        )
        # the span shown is the first clause's window (the main event): one passage from
        # the first window to the last could run over many sentences
        return ("supports", check, found[0][2], found[0][3])

    def _claim(
        self, text: str, published: dt.date | None
    ) -> tuple[Claim, float, dict[str, dict[int, float]]]:
        """A claim read against the story: its facts and weights, their total, and the
        weight each candidate sentence shares with it (article -> sentence -> weight)."""
        facts = facts_of(text, self.proper)
        if self.abbreviations:
            facts = replace(facts, words=expand_abbreviations(facts.words, self.abbreviations))
        weights = {c: self.idf(c) for c in sorted(facts.content)}  # one summing order
        name_words = frozenset(canon(w) for n in facts.names for w in n.words)
        reporting = {canon(w) for w in ("said", "reported", "according", "added", "told")}
        core = facts.content - name_words - reporting
        events = event_words(text) & core
        novel = frozenset(c for c in facts.content if not self.df.get(c))
        second = _second_clause_words(text, facts, self.proper)
        if second:
            # the main event is the first clause: what only a second one adds weighs
            # less (config.second_clause_weight; its details are still compared)
            k = _c().second_clause_weight
            weights = {c: (w * k if c in second else w) for c, w in weights.items()}
            if k == 0.0:
                core -= second
                events -= second
        peripheral = _peripheral(text, facts, self.proper)
        main_text = text
        only: frozenset[str] = frozenset()
        only_details: frozenset[str] = frozenset()
        lo, hi = _main_clause(text)
        if (lo, hi) != (0, len(text)) and _c().background_weight < 1.0:
            # "A day after Iraq said ..., al-Baghdadi emerged ...": an opening clause
            # dates or explains the main event; an outlet may report the event without
            # it (config.background_weight; its figures, dates and names are peripheral)
            main_text = text[lo:hi]
            main = facts_of(main_text, self.proper)
            only = facts.content - main.content
            k = _c().background_weight
            weights = {c: (w * k if c in only else w) for c, w in weights.items()}
            only_details = _details_of(facts) - _details_of(main)
            peripheral |= only_details
            if k == 0.0:
                core -= only
            events -= only
        if _c().parse_main_verb and _parsing():
            main_verb = _parsed_main_verb(main_text, events - second)
        else:
            main_verb = _main_verb(main_text, events - second)
        if main_verb is None and _c().predicate_progressive:
            # a claim told in the present progressive ("The commission is suing de
            # Klerk") has no past-tense main verb: its "-ing" verb is what happened
            prog = _progressive(main_text)
            main_verb = prog if prog in core else None
        claim = Claim(
            facts,
            weights,
            core,
            name_words,
            text,
            events,
            frozenset(reporting),
            novel,
            published,
            peripheral,
            main_verb,
            only,
            only_details,
            _detail_clauses(text, self.proper) if _c().clause_conflict <= 1.0 else {},
        )
        reach = _c().predicate_reach
        main_frame = self._frame(text, facts, main_verb, reach)
        others = (
            self._frame(text, facts, v, reach)
            for v in sorted(facts.realis & _predicates(text, events))
            if v != main_verb
        )
        claim = replace(
            claim,
            frame=main_frame,
            verb_frames=tuple(f for f in (main_frame, *others) if f is not None),
        )
        if _c().modifier_names:
            # "Halloween revelers", "Turkish demands": a name describing a noun is a
            # detail an outlet may leave out, unless it is the main verb's subject or object
            mods = _modifier_names(text, facts) - {n.text for n in _participants(claim)}
            # a name inside another name's description is no participant wherever it
            # stands ("Poland, Europe's most affected country, ...")
            mods |= _appositive_names(text, facts)
            if mods:
                claim = replace(claim, peripheral=claim.peripheral | mods)
        total = math.fsum(weights.values()) or 1.0
        overlap: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for c, w in weights.items():
            for art, k in self.postings.get(c, ()):
                overlap[art][k] += w
        return claim, total, overlap

    def _frame(self, text: str, facts: Facts, verb: str | None, reach: int) -> Frame | None:
        """The frame of ``verb`` read from the claim up to the end of that verb's clause
        (a subordinator or clause punctuation after it): "The bridge closed on Tuesday
        [after inspectors found cracks]" has no object, the inspectors are another
        clause's subject."""
        if verb is None:
            return None
        toks = TOKEN.findall(text)
        lows = [t.lower() for t in toks]
        at = next((i for i, w in enumerate(lows) if w[:1].isalpha() and canon(w) == verb), None)
        if at is None:
            return frame(facts, verb, reach)
        end = next(
            (j for j in range(at + 1, len(lows)) if lows[j] in _SUBORDINATORS or lows[j] in ",;:"),
            None,
        )
        if end is None:
            return frame(facts, verb, reach)
        return frame(facts_of(" ".join(toks[:end]), self.proper), verb, reach)

    @staticmethod
    def _cohesive(claim: Claim, left: frozenset[str], right: frozenset[str]) -> bool:
        """Two sentences read as one statement of the claim only when they share one of
        its words, or one of them adds no word of its own (only a figure or a date):
        otherwise the window glues two facts ("deaths" here, "Baghdadi" there)."""
        a, b = claim.facts.content & left, claim.facts.content & right
        if a & b:
            return True
        # what a figure counts ("412 million euros") belongs to the figure, not the fact
        measures = {w for q in claim.facts.quantities for w in q.after | q.before}
        return not (a - b - measures) or not (b - a - measures)

    def _windows(
        self, a: Article, claim: Claim, total: float, singles: dict[int, float]
    ) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
        """Candidate windows (first, last sentence) and those kept only as fillers."""
        weights = claim.weights
        sents = self.sentences[a.id]
        facts = self.facts[a.id]
        content = self.content[a.id]
        windows: list[tuple[int, int]] = [(k, k) for k in singles]
        fillers: set[tuple[int, int]] = set()
        seen = set(windows)
        width = max(_c().max_window, 1)

        def cover(lo: int, hi: int) -> float:
            union = claim.facts.content & frozenset().union(*content[lo : hi + 1])
            return math.fsum(weights[c] for c in sorted(union)) / total

        for k in singles:
            for size in range(2, width + 1):
                for lo in range(k - size + 1, k + 1):
                    hi = lo + size - 1
                    if lo < 0 or hi >= len(sents) or (lo, hi) in seen:
                        continue
                    seen.add((lo, hi))
                    if size == 2:
                        other = facts[hi if lo == k else lo]
                        # the neighbour may hold the figure or the date the sentence
                        # leaves out, when the sentence itself states most of the claim
                        day = self.published.get(a.id)
                        fills = bool(claim.facts.quantities and other.quantities) or any(
                            compare(d, claim.published, e, day).status == "agrees"
                            for d in claim.facts.dates
                            for e in other.dates
                        )
                        if fills and singles[k] >= _c().support_coverage:
                            fillers.add((lo, hi))
                        best_part = max(singles.get(lo, 0.0), singles.get(hi, 0.0))
                    else:
                        fills = False
                        best_part = max(cover(lo, hi - 1), cover(lo + 1, hi))
                    if fills or cover(lo, hi) >= best_part + _c().window_gain:
                        windows.append((lo, hi))
        return windows, fillers

    def _best(
        self, a: Article, claim: Claim, total: float, cands: dict[int, float]
    ) -> tuple[str, Check, int, int] | None:
        sents = self.sentences[a.id]
        facts = self.facts[a.id]
        content = self.content[a.id]
        singles = {k: v / total for k, v in cands.items() if v / total >= _c().min_candidate}
        windows, fillers = self._windows(a, claim, total, singles)
        join = _c().join_continuations >= 1
        # a sentence stating most of a figure's or a date's own clause, though little of
        # the whole claim, may give that detail another value: checked for that only
        clause_only = self._clause_candidates(claim, content, cands, singles)
        windows += [(k, k) for k in sorted(clause_only)]
        best_support: tuple[float, Check, int, int] | None = None
        best_contra: tuple[float, Check, int, int] | None = None
        denial = 0.0  # best coverage of a window that negates the claim
        denied: set[str] = set()  # the claim's words such windows negate
        support_key, support_words = -1.0, frozenset[str]()
        # windows the [nli] model decides: (lo, hi, key, check, window words)
        pending: list[tuple[int, int, float, Check, frozenset[str]]] = []
        for lo, hi in windows:
            if (lo, hi) not in fillers and any(
                not self._cohesive(claim, content[i], content[j])
                and not (j == i + 1 and join and facts.continues[j])
                for i in range(lo, hi + 1)
                for j in range(i + 1, hi + 1)
            ):
                continue  # every two sentences of a window state one fact
            ev = _union(facts.span(lo, hi + 1))
            ctx = _union([facts[0], *facts.span(lo - 2, hi + 2)])
            if self.datelines.get(a.id):
                # "flew here": the dateline says where "here" is
                ctx = replace(ctx, words=ctx.words | self.datelines[a.id])
            check = self.check(claim, ev, ctx, facts[0], a.id, facts.span(lo, hi + 1), (lo, hi))
            key = check.coverage - 0.01 * (hi - lo)
            if lo == hi and lo in clause_only:
                if (
                    detail_clause_rule(check)
                    and check.contradicts
                    and (best_contra is None or key > best_contra[0])
                ):
                    best_contra = (key, check, sents[lo].start, sents[hi].end)
                continue
            if (
                not check.supports
                and self.semantic is not None
                and not check.conflicts
                # another verb binding the claim's participants is wording a paraphrase
                # model judges ("scrapped" / "cancelled"): the only miss it may overrule
                and all(d.note == _ANOTHER_PREDICATE for d in check.missing)
                and check.coverage >= _c().semantic_min_coverage
                and self.semantic.similarity(claim.text, a.id, lo, hi) >= _c().semantic_support
            ):
                check = replace(
                    check,
                    details=tuple(d for d in check.details if d.note != _ANOTHER_PREDICATE),
                    coverage=max(check.coverage, _c().support_coverage),
                    core_coverage=max(check.core_coverage, _c().support_core),
                )
            if check.supports and _parsing():
                # the lexical rules would let this window support the claim: what the
                # parse binds (who did what to whom, plan, denial, each figure's
                # predicate) must agree too (parse.py)
                said = [(_undated(sents[k].text), content[k]) for k in range(lo, hi + 1)]
                found = _parsed_details(claim, ev, said)
                if found:
                    check = replace(check, details=check.details + found)
            elif (
                _c().parse_conflicts
                and lo == hi
                and not check.contradicts
                and check.rest_coverage >= _c().contradict_coverage
                and _parsing()
            ):
                # a sentence stating much of the claim: the parse may find the claim's
                # own event (its predicate and participants) told the other way
                found = _parsed_conflicts(claim, _undated(sents[lo].text), content[lo])
                if found:
                    check = replace(check, details=check.details + found)
            if self.nli is not None and _nli_pending(check):
                pending.append((lo, hi, key, check, ev.content))
                continue  # decided below, all of the article's windows in one batch
            if check.supports and (best_support is None or key > best_support[0]):
                best_support = (key, check, sents[lo].start, sents[hi].end)
            elif (
                check.contradicts
                and (best_contra is None or key > best_contra[0])
                # a name in the next sentence is another fact's more often than not
                and not (hi > lo and all(d.kind == "name" for d in check.conflicts))
            ):
                best_contra = (key, check, sents[lo].start, sents[hi].end)
            if denies(check) and hi == lo:  # a neighbour's negation is its own fact
                denial = max(denial, check.coverage)
                denied |= (ev.negated & claim.facts.content) - claim.facts.negated
            if check.supports and key >= support_key:
                support_key, support_words = key, ev.content
        if pending and self.nli is not None:
            scores = self.nli.score(
                [(" ".join(s.text for s in sents[p[0] : p[1] + 1]), claim.text) for p in pending]
            )
            for (lo, hi, key, check, words), (p_ent, p_con) in zip(pending, scores, strict=True):
                if check.supports:  # lexical support: dropped only from nli_unsupport (off)
                    if p_con >= _c().nli_unsupport:
                        continue
                elif p_ent >= _c().nli_support:
                    # the model judged the wording: its misses no longer block support
                    kept = (d for d in check.details if not _wording(d))
                    check = replace(
                        check,
                        details=tuple(kept),
                        coverage=max(check.coverage, _c().support_coverage),
                        core_coverage=max(check.core_coverage, _c().support_core),
                        deed_coverage=max(check.deed_coverage, _c().support_core),
                    )
                if not check.supports:
                    continue
                if best_support is None or key > best_support[0]:
                    best_support = (key, check, sents[lo].start, sents[hi].end)
                if key >= support_key:
                    support_key, support_words = key, words
        if best_support is not None and (
            best_contra is None
            or best_contra[1].coverage < best_support[1].coverage + _c().contradict_override
        ):
            if denial > best_support[1].coverage or denied - support_words:
                # the article's own statement of the fact is a denial or a "could not":
                # it covers the claim best, or it negates what the support leaves out
                return None if best_contra is None else ("contradicts", *best_contra[1:])
            return ("supports", *best_support[1:])
        if best_contra is not None:
            return ("contradicts", *best_contra[1:])
        return None


def _parsing() -> bool:
    """Whether the dependency parse decides (``config.parse``: 1 on, which needs the
    ``[parse]`` extra; 2 on when that extra is installed, else word order; 0 off)."""
    mode = _c().parse
    return mode == 1 or (mode == 2 and parse_available())


def _undated(text: str) -> str:
    """A sentence without its wire dateline ("RIYADH, Saudi Arabia (AP) _"), which a
    parser reads as the subject of the first verb."""
    m = _DATELINE.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


def _parsed_main_verb(text: str, events: frozenset[str]) -> str | None:
    """The claim's main verb as the parse reads it: the first main predicate (the root,
    or the complement a reporting root introduces) that is one of the claim's past-tense
    verbs; None when the parse's main predicate is none (unsure means no test)."""
    for p in parse(text).main():
        if p.verb in events and p.verb not in _REPORTING_VERBS:
            return p.verb
    return None


def _parsed_conflicts(claim: Claim, text: str, words: frozenset[str]) -> tuple[Detail, ...]:
    """The claim's own event told the other way in one sentence: its main predicate (the
    same verb, not a synonym) with the same participants (the claim's doer, and what it
    was done to when the claim names it) denied where the claim asserts it or asserted
    where it denies it (``negation``), or only planned where the claim says it was done
    (``plan``); or the same predicate with doer and object traded (``roles``). The same
    predicate and participants pin the same event, as the issue defines a contradiction;
    the contradiction rule still asks its share of the rest of the claim."""
    cfg = _c()
    facts = claim.facts
    mains = [
        c
        for c in parse(claim.text).main()
        if c.verb in facts.content and c.verb not in _REPORTING_VERBS and c.subject
    ]
    if not any(c.verb in words for c in mains):
        return ()  # the sentence states none of the claim's predicates: nothing to parse
    for c in mains:
        for e in parse(text).predicates:
            if e.lemma != c.lemma or e.complement != c.complement:
                continue
            same_doer = bool(e.subject & c.subject)
            same_object = bool(e.obj & c.obj) if c.obj else True
            if same_doer and same_object and not c.plan and not e.plan:
                if cfg.parse_negation and c.negated and not e.negated:
                    return (Detail("negation", "conflicts", f"not {c.text}", e.text),)
                if cfg.parse_negation and not c.negated and c.done and e.negated:
                    return (Detail("negation", "conflicts", c.text, f"not {e.text}"),)
            elif same_doer and same_object and e.plan and not e.negated:
                if cfg.parse_plan and c.done and not c.negated:
                    return (Detail("plan", "conflicts", c.text, f"{e.text} (planned)"),)
            elif (
                cfg.parse_roles
                and not same_doer
                and bool(e.subject & c.obj)
                and bool(e.obj & c.subject)
            ):
                who, doer = min(c.subject), min(e.subject)
                shown = f"{facts.forms.get(who, who)} {c.text}", f"{doer} {e.text}"
                return (Detail("roles", "conflicts", *shown, "who did what"),)
    return ()


def _parsed_details(
    claim: Claim, ev: Facts, said: Sequence[tuple[str, frozenset[str]]]
) -> tuple[Detail, ...]:
    """What the dependency parse of a window says against a claim it would support.

    For each main predicate of the claim the window's sentences state (the same canonical
    verb): the doer and what it was done to the other way round (``roles``), the deed only
    as a plan (``plan``), the denial asserted or the assertion denied (``negation``); and
    for each figure that agrees in value, a window that hangs it on another predicate it
    also states ("the bomb that wounded dozens killed 14" for "wounded 14 people").
    Each blocks support; a near copy of the claim with roles, plan or negation turned
    states the other fact (a conflict), as for the word-order readings."""
    cfg = _c()
    facts = claim.facts
    share = len(facts.content & ev.content) / max(len(facts.content), 1)
    mine = parse(claim.text)
    # only sentences stating one of the claim's main predicates or a verb its figures
    # hang on can tell anything below: the others are not parsed (speed)
    needed = {c.verb for c in mine.main()} | {v for _, v in mine.figures}
    texts = [t for t, words in said if words & needed]
    theirs = [p for t in texts for p in parse(t).predicates]
    have: set[str] = set()
    out: list[Detail] = []
    for c in mine.main():
        if c.verb not in facts.content or c.verb in _REPORTING_VERBS:
            continue
        same = [e for e in theirs if e.verb == c.verb]
        if not same:
            continue
        if cfg.parse_roles and "roles" not in have and c.subject:
            framed = [e for e in same if e.lemma == c.lemma]
            kept = any(e.subject & c.subject or e.obj & c.obj for e in framed)
            for e in framed if not kept else ():
                # the window's doer is what the claim says the deed was done to, or the
                # claim's doer is the window's object while the window names another doer
                # (a parse that finds no doer says nothing of who did it)
                back = bool(e.subject & c.obj) and not e.subject & c.subject
                forth = (
                    bool(e.obj & c.subject)
                    and not e.obj & c.obj
                    and bool(e.subject)
                    and not e.subject & c.subject
                )
                if back or forth:
                    who = min(c.subject)
                    doer = min(e.subject) if e.subject else "(none)"
                    swapped = bool(e.subject & c.obj) and bool(e.obj & c.subject)
                    status = "conflicts" if swapped and share >= cfg.near_copy else "missing"
                    out.append(
                        Detail(
                            "roles",
                            status,
                            f"{facts.forms.get(who, who)} {c.text}",
                            f"{ev.forms.get(doer, doer)} {e.text}",
                            "who did what",
                        )
                    )
                    have.add("roles")
                    break
        # a plan or a denial is said of a doer: where both name one, only the same
        # doer's statement of the predicate counts ("Cathay wants" / "Tan did not want")
        same = [
            e
            for e in same
            if (not (e.subject and c.subject) or e.subject & c.subject)
            and e.complement == c.complement  # "did not want to cut" / "wants to retain"
        ]
        if not same:
            continue
        planned = all(e.plan for e in same)
        if cfg.parse_plan and "plan" not in have and c.done and not c.negated and planned:
            status = "conflicts" if share >= cfg.near_copy else "missing"
            shown = f"{same[0].text} (planned)"
            out.append(Detail("plan", status, c.text, shown))
            have.add("plan")
        if cfg.parse_negation and "negation" not in have and not c.plan:
            flat = [e for e in same if not e.plan]
            if c.negated and flat and not any(e.negated for e in same):
                status = "conflicts" if share >= cfg.negation_conflict else "missing"
                out.append(Detail("negation", status, f"not {c.text}", flat[0].text))
                have.add("negation")
            elif not c.negated and c.done and flat and all(e.negated for e in flat):
                status = "conflicts" if share >= cfg.negation_conflict else "missing"
                out.append(Detail("negation", status, c.text, f"not {flat[0].text}"))
                have.add("negation")
    if cfg.parse_figures and mine.figures:
        # figure as written -> (the predicates it hangs on, the predicates of its sentence)
        bound: dict[str, tuple[set[str], set[str]]] = {}
        for t in texts:
            got = parse(t)
            verbs = {p.verb for p in got.predicates}
            for fig, v in got.figures:
                hung, stated_there = bound.setdefault(fig, (set(), set()))
                hung.add(v)
                stated_there |= verbs
        own: dict[str, set[str]] = {}
        for fig, v in mine.figures:
            own.setdefault(fig, set()).add(v)
        for q in facts.quantities:
            verdict, fig_e = _quantity_check(q, ev, facts.content)
            if verdict != "agrees" or fig_e is None or not q.text or not fig_e.text:
                continue
            cv = own.get(q.text.split()[0], set())
            evv, stated = bound.get(fig_e.text.split()[0], (set(), set()))
            # the sentence hangs the value on another predicate and states the claim's
            # too: "the bomb that wounded dozens killed 14" for "wounded 14 people"
            if cv and evv and not cv & evv and cv & stated:
                note = "said of another predicate"
                out.append(Detail("number", "missing", q.text, fig_e.text, note))
    return tuple(out)


# The note of a verb detail from predicate.rival_predicate.
_ANOTHER_PREDICATE = "another predicate"

# Details about wording, not values: another verb, word or object may be a paraphrase
# ("scrapped" / "cancelled"), which is what an entailment model judges.
_WORDING = frozenset({"verb", "word", "object"})


def _wording(d: Detail) -> bool:
    """A missing detail of wording, not a capitalised name swapped in ("Smith/Jones")."""
    return (
        d.status == "missing"
        and d.kind in _WORDING
        and not any(w[:1].isupper() for w in re.split(r"[\s/]+", d.claim))
    )


def _nli_pending(check: Check) -> bool:
    """A window the [nli] model decides: the typed details are a veto (nothing conflicts;
    no figure, date, name, place, negation, plan or role bound to the main event is
    missing; only wording may be) and it states ``nli_min_coverage`` of the claim; a
    lexical support only when ``nli_unsupport`` lets a contradiction remove it (off)."""
    if check.supports:
        return _c().nli_unsupport <= 1.0
    return (
        not check.conflicts
        and not any(d.note != "peripheral" and not _wording(d) for d in check.missing)
        and check.coverage >= _c().nli_min_coverage
    )


def _another_time(
    text: str, details: list[Detail], elsewhere: Callable[[str, str], bool]
) -> list[Detail]:
    """A figure and a date of one clause of the claim that both differ in the window,
    where the story itself shows that quantity at two moments: the window reports it at
    another time, not the claim's event with two values changed. Both become ``missing``
    (no support, no contradiction). The story shows it when the figure is already read
    as an update (publication dates: "reported Mar 2, the claim's figure Mar 4") or when
    another article states the claim's figure with the claim's date (``elsewhere``).
    Otherwise a figure and a date that both differ are two conflicts, as each alone is:
    changing two details does not make a claim less contradicted."""
    nums = [
        d
        for d in details
        if d.kind == "number"
        and (d.status == "conflicts" or (d.status == "missing" and d.note.startswith("reported")))
    ]
    dates = [d for d in details if d.kind == "date" and d.status == "conflicts"]
    if not nums or not dates:
        return details
    parts = [p for p in _DETAIL_CLAUSE.split(text) if p]
    moved: set[int] = set()
    for n in nums:
        for d in dates:
            if not any(n.claim in p and d.claim in p for p in parts):
                continue
            if n.status == "missing" or elsewhere(n.claim, d.claim):
                moved |= {id(n), id(d)}
    return [
        replace(d, status="missing", note=d.note or "another time") if id(d) in moved else d
        for d in details
    ]


def _scope_absent(
    text: str,
    q: Quantity,
    names: Sequence[Name],
    ev: Facts,
    apposed: frozenset[frozenset[str]] = frozenset(),
) -> bool:
    """The name nearest before the claim's figure (else after it) says whose or where
    the figure is ("hit Poland ... has killed 32"): is it missing from the window (and
    from the place it is written beside: "Lockerbie, Scotland")?"""
    at = text.find(q.text)
    if at < 0 or not names:
        return False
    placed = [(text.find(n.text), n) for n in names if text.find(n.text) >= 0]
    before = [(p, n) for p, n in placed if p < at]
    after = [(p, n) for p, n in placed if p > at]
    if before:
        near: tuple[int, Name] | None = max(before, key=lambda x: x[0])
    else:
        near = min(after, key=lambda x: x[0], default=None)
    if near is None or _name_found(near[1], ev):
        return False
    mine = {canon(w) for w in near[1].words}
    theirs = {canon(w) for n in ev.names for w in n.words}
    return not any(frozenset((x, y)) in apposed for x in mine for y in theirs)


def _swap(sub: str, status: str, cf: dict[str, str], ef: dict[str, str]) -> Detail:
    """A swapped-word finding ("a/b vs c/d", canonical forms) in the words as written."""
    left, _, right = sub.partition(" vs ")
    claim = " ".join(cf.get(w, w) for w in left.split("/"))
    ev = " ".join(ef.get(w, w) for w in right.split("/"))
    return Detail("word", status, claim, ev)


# Where a second main clause starts: ", and he cited ...", "; ", ", but ...", ", while ...".
_CLAUSE_SPLIT = re.compile(r"(?:,\s+(?:and|but|while|whereas)\s+|;\s+)")


def _second_clause_words(text: str, facts: Facts, proper: frozenset[str]) -> frozenset[str]:
    """Content words stated only after the first main clause of ``text``."""
    parts = _CLAUSE_SPLIT.split(text, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 4 or len(parts[1].split()) < 4:
        return frozenset()
    return facts.content - facts_of(parts[0], proper).content


def _details_of(facts: Facts) -> frozenset[str]:
    """Every figure, date, name and denial of a claim, written as its details are."""
    every = {n.text for n in facts.names} | {q.text for q in facts.quantities}
    every |= {d.text for d in facts.dates}
    every |= {f"not {facts.forms.get(w, w)}" for w in facts.negated}
    return frozenset(every)


# An opening adverbial clause: "A day after ...,", "When Netscape refused, ...",
# "Following the vote, ...", "Despite ...,": background to the main clause after its comma.
_OPENERS = frozenset(
    """after before when while as although though since because despite following
    amid once until unless if""".split()
)


def _main_clause(text: str) -> tuple[int, int]:
    """The span of ``text`` that states its main event: without an opening subordinate
    clause of three words or more ("A day after ...,", "When Netscape refused,"), when at
    least six words are left. (An attribution, "Italian officials said", stays: who said
    it is a detail outlets report and altered claims change.)"""
    lo, hi = 0, len(text)
    comma = text.find(", ")
    if comma >= 0:
        head = TOKEN.findall(text[:comma].lower())
        if len(head) >= 3 and any(t in _OPENERS for t in head[:4]):
            lo = comma + 2
    if len(text[lo:hi].split()) < 6:
        return 0, len(text)
    return lo, hi


_MODIFIED = re.compile(r"\s+([a-z][a-z-]+)")


def _modifier_names(text: str, facts: Facts) -> frozenset[str]:
    """Names written right before a lower-case content word: they describe it
    ("Halloween revelers", "Turkish demands") rather than name a participant."""
    out = set()
    for n in facts.names:
        at = text.find(n.text)
        m = _MODIFIED.match(text, at + len(n.text)) if at >= 0 else None
        word = m.group(1) if m else ""
        if word and word not in STOPWORDS and canon(word) in facts.content and not is_event(word):
            out.add(n.text)  # (a verb after a name is its predicate: "Annan traveled")
    return frozenset(out)


# ", Europe's most affected country,": a name opening a description set off by commas
# right after another name, its possessive then lower-case words to the next comma.
_APPOSITIVE_TAIL = re.compile(r"\s*(?:['’]s|\s['’]s)?(?:\s+[a-z][a-z-]*){1,5}\s*,")
_AFTER_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*\s*,\s*$")


def _appositive_names(text: str, facts: Facts) -> frozenset[str]:
    """Names inside a description of another name ("Throughout Poland, Europe's most
    affected country, the toll reached 85"): they say what the first name is, not what
    happened, so an outlet stating the event may leave them out."""
    out = set()
    for n in facts.names:
        at = text.find(n.text)
        if at <= 0 or not _AFTER_NAME.search(text[:at]):
            continue
        if _APPOSITIVE_TAIL.match(text, at + len(n.text)):
            out.add(n.text)
    return frozenset(out)


def _participants(claim: Claim) -> list[Name]:
    """The names nearest the claim's main verb on each side (its subject and object:
    "Abu Bakr al-Baghdadi" in "ISIS leader Abu Bakr al-Baghdadi emerged ..."); every
    name outside the background when the main verb is unsure."""
    f = claim.facts
    seq, main = f.seq, claim.main_verb
    names = [n for n in f.names if n.text not in claim.peripheral]
    if main is None or main not in seq:
        return names
    i = seq.index(main)
    near = _name_run(seq, i, -1, f.name_canons) | _name_run(seq, i, 1, f.name_canons)
    return [n for n in names if near & {canon(w) for w in n.words}]


def _name_run(seq: Sequence[str], i: int, step: int, names: frozenset[str]) -> frozenset[str]:
    """The run of name words nearest position ``i`` on one side, inside the sentence."""
    k = i + step
    while 0 <= k < len(seq) and seq[k] not in names:
        if seq[k] in ("^", "$"):
            return frozenset()
        k += step
    run = set()
    while 0 <= k < len(seq) and seq[k] in names:
        run.add(seq[k])
        k += step
    return frozenset(run)


def _clauses(text: str) -> list[str]:
    """The clauses of a claim, when there are two or three of at least ``clause_words``
    words each: main clauses joined by ", and", ", but", ", while" or ";"; else two
    past-tense verbs joined by a bare "and" ("was jailed and released"); else the
    predication a participle opens after the main verb ("a statement calling on
    supporters to ...", "by bundling its browser"). [] when the claim is one clause."""
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(text)]
    if len(parts) == 1:
        # "he was jailed and then released": two verbs joined by "and" (no comma)
        parts = [p.strip() for p in re.split(r"\s+and\s+", text)]
        if len(parts) != 2 or not all(any(is_event(t) for t in TOKEN.findall(p)) for p in parts):
            parts = [text]
    if len(parts) == 1:
        # "emerged with a statement calling on supporters to ...", "thwart competition
        # by bundling its browser": a participle after the main verb opens a
        # predication of its own
        parts = _participle_split(text)
    if not 2 <= len(parts) <= 3 or any(len(p.split()) < _c().clause_words for p in parts):
        return []
    return parts


# "-ing" words that are prepositions or nouns, not participles opening a predication.
_NOT_PARTICIPLES = frozenset(
    """during including according following regarding concerning notwithstanding
    something nothing anything everything morning evening building meeting spring
    string""".split()
)
# Words after which an "-ing" word names or describes a thing ("their fishing boat") or
# is the verb itself ("was calling"), not a predication of its own.
_BEFORE_NON_PARTICIPLE = frozenset(
    """a an the their his her its our your my this that these those some any every each
    of in for by to with on at from about into onto without after before while when
    is was were are be been being am has have had not no""".split()
)


def _participle_split(text: str) -> list[str]:
    """``text`` cut before a participle ("..., killing 60 people", "a statement calling
    on supporters to ...") or before a gerund after "for" or "by" ("... by bundling its
    browser") that follows a past-tense main verb; [text] when none."""
    toks = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text))
    seen_verb = False
    for k, m in enumerate(toks):
        w = m.group(0)
        if is_event(w):
            seen_verb = True
            continue
        low = w.lower()
        if not (seen_verb and k >= 3 and low.endswith("ing") and len(low) > 5):
            continue
        if low in _NOT_PARTICIPLES or not w[0].islower():
            continue
        before = toks[k - 1].group(0).lower()
        if before in ("for", "by"):
            cut = toks[k - 1].start()
        elif before not in _BEFORE_NON_PARTICIPLE:
            cut = m.start()
        else:
            continue
        return [text[:cut].rstrip(" ,"), text[m.start() :]]
    return [text]


def _peripheral(text: str, facts: Facts, proper: frozenset[str]) -> frozenset[str]:
    """Figures, dates, names and denials stated only after the first main clause."""
    parts = _CLAUSE_SPLIT.split(text, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 4 or len(parts[1].split()) < 4:
        return frozenset()
    main = facts_of(parts[0], proper)
    shown = {n.text for n in main.names} | {q.text for q in main.quantities}
    shown |= {d.text for d in main.dates}
    every = {n.text for n in facts.names} | {q.text for q in facts.quantities}
    every |= {d.text for d in facts.dates}
    # a denial only the second clause states (", but Russia would not even confirm")
    shown |= {f"not {facts.forms.get(w, w)}" for w in main.negated}
    every |= {f"not {facts.forms.get(w, w)}" for w in facts.negated}
    return frozenset(every - shown)


# Where the clause holding a figure or a date ends: punctuation, and words opening a
# subordinate or relative clause ("... in a rented hall in Goteborg | when a blaze
# started late on Friday night").
# ("after", "before", "since" and "until" are left out: as often prepositions, "shortly
# before midnight Friday").
_DETAIL_CLAUSE = re.compile(
    r"[,;:](?=\s)\s*|\s*[()—–]\s*|\s+--?\s+|\s+_\s+|\s+(?=(?:when|whenever|because|"
    r"although|though|unless|while|whereas|who|whom|whose|which|where)\b)",
    re.IGNORECASE,
)


def _detail_clauses(text: str, proper: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each figure and date of ``text`` (as its details are written) with the content
    words of the clause it stands in: the event it is bound to."""
    out: dict[str, frozenset[str]] = {}
    for part in _DETAIL_CLAUSE.split(text):
        if not part or not any(ch.isdigit() or ch.isupper() for ch in part):
            continue  # no figure or date (a weekday or month is capitalised)
        f = facts_of(part, proper)
        for text_ in [q.text for q in f.quantities] + [d.text for d in f.dates]:
            out.setdefault(text_, f.content)
    return out


# Words that open a subordinate or relative clause: a verb after them is not the main one.
_SUBORDINATORS = frozenset(
    """after before when whenever while because since although though if unless until
    once who whom whose which where that as""".split()
)


def _main_verb(text: str, events: frozenset[str]) -> str | None:
    """The canonical form of the claim's main past-tense verb, None when unsure.

    A light reading of clause structure: an opening subordinate clause ("When Netscape
    refused, ...") is skipped to its comma; the scan stops at the first subordinator or
    relative pronoun ("after the union turned down", "who was arrested"); a verb followed
    by "to" only frames another ("appeared to re-elect", "attempted to thwart"), and one
    followed by "by" without "was" before it is a participle ("a law passed by
    Congress"). Unsure means no main-verb test, not a guess.
    """
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    start = 0
    if lows and lows[0] in _SUBORDINATORS:
        start = lows.index(",") + 1 if "," in lows else len(lows)
    for i in range(start, len(toks)):
        low = lows[i]
        if low in _SUBORDINATORS:
            return None
        if not is_event(toks[i]) or canon(low) not in events:
            continue
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        prev = lows[i - 1] if i > 0 else ""
        if nxt == "to" or (nxt == "by" and prev not in _BE_WORDS):
            continue
        det = lows[i - 2] if prev.endswith("ly") and i > 1 else prev  # "the newly elected"
        if _c().modifier_participles and (det in _DETERMINERS or det.endswith(("'s", "’s"))):
            continue  # "the city's elected body", "an estimated 300": describes a noun
        return canon(low)
    return None


def _progressive(text: str) -> str | None:
    """The canonical verb of a main clause in the progressive ("is suing", "were
    fleeing"), before any subordinate clause; None when there is none."""
    lows = [t.lower() for t in TOKEN.findall(text)]
    for i in range(len(lows) - 1):
        if lows[i] in _SUBORDINATORS:
            return None
        nxt = lows[i + 1]
        if lows[i] in _PROGRESSIVE_BE and nxt.endswith("ing") and len(nxt) > 4:
            return canon(nxt)
    return None


_PROGRESSIVE_BE = frozenset(["is", "are", "was", "were"])


def _predicates(text: str, events: frozenset[str]) -> frozenset[str]:
    """The claim's past-tense verbs that say what someone did, outside subordinate
    clauses, and not what a noun is: a participle after a determiner ("a rented club") or
    before "by" without "was" ("a law passed by Congress") describes its noun (the
    main-verb test of :func:`_main_verb`)."""
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    out = set()
    sub = False  # inside a subordinate clause ("when a fire broke out"): background
    for i, tok in enumerate(toks):
        if lows[i] in _SUBORDINATORS:
            sub = True
        elif lows[i] in (",", ";"):
            sub = False
        c = canon(lows[i])
        if sub or c not in events or not is_event(tok):
            continue
        prev = lows[i - 1] if i > 0 else ""
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if prev in _DETERMINERS or prev.endswith(("'s", "’s")):
            continue
        if nxt == "by" and prev not in _BE_WORDS:
            continue
        out.add(c)
    return frozenset(out)


_BE_WORDS = frozenset(["was", "were", "been", "being", "is", "are", "be"])
# Words before a participle that make it describe the noun after it ("the elected body").
_DETERMINERS = frozenset(
    "a an the its his her their our my your this that these those 's ’s".split()
)
