"""Story analysis attached to a summary: who reported what, and where outlets disagree.

:func:`analyse` fills each summary sentence's ``supported_by``/``contradicted_by`` and sets
``Summary.analysis`` to a typed :class:`~newsbrief.model.StoryAnalysis`:

* ``coverage``: per article, the summary sentences it supports or contradicts;
* ``single_source``: summary sentences only one article reports;
* ``disagreements``: facts on which articles conflict, each with every side's span and the
  details that differ, for the summary sentences and for the figures in each lead;
* ``shared_facts`` / ``single_source_facts``: the story's facts beyond the summary (never a
  summary sentence again, :func:`beyond_summary`: its sources are on the sentence itself);
* ``quotes`` (on request): direct quotes with speakers, merged across outlets;
* ``developments``: figures that change as the story unfolds (a rising toll), in time order.

Alignment works on cleaned text; :func:`evidence` is the one place where a cleaned span
becomes what a user sees (offsets into the text as given).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace
from datetime import date

from ..eligible import (
    announces,
    is_eligible,
    points_back,
    refers_to,
    relative_adverb,
    story_topics,
    unintroduced,
)
from ..model import (
    Article,
    CleanSpan,
    Disagreement,
    Evidence,
    Fact,
    Quote,
    Sentence,
    SingleSource,
    SourceCoverage,
    StoryAnalysis,
    Summary,
    SummarySentence,
    Support,
)
from ..select.coverage import RESTATE_SHARE
from ..select.dateline import needs_dateline
from ..text import content_stems
from .align import Attribution, StoryIndex
from .compare import CORRECTION
from .developments import story_developments
from .facts import as_written, figure_as_written
from .quotes import story_quotes

# Sentences of each article looked at for the story's shared and single-source facts, and
# the fewest words a sentence needs to count as a fact (not a headline or a credit line).
FACT_SENTENCES = 12
MIN_FACT_WORDS = 6
# Sentences of each article's lead checked against the other articles for conflicting
# figures: the lead carries the numbers outlets most often disagree on (death tolls).
LEAD_SENTENCES = 4
# Articles published this many days apart or less report "at the same time" (a wire story
# and the next morning's paper).
SAME_TIME_DAYS = 1


def evidence(s: Support, by_id: dict[str, Article], claim: str = "") -> Evidence:
    """A pipeline span as a user sees it: offsets into the article text as given, and
    each detail in the words of the claim (``claim``) and of the article, not as
    tokens ("30-minute", not "30 - minute")."""
    art = by_id[s.article_id]
    start, end = art.to_raw(s.start, s.end)
    text = art.text[s.start : s.end]
    # a detail read from a sentence outside the span keeps that sentence's own span
    details = tuple(
        replace(
            d,
            claim=(figure_as_written if d.kind == "number" else as_written)(d.claim, claim),
            evidence=(figure_as_written if d.kind == "number" else as_written)(
                d.evidence, text, art.text
            ),
            span=art.to_raw(*d.span) if d.span is not None else None,
        )
        for d in s.details
    )
    return Evidence(
        article_id=s.article_id,
        source=art.label,
        start=start,
        end=end,
        text=text,
        score=s.score,
        details=details,
        clean=CleanSpan(s.article_id, s.start, s.end),
    )


# Kinds of detail that change as a story develops: a toll, a count in progress, a status
# ("not found" -> "found"). Dates, names and places of one event do not.
CHANGING_KINDS = frozenset({"number", "negation"})


def _day(art: Article | None) -> date | None:
    if art is None or not art.published:
        return None
    try:
        return date.fromisoformat(art.published[:10])
    except ValueError:
        return None


def same_time(att: Attribution, conflict: Support, by_id: dict[str, Article]) -> bool:
    """Whether a conflict is a disagreement: only same-time conflicts are.

    A different figure or status in an article published on another day than every
    article that states the claim is an update of a changing quantity, not a contradiction
    (``story_developments`` shows running totals); a conflicting date, name or place is a
    disagreement whenever it was published. Undated articles count as the same time.
    """
    kinds = {d.kind for d in conflict.details if d.status == "conflicts"}
    if not kinds or not kinds <= CHANGING_KINDS:
        return True
    if any(d.status == "conflicts" and d.note == CORRECTION for d in conflict.details):
        return True  # "It was about 200 homes, not 300": a correction, not an update
    day = _day(by_id.get(conflict.article_id))
    days = [_day(by_id.get(x.article_id)) for x in att.supported_by]
    if day is None or not days or any(d is None for d in days):
        return True
    return any(abs((day - d).days) <= SAME_TIME_DAYS for d in days if d is not None)


def _contradictions(att: Attribution, by_id: dict[str, Article]) -> tuple[Evidence, ...]:
    """The articles against a claim at the same time, each with the details that differ."""
    return tuple(
        evidence(s, by_id, att.text) for s in att.contradicted_by if same_time(att, s, by_id)
    )


def own_span(s: SummarySentence, by_id: dict[str, Article]) -> Support:
    """A summary sentence's span in its article's cleaned text."""
    if s.clean is not None:
        return Support(s.article_id, s.clean.start, s.clean.end, 1.0, s.text)
    # Built by hand (not by summarize): find the sentence in its article's cleaned text.
    art = by_id.get(s.article_id)
    at = art.text.find(s.text) if art is not None else -1
    if at < 0:
        at = 0
    return Support(s.article_id, at, at + len(s.text), 1.0, s.text)


def analyse(summary: Summary, *, quotes: bool = False, index: StoryIndex | None = None) -> Summary:
    """The summary with every sentence's sources filled in and ``analysis`` set."""
    articles = summary.articles
    by_id = {a.id: a for a in articles}
    index = index or StoryIndex(articles)
    in_context = InContext(index)  # one claim read once for the summary, leads and facts
    aside = near_copies(summary)
    atts = tuple(
        without_articles(
            in_context(s.text, own_span(s, by_id))
            if s.article_id in by_id
            else index.attribute(s.text),
            aside,
        )
        for s in summary.sentences
    )
    sentences = tuple(
        replace(
            s,
            supported_by=tuple(evidence(x, by_id, a.text) for x in a.supported_by),
            contradicted_by=_contradictions(a, by_id),
        )
        for s, a in zip(summary.sentences, atts, strict=True)
    )
    # One source means one outlet: two articles of one wire (an update and its earlier
    # version) are not independent confirmation.
    single = tuple(
        SingleSource(i, a.supported_by[0].article_id, by_id[a.supported_by[0].article_id].label)
        for i, a in enumerate(atts)
        if a.supported_by and len({by_id[s.article_id].label for s in a.supported_by}) == 1
    )
    disagreements: list[Disagreement] = []
    seen: set[tuple[str, int, int]] = set()  # spans already shown in a disagreement
    for i, (s, a) in enumerate(zip(sentences, atts, strict=True)):
        if s.contradicted_by:
            disagreements.append(Disagreement(s.text, s.supported_by, s.contradicted_by, i))
            seen.update((x.article_id, x.start, x.end) for x in a.supported_by)
            seen.update((x.article_id, x.start, x.end) for x in a.contradicted_by)
    disagreements += _lead_disagreements(index, seen, by_id, aside, in_context)
    # each side of a disagreement shown is marked on its summary sentence (listed once)
    sentences = both_sides(sentences, disagreements)
    coverage = tuple(
        SourceCoverage(
            art.id,
            art.label,
            tuple(i for i, a in enumerate(atts) if art.id in a.sources),
            tuple(
                i
                for i, x in enumerate(sentences)
                if any(c.article_id == art.id for c in x.contradicted_by)
            ),
        )
        for art in articles
        if art.id not in aside
    )
    dropped = {d.article_id for d in summary.dropped}
    voting = [a for a in articles if a.id not in dropped]
    shared, single_facts = story_facts(
        index, voting, by_id, aside, alone=True, in_context=in_context
    )
    analysis = StoryAnalysis(
        coverage=coverage,
        single_source=single,
        disagreements=tuple(disagreements),
        shared_facts=beyond_summary(sentences, shared),
        single_source_facts=beyond_summary(sentences, single_facts),
        quotes=story_quotes_public(articles) if quotes else None,
        developments=story_developments(index, aside),
    )
    return replace(summary, sentences=sentences, analysis=analysis)


def both_sides(
    sentences: tuple[SummarySentence, ...], shown: Sequence[Disagreement]
) -> tuple[SummarySentence, ...]:
    """The summary sentences, each also contradicted by the reports of every disagreement
    whose other side it states: a sentence whose span is a conflicting span of a shown
    disagreement is contradicted by that disagreement's reports (but for an outlet that
    reports the sentence itself), each conflicting detail told from its own side.

    Why: a disagreement is a relation between two reports. Whether one is checked against
    the other depends on which is the claim: a short sentence ("$40 million") is found
    in a long one that states its every detail, never the long one in the short, so one
    side only was marked contradicted, and a reader saw one outlet "contradicted" and
    the other stated as fact with no sign of doubt.
    """
    out = list(sentences)
    for d in shown:
        for c in d.conflicts:
            for j, s in enumerate(out):
                if s.article_id != c.article_id or not (s.start < c.end and c.start < s.end):
                    continue
                # only a detail the sentence itself states: a window's other sentence
                # ("The quake had a magnitude of 5.8") is no side of "12 vs 14 dead"
                conflicts = tuple(
                    replace(x, claim=x.evidence, evidence=x.claim, span=None)
                    for x in c.details
                    if x.status == "conflicts" and x.evidence and x.evidence in s.text
                )
                if not conflicts:
                    continue
                known = {x.article_id for x in s.contradicted_by + s.supported_by}
                against = [r for r in d.reports if r.article_id not in known]
                against = list({r.article_id: r for r in against}.values())
                if against:
                    more = tuple(replace(r, details=conflicts) for r in against)
                    out[j] = replace(s, contradicted_by=s.contradicted_by + more)
    return tuple(out)


class InContext:
    """``index.attribute(text, source=origin, in_context=True)``, each claim once per
    analysis. Why: a lead's first sentences are attributed for disagreements and again
    as story facts (and a summary sentence is an article's sentence), and each
    attribution compares the claim with every article's windows: about a fifth of the
    analysis's attributions were repeats (DUC 2003, ``benchmarks/digest_speed.py``).
    The index and the configuration do not change during one analysis, so a repeat
    gives the same answer."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self._done: dict[tuple[str, Support], Attribution] = {}

    def __call__(self, text: str, origin: Support) -> Attribution:
        key = (text, origin)
        found = self._done.get(key)
        if found is None:
            found = self._done[key] = self.index.attribute(text, source=origin, in_context=True)
        return found


def near_copies(summary: Summary) -> frozenset[str]:
    """The articles the summary set aside as near-copies of another it reads (an updated
    re-send, a syndicated copy: ``dedup.find_duplicates``). One rule for every output:
    such an article is listed under Sources as "not used (duplicate of ...)" and is no
    source of anything else, neither a row of "Who reported what" nor an article counted
    beside a fact, as the digest counts it apart ("+1 near-copy set aside"). Why: the
    copy repeats its original's words, so ticking it adds a second "report" the outlet
    made once, and the outputs disagreed on whether it counts."""
    listed = {a.id for a in summary.articles}
    return frozenset(
        d.article_id for d in summary.dropped if d.duplicate_of and d.article_id in listed
    )


def without_articles(att: Attribution, aside: frozenset[str]) -> Attribution:
    """``att`` without the spans of the articles in ``aside`` (:func:`near_copies`)."""
    if not aside:
        return att
    return replace(
        att,
        supported_by=tuple(x for x in att.supported_by if x.article_id not in aside),
        contradicted_by=tuple(x for x in att.contradicted_by if x.article_id not in aside),
        reasons=tuple(r for r in att.reasons if r[0] not in aside),
    )


def _overlaps(seen: set[tuple[str, int, int]], article_id: str, start: int, end: int) -> bool:
    return any(a == article_id and lo < end and start < hi for a, lo, hi in seen)


def _lead_disagreements(
    index: StoryIndex,
    seen: set[tuple[str, int, int]],
    by_id: dict[str, Article],
    aside: frozenset[str] = frozenset(),
    in_context: InContext | None = None,
) -> list[Disagreement]:
    """Conflicting figures, dates and names between the leads of different articles
    (a near-copy set aside, ``aside``, is none of them); ``in_context``: the analysis's
    attributions, shared with :func:`story_facts`."""
    attributed = in_context or InContext(index)
    out = []
    pairs: set[frozenset[str]] = set()
    for art in index.articles:
        if art.id in aside:
            continue
        for k, s in enumerate(index.sentences[art.id][:LEAD_SENTENCES]):
            f = index.facts[art.id][k]
            if _overlaps(seen, art.id, s.start, s.end) or not (f.quantities or f.dates):
                continue
            origin = Support(art.id, s.start, s.end, 1.0, s.text)
            att = without_articles(attributed(s.text, origin), aside)
            conflicts = _contradictions(att, by_id)
            if not conflicts:
                continue
            key = frozenset({art.id} | {c.article_id for c in conflicts})
            if key in pairs:
                continue  # the same two outlets already shown disagreeing on their leads
            pairs.add(key)
            seen.add((art.id, s.start, s.end))
            reports = [evidence(x, by_id, att.text) for x in att.supported_by]
            if all(x.article_id != art.id for x in att.supported_by):
                reports.insert(0, evidence(origin, by_id))
            out.append(Disagreement(s.text, tuple(reports), conflicts))
    return out


def story_facts(
    index: StoryIndex,
    voting: Sequence[Article],
    by_id: dict[str, Article],
    aside: frozenset[str] = frozenset(),
    alone: bool = False,
    in_context: InContext | None = None,
) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    """The story's facts beyond the summary: what several outlets report, what only one does.

    Each voting article's first ``FACT_SENTENCES`` sentences (the news is in the lead) are
    attributed against the other articles. A sentence another outlet reports is a shared
    fact, listed once with every article's span; the rest is single-source material (also
    when only other articles of the same outlet repeat it: they are listed once, too).
    With ``alone`` (the analysis asks for it), only a sentence that reads without the
    one before it (:func:`stands_alone`, the summary's own test) is listed: a list line
    is read out of its article (without it, the attribution of every sentence can be
    checked). A near-copy set aside (``aside``, :func:`near_copies`) is no source.
    ``in_context``: the analysis's attributions (a lead sentence
    :func:`_lead_disagreements` attributed is not attributed again).
    """
    attributed = in_context or InContext(index)
    shared: list[Fact] = []
    single: list[Fact] = []
    # each single-source fact's outlet, content words and figures: a restatement of it
    # by the same outlet joins it (:func:`_restates`)
    said: list[tuple[str, frozenset[str], frozenset[str]]] = []
    covered: set[tuple[str, int]] = set()
    topics: Container[str] = (
        story_topics([a.text for a in voting], [a.title or "" for a in voting])
        if alone
        else frozenset()
    )
    for art in voting:
        sents = index.sentences[art.id]
        for k, s in enumerate(sents[:FACT_SENTENCES]):
            if (art.id, s.start) in covered or s.n_words < MIN_FACT_WORDS:
                continue
            if not is_eligible(s):
                # A headline line (JSON input does not split titles off), a fragment or a
                # run-on paragraph is not a statement a reader can be shown as a fact.
                continue
            if alone and not stands_alone(s, sents[k - 1] if k else None, art.text, topics):
                continue
            origin = Support(art.id, s.start, s.end, 1.0, s.text)
            att = without_articles(attributed(s.text, origin), aside)
            for x in att.supported_by:  # listed once, whichever article says it again
                covered.update(
                    (x.article_id, t.start)
                    for t in index.sentences[x.article_id]
                    if x.start <= t.start < x.end
                )
            if any(by_id[x.article_id].label != art.label for x in att.supported_by):
                shared.append(
                    Fact(s.text, tuple(evidence(x, by_id, att.text) for x in att.supported_by))
                )
            else:  # every span, so a reader can check the same outlet's other articles
                spans = att.supported_by or (origin,)
                found = tuple(evidence(x, by_id, att.text) for x in spans)
                words, figures = index.content[art.id][k], _figures(s.text)
                at = next(
                    (
                        j
                        for j, (label, w, f) in enumerate(said)
                        if label == art.label and f == figures and _restates(words, w)
                    ),
                    None,
                )
                # the same fact in other words ("exploded" / "blew up") is listed once;
                # its sources stay what ``attribute`` says of the listed sentence
                if at is None:
                    single.append(Fact(s.text, found))
                    said.append((art.label, words, figures))
    return tuple(shared), tuple(single)


def stands_alone(s: Sentence, previous: Sentence | None, text: str, topics: Container[str]) -> bool:
    """Whether sentence ``s`` of an article (``text``, cleaned) reads without the one
    before it (``previous``): the test the summary's selector puts to a sentence shown
    alone (``select.coverage``: no pronoun or connective opening, ``eligible.refers_to``;
    no pro-form at its end or relative adverb, "... is not stopping there", "The day
    before, ..."; no announcement; no opening definite description nothing before it in
    its article introduces, ``eligible.unintroduced``; no place that only its trimmed
    dateline gives, ``select.dateline``). Why: a fact list line is read
    out of its article, so "He argued that ..." and "It was excised because ..." name
    nobody, and the lists showed them while the summary obeyed the rule."""
    if refers_to(s.text, previous.text if previous is not None else None, topics):
        return False
    if points_back(s.text) or relative_adverb(s.text) or announces(s.text):
        return False
    if needs_dateline(s.text):
        return False  # "arrived Saturday for a visit": where is its trimmed dateline
    return not unintroduced(s.text, text, topics, subject=True, until=s.start)


def beyond_summary(sentences: Sequence[SummarySentence], facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """``facts`` less those the summary already states: a fact that is a summary sentence
    (the same words), that an article reports in a summary sentence (one of its spans is
    that sentence's span: "He urges others to carry out attacks in Saudi Arabia and
    Turkey" beside the summary's "He called for attacks in Saudi Arabia and Turkey"), or
    whose content words the summary mostly holds already (``RESTATE_SHARE`` of them: the
    selector's own test of a restatement, ``select.coverage``; "Turkey has reportedly
    massed troops along its border with Syria" under "Turkey amassed troops on the
    border with Syria"). Why: the lists are the story's facts beyond the summary; a
    summary sentence's own sources and single-source flag are on the sentence, so
    listing it again tells a reader, or a program, nothing new and a page would say it
    twice."""
    spans = {(s.article_id, s.start, s.end) for s in sentences}
    words = {" ".join(s.text.split()) for s in sentences}
    said: set[str] = set()
    for s in sentences:
        said.update(content_stems(s.text))
    # where the articles report the summary's sentences (the aligner's evidence)
    reported: dict[str, list[tuple[int, int]]] = {}
    for s in sentences:
        for e in s.supported_by:
            reported.setdefault(e.article_id, []).append((e.start, e.end))
    return tuple(
        f
        for f in facts
        if " ".join(f.text.split()) not in words
        and not any((e.article_id, e.start, e.end) in spans for e in f.sources)
        and not _said_already(f.text, said)
        and not (f.sources and _inside(f.sources[0], reported))
    )


def _inside(e: Evidence, reported: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a fact's own sentence (``e``, its first source) lies in a span that
    reports a summary sentence: the aligner found the summary's fact told there."""
    return any(lo <= e.start and e.end <= hi for lo, hi in reported.get(e.article_id, ()))


def _said_already(text: str, said: set[str]) -> bool:
    """Whether ``RESTATE_SHARE`` of ``text``'s distinct content stems are in ``said``."""
    mine = set(content_stems(text))
    return bool(mine) and len(mine & said) >= RESTATE_SHARE * len(mine)


def _figures(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d[\d,.]*\d|\d", text))


def _restates(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences of one outlet state the same fact in other words: each has at least
    ``RESTATE_SHARE`` of its content words in the other (the summary's own test of a
    restatement, ``select.coverage.RESTATE_SHARE``), and they give the same figures."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= RESTATE_SHARE * len(a) and shared >= RESTATE_SHARE * len(b)


def story_quotes_public(articles: Sequence[Article]) -> tuple[Quote, ...]:
    """Direct quotes with speakers, merged across outlets, offsets into the texts as given."""
    by_id = {a.id: a for a in articles}
    return tuple(
        Quote(q.speaker, q.text, tuple(evidence(s, by_id) for s in q.sources))
        for q in story_quotes(articles)
    )
