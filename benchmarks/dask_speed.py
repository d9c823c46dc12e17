"""Stories per second of ``newsbrief batch`` on a Dask cluster (1 and 2 workers) and locally.

Two figures per setting, on the DUC 2003 task-2 clusters:

``command``
    wall time of a whole ``newsbrief batch IN -o OUT ...`` process, as a user waits for
    it: interpreter start, imports, connecting to the scheduler (or starting the process
    pool / local cluster), reading, summarizing, writing. An existing cluster is already
    running, as it would be; how long it took to start is reported on its own.
``work``
    start-up not counted: in this process, after a warm-up call, the stories are run
    ``--work-repeat`` times over (fresh ids) and the rate is taken between the first and
    the last result, so neither the connection, the pool start nor the first task's
    latency is in it.

Peak memory is the largest sum of RSS over the command and every process it waits for
(pool processes, the workers and scheduler of the cluster it uses), sampled every 20 ms.

    python benchmarks/dask_speed.py [--duc PATH] [--repeat 3] [--work-repeat 3] [--json OUT]

Wall times are the median of ``--repeat`` runs. Nothing here asserts a target.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DUC = REPO.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def _bin(name: str) -> list[str]:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"dask_speed: no `{name}` command; pip install -e '.[dask,bench]'")
    return [found]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A `dask scheduler` and ``n`` single-thread `dask worker` processes on loopback."""

    def __init__(self, n_workers: int, logs: Path) -> None:
        from distributed import Client

        t0 = time.perf_counter()
        port = _free_port()
        self.address = f"tcp://127.0.0.1:{port}"
        spawn: dict[str, Any] = {"start_new_session": True, "stderr": subprocess.STDOUT}
        sched = ["scheduler", "--host", "127.0.0.1", "--port", str(port)]
        self.procs = [
            subprocess.Popen(
                [*_bin("dask"), *sched, "--dashboard-address", ":0", "--no-show"],
                stdout=(logs / f"scheduler-{n_workers}.log").open("w"),
                **spawn,
            )
        ]
        for k in range(n_workers):
            args = ["worker", self.address, "--nthreads", "1", "--nworkers", "1"]
            args += ["--no-dashboard", "--local-directory", str(logs)]
            self.procs.append(
                subprocess.Popen(
                    [*_bin("dask"), *args],
                    stdout=(logs / f"worker-{n_workers}-{k}.log").open("w"),
                    **spawn,
                )
            )
        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(n_workers, timeout=120)
        self.start_s = time.perf_counter() - t0

    def close(self) -> None:
        for p in self.procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


class PeakRss:
    """Largest summed RSS of some processes and all their children, sampled in a thread."""

    def __init__(self, pids: Sequence[int]) -> None:
        self.pids, self.peak = list(pids), 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            total, seen = 0, set()
            for pid in self.pids:
                try:
                    root = psutil.Process(pid)
                    for p in [root, *root.children(recursive=True)]:
                        if p.pid not in seen:
                            seen.add(p.pid)
                            total += p.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self._stop.wait(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def command_run(duc: Path, extra: list[str], watch: Sequence[int]) -> tuple[float, float, bytes]:
    """(wall s, peak RSS MB of the command + ``watch`` trees, output) of one batch command."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [*_bin("newsbrief"), "batch", str(duc), "-o", str(out), *extra]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
        with PeakRss([proc.pid, *watch]) as mem:
            _, err = proc.communicate()
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.exit(f"dask_speed: {' '.join(cmd)} failed:\n{err.decode()}")
        return wall, mem.peak / 2**20, out.read_bytes()


def _stories(duc: Path, copies: int) -> list[dict[str, Any]]:
    base = [json.loads(line) for line in duc.read_text(encoding="utf-8").splitlines() if line]
    return [{**s, "id": f"{s['id']}#{k}"} for k in range(copies) for s in base]


def work_rate(duc: Path, copies: int, jobs: int, engine: str, scheduler: str | None) -> float:
    """Stories/s between the first and the last result, after a warm-up call."""
    import newsbrief

    opts = newsbrief.SummaryOptions(words=100)
    kw: dict[str, Any] = {"jobs": jobs, "engine": engine, "scheduler": scheduler}
    list(newsbrief.summarize_batch(_stories(duc, 1), opts, **kw))  # warm-up: imports, caches
    stories = _stories(duc, copies)
    stamps: list[float] = []
    for _ in newsbrief.summarize_batch(stories, opts, **kw):
        stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duc", type=Path, default=DEFAULT_DUC)
    ap.add_argument("--repeat", type=int, default=3, help="command runs per setting (median)")
    ap.add_argument("--work-repeat", type=int, default=3, help="copies of the stories for 'work'")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.duc.exists():
        sys.exit(f"dask_speed: no {args.duc} (the DUC 2003 data lives in ../shared)")
    n = sum(1 for line in args.duc.read_text(encoding="utf-8").splitlines() if line)

    rows: list[dict[str, Any]] = []
    reference: bytes | None = None

    def measure(
        name: str,
        extra: list[str],
        work: tuple[int, str, str | None] | None,
        watch: Sequence[int] = (),
        start_s: float | None = None,
    ) -> None:
        nonlocal reference
        walls, peaks = [], []
        for _ in range(args.repeat):
            wall, peak, out = command_run(args.duc, extra, watch)
            walls.append(wall)
            peaks.append(peak)
            if reference is None:
                reference = out
            elif out != reference:
                sys.exit(f"dask_speed: {name} wrote another output than local --jobs 1")
        wall = statistics.median(walls)
        rate = work_rate(args.duc, args.work_repeat, *work) if work else None
        row = {
            "setting": name,
            "command": "newsbrief batch DUC -o OUT " + " ".join(extra),
            "command_s": round(wall, 3),
            "command_stories_per_s": round(n / wall, 1),
            "work_stories_per_s": None if rate is None else round(rate, 1),
            "peak_rss_mb": round(max(peaks)),
            "cluster_start_s": None if start_s is None else round(start_s, 2),
        }
        rows.append(row)
        print(
            f"{name:28} command {wall:6.2f} s = {n / wall:5.1f} stories/s   work "
            + ("     -" if rate is None else f"{rate:6.1f}")
            + f" stories/s   peak RSS {max(peaks):5.0f} MB"
            + ("" if start_s is None else f"   (cluster start {start_s:.1f} s)"),
            flush=True,
        )

    measure("local --jobs 1", [], (1, "local", None))
    measure("local --jobs 2", ["--jobs", "2"], (2, "local", None))
    with tempfile.TemporaryDirectory() as logs:
        for k in (1, 2):
            cluster = Cluster(k, Path(logs))
            try:
                measure(
                    f"dask, {k} worker{'s' if k > 1 else ''} (existing)",
                    ["--engine", "dask", "--scheduler", cluster.address],
                    (1, "dask", cluster.address),
                    watch=[p.pid for p in cluster.procs],
                    start_s=cluster.start_s,
                )
            finally:
                cluster.close()
    measure(f"dask local cluster ({os.cpu_count()} w)", ["--engine", "dask"], None)

    if args.json:
        meta = {
            "stories": n,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "repeat": args.repeat,
            "work_repeat": args.work_repeat,
        }
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
