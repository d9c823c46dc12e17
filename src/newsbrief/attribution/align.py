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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..model import Article, Detail, Sentence, Support
from ..segment import split_sentences
from . import config
from .dates import DateRef, compare, parse_published
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
    name_keys,
    near_copy_swaps,
    proper_words,
    quantities,
    quantities_agree,
    read,
    roles_swapped,
    substitutions,
)
from .lexicon import TOKEN, irregular, is_event
from .rules import Check, denies


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
            and not (q.after & e.after or q.before & e.before)
        )
        if quantities_agree(q, e) and not other_thing:
            return "agrees", e
    for e in ev.quantities:
        same_kind = e.unit == q.unit or {e.unit, q.unit} == {"", "$"}
        if not same_kind or e.ident or e.value == q.value or compatible_bounds(q, e):
            continue
        if q.event and e.event and not q.event & e.event:
            continue  # what happened to what is counted differs: two quantities
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


class Semantic(Protocol):
    """Sentence similarity from an embedding model (the optional ``[semantic]`` extra)."""

    def bind(self, index: StoryIndex) -> None: ...

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float: ...


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


def _abbreviation(words: Sequence[str]) -> bool:
    """One short word ("Md", "U.N."): an abbreviation, not a rival name."""
    return len(words) == 1 and len(words[0].strip(".").replace(".", "")) <= 2


# A pronoun that opens a sentence's subject stands for a name of the sentence before.
_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "it", "its"])


class LazyFacts:
    """An article's sentence facts, read on first use: a claim only looks at a few."""

    def __init__(
        self, texts: list[str], proper: frozenset[str], reads: list[Read] | None = None
    ) -> None:
        self._texts = texts
        self._proper = proper
        self._done: list[Facts | None] = [None] * len(texts)
        # each sentence's tokens from indexing: reading a sentence twice was a third of
        # the time of attributing a summary (each is used once, then dropped)
        self._reads: list[Read | None] = list(reads) if reads is not None else [None] * len(texts)
        self._pronoun = [bool(r is not None and _PRONOUNS & set(r[1][:4])) for r in self._reads]

    def __len__(self) -> int:
        return len(self._texts)

    def _plain(self, k: int) -> Facts:
        f = self._done[k]
        if f is None:
            f = self._done[k] = facts_of(self._texts[k], self._proper, self._reads[k])
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
    ) -> None:
        self.articles = tuple(articles)
        self.semantic = semantic
        if semantic is not None:
            semantic.bind(self)
        if sentences is None:
            sentences = [s for a in self.articles for s in split_sentences(a)]
        by_article: dict[str, list[Sentence]] = defaultdict(list)
        for s in sentences:
            by_article[s.article_id].append(s)
        self.proper = proper_words(a.text for a in self.articles)
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
            self.facts[a.id] = LazyFacts([s.text for s in sents], self.proper, reads)
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
        canon_a = {canon(w.lower()) for w in a}
        canon_b = {canon(w.lower()) for w in b}
        return not any(frozenset((x, y)) in self.apposed for x in canon_a for y in canon_b)

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
        for q in facts.quantities:
            if q.ident:
                continue  # "Flight 103": compared as part of the name, not as a figure
            verdict, e = _quantity_check(q, ev, facts.content)
            if verdict == "agrees" and e is not None:
                details.append(Detail("number", "agrees", q.text, e.text))
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
        extra_names = [n for n in ev.names if not (n.keys & facts.words)]
        for n in facts.names:
            if _name_found(n, ev):
                continue
            if _name_found(n, ctx):
                continue
            detail.update(c for c in unmatched if c in claim.name_words)
            rivals = [
                e
                for e in extra_names
                if e.role == n.role and self.distinct_names(list(n.words), list(e.words))
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
        main = claim.main_verb
        if (
            main is not None
            and main not in matched
            and core_share >= _c().swap_coverage
            and len(facts.content) >= _c().verb_check_words
        ):
            details.append(Detail("verb", "missing", cf.get(main, main), ""))
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
            for kind, mine, theirs in (
                near_copy_swaps(facts, p) if p_share >= _c().near_copy else ()
            ):
                mine_shown = " ".join(cf.get(w, w) for w in mine.split())
                if mine_shown in done:
                    continue
                theirs_shown = " ".join(ef.get(w, w) for w in theirs.split())
                # only two names in one slot are mutually exclusive; another word is
                # other wording ("frontier" / "border"), a place may hold the other
                clash = kind == "roles" or (
                    kind == "name" and self.distinct_names(mine.split(), theirs.split())
                )
                status = "conflicts" if clash else "missing"
                details.append(Detail(kind, status, mine_shown, theirs_shown))
                if status == "conflicts" and kind != "roles":
                    detail.update(mine.split())
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
        # each figure or date the window itself states as the claim does counts like one
        # of the claim's words (of average weight): an agreeing detail is evidence too. A
        # date only found around the window keeps it from being missing, no more.
        n_details = sum(not q.ident for q in facts.quantities) + len(facts.dates)
        stated = sum(
            1
            for d in details
            if d.status == "agrees" and d.kind in ("number", "date") and d.note != "around"
        )
        unit = _c().detail_weight * (total / len(weights) if weights else 1.0)
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
        )

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
        other's conflict: "domestic flights on Oct. 7 and international flights later"),
        and a conflict needs the two dates bound to the same thing (a shared word around
        them): another date in the window is usually another event's.
        """
        out: list[Detail] = []
        claim_day = claim.published
        used: set[int] = set()

        def find(d: DateRef, pool: Sequence[DateRef], status: str) -> int | None:
            for k, e in enumerate(pool):
                if k in used and pool is ev.dates:
                    continue
                if status == "conflicts" and not (d.near & e.near):
                    continue
                if compare(d, claim_day, e, ev_day).status == status:
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
            if k is not None:
                out.append(Detail("date", "agrees", d.text, ctx.dates[k].text, "around"))
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
        facts = facts_of(text, self.proper)
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
        main_verb = _main_verb(text, events - second)
        claim = Claim(
            facts,
            weights,
            core,
            name_words,
            text,
            events,
            frozenset(reporting),
            novel,
            self.published.get(source.article_id) if source is not None else None,
            _peripheral(text, facts, self.proper),
            main_verb,
        )
        total = math.fsum(weights.values()) or 1.0
        overlap: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for c, w in weights.items():
            for art, k in self.postings.get(c, ()):
                overlap[art][k] += w
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
        best_support: tuple[float, Check, int, int] | None = None
        best_contra: tuple[float, Check, int, int] | None = None
        denial = 0.0  # best coverage of a window that negates the claim
        denied: set[str] = set()  # the claim's words such windows negate
        support_key, support_words = -1.0, frozenset[str]()
        for lo, hi in windows:
            if (lo, hi) not in fillers and any(
                not self._cohesive(claim, content[i], content[j])
                for i in range(lo, hi + 1)
                for j in range(i + 1, hi + 1)
            ):
                continue  # every two sentences of a window state one fact
            ev = _union(facts.span(lo, hi + 1))
            ctx = _union([facts[0], *facts.span(lo - 2, hi + 2)])
            if self.datelines.get(a.id):
                # "flew here": the dateline says where "here" is
                ctx = replace(ctx, words=ctx.words | self.datelines[a.id])
            check = self.check(claim, ev, ctx, facts[0], a.id, facts.span(lo, hi + 1))
            key = check.coverage - 0.01 * (hi - lo)
            if (
                not check.supports
                and self.semantic is not None
                and not check.conflicts
                and not check.missing
                and check.coverage >= _c().semantic_min_coverage
                and self.semantic.similarity(claim.text, a.id, lo, hi) >= _c().semantic_support
            ):
                check = replace(
                    check,
                    coverage=max(check.coverage, _c().support_coverage),
                    core_coverage=max(check.core_coverage, _c().support_core),
                )
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
        return canon(low)
    return None


_BE_WORDS = frozenset(["was", "were", "been", "being", "is", "are", "be"])
