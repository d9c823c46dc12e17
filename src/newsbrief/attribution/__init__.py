"""Attribution: which articles report each sentence of a summary, and which contradict it.

    facts.py     numbers, dates, names, negation and canonical words of a sentence
    align.py     claim-to-article alignment and the supports/contradicts decision
    quotes.py    direct quotes with their speakers, merged across outlets
    analysis.py  coverage table, single-source claims, disagreements (Summary.extras)
    batch.py     ``newsbrief attribute --batch``: JSONL claims in, JSONL attributions out

Offsets: inside the pipeline a :class:`~newsbrief.model.Support` indexes ``Article.text``
(cleaned), like every span in the data model; :func:`attribute` returns offsets into the
text as the caller gave it, since that is the only text a caller has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, SummarySentence, Support
from ..segment import sentence_spans
from .align import Attribution, Semantic, StoryIndex

__all__ = ["Attribution", "StoryIndex", "attribute", "attribute_prepared", "split_claims"]


def split_claims(text: str) -> list[str]:
    """A summary text as its sentences (one per line is respected, then Punkt)."""
    return [text[s:e].strip() for s, e, _ in sentence_spans(text) if text[s:e].strip()]


def attribute_prepared(
    index: StoryIndex, sentences: Sequence[str | SummarySentence]
) -> tuple[Attribution, ...]:
    """Attribute each sentence against an indexed story (offsets into cleaned text)."""
    out = []
    for s in sentences:
        if isinstance(s, SummarySentence):
            own = Support(s.article_id, s.start, s.end, 1.0, s.text)
            out.append(index.attribute(s.text, source=own))
        else:
            out.append(index.attribute(s))
    return tuple(out)


def _raw_support(s: Support, by_id: dict[str, Article]) -> Support:
    art = by_id.get(s.article_id)
    if art is None:
        return s
    start, end = art.to_raw(s.start, s.end)
    return replace(s, start=start, end=end)


def to_raw(att: Attribution, by_id: dict[str, Article]) -> Attribution:
    """The same attribution with offsets into each article's text as given."""
    return replace(
        att,
        supported_by=tuple(_raw_support(s, by_id) for s in att.supported_by),
        contradicted_by=tuple(_raw_support(s, by_id) for s in att.contradicted_by),
    )


def attribute(
    articles: Sequence[object],
    sentences: str | Sequence[str | SummarySentence],
    *,
    semantic: Semantic | None = None,
) -> tuple[Attribution, ...]:
    """Check any summary against its sources: per sentence, who supports or contradicts it.

    ``articles`` are what :func:`newsbrief.summarize` takes (strings, dicts in the batch
    schema, :class:`Article`); ``sentences`` is a summary text (split into sentences) or
    a list of sentences. Every article is searched, near-duplicates included. An
    :class:`Attribution` with an empty ``supported_by`` is an unsupported sentence.
    ``semantic``: e.g. ``newsbrief.attribution.semantic.Embeddings(model_dir)`` (the
    ``[semantic]`` extra) also accepts paraphrases that share few words.
    """
    from ..api import prepare

    prepared = prepare(list(articles))  # type: ignore[arg-type]
    index = StoryIndex(prepared.articles, prepared.sentences, semantic=semantic)
    claims = split_claims(sentences) if isinstance(sentences, str) else list(sentences)
    by_id = {a.id: a for a in prepared.articles}
    return tuple(to_raw(a, by_id) for a in attribute_prepared(index, claims))
