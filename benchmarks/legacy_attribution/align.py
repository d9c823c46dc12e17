"""Claim-to-article alignment: which articles report a claim, and which contradict it.

For each article the claim is aligned with its best windows (one sentence, or two
adjacent sentences when together they cover clearly more of the claim). A window
*supports* the claim when it covers enough of the claim's content words (IDF-weighted
over the story, so a word no article uses weighs most) and every detail of the claim
agrees: each number, weekday/month/year, name and negation. A window that covers the
rest of the claim but states a different figure, date or name (or the opposite word,
or the negation) *contradicts* it. Anything else says nothing about the claim.

Thresholds were tuned on the development split of ``tests/data/attribution`` and
checked on its held-out split (see ``docs/attribution.md``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from newsbrief.model import Article, Sentence, Support
from newsbrief.segment import split_sentences

from .facts import (
    TITLES,
    Facts,
    Name,
    Quantity,
    Read,
    aligned_substitutions,
    antonyms,
    canon,
    event_words,
    facts_of,
    name_keys,
    proper_words,
    quantities_agree,
    read,
    substitutions,
)

# Share of the claim's IDF-weighted content words a window must cover to support it.
# Copied sentences cover 1.0; human paraphrases of one sentence mostly 0.5-0.8; a claim
# that only shares the topic stays under 0.4 (development split).
SUPPORT_COVERAGE = 0.5
# The same share for the claim's words other than names and "said": what was done.
SUPPORT_CORE = 0.4
# Coverage of the *rest* of the claim (its conflicting detail left out) a window needs
# before a conflicting detail counts as a contradiction rather than another fact.
CONTRADICT_COVERAGE = 0.5
# A different name contradicts only in a window that covers this much of the claim with
# the name counted as missing ("tortured in Argentina" is not "arrested in London").
NAME_CONFLICT = 0.5
# Coverage a window needs when it has none of the claim's past-tense verbs (scaled down).
NO_EVENT_COVERAGE = 0.7
# Weight of one agreeing figure or date, relative to the claim's average word.
DETAIL_WEIGHT = 1.0
# ... and of its core words, and at least this many shared words: a short claim that
# shares two words with a sentence stating some other figure is not contradicted by it.
CONTRADICT_CORE = 0.4
CONTRADICT_MIN_WORDS = 3
# [semantic] extra: a window whose details all agree but whose words cover less than
# SUPPORT_COVERAGE still supports when its embedding similarity reaches SEMANTIC_SUPPORT
# and it shares at least SEMANTIC_MIN_COVERAGE of the claim's words.
SEMANTIC_SUPPORT = 0.7
SEMANTIC_MIN_COVERAGE = 0.3
# An article whose best contradicting window covers this much more of the claim than
# its best supporting one states the fact itself, differently: it contradicts.
CONTRADICT_OVERRIDE = 0.15
# Words a supporting window must share with the claim when it names other people or
# places and leaves the claim's names to its neighbours: one shared word and a date
# ("killed ... Wednesday"), the names sentences away, is another fact of that day.
SUPPORT_MIN_WORDS = 2
# A two-sentence window is only used when it covers this much more than its best half.
WINDOW_GAIN = 0.05
# Plain counts up to this may go unstated in the evidence ("two schools" = "Elmwood and
# Carter"); larger ones must be stated.
SOFT_COUNT = 2
# A word no article uses, in the place of another word of a sentence (facts.aligned_
# substitutions), contradicts only when that sentence states this much of the rest of the
# claim: then it is the same fact with one detail changed, not another fact.
SLOT_CONFLICT = 0.8
# A figure that conflicts with the claim's for the same counted noun ("250,000 patients" /
# "220,000 patients") needs less of the rest of the claim than other conflicts.
NUMBER_CONFLICT = 0.4
# Sentences that share less than this with a claim are never aligned.
MIN_CANDIDATE = 0.25
# A long copied sentence bundles several facts and its attribution ("the rail operator
# said"); another outlet stating the main fact in its own words covers most of what
# happened (deed coverage >= LONG_CORE) but under half of every word: it supports from
# LONG_COVERAGE up, details still all agreeing (round 5, chosen on dev: LONG_CORE 0.65
# lost dev's gains; no split lost precision or altered-claim rejection).
LONG_COVERAGE = 0.45
LONG_CORE = 0.6


@dataclass(frozen=True, slots=True)
class Check:
    """The outcome of comparing a claim with one window of one article."""

    coverage: float
    rest_coverage: float
    core_coverage: float
    matched: int
    conflicts: tuple[str, ...]
    missing: tuple[str, ...]
    anchored: bool = True  # every name of the claim found that the window shares
    claim_words: int = CONTRADICT_MIN_WORDS
    deed_coverage: float = 1.0  # core coverage without titles ("chief executive")

    @property
    def supports(self) -> bool:
        return (
            not self.conflicts
            and not self.missing
            and (
                self.coverage >= SUPPORT_COVERAGE
                or (self.coverage >= LONG_COVERAGE and self.deed_coverage >= LONG_CORE)
            )
            and self.core_coverage >= SUPPORT_CORE
            and self.deed_coverage >= SUPPORT_CORE
            and (self.matched >= SUPPORT_MIN_WORDS or self.anchored)
        )

    @property
    def contradicts(self) -> bool:
        if all(c.startswith("name") for c in self.conflicts) and self.coverage < NAME_CONFLICT:
            return False  # another place or person, but too little of the same fact
        if all(c.startswith("slot") for c in self.conflicts) and self.rest_coverage < SLOT_CONFLICT:
            return False  # another word in the claim's place, but the rest is not the same
        need = CONTRADICT_COVERAGE
        if all(c.startswith("number") for c in self.conflicts):
            need = NUMBER_CONFLICT  # the same counted thing, another figure
        return (
            bool(self.conflicts)
            and self.rest_coverage >= need
            and self.core_coverage >= CONTRADICT_CORE
            and self.matched >= min(CONTRADICT_MIN_WORDS, self.claim_words)
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim and the articles behind it (``supported_by``) or against it."""

    text: str
    supported_by: tuple[Support, ...] = ()
    contradicted_by: tuple[Support, ...] = ()
    reasons: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())  # (article, why)

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
        dates=frozenset().union(*(p.dates for p in parts)),
        names=tuple(n for p in parts for n in p.names),
        negated=frozenset().union(*(p.negated for p in parts)),
        has_negation=any(p.has_negation for p in parts),
        modal=frozenset().union(*(p.modal for p in parts)),
        pairs=frozenset().union(*(p.pairs for p in parts)),
        seq=tuple(w for p in parts for w in p.seq),
    )


def _quantity_check(q: Quantity, ev: Facts) -> str | None:
    """None when the evidence states ``q``; "missing" or "conflict" otherwise."""
    if any(quantities_agree(q, e) for e in ev.quantities):
        return None
    for e in ev.quantities:
        same_kind = e.unit == q.unit or {e.unit, q.unit} == {"", "$"}
        if not same_kind:
            continue
        # durations in other units ("16 minutes before" / "two weeks later") are other
        # spans of time unless they measure the same thing; a bare "a day" against "an
        # hour" is the same span restated
        other_span = q.span != e.span and q.before | q.after and e.before | e.after
        if other_span and not (q.after & e.after or q.before & e.before):
            continue
        if q.unit != "" or q.after & e.after or (not (q.after or e.after) and q.before & e.before):
            return "conflict"
    return "missing"


def _denies(check: Check) -> bool:
    """The window states the claim's words but negates them (or says they could not be)."""
    return "negation" in check.conflicts or "modal negation" in check.missing


def _name_found(n: Name, ev: Facts) -> bool:
    return bool(n.keys & ev.words)


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

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, k: int) -> Facts:
        f = self._done[k]
        if f is None:
            f = self._done[k] = facts_of(self._texts[k], self._proper, self._reads[k])
            self._reads[k] = None
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
        df: Counter[str] = Counter()
        self.postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for a in self.articles:
            sents = sorted(by_article.get(a.id, []), key=lambda s: s.start)
            reads = [read(s.text) for s in sents]
            content = [r[3] for r in reads]
            self.sentences[a.id] = sents
            self.content[a.id] = content
            self.facts[a.id] = LazyFacts([s.text for s in sents], self.proper, reads)
            for k, words in enumerate(content):
                df.update(words)
                for c in words:
                    self.postings[c].append((a.id, k))
        self._article_words: dict[str, frozenset[str]] = {}
        self.n = max(sum(len(v) for v in self.content.values()), 1)
        self.df = df

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
        """Compare a claim with one window ``ev`` of an article.

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
            if name_keys(c) & ev.words:
                matched |= {c}
                unmatched -= {c}
        conflicts: list[str] = []
        missing: list[str] = []
        detail: set[str] = set()
        for c in unmatched:
            # a claim that states both sides or several outcomes ("killing 12 and
            # injuring 30") denies none of them
            if antonyms(c) & facts.content:
                continue
            opp = antonyms(c) & ev.content
            if opp:
                conflicts.append(f"{c}/{min(opp)}")
                detail.add(c)
        for q in facts.quantities:
            verdict = _quantity_check(q, ev)
            if verdict == "conflict":
                conflicts.append(f"number {q.value:g}")
            elif verdict == "missing":
                missing.append(f"number {q.value:g}")
        lead_dates = lead.dates if lead is not None else frozenset()
        for d in facts.dates:
            if d in ev.dates or d in ctx.dates:
                continue
            if any(e[:3] == d[:3] for e in ev.dates) or (
                d not in lead_dates and any(e[:3] == d[:3] for e in lead_dates)
            ):
                conflicts.append(f"date {d}")
            else:
                missing.append(f"date {d}")
        extra_names = [n for n in ev.names if not (n.keys & facts.words)]
        for n in facts.names:
            if _name_found(n, ev) or _name_found(n, ctx):
                continue
            detail.update(c for c in unmatched if c in claim.name_words)
            rivals = [e for e in extra_names if e.role == n.role]
            if rivals and not (article_id is not None and n.keys & self.article_words(article_id)):
                conflicts.append(f"name {n.text}")
            else:
                missing.append(f"name {n.text}")
        # negation: the claim denies what the evidence asserts, or the other way round
        # the same verb with another object ("ruled out arson" for "ruled out an
        # electrical fault"): not the claim's fact, though not a denial of it either
        for v, o in facts.pairs:
            if v in matched and (v, o) not in ev.pairs and v not in claim.reporting:
                other = {o2 for v2, o2 in ev.pairs if v2 == v and o2 not in facts.content}
                if other:
                    missing.append(f"object {o}/{min(other)}")
        # another name or modifier in the place of one of the claim's (facts.substitutions):
        # not this fact, but not a denial of it either (a paraphrase can look the same)
        missing += [f"changed {sub}" for sub in substitutions(facts, list(parts or [ev]))]
        # ... or found by aligning the two word sequences, where the claim's word is one
        # no article of the story uses: a detail the claim brings in place of the story's
        # One sentence that states all the rest of the claim with another word in that
        # slot states the fact differently: a contradiction (see SLOT_CONFLICT).
        for p in (parts or [ev]) if claim.novel else ():
            subs = aligned_substitutions(facts, p, claim.novel, ev.content)
            if subs and len(parts) <= 1:
                conflicts += [f"slot {sub}" for sub in subs]
                detail.update(w for sub in subs for w in sub.split(" vs ")[0].split("/"))
            else:
                missing += [f"slot {sub}" for sub in subs]
        # ("could not detain him" neither states nor denies an arrest: see facts._MODALS)
        if facts.negated and not (facts.negated & ev.negated):
            denied = facts.negated & ev.content
            if denied and not denied <= facts.modal:
                conflicts.append("negation")
            elif denied:
                missing.append("asserted")  # the claim says it could not be
            else:
                missing.append("negated word")  # what the claim denies is not in the window
        flipped = (ev.negated - facts.negated) & matched
        if not (facts.negated & ev.negated) and flipped:
            if flipped <= ev.modal:
                missing.append("modal negation")
            else:
                conflicts.append("negation")
        # each figure or date the window itself states as the claim does counts like one
        # of the claim's words (of average weight): an agreeing detail is evidence too. A
        # date only found around the window keeps it from being missing, no more.
        n_details = len(facts.quantities) + len(facts.dates)
        stated = sum(
            1 for q in facts.quantities if any(quantities_agree(q, e) for e in ev.quantities)
        ) + len(facts.dates & ev.dates)
        unit = DETAIL_WEIGHT * (total / len(weights) if weights else 1.0)
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
            cov = min(cov, cov * SUPPORT_COVERAGE / NO_EVENT_COVERAGE)
        # a window that leaves the claim's names to its neighbours and names others
        anchored = not extra_names or all(_name_found(n, ev) for n in facts.names)
        return Check(
            cov,
            rest,
            core,
            len(matched),
            tuple(conflicts),
            tuple(missing),
            anchored,
            len(facts.content),
            deed,
        )

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
        claim = Claim(facts, weights, core, name_words, text, events, frozenset(reporting), novel)
        total = math.fsum(weights.values()) or 1.0
        overlap: dict[str, Counter[int]] = defaultdict(Counter)
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
            span = Support(a.id, start, end, round(min(check.coverage, 1.0), 4), a.text[start:end])
            if verdict == "supports":
                supported.append(span)
            elif verdict == "contradicts":
                contradicted.append(span)
                reasons.append((a.id, check.conflicts))
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

    def _best(
        self, a: Article, claim: Claim, total: float, cands: Counter[int]
    ) -> tuple[str, Check, int, int] | None:
        weights = claim.weights
        sents = self.sentences[a.id]
        facts = self.facts[a.id]
        singles = {k: v / total for k, v in cands.items() if v / total >= MIN_CANDIDATE}
        windows: list[tuple[int, int]] = [(k, k) for k in singles]
        fillers: set[tuple[int, int]] = set()
        for k in singles:
            for lo, hi in ((k - 1, k), (k, k + 1)):
                if lo < 0 or hi >= len(sents) or (lo, hi) in windows:
                    continue
                content = self.content[a.id]
                union = claim.facts.content & (content[lo] | content[hi])
                cov = math.fsum(weights[c] for c in union) / total
                other = facts[hi if lo == k else lo]
                # the neighbour may hold the figure or the date the sentence leaves out
                fills = bool(claim.facts.quantities and other.quantities) or bool(
                    claim.facts.dates & other.dates
                )
                # ... when the sentence itself already states most of the claim
                if fills and singles[k] >= SUPPORT_COVERAGE:
                    fillers.add((lo, hi))
                if fills or cov >= max(singles.get(lo, 0.0), singles.get(hi, 0.0)) + WINDOW_GAIN:
                    windows.append((lo, hi))
        best_support: tuple[float, Check, int, int] | None = None
        best_contra: tuple[float, Check, int, int] | None = None
        content = self.content[a.id]
        denial = 0.0  # best coverage of a window that negates the claim
        denied: set[str] = set()  # the claim's words such windows negate
        support_key, support_words = -1.0, frozenset[str]()
        for lo, hi in windows:
            if (
                hi > lo
                and (lo, hi) not in fillers
                and not self._cohesive(claim, content[lo], content[hi])
            ):
                continue
            ev = _union(facts.span(lo, hi + 1))
            ctx = _union([facts[0], *facts.span(lo - 2, hi + 2)])
            check = self.check(claim, ev, ctx, facts[0], a.id, facts.span(lo, hi + 1))
            key = check.coverage - (0.01 if hi > lo else 0.0)
            if (
                not check.supports
                and self.semantic is not None
                and not check.conflicts
                and not check.missing
                and check.coverage >= SEMANTIC_MIN_COVERAGE
                and self.semantic.similarity(claim.text, a.id, lo, hi) >= SEMANTIC_SUPPORT
            ):
                check = replace(
                    check,
                    coverage=max(check.coverage, SUPPORT_COVERAGE),
                    core_coverage=max(check.core_coverage, SUPPORT_CORE),
                )
            if check.supports and (best_support is None or key > best_support[0]):
                best_support = (key, check, sents[lo].start, sents[hi].end)
            elif (
                check.contradicts
                and (best_contra is None or key > best_contra[0])
                # a name in the next sentence is another fact's more often than not
                and not (hi > lo and all(c.startswith("name") for c in check.conflicts))
            ):
                best_contra = (key, check, sents[lo].start, sents[hi].end)
            if _denies(check) and hi == lo:  # a neighbour's negation is its own fact
                denial = max(denial, check.coverage)
                denied |= (ev.negated & claim.facts.content) - claim.facts.negated
            if check.supports and key >= support_key:
                support_key, support_words = key, ev.content
        if best_support is not None and (
            best_contra is None
            or best_contra[1].coverage < best_support[1].coverage + CONTRADICT_OVERRIDE
        ):
            if denial > best_support[1].coverage or denied - support_words:
                # the article's own statement of the fact is a denial or a "could not":
                # it covers the claim best, or it negates what the support leaves out
                return None if best_contra is None else ("contradicts", *best_contra[1:])
            return ("supports", *best_support[1:])
        if best_contra is not None:
            return ("contradicts", *best_contra[1:])
        return None
