"""Batch work gives the same results, in the same order, on every engine."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.engine import check_engine, resolve_jobs, run_ordered
from newsbrief.errors import OptionsError


def square_or_error(x: int) -> dict[str, object]:
    """A per-item function that reports its own bad items, as batch workers do."""
    if x == 7:
        return {"item": x, "error": "seven is not allowed"}
    return {"item": x, "value": x * x}


def die_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # a worker crash, not an exception
    return x


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dask_bin() -> str:
    found = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert found, "the dask command comes with the [dask] extra, which [test] includes"
    return found


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real scheduler and two single-thread workers on loopback, as a user would run them."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    # the workers import this test module's functions by name, as they would import
    # newsbrief's own from the environment they share with the client
    root = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    common = {"cwd": str(logs), "start_new_session": True, "env": env}
    procs = [
        subprocess.Popen(
            [
                _dask_bin(),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--dashboard-address",
                ":0",
                "--no-show",
            ],
            stdout=(logs / "scheduler.log").open("w"),
            stderr=subprocess.STDOUT,
            **common,
        )
    ]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    for k in range(2):
        procs.append(
            subprocess.Popen(
                [
                    _dask_bin(),
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"w{k}",
                    "--local-directory",
                    str(logs),
                ],
                stdout=(logs / f"worker{k}.log").open("w"),
                stderr=subprocess.STDOUT,
                **common,
            )
        )
    from distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(2, timeout=90)
    try:
        yield address
    finally:
        for p in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


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


def test_unreachable_scheduler_names_the_address() -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
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
    import dask

    # one retry is enough to show the behaviour; the default (3) kills more workers
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
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
