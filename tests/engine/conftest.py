"""One real Dask cluster (a `dask scheduler` and two `dask worker` processes on loopback)
shared by every test of this folder: starting one costs seconds, and CI has 2 cores."""

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

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dask_bin() -> str:
    found = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert found, "the dask command comes with the [dask] extra, which [test] includes"
    return found


def _env() -> dict[str, str]:
    # the workers import this folder's test functions by name (tests.engine...), as they
    # import newsbrief's own from the environment they share with the client
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def _spawn(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [_dask_bin(), *args],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        cwd=str(log.parent),
        start_new_session=True,  # its own process group: stopped with all its children
        env=_env(),
    )


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def start_scheduler(logs: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """A `dask scheduler` on a free loopback port, once it accepts connections."""
    port = free_port()
    args = ["scheduler", "--host", "127.0.0.1", "--port", str(port)]
    proc = _spawn([*args, "--dashboard-address", ":0", "--no-show"], logs / f"scheduler{port}.log")
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"tcp://127.0.0.1:{port}", proc
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                stop([proc])
                raise RuntimeError(f"dask scheduler did not start; see {logs}") from None
            time.sleep(0.2)


def start_worker(address: str, logs: Path, name: str) -> subprocess.Popen[bytes]:
    """A single-thread `dask worker` (it joins its scheduler a moment later)."""
    args = ["worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard"]
    return _spawn([*args, "--name", name, "--local-directory", str(logs)], logs / f"{name}.log")


@pytest.fixture(scope="package")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real scheduler and two single-thread workers on loopback, as a user would run them."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    address, scheduler = start_scheduler(logs)
    procs = [scheduler]
    try:
        procs += [start_worker(address, logs, f"w{k}") for k in range(2)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=90)
        yield address
    finally:
        stop(procs)
