"""Batch work gives the same results, in the same order, on every engine."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from newsbrief import engine
from newsbrief.engine import check_engine, dask_chunk_size, resolve_jobs, run_ordered
from newsbrief.errors import OptionsError

from .conftest import free_port, start_scheduler, start_worker, stop


def square_or_error(x: int) -> dict[str, object]:
    """A per-item function that reports its own bad items, as batch workers do."""
    if x == 7:
        return {"item": x, "error": "seven is not allowed"}
    return {"item": x, "value": x * x}


def die_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # a worker crash, not an exception
    return x


def test_local_run_keeps_input_order_and_reports_bad_items() -> None:
    out = list(run_ordered(square_or_error, range(10)))
    assert [r["item"] for r in out] == list(range(10))
    assert out[7] == {"item": 7, "error": "seven is not allowed"}
    assert out[3] == {"item": 3, "value": 9}


def test_process_pool_gives_the_same_results_as_one_process() -> None:
    items = list(range(40))
    assert list(run_ordered(square_or_error, items, jobs=2)) == list(
        run_ordered(square_or_error, items)
    )


def test_progress_is_reported_for_every_item_with_the_total() -> None:
    seen: list[tuple[int, int | None]] = []
    list(run_ordered(square_or_error, [1, 2, 3], progress=lambda n, t: seen.append((n, t))))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_bad_engine_options_are_refused_before_any_work() -> None:
    with pytest.raises(OptionsError, match="unknown engine"):
        check_engine("spark")
    with pytest.raises(OptionsError, match="--scheduler needs --engine dask"):
        check_engine("local", "tcp://127.0.0.1:1")
    with pytest.raises(OptionsError, match="jobs"):
        resolve_jobs(-1)


def test_unreachable_scheduler_names_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "DASK_CONNECT_TIMEOUT", 1.0)  # the default waits 10 s
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(OptionsError, match="cannot reach the Dask scheduler") as info:
        list(run_ordered(square_or_error, [1, 2], engine="dask", scheduler=address))
    assert info.value.where == address


def test_dask_cluster_gives_the_local_results_in_the_same_order(dask_cluster: str) -> None:
    items = list(range(60))
    local = list(run_ordered(square_or_error, items))
    seen: list[int] = []
    remote = list(
        run_ordered(
            square_or_error,
            iter(items),  # a stream, not a list: submitted in a bounded window
            engine="dask",
            scheduler=dask_cluster,
            total=len(items),
            progress=lambda n, t: seen.append(n),
        )
    )
    assert remote == local
    assert seen == list(range(1, 61))


def test_a_crashed_worker_becomes_one_reported_item(dask_cluster: str) -> None:
    out = list(
        run_ordered(
            die_on_three,
            [1, 2, 3, 4],
            engine="dask",
            scheduler=dask_cluster,
            on_failure=lambda item, exc: -item,
        )
    )
    assert out == [1, 2, -3, 4]


def test_a_crash_in_a_task_of_many_items_costs_only_the_item_that_caused_it(
    dask_cluster: str,
) -> None:
    items = list(range(80))
    assert dask_chunk_size(len(items), 2) > 1  # item 3 shares its task with others
    out = list(
        run_ordered(
            die_on_three,
            items,
            engine="dask",
            scheduler=dask_cluster,
            on_failure=lambda item, exc: str(exc),
        )
    )
    assert out[:3] == [0, 1, 2] and out[4:] == items[4:]
    # said in one line a user can act on, not distributed's paragraph about task keys
    assert isinstance(out[3], str) and "\n" not in out[3]
    assert out[3].startswith("the Dask worker running it died (4 tried, the last tcp://")


def test_long_batches_go_in_tasks_of_several_items_short_ones_one_by_one() -> None:
    assert dask_chunk_size(None, 2) == 1  # a stream: no waiting to fill a task
    assert dask_chunk_size(30, 2) == 3  # every thread still gets several tasks
    assert dask_chunk_size(7, 2) == 1
    assert dask_chunk_size(100_000, 16) == engine.DASK_MAX_CHUNK


def slow_square(x: int) -> int:
    time.sleep(0.05)
    return x * x


def test_a_lost_scheduler_ends_the_run_with_one_error_naming_it(tmp_path: Path) -> None:
    from distributed import Client

    address, scheduler = start_scheduler(tmp_path)
    worker = start_worker(address, tmp_path, "lonely")
    try:
        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=90)

        def kill_scheduler_after_the_first(done: int, total: int | None) -> None:
            if done == 1:
                stop([scheduler])

        with pytest.raises(OptionsError, match="lost the connection to the Dask scheduler") as e:
            list(
                run_ordered(
                    slow_square,
                    range(20),
                    engine="dask",
                    scheduler=address,
                    progress=kill_scheduler_after_the_first,
                )
            )
        assert e.value.where == address
    finally:
        stop([worker, scheduler])
