"""``newsbrief batch``: one JSONL story per line in, one JSONL summary per line out, same order.

This is the file form of :func:`newsbrief.summarize_batch`: lines are handed to the workers
as they are (:class:`~newsbrief.api.StoryLine`), so a bad line is reported with its file,
line and id, and never stops the others unless the user asked for that
(``on_error="raise"``); the output order never depends on the number of jobs or the engine.
"""

from __future__ import annotations

import gc
import json
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from .api import BatchResult, StageTimes, StoryLine, empty_reason, story_failed, summarize_batch
from .engine import TerminalProgress, resolve_jobs
from .errors import InputError
from .language import OTHER_LANGUAGE
from .model import SITE_WALL, UNSUPPORTED_SCRIPT
from .options import SummaryOptions, check_on_error
from .text import WALL_TEXT

if TYPE_CHECKING:
    from .ingest.fetch import FetchOptions

__all__ = ["BatchReport", "batch_record", "resolve_jobs", "run_batch"]


@dataclass
class BatchReport:
    done: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line (id X): message"
    times: StageTimes = field(default_factory=StageTimes)
    # ids of stories summarized with no sentence: not errors, but a file of empty
    # summaries must not pass unnoticed; ``empty_why``: each one's api.EmptyReason kind
    empty: list[str] = field(default_factory=list)
    empty_why: list[str] = field(default_factory=list)
    # "story/article: reason" for articles left out of a summarized story for what they
    # are (a script without spaces between words, a cookie or JavaScript wall instead of a
    # story, another language than the story's), not for being empty or a duplicate:
    # the batch line has no place for them, so the end of the run names them
    left_out: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped


def batch_record(result: BatchResult) -> dict[str, Any]:
    """One output line: ``{"id", "summary", "sentences"}``, or the error in its place."""
    if result.summary is None:
        return {"id": result.story_id, "summary": "", "sentences": [], "error": result.error}
    from .render import sentence_dict

    # The three keys of ``summary_dict``, built alone: its heading (title, outlets) splits
    # every article again to find ledes, for keys a batch line does not hold.
    summary = result.summary
    return {
        "id": summary.story_id,
        "summary": summary.text,
        "sentences": [sentence_dict(s) for s in summary.sentences],
    }


def run_batch(
    in_path: str,
    out: TextIO,
    options: SummaryOptions,
    *,
    jobs: int = 1,
    on_error: str = "raise",
    progress: TextIO | None = None,
    fetch: FetchOptions | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> BatchReport:
    """Summarize every story of ``in_path`` into ``out``; see the module docstring.

    ``fetch`` applies to documents given by ``url`` (allowing private addresses, cache).
    """
    from .engine import check_engine
    from .ingest import iter_jsonl_lines

    options.validate()
    check_on_error(on_error)
    resolve_jobs(jobs)
    check_engine(engine, scheduler)
    lines = [StoryLine(in_path, n, line) for n, line in iter_jsonl_lines(in_path, strict=False)]
    if not lines:
        raise InputError("no stories in the input", where=in_path)
    report = BatchReport()
    # Summarizing allocates many short-lived containers (tokens, units, dicts) and hardly
    # any reference cycles, so the cyclic collector's young generation, scanned every 700
    # allocations by default, finds nothing to free: scan it less often while the batch
    # runs (about 1% of a batch's instructions; the few cycles are freed a little later).
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _GC_YOUNG), *thresholds[1:])
    try:
        _run_lines(lines, report, out, options, on_error, jobs, progress, fetch, engine, scheduler)
    finally:
        gc.set_threshold(*thresholds)
    return report


# Young-generation threshold of the cyclic garbage collector during a batch.
_GC_YOUNG = 20_000


def _run_lines(
    lines: list[StoryLine],
    report: BatchReport,
    out: TextIO,
    options: SummaryOptions,
    on_error: str,
    jobs: int,
    progress: TextIO | None,
    fetch: FetchOptions | None,
    engine: str,
    scheduler: str | None,
) -> None:
    # progress on stderr only when it is a terminal; the line is ended even on an error
    with TerminalProgress(progress or sys.stderr, "stories") as bar:
        # the API's own "raise" would advise its keyword; a command names its flag
        for result in summarize_batch(
            lines,
            options,
            on_error="skip",
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            fetch=fetch,
            progress=bar,
        ):
            if not result.ok and on_error == "raise":
                raise story_failed(result, "use --on-error skip to finish the other stories")
            report.times.add(result.times)
            if result.ok:
                report.done += 1
                if result.summary is not None and not result.summary.sentences:
                    report.empty.append(result.story_id or "?")
                    why = empty_reason(result.summary, options.words, options.fill)
                    report.empty_why.append(why.kind)
                if result.summary is not None:
                    report.left_out.extend(
                        f"{result.story_id or '?'}/{d.article_id}: "
                        f"{WALL_TEXT if d.kind == SITE_WALL else d.reason}"
                        for d in result.summary.dropped
                        if d.kind in (UNSUPPORTED_SCRIPT, SITE_WALL, OTHER_LANGUAGE)
                    )
            else:
                report.skipped.append(result.error or "")
            out.write(json.dumps(batch_record(result), ensure_ascii=False) + "\n")
