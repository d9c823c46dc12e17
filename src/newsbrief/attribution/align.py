"""Claim-to-article alignment: which articles report a claim, and which contradict it.

The pipeline, one module per stage, each importing only earlier ones (docs/attribution.md,
"How a claim is checked"; tests/test_architecture.py):

* :mod:`.clauses` and :mod:`.predicate` read the claim's clauses, main clause, main verb
  and the names beside a verb; :mod:`.claim` gathers them, weighed by the story, in a
  :class:`~.claim.Claim` (with its participants);
* :mod:`.story` indexes the story: sentences, IDF, datelines, places, figures;
* :mod:`.windows` gives each article's candidate windows (one sentence, or up to
  ``max_window`` adjacent sentences when together they state clearly more of the claim;
  a pronoun opening a sentence stands for the name before it) and what each is compared
  as (:func:`.windows.window_facts`);
* :mod:`.compare` checks the claim against a window detail by detail (:mod:`.details`:
  figures, dates resolved against the article's publication date, names, scope, time;
  opposite words, words swapped in place, roles, plans, negation), giving typed
  :class:`~newsbrief.model.Detail` records in reader words;
* :mod:`.parsed` reviews a checked window with what the dependency parse says, where it
  is on;
* :mod:`.rules` decides supports / contradicts / neither for each window from those
  details and how much of the claim's main event the window states, and an article's
  verdict from its best windows.

This module wires them: :class:`StoryIndex` picks each article's best window and its
verdict (:meth:`StoryIndex.attribute`; :meth:`StoryIndex.window_check` checks one
window as the pipeline does). A figure that differs from the claim's only
because it was reported at another time (a rising toll) is an update, not a
contradiction: see :func:`.developments.story_developments`.

Constants: :mod:`.config` (chosen on the real-news dev split, docs/attribution.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Protocol

from ..model import Article, Detail, Sentence, Support
from . import config
from .claim import Claim, read_claim
from .clauses import (
    definite_subject,
    modal_verbs,
    modifier_names,
    open_pronoun,
    split_clauses,
    undated,
    unquoted,
)
from .compare import check_window
from .details import name_found
from .facts import Facts, Name, facts_of
from .lexicon import canon
from .parse import enabled as parse_enabled
from .parsed import parsed_conflicts, parsed_details
from .predicate import ANOTHER_PREDICATE, REPORTING_VERBS
from .rules import (
    Check,
    Scored,
    article_verdict,
    denies,
    detail_clause_rule,
    nli_pending,
    wording,
)
from .story import Story
from .windows import Window, article_windows, window_facts

__all__ = ["Attribution", "Entailment", "Semantic", "StoryIndex"]


def _restated_conflicts(
    conflicts: Sequence[Detail], other: Support, words: frozenset[str]
) -> list[Detail] | None:
    """The conflicts of an evidence window as another article's window restates them
    (its own value in place of the evidence's), or None when it leaves one out: the
    other window's own comparison agrees with the evidence's figure, date or name, or
    the window states the evidence's words (a name, a negation, a verb, roles)."""
    out = []
    for d in conflicts:
        same = next(
            (
                e
                for e in other.details
                if e.kind == d.kind and e.status == "agrees" and e.claim == d.evidence
            ),
            None,
        )
        if same is not None:
            # the other article's value, and where in that article it was read
            out.append(replace(d, evidence=same.evidence or d.evidence, span=same.span))
            continue
        # the evidence's own words (stems, as the story indexes them), less a note on
        # how it reads ("ask (planned)")
        need = {canon(w) for w in re.findall(r"[a-z0-9]+", _NOTE.sub("", d.evidence).lower())}
        if not need or not need <= words:
            return None
        out.append(replace(d, span=None))  # stated in the other window itself
    return out


_NOTE = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim and the articles behind it (``supported_by``) or against it."""

    text: str
    supported_by: tuple[Support, ...] = ()
    contradicted_by: tuple[Support, ...] = ()
    # (article, reader-word explanations of the conflict): "14 dead vs 12 dead"
    reasons: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s.article_id for s in self.supported_by)


def _run(
    seq: Sequence[str], at: int, step: int, words: frozenset[str], gaps: int = 1
) -> frozenset[str]:
    """The claim's words in the phrase next to position ``at`` on one side: past
    ``gaps`` gaps of small words ("would actually" before a verb; none after it, where a
    gap starts an adverbial: "evacuated as a precaution"), up to the next one."""
    k, out = at + step, set()
    while 0 <= k < len(seq):
        w = seq[k]
        if w in words:
            out.add(w)
        elif w == "_" and not out and gaps > 0:
            gaps -= 1
        else:
            break
        k += step
    return frozenset(out)


def _plain(text: str) -> str:
    """Lower-case words only: two copies of one sentence compare equal."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


# Words before a name that make it a place, not a person a pronoun can stand for.
_PLACE_ROLES = frozenset(["in", "at", "near", "from", "to", "into", "outside"])


@dataclass(frozen=True, slots=True)
class Participants:
    """Who and what a summary sentence is about, read in its own article: evidence from
    another article must be about the same participants to support or contradict it.

    ``person``: the names a pronoun of the sentence may stand for (the sentence before
    names them: "Some say he remains in Damascus" after a sentence on Ocalan); ``subject``:
    the words of a definite subject ("The package ..."); ``deed``: the verbs that state
    what happened in a short claim (its main verb, or its verbs when none is sure, or the
    verb under a modal: a long claim's main verb is checked by :mod:`.compare`, which
    lets another outlet's verb for the same participants stand). An empty part asks for
    nothing. ``unresolved``: a person pronoun whose antecedent its article does not name
    ("Then, he said, the shooting started", told by an unnamed survivor): no other outlet
    can be shown to be about the same person, so only a copy of the sentence (its words
    in its order) is evidence."""

    text: str
    person: tuple[Name, ...] = ()
    subject: frozenset[str] = frozenset()
    deed: frozenset[str] = frozenset()
    unresolved: bool = False
    # a short claim's words on each side of its deed (its subject and what it did to
    # or of): a window must state one of each, not two shared words of a few
    sides: tuple[frozenset[str], ...] = ()
    # the names nearest the claim's main verb (:attr:`.claim.Claim.participants`)
    names: tuple[Name, ...] = ()

    def met_by(
        self,
        parts: Sequence[Facts],
        text: str,
        pinned: bool = False,
        referents: Callable[[], Sequence[Name]] | None = None,
    ) -> bool:
        """The window (its sentences ``parts``, its text) is about the same participants:
        the person and the subject anywhere in it (a sentence's pronoun stands for the
        name before it; a window that opens on a pronoun ("He called for attacks")
        stands for the people ``referents`` gives, read in its own article as the
        claim's pronoun is), the deed with the words on each side of it in one sentence (or
        the words of both sides, the deed in other words), unless ``pinned``: the window
        names the claim's participants and agrees on one of its dates or figures, so
        another verb is another outlet's wording ("al-Baghdadi emerged Wednesday with a
        statement" for "... audio recording released on Wednesday")."""
        ev = Facts.union(parts)
        if self.unresolved and _plain(undated(self.text)) not in _plain(text):
            return False
        if self.person and not any(name_found(n, ev) for n in self.person):
            if referents is None or not open_pronoun(text):
                return False
            if not any(n.keys & r.keys for n in self.person for r in referents()):
                return False
        if self.subject and not self.subject & ev.content:
            return False
        if not self.deed or (pinned and self.names and all(name_found(n, ev) for n in self.names)):
            return True
        # the deed with its sides in one sentence, or both sides together in one
        # sentence with another verb ("Thousands of fans came to the launch" for "The
        # launch drew thousands of fans"): the same participants, the deed reworded
        both = len(self.sides) == 2 and all(self.sides)
        return any(
            all(not side or side & p.content for side in self.sides)
            and (bool(self.deed & p.content) or both)
            for p in parts
        )


class Semantic(Protocol):
    """Sentence similarity from an embedding model (the optional ``[semantic]`` extra)."""

    def bind(self, index: StoryIndex) -> None: ...

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float: ...


class Entailment(Protocol):
    """An entailment (NLI) model (the optional ``[nli]`` extra, :mod:`.nli`)."""

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, float]]:
        """(P(entailment), P(contradiction)) per (premise, hypothesis) pair."""
        ...


class StoryIndex(Story):
    """A story's sentences with their facts, ready to check many claims against."""

    def __init__(
        self,
        articles: Sequence[Article],
        sentences: Sequence[Sentence] | None = None,
        semantic: Semantic | None = None,
        nli: Entailment | None = None,
    ) -> None:
        super().__init__(articles, sentences)
        self.semantic = semantic
        self.nli = nli
        if semantic is not None:
            semantic.bind(self)

    def check(self, claim: Claim, window: Window) -> Check:
        """Compare a claim with one window of an article (:func:`.compare.check_window`):
        the comparison :meth:`window_check` runs, open to a benchmark's wrapper."""
        return check_window(self, claim, window)

    # -- one claim --------------------------------------------------------------------

    def attribute(
        self,
        text: str,
        source: Support | None = None,
        *,
        propagate: bool = True,
        in_context: bool = False,
    ) -> Attribution:
        """Every article supporting or contradicting ``text``; ``source`` is taken as given.
        ``propagate``: an article restating a contradicting article's evidence, with its
        conflicting value, contradicts the claim too (:meth:`_restating`). ``in_context``:
        ``text`` is read as the sentence of ``source``'s article that it is, and another
        article must be about the same participants (:meth:`participants`): what the
        story analysis shows (a summary sentence, a lead, a story fact)."""
        found = self._attribute(text, source, context=in_context)
        if propagate and found.contradicted_by and config.get().propagate_contradictions:
            found = self._restating(found)
        return found

    def _attribute(
        self, text: str, source: Support | None = None, *, context: bool = False
    ) -> Attribution:
        text = undated(text)  # "LONDON (AP) _ ": where it was filed, not the fact
        published = self.published.get(source.article_id) if source is not None else None
        claim, overlap = self.claim_search(text, published)
        # a claim of two main clauses ("X massed troops on the border, and jets buzzed
        # it") is also reported by an article that states each clause somewhere
        parts = (
            [self.claim_search(p, published) for p in split_clauses(text)]
            if config.get().clauses
            else []
        )
        # a sentence of an article: its pronouns and definite subject refer to what its
        # own article said before it, and the evidence must be about the same
        needs = self.participants(claim, source) if source is not None and context else None
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
            best = self._best(a, claim, cands)
            if best is None and parts:
                best = self._by_clauses(a, parts)
            if best is None:
                continue
            verdict, scored = best
            # (a value read from another sentence of the article pins nothing here)
            pinned = any(
                d.status == "agrees" and d.kind in ("date", "number") and d.span is None
                for d in scored.check.details
            )
            if needs is not None and not needs.met_by(
                self.facts[a.id].span(scored.lo, scored.hi + 1),
                a.text[scored.start : scored.end],
                pinned,
                partial(self._antecedents_at, a.id, scored.start, frozenset()),
            ):
                continue  # another participant's deed, or another deed
            check, start, end = scored.check, scored.start, scored.end
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

    def _restating(self, found: Attribution) -> Attribution:
        """``found`` with the articles that restate a contradicting article's evidence
        added as contradicting: an outlet that reports the same event as the one that
        contradicts the claim, with the same conflicting figure, date, name or negation
        ("killed 270" where the claim says 290), contradicts the claim as well, though in
        words too far from the claim's for its own window to be aligned with it.

        The evidence window is read as a claim of its article (its dates against that
        article's day) and the articles supporting it are found as for any claim; one
        counts only when its supporting window states every conflicting value of the
        evidence (an agreeing figure, date or name; the words of another conflict), and
        it neither supports nor already contradicts the claim. An article found so is
        read the same way in turn (each article is added once, so this ends)."""
        decided = {s.article_id for s in found.supported_by}
        decided |= {s.article_id for s in found.contradicted_by}
        claim = None
        added: dict[str, tuple[Support, tuple[str, ...]]] = {}
        todo = list(found.contradicted_by)
        while todo:
            span = todo.pop(0)
            conflicts = [d for d in span.details if d.status == "conflicts"]
            if not conflicts:
                continue
            # the evidence read as its article states it: another outlet restating it
            # is found as for the claim itself, with no more asked of it
            restated = self._attribute(span.text, source=span)
            for other in restated.supported_by:
                if other.article_id in decided or other.article_id in added:
                    continue
                shown = _restated_conflicts(conflicts, other, self.content_of(other))
                if shown is None:
                    continue
                if claim is None:
                    claim, _ = self.claim_search(undated(found.text), None)
                coverage = self._coverage(claim, other)
                details = tuple(shown)
                span_found = Support(
                    other.article_id, other.start, other.end, coverage, other.text, details
                )
                added[other.article_id] = (span_found, tuple(d.explanation for d in details))
                todo.append(span_found)
        if not added:
            return found
        order = {a.id: k for k, a in enumerate(self.articles)}
        contradicted = sorted(
            [*found.contradicted_by, *(s for s, _ in added.values())],
            key=lambda s: order.get(s.article_id, 0),
        )
        reasons = sorted(
            [*found.reasons, *((aid, why) for aid, (_, why) in added.items())],
            key=lambda r: order.get(r[0], 0),
        )
        return replace(found, contradicted_by=tuple(contradicted), reasons=tuple(reasons))

    def participants(self, claim: Claim, source: Support) -> Participants | None:
        """What a sentence of article ``source`` is about, read in that article: the
        people its person pronoun may stand for (:meth:`_antecedents`), its definite
        subject's words, and a short sentence's deed with the words on each side of it
        (:class:`Participants`). None when it asks for nothing."""
        text = claim.text
        person: tuple[Name, ...] = ()
        pronoun = open_pronoun(text)
        if pronoun:
            person = self._antecedents(claim, source)
        subject = definite_subject(text)
        active = claim.facts.content - claim.background - claim.reporting
        short = len(active) < config.get().verb_check_words
        deed: frozenset[str] = frozenset()
        if short and claim.main_verb is not None and claim.main_verb not in REPORTING_VERBS:
            deed = frozenset([claim.main_verb])
        elif short:
            deed = (claim.events - claim.reporting) or modal_verbs(text)
        sides: tuple[frozenset[str], ...] = ()
        at = next((i for i, w in enumerate(claim.facts.seq) if w in deed), None)
        if short and at is not None:
            # the words next to the deed (its doer before it, what it did after it),
            # not the names (compared as names), nor a time or place after a
            # preposition ("as of Friday evening")
            words = claim.core - claim.background - deed
            seq = claim.facts.seq
            sides = (_run(seq, at, -1, words), _run(seq, at, 1, words, gaps=0))
        if not (pronoun or subject or deed):
            return None
        return Participants(
            text, person, subject, deed, pronoun and not person, sides, tuple(claim.participants)
        )

    def _antecedents(self, claim: Claim, source: Support) -> tuple[Name, ...]:
        """The people a person pronoun of sentence ``source`` may stand for: the names of
        the nearest sentence before it that does not itself go on with a pronoun ("He
        asserted ...", "Other reports place him ..." pass the pronoun back to
        "Ocalan's current whereabouts are unclear"), places left out (a name after "in",
        a country or city of the story's datelines). Empty when none is found."""
        own = frozenset(w for n in claim.facts.names for w in n.keys)
        return self._antecedents_at(source.article_id, source.start, own)

    def _antecedents_at(self, article_id: str, start: int, own: frozenset[str]) -> tuple[Name, ...]:
        """:meth:`_antecedents` of the sentence of ``article_id`` holding offset
        ``start``, the names ``own`` (their keys) left out."""
        sents = self.sentences[article_id]
        k = next((i for i, s in enumerate(sents) if s.start <= start < s.end), None)
        if k is None:
            return ()
        for j in range(k - 1, max(k - 5, -1), -1):
            text = unquoted(undated(sents[j].text))
            if open_pronoun(text):
                continue  # the same person, named further back
            facts = facts_of(text, self.proper)
            modifiers = modifier_names(text, facts)  # "Serbian policemen": no one
            people = tuple(
                n
                for n in facts.names
                if n.role not in _PLACE_ROLES
                and n.text not in modifiers
                and not (n.keys & own)
                and not all(w in self.region_words or w in self.regions for w in n.words)
            )
            if people:
                return people
        return ()

    def content_of(self, span: Support) -> frozenset[str]:
        """The content words of the sentences a span covers."""
        sents = self.sentences[span.article_id]
        content = self.content[span.article_id]
        return frozenset().union(
            *(content[k] for k, s in enumerate(sents) if s.start < span.end and span.start < s.end)
        )

    def _coverage(self, claim: Claim, span: Support) -> float:
        got = claim.facts.content & self.content_of(span)
        return round(min(claim.weight_of(got) / claim.total, 1.0), 4) if claim.total else 0.0

    def _by_clauses(
        self, a: Article, parts: list[tuple[Claim, dict[str, dict[int, float]]]]
    ) -> tuple[str, Scored] | None:
        """Support when every clause of the claim is supported by a window of the article
        (each with its own details agreeing); the span shown is the first clause's."""
        found: list[Scored] = []
        sents, facts = self.sentences[a.id], self.facts[a.id]
        for claim, overlap in parts:
            cands = overlap.get(a.id)
            got = self._best(a, claim, cands) if cands else None
            if got is None or got[0] != "supports":
                return None
            # a short clause is easily met by a sentence about something near it: the
            # window itself must name the clause's participants (not its neighbours:
            # "John Paul II, who has canonized 270 people" for "... canonized Stepinac"),
            # and a clause that asserts needs a window that denies nothing ("Turkey has
            # never conducted wargames" for "has held wargames")
            best = got[1]
            window = [facts[k] for k, s in enumerate(sents) if best.start <= s.start < best.end]
            ev = Facts.union(window)
            if not all(name_found(n, ev) for n in claim.participants):
                return None
            if not claim.facts.negated and ev.has_negation:
                return None
            found.append(best)
        weight = [math.fsum(c.weights.values()) for c, _ in parts]
        checks = [f.check for f in found]
        check = Check(
            math.fsum(w * c.coverage for w, c in zip(weight, checks, strict=True)) / sum(weight),
            min(c.rest_coverage for c in checks),
            min(c.core_coverage for c in checks),
            sum(c.matched for c in checks),
            tuple(d for c in checks for d in c.details),
            all(c.anchored for c in checks),
            sum(c.claim_words for c in checks),
            min(c.deed_coverage for c in checks),
        )
        # the span shown is the first clause's window (the main event): one passage from
        # the first window to the last could run over many sentences
        return ("supports", replace(found[0], check=check))

    def claim_search(
        self, text: str, published: dt.date | None
    ) -> tuple[Claim, dict[str, dict[int, float]]]:
        """A claim read against the story (:func:`.claim.read_claim`), and the weight
        each sentence shares with it (article -> sentence -> weight, of ``claim.total``):
        what retrieval (:func:`.windows.article_windows`) starts from."""
        claim = read_claim(self.local_spelling(text), published, self)
        overlap: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for c, w in claim.weights.items():
            for art, k in self.postings.get(c, ()):
                overlap[art][k] += w
        return claim, overlap

    def _best(self, a: Article, claim: Claim, cands: dict[int, float]) -> tuple[str, Scored] | None:
        """The article's verdict on the claim with its best window: each candidate window
        (:mod:`.windows`) is checked (:mod:`.compare`), reviewed by the optional models
        and the parse, and the best supporting and contradicting windows are weighed
        (:func:`.rules.article_verdict`)."""
        sents = self.sentences[a.id]
        # a sentence stating most of a figure's or a date's own clause, though little of
        # the whole claim, may give that detail another value: checked for that only
        windows, clause_only = article_windows(
            claim, cands, self.facts[a.id], self.content[a.id], self.published.get(a.id)
        )
        best_support: Scored | None = None
        best_contra: Scored | None = None
        denial = 0.0  # best coverage of a window that negates the claim
        denied: set[str] = set()  # the claim's words such windows negate
        support_key, support_words = -1.0, frozenset[str]()
        pending: list[Scored] = []  # windows the [nli] model decides
        least = config.get().min_candidate * claim.total
        for lo, hi in windows:
            # two sentences that share the claim only together (windows.joint_windows):
            # enough to report it when all agrees, too little of it to deny it (a
            # conflict there is more often another event told with the same words)
            joint = hi == lo + 1 and cands.get(lo, 0.0) < least and cands.get(hi, 0.0) < least
            check, ev = self.window_check(a.id, claim, lo, hi)
            key = check.coverage - 0.01 * (hi - lo)
            start, end = sents[lo].start, sents[hi].end
            if lo == hi and lo in clause_only:
                if (
                    detail_clause_rule(check)
                    and check.contradicts
                    and (best_contra is None or key > best_contra.key)
                ):
                    best_contra = Scored(key, check, lo, hi, start, end, ev.content)
                continue
            check = self._reviewed(a, claim, check, lo, hi, ev)
            if claim.written is not None and (check.supports or check.contradicts):
                # the object's description may be missing, but where the window gives a
                # detail of it otherwise, or a conflict would rest on the description
                # weighing nothing, the claim is read as written (Claim.written)
                written = self.window_check(a.id, claim.written, lo, hi)[0]
                if written.conflicts or check.contradicts:
                    check = written
            scored = Scored(key, check, lo, hi, start, end, ev.content)
            if self.nli is not None and nli_pending(check):
                pending.append(scored)
                continue  # decided below, all of the article's windows in one batch
            if check.supports and (best_support is None or key > best_support.key):
                best_support = scored
            elif (
                check.contradicts
                and not joint
                and (best_contra is None or key > best_contra.key)
                # a name in the next sentence is another fact's more often than not
                and not (hi > lo and all(d.kind == "name" for d in check.conflicts))
            ):
                best_contra = scored
            if denies(check) and hi == lo:  # a neighbour's negation is its own fact
                denial = max(denial, check.coverage)
                denied |= (ev.negated & claim.facts.content) - claim.facts.negated
            if check.supports and key >= support_key:
                support_key, support_words = key, ev.content
        for scored in self._entailed(a, claim, pending):
            if best_support is None or scored.key > best_support.key:
                best_support = scored
            if scored.key >= support_key:
                support_key, support_words = scored.key, scored.words
        return article_verdict(best_support, best_contra, denial, denied - support_words)

    def window_check(self, article_id: str, claim: Claim, lo: int, hi: int) -> tuple[Check, Facts]:
        """The claim checked against sentences ``lo`` to ``hi`` of an article (the
        window as one, with its neighbours and the lead around it), and the window: the
        pipeline's own check of one window, for :meth:`attribute` and for benchmarks
        that diagnose a labelled window."""
        window = window_facts(self, article_id, lo, hi)
        return self.check(claim, window), window.ev

    def _reviewed(
        self, a: Article, claim: Claim, check: Check, lo: int, hi: int, ev: Facts
    ) -> Check:
        """A window's check after the optional paraphrase model (``[semantic]``) and the
        dependency parse (:mod:`.parsed`) have had their say."""
        sents = self.sentences[a.id]
        content = self.content[a.id]
        if (
            not check.supports
            and self.semantic is not None
            and not check.conflicts
            # another verb binding the claim's participants is wording a paraphrase
            # model judges ("scrapped" / "cancelled"): the only miss it may overrule
            and all(d.note == ANOTHER_PREDICATE for d in check.missing)
            and check.coverage >= config.get().semantic_min_coverage
            and self.semantic.similarity(claim.text, a.id, lo, hi) >= config.get().semantic_support
        ):
            check = replace(
                check,
                details=tuple(d for d in check.details if d.note != ANOTHER_PREDICATE),
                coverage=max(check.coverage, config.get().support_coverage),
                core_coverage=max(check.core_coverage, config.get().support_core),
            )
        if check.supports and parse_enabled():
            # the lexical rules would let this window support the claim: what the
            # parse binds (who did what to whom, plan, denial, each figure's
            # predicate) must agree too (parse.py)
            said = [(undated(sents[k].text), content[k]) for k in range(lo, hi + 1)]
            found = parsed_details(claim, ev, said)
            if found:
                check = replace(check, details=check.details + found)
        elif (
            config.get().parse_conflicts
            and lo == hi
            and not check.contradicts
            and check.rest_coverage >= config.get().contradict_coverage
            and parse_enabled()
        ):
            # a sentence stating much of the claim: the parse may find the claim's
            # own event (its predicate and participants) told the other way
            found = parsed_conflicts(claim, undated(sents[lo].text), content[lo])
            if found:
                check = replace(check, details=check.details + found)
        return check

    def _entailed(
        self,
        a: Article,
        claim: Claim,
        pending: list[Scored],
    ) -> list[Scored]:
        """The windows the ``[nli]`` model lets support the claim, scored in one batch."""
        if not pending or self.nli is None:
            return []
        sents = self.sentences[a.id]
        scores = self.nli.score(
            [(" ".join(s.text for s in sents[p.lo : p.hi + 1]), claim.text) for p in pending]
        )
        out = []
        for p, (p_ent, p_con) in zip(pending, scores, strict=True):
            check = p.check
            if check.supports:  # lexical support: dropped only from nli_unsupport (off)
                if p_con >= config.get().nli_unsupport:
                    continue
            elif p_ent >= config.get().nli_support:
                # the model judged the wording: its misses no longer block support
                kept = (d for d in check.details if not wording(d))
                check = replace(
                    check,
                    details=tuple(kept),
                    coverage=max(check.coverage, config.get().support_coverage),
                    core_coverage=max(check.core_coverage, config.get().support_core),
                    deed_coverage=max(check.deed_coverage, config.get().support_core),
                )
            if check.supports:
                out.append(replace(p, check=check))
        return out
