"""Claims checked against their stories, over iterables (:func:`attribute_batch`) or files.

A claim names its story by id. Results come back in claim order, one per claim, whatever
runs them (:func:`newsbrief.engine.run_ordered`): consecutive claims of one story go to a
worker together, so the story is indexed once. Errors follow ``newsbrief batch``: by
default the first bad claim raises, naming it; ``on_error="skip"`` yields its result with
the error and goes on.

The file form (:func:`run_attribute_batch`, behind ``newsbrief attribute --batch``) reads
STORIES in the batch schema and CLAIMS as ``{"story", "claim_id", "claim"}`` lines and
writes one line per claim, in input order: ``{"claim_id", "supported_by": [...],
"contradicted_by": [...]}`` with offsets into each document's text as given.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InputError, NewsbriefError, OptionsError
from ..model import Article, ClaimAttribution, Story
from ..options import check_on_error

if TYPE_CHECKING:
    from ..engine import Progress
    from .align import Entailment, Semantic, StoryIndex
    from .nli import NLIModel

# Built story indexes kept at once by a worker; claims usually come grouped by story.
INDEX_CACHE = 32


@dataclass(frozen=True)
class Claim:
    """One claim to check against the story with id ``story``."""

    claim_id: str
    story: str
    text: str
    where: str = ""


@dataclass(frozen=True)
class BadClaim:
    """A claim that could not be read: it fails in its place, like any bad item."""

    claim_id: str | None
    where: str | None
    message: str
    hint: str | None = None


@dataclass(frozen=True)
class ClaimResult:
    """One claim's outcome: its attribution, or the error that stopped it."""

    claim_id: str | None
    attribution: ClaimAttribution | None = None
    where: str | None = None
    message: str | None = None
    hint: str | None = None

    @property
    def ok(self) -> bool:
        return self.attribution is not None

    @property
    def error(self) -> str | None:
        """The error as one line, as the CLI prints it."""
        if self.message is None:
            return None
        return str(NewsbriefError(self.message, where=self.where, hint=self.hint))


@dataclass(frozen=True)
class _Item:
    claim: Claim | None  # None: the claim could not be read (see error)
    error: tuple[str | None, str, str | None] | None = None  # (where, message, hint)
    claim_id: str | None = None


@dataclass(frozen=True)
class _Job:
    story: Story | None
    items: tuple[_Item, ...]
    semantic: Semantic | None = None
    nli: Entailment | None = None


_SKIP_ADVICE = "use --on-error skip to finish the other claims"
_API_SKIP_ADVICE = 'pass on_error="skip" to finish the other claims'


def _with_skip_advice(hint: str | None, advice: str = _SKIP_ADVICE) -> str:
    """The item's own hint and the way to finish the rest: a user needs both."""
    return "; ".join(h for h in (hint, advice) if h)


def claim_from_json(obj: Mapping[str, Any], where: str) -> Claim:
    """A claim in the ``{"story", "claim_id", "claim"}`` schema."""
    cid = obj.get("claim_id")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool):
        # an integer id is taken (ids are often row numbers) and written back as a string
        raise InputError(
            "claim has no 'claim_id'",
            where=where,
            hint="give each claim a string or integer 'claim_id'",
        )
    where = f"{where} (id {cid})"
    sid = obj.get("story")
    if not isinstance(sid, (str, int)) or isinstance(sid, bool):
        raise InputError("claim has no 'story' id", where=where)
    text = obj.get("claim")
    if not isinstance(text, str):
        raise InputError("claim has no 'claim' string", where=where)
    if not text.strip():
        # an empty claim would come back "unsupported" as if it had been checked
        raise InputError("claim is empty", where=where, hint="give the sentence to check")
    return Claim(str(cid), str(sid), text, where)


_CACHE: OrderedDict[Story, tuple[StoryIndex, dict[str, Article]]] = OrderedDict()
_CACHE_LOCK = threading.Lock()  # the service calls batches from several threads


def _index(
    story: Story, semantic: Semantic | None, nli: Entailment | None = None
) -> tuple[StoryIndex, dict[str, Article]]:
    from . import story_index

    key_ok = semantic is None and nli is None  # an index bound to a model is not shared
    if key_ok:
        with _CACHE_LOCK:
            if story in _CACHE:
                _CACHE.move_to_end(story)
                return _CACHE[story]
    try:
        built = story_index(story, semantic, nli)
    except NewsbriefError as exc:
        raise InputError(exc.message, where=story.where or story.id, hint=exc.hint) from exc
    if key_ok:
        with _CACHE_LOCK:
            _CACHE[story] = built
            if len(_CACHE) > INDEX_CACHE:
                _CACHE.popitem(last=False)
    return built


def attribute_job(job: _Job) -> list[ClaimResult]:
    """A batch worker: one story's consecutive claims in, their results out."""
    from . import checked

    out: list[ClaimResult] = []
    for item in job.items:
        if item.claim is None:
            assert item.error is not None
            out.append(ClaimResult(item.claim_id, None, *item.error))
            continue
        try:
            if job.story is None:
                raise InputError(f"unknown story id {item.claim.story!r}", where=item.claim.where)
            index, by_id = _index(job.story, job.semantic, job.nli)
            att = checked(index.attribute(item.claim.text), by_id)
        except NewsbriefError as exc:
            out.append(ClaimResult(item.claim.claim_id, None, exc.where, exc.message, exc.hint))
            continue
        out.append(ClaimResult(item.claim.claim_id, att))
    return out


ClaimLike = Claim | BadClaim | Mapping[str, Any]
StoryLike = Story | Mapping[str, Any]


def _items(claims: Iterable[ClaimLike]) -> Iterator[_Item]:
    for k, c in enumerate(claims):
        if isinstance(c, Claim):
            yield _Item(c, claim_id=c.claim_id)
            continue
        if isinstance(c, BadClaim):
            yield _Item(None, (c.where, c.message, c.hint), c.claim_id)
            continue
        try:
            if not isinstance(c, Mapping):
                raise InputError("a claim must be a Claim or a dict", where=f"claim {k + 1}")
            claim = claim_from_json(c, f"claim {k + 1}")
        except NewsbriefError as exc:
            cid = c.get("claim_id") if isinstance(c, Mapping) else None
            yield _Item(None, (exc.where, exc.message, exc.hint), None if cid is None else str(cid))
            continue
        yield _Item(claim, claim_id=claim.claim_id)


def attribute_batch(
    stories: Mapping[str, StoryLike] | Iterable[StoryLike],
    claims: Iterable[ClaimLike],
    *,
    on_error: str = "raise",
    semantic: Semantic | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    nli: NLIModel | None = None,
) -> Iterator[ClaimResult]:
    """Check every claim against its story; one :class:`ClaimResult` per claim, in order.

    ``stories``: :class:`Story` objects or dicts in the batch schema (or a mapping id ->
    either), read now: a story that is neither raises :class:`InputError`; ``claims``:
    :class:`Claim` objects or ``{"story", "claim_id", "claim"}`` dicts (or
    :class:`BadClaim` for one that could not be read, to keep its place). ``semantic``
    and ``nli`` as for :func:`newsbrief.attribute`.
    """
    from ..engine import check_engine, resolve_jobs
    from .nli import as_entailment

    # Checked here, when called, not when the first result is asked for.
    check_on_error(on_error)
    resolve_jobs(jobs)
    check_engine(engine, scheduler)
    if semantic is not None and (engine != "local" or jobs != 1):
        raise OptionsError(
            "--semantic runs in one process only (not supported yet with --jobs/--engine)",
            hint="drop --jobs/--engine, or drop --semantic",
        )
    if nli is not None and (engine != "local" or jobs != 1):
        raise OptionsError(
            "--nli runs in one process only (not supported yet with --jobs/--engine)",
            hint="drop --jobs/--engine, or drop --nli",
        )
    model = as_entailment(nli)  # a bad model folder is an error now, not per claim
    by_id = _stories_by_id(stories)  # a bad story is an error now: claims name stories by id
    return _attribute_batch(
        by_id, claims, on_error, semantic, jobs, engine, scheduler, progress, model
    )


def _as_story(item: object, where: str) -> Story:
    """A Story, or a dict in the batch schema read as :func:`newsbrief.summarize_batch` does."""
    from ..ingest import story_from_json

    if isinstance(item, Story):
        return item
    if isinstance(item, Mapping):
        return story_from_json(dict(item), where)
    raise InputError(
        f"cannot use a {type(item).__name__} as a story",
        where=where,
        hint="pass newsbrief.Story objects or dicts in the batch schema",
    )


def _stories_by_id(stories: Mapping[str, StoryLike] | Iterable[StoryLike]) -> dict[str, Story]:
    if isinstance(stories, Mapping) and not isinstance(stories.get("documents"), list):
        # id -> story; a lone batch-schema dict (it has "documents") is one story
        return {str(k): _as_story(v, f"story {k}") for k, v in stories.items()}
    items = [stories] if isinstance(stories, Mapping) else stories
    by_id: dict[str, Story] = {}
    for k, item in enumerate(items):
        story = _as_story(item, f"story {k + 1}")
        if story.id in by_id:
            raise InputError(
                f"duplicate story id {story.id!r}",
                where=story.where or f"story {k + 1}",
                hint="give every story its own id",
            )
        by_id[story.id] = story
    return by_id


def _attribute_batch(
    by_id: Mapping[str, Story],
    claims: Iterable[ClaimLike],
    on_error: str,
    semantic: Semantic | None,
    jobs: int,
    engine: str,
    scheduler: str | None,
    progress: Progress | None,
    nli: Entailment | None = None,
) -> Iterator[ClaimResult]:
    from ..engine import run_ordered

    def jobs_of() -> Iterator[_Job]:
        groups = groupby(_items(claims), key=lambda i: i.claim.story if i.claim else None)
        for sid, group in groups:
            yield _Job(by_id.get(sid) if sid is not None else None, tuple(group), semantic, nli)

    results = run_ordered(
        attribute_job,
        jobs_of(),
        engine=engine,
        jobs=jobs,
        scheduler=scheduler,
        on_failure=_job_failed,
    )
    done = 0
    for batch in results:
        for result in batch:
            if not result.ok and on_error == "raise":
                raise InputError(
                    result.message or "failed",
                    where=result.where,
                    hint=_with_skip_advice(result.hint, _API_SKIP_ADVICE),
                )
            done += 1
            if progress is not None:
                progress(done, None)
            yield result


def _job_failed(job: _Job, exc: BaseException) -> list[ClaimResult]:
    return [
        ClaimResult(i.claim_id, None, i.claim.where if i.claim else None, f"worker failed: {exc}")
        for i in job.items
    ]


# --------------------------------------------------------------------------- files


@dataclass
class AttributeReport:
    done: int = 0
    skipped: list[str] = field(default_factory=list)


def attribution_record(claim_id: str | None, att: ClaimAttribution | None) -> dict[str, Any]:
    """One output line of ``attribute --batch`` (the contract: document, start, end, score)."""
    from ..render import span_record

    return {
        "claim_id": claim_id,
        "supported_by": [span_record(e) for e in att.supported_by] if att else [],
        "contradicted_by": [span_record(e) for e in att.contradicted_by] if att else [],
    }


def read_stories(path: str, report: AttributeReport, on_error: str) -> dict[str, Story]:
    """The stories of a JSONL file by id; bad lines raise or are reported (``skip``)."""
    from ..ingest import iter_jsonl_lines, parse_story_line

    stories: dict[str, Story] = {}
    first_line: dict[str, int] = {}
    for n, line in iter_jsonl_lines(path):
        try:
            story = parse_story_line(line, n, path)
            if story.id in stories:
                # claims name stories by id: which of the two would they mean?
                raise InputError(
                    f"duplicate story id {story.id!r} (first on line {first_line[story.id]})",
                    where=f"{path}:{n}",
                    hint="give every story its own id",
                )
        except NewsbriefError as exc:
            if on_error == "raise":
                raise
            report.skipped.append(str(exc))
            continue
        stories[story.id] = story
        first_line[story.id] = n
    if not stories and not report.skipped:
        raise InputError("no stories in the input", where=path)
    return stories


def _claim_lines(
    path: str, stories_path: str, stories: Mapping[str, Story]
) -> Iterator[Claim | BadClaim]:
    """Claims of a JSONL file; a line that cannot be used becomes an unreadable claim."""
    from ..ingest import iter_jsonl_lines, json_object_line

    any_claim = False
    first_line: dict[str, int] = {}  # the line each claim id was first given on
    for n, line in iter_jsonl_lines(path, what="claim"):
        any_claim = True
        where = f"{path}:{n}"
        claim: Claim | None = None
        cid: str | None = None
        try:
            obj = json_object_line(line, where, "claim")
            given = obj.get("claim_id")
            if isinstance(given, (str, int)) and not isinstance(given, bool):
                cid = str(given)  # a line with a usable id keeps it on its error line
                _warn_duplicate_id(path, n, cid, first_line)
            claim = claim_from_json(obj, where)
            if claim.story not in stories:
                raise InputError(
                    f"unknown story id {claim.story!r}",
                    where=claim.where,
                    hint=f"no story with that id in {stories_path}",
                )
        except NewsbriefError as exc:
            yield BadClaim(cid, exc.where, exc.message, exc.hint)
            continue
        yield claim
    if not any_claim:
        raise InputError("no claims in the input", where=path)


def _warn_duplicate_id(path: str, n: int, cid: str, first_line: dict[str, int]) -> None:
    """Warn when a claim id was given on an earlier line (``5`` and ``"5"`` are one id:
    both come out as ``"5"``). The line is still checked and written in its place, so
    the output keeps one line per claim line; a user joining the output back to the
    claims by id would otherwise get one verdict for two claims without knowing it."""
    first = first_line.setdefault(cid, n)
    if first != n:
        logging.getLogger("newsbrief").warning(
            "%s:%d: claim_id %r was given before, on line %d: the output has a line for "
            "each, under the same id (give every claim its own id)",
            path,
            n,
            cid,
            first,
        )


def run_attribute_batch(
    stories_path: str,
    claims_path: str,
    out: TextIO,
    *,
    on_error: str = "raise",
    semantic: Semantic | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: TextIO | None = None,
    nli: NLIModel | None = None,
) -> AttributeReport:
    """``newsbrief attribute --batch``: read both files, call :func:`attribute_batch`, write.

    A count of claims done goes to ``progress`` (default stderr) when it is a terminal.
    """
    from ..engine import TerminalProgress, check_engine

    check_on_error(on_error)
    check_engine(engine, scheduler)
    report = AttributeReport()
    stories = read_stories(stories_path, report, on_error)
    with TerminalProgress(progress or sys.stderr, "claims") as bar:
        _write_attributions(
            attribute_batch(
                stories,
                _claim_lines(claims_path, stories_path, stories),
                on_error="skip",
                semantic=semantic,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                progress=bar,
                nli=nli,
            ),
            out,
            report,
            on_error,
        )
    return report


def _write_attributions(
    results: Iterable[ClaimResult], out: TextIO, report: AttributeReport, on_error: str
) -> None:
    for result in results:
        if result.ok:
            report.done += 1
            out.write(
                json.dumps(
                    attribution_record(result.claim_id, result.attribution), ensure_ascii=False
                )
                + "\n"
            )
            continue
        if on_error == "raise":
            raise InputError(
                result.message or "failed",
                where=result.where,
                hint=_with_skip_advice(result.hint),
            )
        report.skipped.append(result.error or "")
        record = attribution_record(result.claim_id, None)
        record["error"] = result.error
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
