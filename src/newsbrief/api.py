"""The Python API is the product: one call per job, typed objects out.

    ingest -> clean -> split -> dedup -> concepts -> select -> order -> analyse -> Summary

The CLI, the HTTP service and batch workers only parse, call these functions and render
(:func:`newsbrief.render.render`, :func:`newsbrief.render.summary_dict`). Every offset in
what they return indexes the text as given; cleaned offsets stay inside the pipeline.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .errors import InputError, NewsbriefError, OptionsError
from .model import (
    SITE_WALL,
    UNSUPPORTED_SCRIPT,
    Article,
    CleanSpan,
    Dropped,
    Fact,
    Sentence,
    Story,
    Summary,
    SummarySentence,
    stable_id,
)
from .options import DEFAULT_METHOD, SummaryOptions, check_on_error

if TYPE_CHECKING:
    from .attribution.nli import NLIModel
    from .engine import Progress
    from .ingest import Skipped
    from .ingest.fetch import Fetcher, FetchOptions

_log = logging.getLogger("newsbrief")

ArticleLike = Article | str | Mapping[str, Any]


@dataclass
class StageTimes:
    """Seconds spent per stage; ``-v`` logs them and the benchmark reads them."""

    clean: float = 0.0
    split: float = 0.0
    select: float = 0.0
    analyse: float = 0.0
    other: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, other: StageTimes) -> None:
        self.clean += other.clean
        self.split += other.split
        self.select += other.select
        self.analyse += other.analyse
        self.other += other.other


def build_article(doc: Article, position: int) -> Article:
    """Clean one article as given into a cleaned one (the text may come out empty).

    Already cleaned articles (from :func:`prepare`, a story store) pass through unchanged.
    """
    from .clean import clean_text
    from .ingest.dates import normalize_date

    if doc.cleaned:
        return doc if doc.position == position else replace(doc, position=position)
    from .ingest import with_front_matter

    doc = with_front_matter(doc)  # a string or a pasted text opening on front matter
    detect = doc.title_line and doc.title is None
    cleaned = clean_text(doc.text, detect_title=detect, markdown=doc.markup == "markdown")
    return replace(
        doc,
        text=cleaned.text,
        title=doc.title or cleaned.title,
        published=normalize_date(doc.published, doc.where, doc.id),
        position=position,
        cleaned=True,
        raw_map=cleaned.raw_map,
    )


def load_articles(
    sources: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    fetch: FetchOptions | None = None,
    fetcher: Fetcher | None = None,
    story_ids: list[str] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """The articles ``newsbrief summarize SOURCES`` reads (files, folders, ``-``, URLs,
    and RSS/Atom feeds: a feed gives its first ``fetch.max_feed_items`` items, each
    fetched, or taken from the feed's own text where it holds the article or its page
    cannot be read), with the inputs that gave no article and why. Why here: a caller
    with a feed's address reads what the command reads, and the command calls this.
    ``fetcher`` (a shared :class:`~newsbrief.ingest.fetch.Fetcher`) and ``story_ids``
    (filled with each JSONL story's id) are what the command passes. One path (a
    string or a ``Path``) is one source: a folder's name was read letter by letter."""
    from .ingest import load_documents_report

    given = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    return load_documents_report(
        [os.fspath(s) if isinstance(s, os.PathLike) else s for s in given],
        fetch,
        fetcher=fetcher,
        story_ids=story_ids,
    )


def as_article(item: object, index: int) -> Article:
    """An article from what a caller has: a string, a batch-schema dict or an Article."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        _refuse_file_name(item, index)
        return Article(
            id=f"doc{index + 1}", text=item, where=f"article {index + 1}", title_line=True
        )
    if isinstance(item, os.PathLike):
        raise InputError(
            f"is a path ({os.fspath(item)}), not an article's text",
            where=f"article {index + 1}",
            hint=READ_FILES_HINT,
        )
    if isinstance(item, Mapping):
        from .ingest import _doc_from_json

        if "documents" in item and "text" not in item:
            raise InputError(
                "is a story (it has 'documents'), not an article",
                where=f"article {index + 1}",
                hint="pass the story itself, summarize(story); several: summarize_batch(stories)",
            )

        return _doc_from_json(dict(item), f"article {index + 1}", index)
    raise InputError(
        f"cannot use a {type(item).__name__} as an article",
        where=f"article {index + 1}",
        hint="pass Article, str or a dict with 'text'",
    )


READ_FILES_HINT = (
    "read files, folders and URLs first: "
    "articles, skipped = newsbrief.load_articles(paths); newsbrief.summarize(articles)"
)


def _refuse_file_name(text: str, index: int) -> None:
    """A string that is the name of an existing file or folder is refused: it was taken as
    the article's text, and ``summarize(["story.txt"])`` summarized the name itself (a
    word with a full stop reads as a sentence)."""
    name = text.strip()
    if not name or "\n" in name or len(name) > 4096 or not os.path.exists(name):
        return
    if not any(ch.isalnum() for ch in name):
        # ".", ".." or "/" name folders, but no article file is named without a letter
        # or digit: such a string is text (a property test's "." was refused)
        return
    raise InputError(
        f"is the name of a file or folder ({name}), not an article's text",
        where=f"article {index + 1}",
        hint=READ_FILES_HINT,
    )


@dataclass(frozen=True)
class Prepared:
    """A story after cleaning, splitting and deduplication: what every selector starts from."""

    articles: tuple[Article, ...]  # all non-empty articles, input order, cleaned
    voting: tuple[Article, ...]  # non-duplicates
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]


def _story_parts(articles: object, story_id: str | None) -> tuple[Sequence[Any], str | None]:
    if isinstance(articles, Story):
        return articles.articles, story_id or articles.id
    if isinstance(articles, (str, bytes, os.PathLike)):
        if isinstance(articles, bytes):
            hint = "pass [text] for one article"
        elif isinstance(articles, os.PathLike) or os.path.exists(articles.strip()[:4096]):
            hint = READ_FILES_HINT
        else:
            hint = "pass [text] for one article"
        kind = "path" if isinstance(articles, os.PathLike) else "single string"
        raise InputError(f"expected a list of articles, got a {kind}", hint=hint)
    if isinstance(articles, Mapping):
        if "documents" in articles:
            # a story in the batch schema ({"id", "documents"}: one line of a batch
            # file), what summarize_batch takes: the same story summarized alone
            from .ingest import story_from_json

            story = story_from_json(dict(articles), "story")
            return story.articles, story_id or story.id
        raise InputError(
            "expected a list of articles, got a single dict",
            hint=(
                "pass [article] for one article"
                if isinstance(articles.get("text"), str)
                else 'pass a list of articles, a story {"id", "documents": [...]} '
                "or a newsbrief.Story"
            ),
        )
    if isinstance(articles, Sequence):
        return articles, story_id
    if isinstance(articles, Iterable):
        return list(articles), story_id
    raise InputError(
        f"expected a list of articles, got a {type(articles).__name__}",
        hint="pass a list of texts, dicts or newsbrief.Article",
    )


def prepare(items: Sequence[ArticleLike] | Story, times: StageTimes | None = None) -> Prepared:
    """Clean, split and deduplicate a story's articles."""
    from .dedup import find_duplicates
    from .language import other_language
    from .segment import UnsupportedScript, split_sentences
    from .text import has_sentence, unspaced_script

    times = times if times is not None else StageTimes()
    seq, _ = _story_parts(items, None)
    if not seq:
        raise InputError("no articles to summarize")
    t0 = time.perf_counter()
    articles: list[Article] = []
    dropped: list[Dropped] = []
    seen_ids: set[str] = set()
    for i, item in enumerate(seq):
        given = as_article(item, i)
        art = build_article(given, i)
        if art.id in seen_ids:
            raise InputError(
                f"article id {art.id!r} is used twice",
                where=given.where or art.id,
                hint="give each article of a story its own id",
            )
        seen_ids.add(art.id)
        if not art.text.strip() or (
            not has_sentence(art.text) and unspaced_script(art.text) is None
        ):
            # nothing left, or no sentence at all (a page's menu, a headline alone): left
            # out and named as newsbrief.cluster leaves it out (the same has_sentence);
            # a script without spaces is refused by the splitter below, with its reason
            from .clean import is_site_wall

            wall = is_site_wall(given.text) and not given.cleaned
            dropped.append(Dropped(art.id, "empty", kind=SITE_WALL if wall else ""))
            continue
        articles.append(art)
    t1 = time.perf_counter()
    sentences: list[Sentence] = []
    readable: list[Article] = []
    refused: list[UnsupportedScript] = []
    for art in articles:
        try:
            sentences.extend(split_sentences(art))
        except UnsupportedScript as exc:
            # one article in Chinese or Thai costs only itself, as an empty one does
            dropped.append(Dropped(art.id, exc.reason, kind=UNSUPPORTED_SCRIPT))
            refused.append(exc)
            continue
        readable.append(art)
    if refused and not readable:
        raise refused[0]
    # an article in French or Spanish among English ones: set aside and named, never
    # summarized into an English summary (language.py)
    foreign = other_language(readable)
    if foreign:
        aside = {d.article_id for d in foreign}
        readable = [a for a in readable if a.id not in aside]
        sentences = [s for s in sentences if s.article_id not in aside]
        dropped.extend(foreign)
    articles = readable
    t2 = time.perf_counter()
    voting, dups = find_duplicates(articles, sentences)
    t3 = time.perf_counter()
    times.clean += t1 - t0
    times.split += t2 - t1
    times.other += t3 - t2
    times.counts["articles"] = times.counts.get("articles", 0) + len(articles)
    times.counts["sentences"] = times.counts.get("sentences", 0) + len(sentences)
    return Prepared(tuple(articles), tuple(voting), tuple(sentences), tuple(dropped + dups))


def without_copies(prepared: Prepared) -> Prepared:
    """``prepared`` without the articles whose cleaned text repeats an earlier one's
    (``dedup.same_text``): a copy is not a second report, so a summary neither lists it
    as a source nor counts it as an outlet; it is dropped as a "duplicate" of the first.
    (``attribute`` searches every article given, copies included.)"""
    from .dedup import same_text

    copies = same_text(prepared.articles)
    if not copies:
        return prepared
    aside = {d.article_id for d in copies}
    earlier = [d for d in prepared.dropped if d.article_id not in aside]  # not also near
    return Prepared(
        tuple(a for a in prepared.articles if a.id not in aside),
        tuple(a for a in prepared.voting if a.id not in aside),
        tuple(s for s in prepared.sentences if s.article_id not in aside),
        tuple(earlier + copies),
    )


def _given_text(item: object) -> str:
    """The text an article was given with: a plain string, a mapping's or an object's."""
    if isinstance(item, str):
        return item
    text = item.get("text") if isinstance(item, dict) else getattr(item, "text", None)
    return text if isinstance(text, str) else ""


def _where(item: object) -> str:
    return str(getattr(item, "where", "") or getattr(item, "id", "") or "article")


class _DefaultWords(int):
    """The default word budget, told apart from a caller's own ``words=100``: given
    ``sentences`` alone, the sentence count is the budget (as ``--sentences`` alone is on
    the command line); given both, which one the caller meant is a guess."""

    __slots__ = ()


DEFAULT_WORDS = _DefaultWords(100)


def budget_of(words: int | None, sentences: int | None) -> tuple[int | None, int | None]:
    """(words, sentences) of a call to :func:`summarize`: the CLI's rule (``budget``)."""
    if sentences is None:
        return (int(words) if isinstance(words, _DefaultWords) else words), None
    if words is None or isinstance(words, _DefaultWords):
        return None, sentences
    raise OptionsError(
        "give words or sentences, not both",
        hint=f"words={words} caps the summary's words, sentences={sentences} its sentences",
    )


def summarize(
    articles: Sequence[ArticleLike] | Story,
    *,
    words: int | None = DEFAULT_WORDS,
    sentences: int | None = None,
    fill: bool = False,
    method: str = "default",
    quotes: bool = False,
    analysis: bool = True,
    story_id: str | None = None,
    options: SummaryOptions | None = None,
    times: StageTimes | None = None,
    furniture: frozenset[str] = frozenset(),
    nli: NLIModel | None = None,
    briefing: bool = False,
    latest_first: bool = False,
) -> Summary:
    """Summarize one story: its articles in, a budgeted extractive summary out.

    ``articles`` may be a :class:`Story`, a story dict in the batch schema (``{"id",
    "documents": [...]}``, one line of a batch file) or a list of :class:`Article`
    objects, text strings or article dicts in the batch schema (``{"id", "text",
    "title"?, "source"?, "url"?, "published"?}``). ``words`` (100 by default) and
    ``sentences`` are alternatives, as ``--words`` and ``--sentences`` are: ``sentences``
    alone leaves the words uncapped, and both given are refused. With ``analysis`` (the
    default) every summary sentence lists all the articles that report or contradict it
    and ``Summary.analysis`` holds the story's cross-source analysis; ``quotes`` adds
    direct quotes. ``options`` replaces the
    budget and method arguments. Offsets index each article's text as given.
    ``furniture``: keys (``newsbrief.furniture.sentence_key``) of sentences known to be
    page furniture because they occur in unrelated stories; never selected. ``nli``: a
    local entailment model folder for the analysis (:func:`newsbrief.attribute`).
    ``briefing``: the reading order of a briefing (``digest``): the story's overview
    sentence first and a name in full before its surname alone; the sentences chosen
    are the same. ``latest_first`` (``digest``'s default; :mod:`newsbrief.recency`): a
    story told over several days opens on its latest development (the lede of one of its
    newest third of articles, taken in when the budget's choice left it out), the other
    sentences following in the time order of the days they report.
    """
    if options is None:
        words, sentences = budget_of(words, sentences)
    opts = options or SummaryOptions(
        words=words,
        sentences=sentences,
        fill=fill,
        method=method,
        briefing=briefing,
        latest_first=latest_first,
    )
    opts.validate()
    if nli is not None and not analysis:
        raise OptionsError("an NLI model is used by the analysis", hint="drop analysis=False")
    from .attribution.nli import as_entailment

    model = as_entailment(nli)  # a bad model folder fails before any work
    seq, story_id = _story_parts(articles, story_id)
    times = times if times is not None else StageTimes()
    prepared = without_copies(prepare(seq, times))
    if not prepared.articles:
        from .text import NO_TEXT_HINT

        if all(not _given_text(a).strip() for a in seq):
            # nothing to clean: an empty file is named as empty, not as text cleaned away
            raise InputError(
                "is empty: it holds no text"
                if len(seq) == 1
                else "every article is empty: none holds any text",
                where=story_id or ", ".join(_where(a) for a in seq),
                hint="give a file or article that holds the story's text",
            )
        raise InputError(
            "every article is empty after cleaning",
            where=story_id or ", ".join(_where(a) for a in seq),
            hint=NO_TEXT_HINT,
        )
    summary = summarize_prepared(
        prepared, opts, story_id=story_id, times=times, furniture=furniture
    )
    if analysis:
        from .attribution.analysis import analyse

        t0 = time.perf_counter()
        if model is not None:
            from .attribution.align import StoryIndex

            summary = analyse(summary, quotes=quotes, index=StoryIndex(summary.articles, nli=model))
        else:
            summary = analyse(summary, quotes=quotes)
        summary = without_speakerless_quotes(summary)
        summary = without_off_topic_facts(summary, prepared)
        times.analyse += time.perf_counter() - t0
    elif quotes:
        raise OptionsError("quotes are part of the analysis", hint="drop analysis=False")
    _log.debug(
        "story %s: %d articles, %d sentences, %d chosen; clean %.1f ms, split %.1f ms, "
        "select %.1f ms, analyse %.1f ms",
        summary.story_id,
        len(prepared.articles),
        len(prepared.sentences),
        len(summary.sentences),
        1000 * times.clean,
        1000 * times.split,
        1000 * times.select,
        1000 * times.analyse,
    )
    return summary


def without_speakerless_quotes(summary: Summary) -> Summary:
    """``summary`` without the facts (shared and single-source) that are quotations with
    no speaker but a pronoun: a bare quotation ('"We have taken steps to reassure
    Syria."', its speaker named in the sentence after it) or one said by "he" or "we"
    ('"...," he said.'): ``eligible.dependency``'s "pronoun quote", the shape a summary
    sentence may not take alone either. A fact line is read out of its article, but the
    analysis picks facts by form alone (``is_eligible``), so such a quotation was listed
    as a fact whose "we" is nobody. (A digest's facts pass the whole stand-alone test,
    ``render.markdown.brief_facts``.)"""
    from .eligible import dependency

    a = summary.analysis
    if a is None:
        return summary

    def alone(fact: Fact) -> bool:
        text = fact.text
        return dependency(Sentence("", 0, len(text), text, 1, 0)) != "pronoun quote"

    shared = tuple(f for f in a.shared_facts if alone(f))
    single = tuple(f for f in a.single_source_facts if alone(f))
    if len(shared) == len(a.shared_facts) and len(single) == len(a.single_source_facts):
        return summary
    return replace(summary, analysis=replace(a, shared_facts=shared, single_source_facts=single))


# The fewest independent articles whose topic words (``eligible.TopicWords``: in half of
# them, and in two or more) tell a side item from the story.
OFF_TOPIC_MIN_ARTICLES = 3


def without_off_topic_facts(summary: Summary, prepared: Prepared) -> Summary:
    """``summary`` without the facts (shared and single-source) that use no word the
    story is about (``eligible.off_topic``): a wire article may close on an item of
    another story (the Saudi king's health in a Turkey-Syria report), which the fact
    lists showed as the story's. A story of fewer than three articles keeps its facts:
    with two, no word is in "half of them and two or more" but the shared ones."""
    from .eligible import off_topic, story_topics

    a = summary.analysis
    if a is None or len(prepared.voting) < OFF_TOPIC_MIN_ARTICLES:
        return summary
    arts = prepared.articles
    topics = story_topics([x.text for x in arts], [x.title or "" for x in arts])
    shared = tuple(f for f in a.shared_facts if not off_topic(f.text, topics))
    single = tuple(f for f in a.single_source_facts if not off_topic(f.text, topics))
    if len(shared) == len(a.shared_facts) and len(single) == len(a.single_source_facts):
        return summary
    return replace(summary, analysis=replace(a, shared_facts=shared, single_source_facts=single))


def summarize_prepared(
    prepared: Prepared,
    options: SummaryOptions,
    *,
    story_id: str | None = None,
    times: StageTimes | None = None,
    furniture: frozenset[str] = frozenset(),
) -> Summary:
    """Select and order; no analysis (see :func:`summarize`)."""
    # Imported here, not at module level: selection pulls in numpy (and scipy on first
    # solve), which `newsbrief --help`, input errors and batch's parent process never need.
    from . import select as _select
    from .concepts import ConceptTable, build_concepts
    from .eligible import is_eligible
    from .order import order_sentences
    from .text import word_count

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
        lengths=tuple(map(word_count, [s.text for s in candidates])),  # s.n_words, memoised
        articles=prepared.voting,
        all_sentences=prepared.sentences,
        words=options.words,
        sentences=options.sentences,
        fill=options.fill,
        furniture=furniture,
    )
    selector = _select.REGISTRY[method]
    choices = selector(problem)
    latest = None
    if options.latest_first:
        from .recency import take_latest

        choices, latest = take_latest(problem, choices, selector)
    t1 = time.perf_counter()
    items = [(candidates[c.index], c.filler) for c in choices]
    order = order_sentences(
        items,
        prepared.articles,
        # the latest development opens a news-first summary, not the overview
        overview_first=options.briefing and latest is None,
        names_first=options.briefing,
        all_sentences=prepared.sentences,
        voting=prepared.voting,
    )
    if latest is not None:
        from .recency import latest_then_by_day

        order = latest_then_by_day(order, items, latest, prepared.articles)
    by_id = {a.id: a for a in prepared.articles}
    out = []
    for k in order:
        s = candidates[choices[k].index]
        start, end = by_id[s.article_id].to_raw(s.start, s.end)
        out.append(
            SummarySentence(
                text=s.text,
                article_id=s.article_id,
                start=start,
                end=end,
                score=round(float(choices[k].score), 4),
                clean=CleanSpan(s.article_id, s.start, s.end),
            )
        )
    times.select += t1 - t0
    sid = story_id or stable_id(*(a.id for a in prepared.articles))
    return Summary(
        story_id=sid,
        sentences=tuple(out),
        articles=prepared.articles,
        dropped=prepared.dropped,
        method=options.method,
        words=options.words,
    )


# --------------------------------------------------------------------------- batches


@dataclass(frozen=True)
class StoryLine:
    """One line of a JSONL file, parsed by the worker so its errors name file and line."""

    path: str
    line_no: int
    text: str


@dataclass(frozen=True)
class BatchResult:
    """One story's outcome in a batch: its summary, or the error that stopped it."""

    story_id: str | None
    summary: Summary | None = None
    where: str | None = None
    message: str | None = None
    hint: str | None = None
    times: StageTimes = field(default_factory=StageTimes, compare=False)

    @property
    def ok(self) -> bool:
        return self.summary is not None

    @property
    def error(self) -> str | None:
        """The error as one line: ``where: message``."""
        if self.message is None:
            return None
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass(frozen=True)
class _SummarizeJob:
    item: Story | StoryLine | Mapping[str, Any]
    index: int
    options: SummaryOptions
    analysis: bool
    quotes: bool
    fetch: FetchOptions | None = None
    furniture: frozenset[str] = frozenset()


def _story_id_guess(line: str) -> str | None:
    if any("\udc80" <= c <= "\udcff" for c in line):
        return None  # undecodable bytes: nothing from this line is safe to print
    import json

    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") is not None else None


def _as_story(item: object, index: int, fetch: FetchOptions | None) -> Story:
    from .ingest import parse_story_line, story_from_json

    if isinstance(item, Story):
        return item
    if isinstance(item, StoryLine):
        return parse_story_line(item.text, item.line_no, item.path, fetch)
    if isinstance(item, Mapping):
        return story_from_json(dict(item), f"story {index + 1}", fetch)
    raise InputError(
        f"cannot use a {type(item).__name__} as a story",
        where=f"story {index + 1}",
        hint="pass newsbrief.Story objects or dicts in the batch schema",
    )


def _item_prefix(item: object, index: int) -> tuple[str, str | None]:
    """Where an item is, for errors, and its id when one can be read."""
    if isinstance(item, StoryLine):
        sid = _story_id_guess(item.text)
        return f"{item.path}:{item.line_no}" + (f" (id {sid})" if sid else ""), sid
    if isinstance(item, Story):
        return item.where or f"story {item.id}", item.id
    if isinstance(item, Mapping):
        sid = item.get("id")
        return f"story {index + 1}" + (f" (id {sid})" if sid is not None else ""), (
            None if sid is None else str(sid)
        )
    return f"story {index + 1}", None


def summarize_one(job: _SummarizeJob) -> BatchResult:
    """A batch worker: one story in, its result out; catches the story's own errors."""
    times = StageTimes()
    try:
        story = _as_story(job.item, job.index, job.fetch)
        summary = summarize(
            story,
            options=job.options,
            analysis=job.analysis,
            quotes=job.quotes,
            times=times,
            furniture=job.furniture,
        )
    except NewsbriefError as exc:
        prefix, sid = _item_prefix(job.item, job.index)
        where = exc.where
        located = job.item.path if isinstance(job.item, StoryLine) else prefix.split(" (")[0]
        if where is None or not where.startswith(located):
            where = prefix if where in (None, sid) else f"{prefix} {where}"
        return BatchResult(sid, where=where, message=exc.message, hint=exc.hint, times=times)
    return BatchResult(summary.story_id, summary, times=times)


def summarize_batch(
    stories: Iterable[Story | Mapping[str, Any] | StoryLine] | str | os.PathLike[str],
    options: SummaryOptions | None = None,
    *,
    on_error: str = "raise",
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    analysis: bool = False,
    quotes: bool = False,
    fetch: FetchOptions | None = None,
    progress: Progress | None = None,
) -> Iterator[BatchResult]:
    """Summarize many stories; results come back in input order, whatever runs them.

    ``stories``: :class:`Story` objects, dicts in the batch schema, or :class:`StoryLine`
    (a JSONL line, parsed by the worker). ``on_error="raise"`` raises at the first bad
    story (naming it); ``"skip"`` yields its :class:`BatchResult` with the error and goes
    on. ``jobs``/``engine``/``scheduler``: see :func:`newsbrief.engine.run_ordered`.
    ``analysis`` is off by default here: a batch wants summaries, not reports. A path
    (a string or a ``Path``) is a JSONL file of stories, read as ``newsbrief batch``
    reads it (as :func:`evaluate` takes one): its lines were taken for stories one
    character at a time.
    """
    from .engine import check_engine, resolve_jobs
    from .ingest import check_size_setting, iter_jsonl_lines

    if isinstance(stories, (str, os.PathLike)):
        path = os.fspath(stories)
        stories = [StoryLine(path, n, line) for n, line in iter_jsonl_lines(path, strict=False)]

    # Checked here, when called, not when the first result is asked for.
    opts = (options or SummaryOptions()).validate()
    check_on_error(on_error)
    check_size_setting()
    resolve_jobs(jobs)
    check_engine(engine, scheduler)
    return _summarize_batch(
        stories, opts, on_error, jobs, engine, scheduler, analysis, quotes, fetch, progress
    )


def _summarize_batch(
    stories: Iterable[Story | Mapping[str, Any] | StoryLine],
    opts: SummaryOptions,
    on_error: str,
    jobs: int,
    engine: str,
    scheduler: str | None,
    analysis: bool,
    quotes: bool,
    fetch: FetchOptions | None,
    progress: Progress | None,
) -> Iterator[BatchResult]:
    from .engine import run_ordered

    furniture = _batch_furniture(stories) if isinstance(stories, Sequence) else frozenset()
    items = (
        _SummarizeJob(item, k, opts, analysis, quotes, fetch, furniture)
        for k, item in enumerate(stories)
    )
    results = run_ordered(
        summarize_one,
        items,
        engine=engine,
        jobs=jobs,
        scheduler=scheduler,
        total=len(stories) if isinstance(stories, Sequence) else None,
        progress=progress,
        on_failure=_summarize_failed,
    )
    for result in results:
        if not result.ok and on_error == "raise":
            raise story_failed(result, 'pass on_error="skip" to finish the other stories')
        yield result


def story_failed(result: BatchResult, advice: str) -> InputError:
    """The error a failed story raises: its own message and hint, and how to finish the
    other stories (``advice``: the keyword in Python, the flag in a command)."""
    return InputError(
        result.message or "failed",
        where=result.where,
        hint="; ".join(h for h in (result.hint, advice) if h),
    )


def _story_texts(item: object) -> list[str]:
    """A story's raw document texts, read without failing: bad items are the worker's to report."""
    import json

    obj: Any = item
    if isinstance(item, StoryLine):
        try:
            obj = json.loads(item.text)
        except ValueError:
            return []
    if isinstance(obj, Story):
        return [a.text for a in obj.articles]
    if isinstance(obj, Mapping) and isinstance(obj.get("documents"), list):
        return [
            d["text"]
            for d in obj["documents"]
            if isinstance(d, Mapping) and isinstance(d.get("text"), str)
        ]
    return []


def _batch_furniture(stories: Sequence[object]) -> frozenset[str]:
    """Sentences printed verbatim in several stories of the batch: site furniture, not news.

    Only a batch of whole stories can show it (one story alone cannot tell a site notice
    from wire copy its articles share), so the batch finds it before the workers start.
    """
    from .furniture import MIN_STORIES, batch_furniture

    if len(stories) < MIN_STORIES:
        return frozenset()
    return batch_furniture(_story_texts(item) for item in stories)


def _summarize_failed(job: _SummarizeJob, exc: BaseException) -> BatchResult:
    prefix, sid = _item_prefix(job.item, job.index)
    return BatchResult(sid, where=prefix, message=f"worker failed: {exc}")


@dataclass(frozen=True)
class EmptyReason:
    """Why a summary came out empty, for the warnings that say so (``summarize``,
    ``batch``): ``kind`` is "alone" (no sentence can stand alone: headlines, fragments,
    sentences that refer back), "budget" (none that could fits the word budget;
    ``shortest`` is the shortest one's words) or "chosen" (those that fit refer back to
    a sentence before them, are page furniture or repeats, or, with a method other than
    the default, carry none of the story's key words); ``read``: sentences read."""

    kind: str
    read: int
    shortest: int = 0


def empty_reason(summary: Summary, words: int | None, fill: bool) -> EmptyReason:
    """:class:`EmptyReason` of an empty summary, worked out again from its articles (only
    for the few stories left empty). Why one function: each command's warning must say
    the same true reason."""
    from .eligible import is_eligible
    from .segment import UnsupportedScript, split_sentences

    read = 0
    fitting: list[int] = []
    for a in summary.articles:
        try:
            sentences = split_sentences(a)
        except UnsupportedScript:
            continue
        read += len(sentences)
        fitting += [len(x.text.split()) for x in sentences if is_eligible(x)]
    if not fitting:
        return EmptyReason("alone", read)
    if words is not None and not fill and min(fitting) > words:
        return EmptyReason("budget", read, min(fitting))
    return EmptyReason("chosen", read)
