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
    connects to an existing one. Items are submitted in a bounded window (a few per
    worker thread), so a million-item batch never holds a million futures.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from .errors import MissingExtraError, OptionsError

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")
Progress = Callable[[int, "int | None"], None]

# Futures in flight per worker thread on Dask: enough to hide the round trip, few enough
# that memory stays bounded on long inputs.
DASK_WINDOW_PER_THREAD = 4
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
        results: Iterator[R] = _run_dask(fn, items, scheduler, on_failure)
    else:
        results = _run_local(fn, items, n_jobs, total)
    for done, result in enumerate(results, 1):
        if progress is not None:
            progress(done, total)
        yield result


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
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        yield from pool.map(fn, items, chunksize=chunk)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtraError("--engine dask", "dask") from exc
    return distributed


def _connect(scheduler: str | None) -> tuple[Any, Any]:
    """A Dask client, and the local cluster it owns (None for an existing cluster)."""
    distributed = _import_distributed()
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return distributed.Client(cluster), cluster
    try:
        client = distributed.Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise OptionsError(
            f"cannot reach the Dask scheduler at {scheduler}: {exc}",
            where=scheduler,
            hint="start one with `dask scheduler` or check the address (tcp://HOST:PORT)",
        ) from exc
    return client, None


def _run_dask(
    fn: Callable[[T], R],
    items: Iterable[T],
    scheduler: str | None,
    on_failure: Callable[[T, BaseException], R] | None,
) -> Iterator[R]:
    distributed = _import_distributed()
    client, cluster = _connect(scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(1, threads * DASK_WINDOW_PER_THREAD)
        it = iter(items)
        pending: deque[Any] = deque()
        # pure=False: two equal items are still two tasks (their results may be lines of
        # two different outputs), and nothing is served from a stale cache.
        for item in islice(it, window):
            pending.append((item, client.submit(fn, item, pure=False)))
        while pending:
            item, future = pending.popleft()
            try:
                result = future.result()
            except distributed.KilledWorker as exc:
                if on_failure is None:
                    raise
                result = on_failure(item, exc)
            future.release()
            for nxt in islice(it, 1):
                pending.append((nxt, client.submit(fn, nxt, pure=False)))
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
