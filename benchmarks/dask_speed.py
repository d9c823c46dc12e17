"""Stories per second of ``newsbrief batch`` on a Dask cluster (1 and 2 workers) and locally.

Two figures per setting, on the DUC 2003 task-2 clusters:

``command``
    wall time of a whole ``newsbrief batch IN -o OUT ...`` process, as a user waits for
    it: interpreter start, imports, connecting to the scheduler (or starting the process
    pool / local cluster), reading, summarizing, writing. An existing cluster is already
    running, as it would be; how long it took to start is reported on its own.
``work``
    start-up not counted: in this process, after a warm-up call, the stories once and
    ``1 + --work-repeat`` times over (fresh ids) are each timed through
    ``summarize_batch``; the extra stories divided by the extra time is the rate, so the
    connection, the pool start and the first task's latency cancel out.

CPU is user + system seconds of the command, the processes it waited for and the
scheduler and workers of the cluster it uses, per story: what a run costs whatever else
shares the machine. Peak memory is the largest sum of RSS over the same processes,
sampled every 20 ms.

    python benchmarks/dask_speed.py [--duc PATH] [--repeat 3] [--work-repeat 3] [--json OUT]

Command figures are the best of ``--repeat`` runs (on a shared machine the minimum is the
least disturbed). Nothing here asserts a target.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import platform
import shutil
import signal
import socket
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


def _cpu_s(pids: Sequence[int]) -> float:
    """User + system CPU seconds of the running processes ``pids`` and their children."""
    import psutil

    total = 0.0
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(pid)
            for p in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    total += t.user + t.system
    return total


@dataclasses.dataclass
class CommandRun:
    wall_s: float
    cpu_s: float  # the command, the processes it waited for, and the cluster's processes
    peak_rss_mb: float
    output: bytes


def command_run(duc: Path, extra: list[str], watch: Sequence[int]) -> CommandRun:
    """One ``newsbrief batch`` process; ``watch``: the processes of the cluster it uses."""
    with tempfile.TemporaryDirectory() as tmp:
        out, err = Path(tmp) / "out.jsonl", Path(tmp) / "err.txt"
        cmd = [*_bin("newsbrief"), "batch", str(duc), "-o", str(out), *extra]
        cluster_cpu = _cpu_s(watch)
        with err.open("w") as err_f:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stderr=err_f)
            with PeakRss([proc.pid, *watch]) as mem:
                # wait4: the command's CPU time with that of the children it waited for
                _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.exit(f"dask_speed: {' '.join(cmd)} failed:\n{err.read_text()}")
        cpu = usage.ru_utime + usage.ru_stime + _cpu_s(watch) - cluster_cpu
        return CommandRun(wall, cpu, mem.peak / 2**20, out.read_bytes())


def _stories(duc: Path, copies: int) -> list[dict[str, Any]]:
    base = [json.loads(line) for line in duc.read_text(encoding="utf-8").splitlines() if line]
    return [{**s, "id": f"{s['id']}#{k}"} for k in range(copies) for s in base]


def work_rate(duc: Path, copies: int, jobs: int, engine: str, scheduler: str | None) -> float:
    """Marginal stories/s: (big - small batch) / (their time difference), start-up cancelled.

    Both batches pay the same start-up (connecting, starting the pool, the first task's
    latency); the difference of their times is what the extra stories cost. Best of two.
    """
    import newsbrief

    opts = newsbrief.SummaryOptions(words=100)
    kw: dict[str, Any] = {"jobs": jobs, "engine": engine, "scheduler": scheduler}
    small, big = _stories(duc, 1), _stories(duc, 1 + copies)

    def timed(stories: list[dict[str, Any]]) -> float:
        t0 = time.perf_counter()
        for _ in newsbrief.summarize_batch(stories, opts, **kw):
            pass
        return time.perf_counter() - t0

    timed(small)  # warm-up: imports and caches here and on the workers
    t_small = min(timed(small), timed(small))
    t_big = min(timed(big), timed(big))
    return (len(big) - len(small)) / max(t_big - t_small, 1e-9)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duc", type=Path, default=DEFAULT_DUC)
    ap.add_argument("--repeat", type=int, default=3, help="command runs per setting (best)")
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
        runs = [command_run(args.duc, extra, watch) for _ in range(args.repeat)]
        for r in runs:
            if reference is None:
                reference = r.output
            elif r.output != reference:
                sys.exit(f"dask_speed: {name} wrote another output than local --jobs 1")
        wall = min(r.wall_s for r in runs)
        cpu = min(r.cpu_s for r in runs)
        peak = max(r.peak_rss_mb for r in runs)
        rate = work_rate(args.duc, args.work_repeat, *work) if work else None
        rows.append(
            {
                "setting": name,
                "command": "newsbrief batch DUC -o OUT " + " ".join(extra),
                "command_s": round(wall, 3),
                "command_stories_per_s": round(n / wall, 1),
                "cpu_ms_per_story": round(1000 * cpu / n, 1),
                "work_stories_per_s": None if rate is None else round(rate, 1),
                "peak_rss_mb": round(peak),
                "cluster_start_s": None if start_s is None else round(start_s, 2),
            }
        )
        print(
            f"{name:28} command {wall:5.2f} s = {n / wall:5.1f} stories/s  "
            f"CPU {1000 * cpu / n:5.1f} ms/story  work "
            + ("    -" if rate is None else f"{rate:5.1f}")
            + f" stories/s  peak RSS {peak:4.0f} MB"
            + ("" if start_s is None else f"  (cluster start {start_s:.1f} s)"),
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
