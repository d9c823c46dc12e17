"""Attribution: which articles report each sentence of a summary, and which contradict it.

    facts.py     numbers, dates, names, negation and canonical words of a sentence
    clauses.py   a claim's clauses: main clause, background, peripheral parts
    predicate.py a claim's main verb, its predicates, the names beside a verb
    claim.py     a claim read against the story (weights, core, main event, participants)
    story.py     a story's sentences, IDF, datelines, places and figures, read once
    windows.py   candidate evidence windows of one to three sentences
    details.py   one figure, date or name against a window
    compare.py   a claim against one window: the typed details (rules.Check)
    parsed.py    what the optional dependency parse adds to a window's details
    rules.py     the supports / contradicts decision as named rules
    align.py     StoryIndex: wires the stages, one verdict per article
    quotes.py    direct quotes with their speakers, merged across outlets
    analysis.py  coverage, single-source claims, disagreements (Summary.analysis)
    batch.py     claims checked against stories, over iterables (``attribute_batch``)

Offsets: inside the pipeline a :class:`~newsbrief.model.Support` indexes ``Article.text``
(cleaned); what :func:`attribute` and :func:`attribute_batch` return
(:class:`~newsbrief.model.ClaimAttribution`, :class:`~newsbrief.model.Evidence`) indexes
the text as the caller gave it, since that is the only text a caller has.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..model import Article, ClaimAttribution, Dropped, Story, SummarySentence

if TYPE_CHECKING:
    from .align import Attribution, Entailment, Semantic, StoryIndex
    from .nli import NLIModel

__all__ = [
    "attribute",
    "attribute_batch",
    "attribute_prepared",
    "checked",
    "split_claims",
    "story_index",
]


def split_claims(text: str) -> list[str]:
    """A summary text as its sentences (one per line is respected, then Punkt)."""
    from ..segment import sentence_spans

    return [text[s:e].strip() for s, e, _ in sentence_spans(text) if text[s:e].strip()]


def story_index(
    articles: Sequence[Any] | Story,
    semantic: Semantic | None = None,
    nli: NLIModel | None = None,
    *,
    dropped: list[Dropped] | None = None,
) -> tuple[StoryIndex, dict[str, Article]]:
    """A story prepared for attribution: every article is searched, near-duplicates included.
    ``dropped``: gets the articles left out (empty, or in a script newsbrief cannot read
    yet), for a caller that must name them rather than lose them silently."""
    from ..api import prepare
    from ..errors import InputError
    from .align import StoryIndex
    from .nli import as_entailment

    model: Entailment | None = as_entailment(nli)

    prepared = prepare(articles)
    if dropped is not None:  # a near-duplicate is still searched: not left out here
        searched = {a.id for a in prepared.articles}
        dropped.extend(d for d in prepared.dropped if d.article_id not in searched)
    if not prepared.articles:
        from ..text import NO_TEXT_HINT

        raise InputError("every article is empty after cleaning", hint=NO_TEXT_HINT)
    index = StoryIndex(prepared.articles, prepared.sentences, semantic=semantic, nli=model)
    return index, {a.id: a for a in prepared.articles}


def checked(att: Attribution, by_id: dict[str, Article]) -> ClaimAttribution:
    """An aligner's verdict as a user sees it (offsets into the texts as given)."""
    from .analysis import _contradictions, evidence

    return ClaimAttribution(
        att.text,
        tuple(evidence(s, by_id, att.text) for s in att.supported_by),
        _contradictions(att, by_id),
    )


def attribute_prepared(
    index: StoryIndex, sentences: Sequence[str | SummarySentence]
) -> tuple[Attribution, ...]:
    """Pipeline-internal verdicts for each sentence against an indexed story (cleaned
    offsets); a summary sentence counts its own span as a source."""
    from .analysis import own_span

    by_id = {a.id: a for a in index.articles}
    return tuple(
        index.attribute(s.text, source=own_span(s, by_id))
        if isinstance(s, SummarySentence)
        else index.attribute(s)
        for s in sentences
    )


def attribute(
    articles: Sequence[Any] | Story,
    sentences: str | Sequence[str],
    *,
    semantic: Semantic | None = None,
    nli: NLIModel | None = None,
) -> tuple[ClaimAttribution, ...]:
    """Check any summary against its sources: per sentence, who supports or contradicts it.

    ``articles`` are what :func:`newsbrief.summarize` takes (a :class:`Story`, a story
    dict, or strings, dicts in the batch schema, :class:`Article`); ``sentences`` is a
    summary text (split into sentences; one with none is an ``InputError``) or a list of
    sentences. Every article is searched, near-duplicates
    included. An empty ``supported_by`` is an unsupported sentence. ``semantic``: e.g.
    ``newsbrief.attribution.semantic.Embeddings(model_dir)`` (the ``[semantic]`` extra)
    also accepts paraphrases that share few words. ``nli``: a folder holding an ONNX
    entailment model (the ``[nli]`` extra, :mod:`newsbrief.attribution.nli`) that decides
    support among windows whose figures, dates, names and negation all agree.
    """
    claims = split_claims(sentences) if isinstance(sentences, str) else list(sentences)
    if isinstance(sentences, str) and not claims:
        # an empty summary text is a mistake, as `newsbrief attribute` says, not a
        # summary every source agrees with (no verdicts at all)
        from ..errors import InputError

        raise InputError(
            "the summary has no sentences", hint="pass the summary's text, or a list of sentences"
        )
    index, by_id = story_index(articles, semantic, nli)
    return tuple(checked(index.attribute(c), by_id) for c in claims)


def __getattr__(name: str) -> Any:
    if name == "attribute_batch":
        from .batch import attribute_batch

        return attribute_batch
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
