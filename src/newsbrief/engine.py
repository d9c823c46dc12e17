"""Where batch work runs: in this process, a local process pool, or a Dask cluster.

Every batch (``summarize_batch``, ``attribute_batch``) maps one picklable top-level
function over its items and needs the results back **in input order**, whatever runs
them, so that the output file is the same line for line on one core, many cores or many
machines. The function is expected to catch its own per-item errors and return an error
record: an item that fails is a result like any other, never a lost line.

Engines:

``local``
    ``jobs=1`` runs in this process; ``jobs>1`` uses a process pool (``jobs=0`` = all
    cores).
``dask``
    ``scheduler=None`` starts a local Dask cluster; ``scheduler="tcp://host:port"``
    connects to an existing one. Items go in tasks of a few consecutive items (fewer
    when the batch is short, one at a time for a stream of unknown length), submitted
    in a bounded window (a few tasks per worker thread), so a million-item batch never
    holds a million futures. Workers must run the same newsbrief version (checked on
    connecting).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TextIO, TypeVar

from .errors import MissingExtraError, OptionsError

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")
Progress = Callable[[int, "int | None"], None]

# Futures in flight per worker thread on Dask: enough to hide the round trip, few enough
# that memory stays bounded on long inputs.
DASK_WINDOW_PER_THREAD = 4
# How often a Dask run looks whether the oldest chunk is done (seconds): short beside a
# chunk's work, long enough to cost nothing.
POLL_S = 0.02
# Most items one Dask task carries (see dask_chunk_size).
DASK_MAX_CHUNK = 8
# Seconds to wait for a Dask scheduler before saying it cannot be reached.
DASK_CONNECT_TIMEOUT = 10.0


def resolve_jobs(jobs: int) -> int:
    """Number of local workers: ``0`` means every core."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise OptionsError(
            f"jobs must be 0 (all cores) or a positive integer, got {jobs!r}", hint="e.g. --jobs 2"
        )
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def check_engine(engine: str, scheduler: str | None = None) -> None:
    """Fail early (before any input is read) on an engine that cannot run."""
    if engine not in ENGINES:
        raise OptionsError(f"unknown engine {engine!r}", hint="choose local or dask")
    if scheduler is not None and engine != "dask":
        raise OptionsError("--scheduler needs --engine dask", hint="add --engine dask")
    if engine == "dask":
        _import_distributed()


class TerminalProgress:
    """A one-line progress count on a terminal: ``[####....] 12/30 stories``.

    Silent unless the stream is a terminal (a file or pipe gets nothing). Redrawn at most
    every :attr:`interval` seconds and at the end, so a batch of thousands of fast items
    does not spend its time writing to the terminal. Use it as a context manager: on exit
    (normal or not) the last count is drawn and the line ended, so a message printed
    after it starts on a line of its own.
    """

    interval = 0.1

    def __init__(self, stream: TextIO, unit: str = "stories") -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled = bool(isatty is not None and isatty())
        self.stream, self.unit = stream, unit
        self._last = float("-inf")
        self._shown: tuple[int, int | None] | None = None
        self._drawn: tuple[int, int | None] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        self._shown = (done, total)
        now = time.monotonic()
        if now - self._last >= self.interval or (total is not None and done >= total):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        if self._shown is None or self._shown == self._drawn:
            return
        done, total = self._drawn = self._shown
        if total:
            width = 30
            filled = int(width * min(done, total) / total)
            bar = f"[{'#' * filled}{'.' * (width - filled)}] "
            self.stream.write(f"\r{bar}{done}/{total} {self.unit}")
        else:
            self.stream.write(f"\r{done} {self.unit}")
        self.stream.flush()

    def finish(self) -> None:
        """Draw the last count and end the line (nothing if nothing was drawn)."""
        self._draw()
        if self._drawn is not None:
            self.stream.write("\n")
            self.stream.flush()
        self._shown = self._drawn = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()


def run_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    total: int | None = None,
    progress: Progress | None = None,
    on_failure: Callable[[T, BaseException], R] | None = None,
) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in input order, on the chosen engine.

    ``total`` (when known) is passed to ``progress(done, total)`` after each result.
    ``on_failure(item, exc)`` turns a failure of the engine itself (a Dask worker that
    died on the item after its retries) into that item's result, so one lost item is
    reported like any other bad item instead of ending the run.
    """
    check_engine(engine, scheduler)
    n_jobs = resolve_jobs(jobs)
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if engine == "dask":
        results: Iterator[R] = _run_dask(fn, items, scheduler, on_failure, total)
    else:
        results = _run_local(fn, items, n_jobs, total)
    try:
        for done, result in enumerate(results, 1):
            if progress is not None:
                progress(done, total)
            yield result
    finally:
        # Closed now, not when the garbage collector frees it: an exception raised here
        # (Ctrl-C in ``progress``) or a caller that stops reading leaves the engine's
        # generator suspended, its pool workers running on until the traceback that
        # holds it is collected (a flaky 60 s wait in a test; the workers' stories
        # finished after a Ctrl-C).
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _run_local(
    fn: Callable[[T], R], items: Iterable[T], n_jobs: int, total: int | None
) -> Iterator[R]:
    if n_jobs <= 1 or (total is not None and total <= 1):
        for item in items:
            yield fn(item)
        return
    # Imported only when a pool is used: multiprocessing costs ~15 ms of start-up.
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, (total or 0) // (n_jobs * 4))
    pool = ProcessPoolExecutor(max_workers=n_jobs, initializer=_ignore_ctrl_c)
    try:
        yield from pool.map(fn, items, chunksize=chunk)
    except BaseException:
        # Ctrl-C, or the caller stopped reading: queued work is dropped and the workers
        # stopped now, instead of finishing every chunk they hold. (Their list is taken
        # first: ``shutdown`` forgets it, and the process then waited at exit for each
        # worker's chunk: 12 s after a Ctrl-C in a digest of 289 articles.)
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        raise
    pool.shutdown()


def _ignore_ctrl_c() -> None:
    """In a pool worker: Ctrl-C reaches the whole process group, but only the parent
    handles it (says what was written, stops the workers); a worker that died of it
    mid-task would leave the pool hanging."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtraError("--engine dask", "dask") from exc
    return distributed


def _connect(scheduler: str | None) -> tuple[Any, Any]:
    """A Dask client, and the local cluster it owns (None for an existing cluster)."""
    import asyncio  # its TimeoutError is not the builtin one before Python 3.11

    distributed = _import_distributed()
    if scheduler is None:
        try:
            with _workers_ignore_ctrl_c():
                cluster = distributed.LocalCluster(
                    n_workers=os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: 8787 may be taken
                    # its workers' logs (tasks cancelled on Ctrl-C, a heartbeat that
                    # finds the scheduler gone while the cluster closes) are not ours: a
                    # task that fails reaches this process as the task's own error
                    silence_logs=logging.CRITICAL,
                )
        except RuntimeError as exc:
            # Worker processes are spawned and re-import the caller's main module; from
            # stdin, or a script without a main guard, they cannot start.
            raise OptionsError(
                f"could not start a local Dask cluster: {exc}",
                hint='in a script, call newsbrief under `if __name__ == "__main__":`, '
                "or give the address of a running scheduler",
            ) from exc
        return distributed.Client(cluster), cluster
    hint = "start one with `dask scheduler`, or check the address: tcp://HOST:PORT"
    try:
        client = distributed.Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except ValueError as exc:  # an address distributed cannot parse
        raise OptionsError(
            f"not a Dask scheduler address: {exc}", where=scheduler, hint=hint
        ) from exc
    except (OSError, TimeoutError, asyncio.TimeoutError) as exc:
        # distributed's own message repeats the address; say it once
        raise OptionsError(
            f"cannot reach the Dask scheduler (no answer within {DASK_CONNECT_TIMEOUT:g} s)",
            where=scheduler,
            hint=hint,
        ) from exc
    try:
        _check_workers(client, scheduler)
    except BaseException:
        client.close()
        raise
    return client, None


@contextlib.contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Processes started inside inherit an ignored SIGINT.

    Ctrl-C reaches every process of the terminal's process group; the local cluster's
    workers should not die mid-task with tracebacks of their own, but be closed by this
    process, which alone handles the interrupt. Only the main thread may set handlers.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _newsbrief_version() -> str:
    """Run on each worker: pickled by reference, so it fails where newsbrief is missing."""
    from . import __version__

    return __version__


def _check_workers(client: Any, scheduler: str) -> None:
    """Refuse a cluster that would hang (no workers) or could differ from a local run."""
    import asyncio

    from . import __version__

    try:
        client.wait_for_workers(1, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, asyncio.TimeoutError) as exc:
        raise OptionsError(
            f"the Dask scheduler has no workers (none joined within {DASK_CONNECT_TIMEOUT:g} s)",
            where=scheduler,
            hint=f"start some with `dask worker {scheduler}`",
        ) from exc
    found = client.run(_newsbrief_version, on_error="return")
    bad = [
        f"{worker} has newsbrief {v}" if isinstance(v, str) else f"{worker} cannot import it"
        for worker, v in sorted(found.items())
        if v != __version__
    ]
    if bad:
        more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
        raise OptionsError(
            f"the Dask workers do not run this newsbrief ({__version__}): "
            + "; ".join(bad[:3])
            + more,
            where=scheduler,
            hint=f"install newsbrief {__version__} with its [dask] extra on every worker",
        )


class WorkerDied(RuntimeError):
    """An item whose Dask worker process died while running it (after the retries)."""


def _worker_died(exc: BaseException) -> WorkerDied:
    # distributed's message names the internal task and a web page; say it in one line
    tried = getattr(exc, "allowed_failures", None)
    last = getattr(getattr(exc, "last_worker", None), "address", None)
    detail = f"{tried + 1} tried, the last {last}" if tried is not None and last else "no detail"
    died = WorkerDied(f"the Dask worker running it died ({detail}; see the workers' logs)")
    died.__cause__ = exc
    return died


def dask_chunk_size(total: int | None, threads: int) -> int:
    """Items per Dask task: enough to amortise the per-task cost, few enough to balance.

    A task costs a few milliseconds of scheduler, worker and client time, as much as a
    short story takes to summarize; so a long batch sends up to :data:`DASK_MAX_CHUNK`
    items a task, while every worker thread still gets at least
    :data:`DASK_WINDOW_PER_THREAD` tasks. A stream of unknown length goes one by one.
    """
    if total is None:
        return 1
    return max(1, min(DASK_MAX_CHUNK, total // (max(1, threads) * DASK_WINDOW_PER_THREAD)))


def apply_each(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    """One Dask task: ``fn`` over a chunk of consecutive items, results in order."""
    return [fn(item) for item in chunk]


@contextlib.contextmanager
def _ctrl_c_between_chunks() -> Iterator[list[bool]]:
    """While a Dask run waits, a Ctrl-C only raises a flag (``[True]``), which the run
    turns into ``KeyboardInterrupt`` in its own code.

    Why: an interrupt landing inside distributed's ``sync`` (a ``result()``, a close)
    leaves its event-loop callbacks half done, and they log tracebacks after the
    command's own "interrupted" line. Outside the main thread signals cannot be caught,
    and nothing changes."""
    import signal
    import threading

    flag = [False]
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return

    def note(signum: int, frame: object) -> None:
        flag[0] = True

    before = signal.signal(signal.SIGINT, note)
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, before)


def _run_dask(
    fn: Callable[[T], R],
    items: Iterable[T],
    scheduler: str | None,
    on_failure: Callable[[T, BaseException], R] | None,
    total: int | None,
) -> Iterator[R]:
    from concurrent.futures import CancelledError  # distributed's, when a run is lost

    distributed = _import_distributed()
    client, cluster = _connect(scheduler)
    done = 0

    def submit(chunk: list[T]) -> Any:
        # pure=False: two equal items are still two tasks (their results may be lines of
        # two different outputs), and nothing is served from a stale cache.
        return client.submit(apply_each, fn, chunk, pure=False)

    def result(future: Any) -> list[R]:
        try:
            # Wait in our own code, where a Ctrl-C (a flag while the run waits) is raised,
            # never inside distributed's sync, whose interrupted callbacks log tracebacks.
            while not future.done():
                if stop[0]:
                    raise KeyboardInterrupt
                time.sleep(POLL_S)
            return list(future.result())
        except (CancelledError, OSError) as exc:
            if future.status == "error":
                raise  # the task's own exception, as a local run would raise it
            # the scheduler went away (or was restarted): no item can finish now
            raise OptionsError(
                f"lost the connection to the Dask scheduler after {done} items",
                where=scheduler or "the local Dask cluster",
                hint="check that the scheduler and its workers run, then run again",
            ) from exc
        finally:
            future.release()

    def one_by_one(chunk: list[T], exc: BaseException) -> list[R]:
        """A chunk whose worker died: find the item that kills it, keep the others."""
        if on_failure is None:
            raise exc
        if len(chunk) == 1:
            return [on_failure(chunk[0], _worker_died(exc))]
        out: list[R] = []
        for item in chunk:
            try:
                out += result(submit([item]))
            except distributed.KilledWorker as again:
                out.append(on_failure(item, _worker_died(again)))
        return out

    try:
        with _ctrl_c_between_chunks() as stop:
            threads = sum(client.nthreads().values()) or 1
            size = dask_chunk_size(total, threads)
            it = iter(items)
            chunks = iter(lambda: list(islice(it, size)), [])
            pending: deque[tuple[list[T], Any]] = deque()
            for chunk in islice(chunks, max(1, threads * DASK_WINDOW_PER_THREAD)):
                pending.append((chunk, submit(chunk)))
            while pending:
                chunk, future = pending.popleft()
                try:
                    results = result(future)
                except distributed.KilledWorker as exc:
                    results = one_by_one(chunk, exc)
                for nxt in islice(chunks, 1):
                    pending.append((nxt, submit(nxt)))
                for r in results:
                    done += 1
                    yield r
                    if stop[0]:
                        raise KeyboardInterrupt
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
