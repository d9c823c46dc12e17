"""The Python API: the pipeline's stages wired together, one call per job.

    ingest -> clean -> split -> dedup -> concepts -> select -> order -> Summary

The CLI and the HTTP service are thin layers over these functions.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .clean import clean_text
from .concepts import build_concepts
from .dedup import find_duplicates
from .eligible import is_eligible
from .errors import InputError
from .ingest import RawDocument, _doc_from_json
from .model import Article, Dropped, Sentence, Summary, SummarySentence, stable_id
from .options import DEFAULT_METHOD, SummaryOptions
from .order import order_sentences
from .segment import split_sentences

ArticleLike = Article | RawDocument | str | Mapping[str, Any]


@dataclass
class StageTimes:
    """Seconds spent per stage; the benchmark reads these."""

    clean: float = 0.0
    split: float = 0.0
    select: float = 0.0
    other: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def build_article(raw: RawDocument, position: int) -> Article:
    """Clean one raw document into an :class:`Article` (the text may come out empty)."""
    detect = raw.has_title_line and not raw.extracted and raw.title is None
    cleaned = clean_text(raw.text, detect_title=detect, markdown=raw.markup == "markdown")
    return Article(
        id=raw.id,
        text=cleaned.text,
        title=raw.title or cleaned.title,
        source=raw.source,
        url=raw.url,
        published=raw.published,
        author=raw.author,
        position=position,
        raw_map=cleaned.raw_map,
    )


def _as_raw(item: ArticleLike, index: int) -> RawDocument | Article:
    if isinstance(item, (Article, RawDocument)):
        return item
    if isinstance(item, str):
        return RawDocument(id=f"doc{index + 1}", text=item, where=f"article {index + 1}")
    if isinstance(item, Mapping):
        return _doc_from_json(dict(item), f"article {index + 1}", index)
    raise InputError(
        f"cannot use a {type(item).__name__} as an article",
        where=f"article {index + 1}",
        hint="pass Article, str or a dict with 'text'",
    )


@dataclass(frozen=True)
class Prepared:
    """A story after cleaning, splitting and deduplication: what every selector starts from."""

    articles: tuple[Article, ...]  # all non-empty articles, input order
    voting: tuple[Article, ...]  # non-duplicates
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]


def prepare(items: Sequence[ArticleLike], times: StageTimes | None = None) -> Prepared:
    """Clean, split and deduplicate a story's articles."""
    times = times if times is not None else StageTimes()
    if isinstance(items, (str, bytes)):
        raise InputError(
            "expected a list of articles, got a single string",
            hint="pass [text] for one article",
        )
    if not items:
        raise InputError("no articles to summarize")
    t0 = time.perf_counter()
    articles: list[Article] = []
    dropped: list[Dropped] = []
    seen_ids: set[str] = set()
    for i, item in enumerate(items):
        raw = _as_raw(item, i)
        art = raw if isinstance(raw, Article) else build_article(raw, i)
        if art.id in seen_ids:
            raise InputError(
                f"article id {art.id!r} is used twice",
                where=getattr(raw, "where", None) or art.id,
                hint="give each article of a story its own id",
            )
        seen_ids.add(art.id)
        if not art.text.strip():
            dropped.append(Dropped(art.id, "empty"))
            continue
        articles.append(art)
    t1 = time.perf_counter()
    sentences: list[Sentence] = []
    for art in articles:
        sentences.extend(split_sentences(art))
    t2 = time.perf_counter()
    voting, dups = find_duplicates(articles)
    t3 = time.perf_counter()
    times.clean += t1 - t0
    times.split += t2 - t1
    times.other += t3 - t2
    return Prepared(tuple(articles), tuple(voting), tuple(sentences), tuple(dropped + dups))


def _where(item: ArticleLike) -> str:
    return str(getattr(item, "where", "") or getattr(item, "id", "") or "article")


def summarize(
    articles: Sequence[ArticleLike],
    *,
    words: int | None = 100,
    sentences: int | None = None,
    fill: bool = False,
    method: str = "default",
    story_id: str | None = None,
    times: StageTimes | None = None,
) -> Summary:
    """Summarize one story: its articles in, a budgeted extractive summary out.

    ``articles`` may be :class:`Article` objects, raw text strings or dicts in the batch
    schema (``{"id", "text", "title"?, "source"?, "url"?, "published"?}``).
    """
    options = SummaryOptions(words=words, sentences=sentences, fill=fill, method=method)
    options.validate()
    times = times if times is not None else StageTimes()
    prepared = prepare(articles, times)
    if not prepared.articles:
        raise InputError(
            "every article is empty after cleaning",
            where=story_id or ", ".join(_where(a) for a in articles),
            hint="check the input holds article text",
        )
    return summarize_prepared(prepared, options, story_id=story_id, times=times)


def summarize_prepared(
    prepared: Prepared,
    options: SummaryOptions,
    *,
    story_id: str | None = None,
    times: StageTimes | None = None,
) -> Summary:
    # Imported here, not at module level: selection pulls in numpy (and scipy on first
    # solve), which `newsbrief --help`, input errors and batch's parent process never need.
    from . import select as _select

    times = times if times is not None else StageTimes()
    t0 = time.perf_counter()
    voting_ids = {a.id for a in prepared.voting}
    method = DEFAULT_METHOD if options.method == "default" else options.method
    if method == "lead":
        candidates = tuple(s for s in prepared.sentences if s.article_id in voting_ids)
    else:
        candidates = tuple(
            s for s in prepared.sentences if s.article_id in voting_ids and is_eligible(s)
        )
        if not candidates:
            # Eligibility is a preference: a story that is one run-on block or only short
            # lines still gets a summary instead of an empty one.
            candidates = tuple(s for s in prepared.sentences if s.article_id in voting_ids)
    from .concepts import ConceptTable

    if method in _select.USES_CONCEPT_TABLE:
        concepts = build_concepts(prepared.sentences, [a.id for a in prepared.voting])
        cand_index = {(s.article_id, s.start): k for k, s in enumerate(prepared.sentences)}
        by_sentence = tuple(
            concepts.by_sentence[cand_index[(s.article_id, s.start)]] for s in candidates
        )
        table = ConceptTable(concepts.names, concepts.weights, by_sentence)
    else:  # the selector builds its own representation: skip ICSISumm's table (~6 ms)
        table = ConceptTable((), (), tuple(() for _ in candidates))
    problem = _select.Problem(
        candidates=candidates,
        concepts=table,
        lengths=tuple(s.n_words for s in candidates),
        articles=prepared.voting,
        all_sentences=prepared.sentences,
        words=options.words,
        sentences=options.sentences,
        fill=options.fill,
    )
    selector = _select.REGISTRY[method]
    choices = selector(problem)
    t1 = time.perf_counter()
    items = [(candidates[c.index], c.filler) for c in choices]
    order = order_sentences(items, prepared.articles)
    out = tuple(
        SummarySentence(
            text=candidates[choices[k].index].text,
            article_id=candidates[choices[k].index].article_id,
            start=candidates[choices[k].index].start,
            end=candidates[choices[k].index].end,
            score=round(float(choices[k].score), 4),
        )
        for k in order
    )
    times.select += t1 - t0
    sid = story_id or stable_id(*(a.id for a in prepared.articles))
    return Summary(
        story_id=sid,
        sentences=out,
        articles=prepared.articles,
        dropped=prepared.dropped,
        method=options.method,
        words=options.words,
    )


def iter_articles(summary: Summary) -> Iterable[Article]:
    return iter(summary.articles)
