"""Batch runs: one JSONL story per line in, one JSONL summary per line out, same order.

Workers receive the raw line and return a JSON-ready dict or an error record, so a bad
story never stops the others unless the user asked for that (``on_error="raise"``), and
the output order never depends on the number of jobs.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from .api import StageTimes, summarize
from .errors import InputError, NewsbriefError, OptionsError
from .ingest import iter_jsonl_lines, parse_story_line
from .options import SummaryOptions
from .render import summary_dict

if TYPE_CHECKING:
    from .ingest.fetch import FetchOptions


@dataclass
class BatchReport:
    done: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line (id X): message"
    times: StageTimes = field(default_factory=StageTimes)

    @property
    def ok(self) -> bool:
        return not self.skipped


@dataclass(frozen=True)
class _Job:
    line_no: int
    line: str
    path: str
    options: SummaryOptions
    fetch: FetchOptions | None = None


def _story_id_guess(line: str) -> str | None:
    if any("\udc80" <= c <= "\udcff" for c in line):
        return None  # undecodable bytes: nothing from this line is safe to print
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") is not None else None


ErrorInfo = tuple[str, str, str | None]  # (where, message, hint)


def run_one(job: _Job) -> tuple[dict[str, Any] | None, ErrorInfo | None, StageTimes]:
    """Summarize one line; return (output record, error message, stage times)."""
    times = StageTimes()
    try:
        story = parse_story_line(job.line, job.line_no, job.path, job.fetch)
        opts = job.options
        summary = summarize(
            list(story.documents),
            words=opts.words,
            sentences=opts.sentences,
            fill=opts.fill,
            method=opts.method,
            story_id=story.id,
            times=times,
        )
    except NewsbriefError as exc:
        where = exc.where
        if where is None or not where.startswith(job.path):
            sid = _story_id_guess(job.line)
            prefix = f"{job.path}:{job.line_no}" + (f" (id {sid})" if sid else "")
            where = prefix if where in (None, sid) else f"{prefix} {where}"
        return None, (where, exc.message, exc.hint), times
    full = summary_dict(summary)
    record = {"id": full["id"], "summary": full["summary"], "sentences": full["sentences"]}
    return record, None, times


def _progress(total: int | None, stream: TextIO) -> Callable[[int], None]:
    if not stream.isatty():
        return lambda n: None

    def show(n: int) -> None:
        if total:
            width = 30
            filled = int(width * n / total)
            stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {n}/{total} stories")
        else:
            stream.write(f"\r{n} stories")
        if total is not None and n >= total:
            stream.write("\n")
        stream.flush()

    return show


def _results(
    jobs: list[_Job], n_jobs: int
) -> Iterator[tuple[dict[str, Any] | None, ErrorInfo | None, StageTimes]]:
    if n_jobs <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_one(job)
        return
    # Imported only when a pool is used: multiprocessing costs ~15 ms of start-up.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        chunk = max(1, len(jobs) // (n_jobs * 4))
        yield from pool.map(run_one, jobs, chunksize=chunk)


def resolve_jobs(jobs: int) -> int:
    if jobs < 0:
        raise OptionsError(f"jobs must be 0 (all cores) or positive, got {jobs}")
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def run_batch(
    in_path: str,
    out: TextIO,
    options: SummaryOptions,
    *,
    jobs: int = 1,
    on_error: str = "raise",
    progress: TextIO | None = None,
    fetch: FetchOptions | None = None,
) -> BatchReport:
    """Summarize every story of ``in_path`` into ``out``; see the module docstring.

    ``fetch`` applies to documents given by ``url`` (allowing private addresses, cache).
    """
    options.validate()
    if on_error not in ("raise", "skip"):
        raise OptionsError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    n_jobs = resolve_jobs(jobs)
    lines = iter_jsonl_lines(in_path, strict=False)
    job_list = [_Job(n, line, in_path, options, fetch) for n, line in lines]
    if not job_list:
        raise InputError("no stories in the input", where=in_path)
    report = BatchReport()
    show = _progress(len(job_list), progress or sys.stderr)
    for k, (record, error, times) in enumerate(_results(job_list, n_jobs), 1):
        report.times.clean += times.clean
        report.times.split += times.split
        report.times.select += times.select
        report.times.other += times.other
        if error is not None:
            where, message, hint = error
            if on_error == "raise":
                raise InputError(
                    message,
                    where=where,
                    hint=hint or "use --on-error skip to finish the other stories",
                )
            report.skipped.append(f"{where}: {message}")
            job = job_list[k - 1]
            record = {
                "id": _story_id_guess(job.line),
                "summary": "",
                "sentences": [],
                "error": f"{where}: {message}",
            }
        else:
            report.done += 1
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        show(k)
    return report
