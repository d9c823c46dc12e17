"""Claim-to-article alignment: which articles report a claim, and which contradict it.

The pipeline, one module per stage (docs/attribution.md, "How a claim is checked"):

* :mod:`.story` indexes the story: sentences, IDF, datelines, places, figures;
* :mod:`.clauses` and :mod:`.predicate` read the claim's clauses, main clause, main verb
  and participants; :mod:`.claim` gathers them, weighed by the story, in a
  :class:`~.claim.Claim`;
* :mod:`.windows` gives each article's candidate windows (one sentence, or up to
  ``max_window`` adjacent sentences when together they state clearly more of the claim;
  a pronoun opening a sentence stands for the name before it);
* :mod:`.compare` checks the claim against a window detail by detail (:mod:`.details`:
  figures, dates resolved against the article's publication date, names, scope, time;
  opposite words, words swapped in place, roles, plans, negation), giving typed
  :class:`~newsbrief.model.Detail` records in reader words; :mod:`.parsed` adds what the
  dependency parse says where it is on;
* :mod:`.rules` decides supports / contradicts / neither for each window from those
  details and how much of the claim's main event the window states.

This module wires them: :class:`StoryIndex` picks each article's best window and its
verdict (:meth:`StoryIndex.attribute`). A figure that differs from the claim's only
because it was reported at another time (a rising toll) is an update, not a
contradiction: see :func:`.developments.story_developments`.

Constants: :mod:`.config` (chosen on the real-news dev split, docs/attribution.md).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..model import Article, Sentence, Support
from . import config
from .claim import Claim, read_claim
from .clauses import DATELINE, main_clause, split_clauses, undated
from .compare import check_window
from .details import name_found, quantity_check
from .facts import Facts
from .parsed import parsed_conflicts, parsed_details, parsing
from .predicate import ANOTHER_PREDICATE, find_main_verb, participants
from .rules import Best, Check, article_verdict, denies, detail_clause_rule, nli_pending, wording
from .story import Story
from .windows import candidate_windows, clause_candidates, cohesive, union

__all__ = [
    "_DATELINE",
    "Attribution",
    "Entailment",
    "Semantic",
    "StoryIndex",
    "_clauses",
    "_main_clause",
    "_main_verb",
    "_quantity_check",
    "_union",
]


# Names tests and benchmarks import from here, kept from before the split into modules.
_DATELINE = DATELINE
_clauses = split_clauses
_main_clause = main_clause
_main_verb = find_main_verb
_quantity_check = quantity_check
_union = union


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
    def sources(self) -> tuple[str, ...]:
        return tuple(s.article_id for s in self.supported_by)


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
        self.articles = tuple(articles)
        self.semantic = semantic
        if semantic is not None:
            semantic.bind(self)
        self.nli = nli
        super().__init__(self.articles, sentences)

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
        """Compare a claim with one window ``ev`` of an article (:func:`.compare.check_window`)."""
        return check_window(self, claim, ev, ctx, lead, article_id, parts, window)

    # -- one claim --------------------------------------------------------------------

    def attribute(self, text: str, source: Support | None = None) -> Attribution:
        """Every article supporting or contradicting ``text``; ``source`` is taken as given."""
        m = DATELINE.match(text)
        if m and m.end() < len(text):
            text = text[m.end() :]  # "LONDON (AP) _ ": where it was filed, not the fact
        published = self.published.get(source.article_id) if source is not None else None
        claim, total, overlap = self._claim(text, published)
        # a claim of two main clauses ("X massed troops on the border, and jets buzzed
        # it") is also reported by an article that states each clause somewhere
        parts = [self._claim(p, published) for p in split_clauses(text)] if _c().clauses else []
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
            ev = union(window)
            if not all(name_found(n, ev) for n in participants(claim)):
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
        """A claim read against the story (:func:`.claim.read_claim`), its weight total,
        and the weight each candidate sentence shares with it (article -> sentence ->
        weight)."""
        claim = read_claim(text, published, self)
        weights = claim.weights
        total = math.fsum(weights.values()) or 1.0
        overlap: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for c, w in weights.items():
            for art, k in self.postings.get(c, ()):
                overlap[art][k] += w
        return claim, total, overlap

    def _best(
        self, a: Article, claim: Claim, total: float, cands: dict[int, float]
    ) -> tuple[str, Check, int, int] | None:
        """The article's verdict on the claim with its best window: each candidate window
        (:mod:`.windows`) is checked (:mod:`.compare`), reviewed by the optional models
        and the parse, and the best supporting and contradicting windows are weighed
        (:func:`.rules.article_verdict`)."""
        sents = self.sentences[a.id]
        facts = self.facts[a.id]
        content = self.content[a.id]
        singles = {k: v / total for k, v in cands.items() if v / total >= _c().min_candidate}
        windows, fillers = candidate_windows(
            claim, total, singles, facts, content, self.published.get(a.id)
        )
        join = _c().join_continuations >= 1
        # a sentence stating most of a figure's or a date's own clause, though little of
        # the whole claim, may give that detail another value: checked for that only
        clause_only = clause_candidates(claim, content, cands, singles)
        windows += [(k, k) for k in sorted(clause_only)]
        best_support: Best = None
        best_contra: Best = None
        denial = 0.0  # best coverage of a window that negates the claim
        denied: set[str] = set()  # the claim's words such windows negate
        support_key, support_words = -1.0, frozenset[str]()
        # windows the [nli] model decides: (lo, hi, key, check, window words)
        pending: list[tuple[int, int, float, Check, frozenset[str]]] = []
        for lo, hi in windows:
            if (lo, hi) not in fillers and any(
                not cohesive(claim, content[i], content[j])
                and not (j == i + 1 and join and facts.continues[j])
                for i in range(lo, hi + 1)
                for j in range(i + 1, hi + 1)
            ):
                continue  # every two sentences of a window state one fact
            check, ev = self._window(a, claim, lo, hi)
            key = check.coverage - 0.01 * (hi - lo)
            if lo == hi and lo in clause_only:
                if (
                    detail_clause_rule(check)
                    and check.contradicts
                    and (best_contra is None or key > best_contra[0])
                ):
                    best_contra = (key, check, sents[lo].start, sents[hi].end)
                continue
            check = self._reviewed(a, claim, check, lo, hi, ev)
            if self.nli is not None and nli_pending(check):
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
        for lo, hi, key, check, words in self._entailed(a, claim, pending):
            if best_support is None or key > best_support[0]:
                best_support = (key, check, sents[lo].start, sents[hi].end)
            if key >= support_key:
                support_key, support_words = key, words
        return article_verdict(best_support, best_contra, denial, denied - support_words)

    def _window(self, a: Article, claim: Claim, lo: int, hi: int) -> tuple[Check, Facts]:
        """The claim checked against sentences ``lo`` to ``hi`` of article ``a`` (the
        window as one, with its neighbours and the lead around it), and the window."""
        facts = self.facts[a.id]
        ev = union(facts.span(lo, hi + 1))
        ctx = union([facts[0], *facts.span(lo - 2, hi + 2)])
        if self.datelines.get(a.id):
            # "flew here": the dateline says where "here" is
            ctx = replace(ctx, words=ctx.words | self.datelines[a.id])
        check = self.check(claim, ev, ctx, facts[0], a.id, facts.span(lo, hi + 1), (lo, hi))
        return check, ev

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
            and check.coverage >= _c().semantic_min_coverage
            and self.semantic.similarity(claim.text, a.id, lo, hi) >= _c().semantic_support
        ):
            check = replace(
                check,
                details=tuple(d for d in check.details if d.note != ANOTHER_PREDICATE),
                coverage=max(check.coverage, _c().support_coverage),
                core_coverage=max(check.core_coverage, _c().support_core),
            )
        if check.supports and parsing():
            # the lexical rules would let this window support the claim: what the
            # parse binds (who did what to whom, plan, denial, each figure's
            # predicate) must agree too (parse.py)
            said = [(undated(sents[k].text), content[k]) for k in range(lo, hi + 1)]
            found = parsed_details(claim, ev, said)
            if found:
                check = replace(check, details=check.details + found)
        elif (
            _c().parse_conflicts
            and lo == hi
            and not check.contradicts
            and check.rest_coverage >= _c().contradict_coverage
            and parsing()
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
        pending: list[tuple[int, int, float, Check, frozenset[str]]],
    ) -> list[tuple[int, int, float, Check, frozenset[str]]]:
        """The windows the ``[nli]`` model lets support the claim, scored in one batch."""
        if not pending or self.nli is None:
            return []
        sents = self.sentences[a.id]
        scores = self.nli.score(
            [(" ".join(s.text for s in sents[p[0] : p[1] + 1]), claim.text) for p in pending]
        )
        out = []
        for (lo, hi, key, check, words), (p_ent, p_con) in zip(pending, scores, strict=True):
            if check.supports:  # lexical support: dropped only from nli_unsupport (off)
                if p_con >= _c().nli_unsupport:
                    continue
            elif p_ent >= _c().nli_support:
                # the model judged the wording: its misses no longer block support
                kept = (d for d in check.details if not wording(d))
                check = replace(
                    check,
                    details=tuple(kept),
                    coverage=max(check.coverage, _c().support_coverage),
                    core_coverage=max(check.core_coverage, _c().support_core),
                    deed_coverage=max(check.deed_coverage, _c().support_core),
                )
            if check.supports:
                out.append((lo, hi, key, check, words))
        return out
