"""``newsbrief digest`` wall time, CPU, peak memory and progress bar, on DUC 2003 (issue 12).

    python benchmarks/digest_speed.py [--topics 6 30] [--jobs 1] [--repeat 1]
        [--src OTHER/src] [--format json] [--json OUT.json]
    python benchmarks/digest_speed.py --sizes 2 4 6 8 10 --topics 3

Each run is ``python -m newsbrief digest FILE --format FMT --jobs J -o OUT`` in a fresh
process: with ``--jobs 1`` pinned to one core (``taskset -c 0``, where there is one),
with more jobs on the first J cores. ``FILE`` is the first N topics of
``../shared/data/duc2003/task2.jsonl`` (6 topics: 60 articles, 30: all 289; read at run
time, never copied). Its stderr is a terminal (a pseudo-terminal), so the progress bar
is drawn as a user sees it; each redraw is timed, giving **first bar** (seconds until
the bar first shows) and **longest still** (the longest the bar stands still, from the
start or a redraw to the next redraw or the end: what a user stares at).

newsbrief's bytecode is compiled once into a private cache first, so no run compiles it
(an installed newsbrief starts so). Per row: wall seconds (best of ``--repeat``), CPU
seconds of the process and its workers, peak RSS of the digest process (MiB; a worker's
is not added), and the md5 of the digest written, so two trees (``--src``: another
checkout's ``src``, e.g. the tree before a change: ``git worktree add /tmp/before
COMMIT``) can be compared to the byte.
``--sizes``: instead, CPU seconds to summarize one story of K articles as a digest does
(how long the bar can stand still on one story). It measures and prints; nothing here
asserts a speed.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def topics_file(n: int, folder: Path) -> tuple[Path, int]:
    """The first ``n`` DUC topics as one JSONL file, and how many distinct articles."""
    lines = [x for x in DUC.read_text(encoding="utf-8").splitlines() if x.strip()][:n]
    ids = {d["id"] for line in lines for d in json.loads(line)["documents"]}
    path = folder / f"duc2003_{n}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(ids)


def child_env(src: str, pycache: str) -> dict[str, str]:
    """The environment a timed digest runs in: ``src`` first on the path, one BLAS
    thread, and newsbrief's bytecode read from ``pycache`` (compiled once, before any
    timing), as an installed newsbrief starts; the development machine sets
    ``PYTHONDONTWRITEBYTECODE``, under which every start compiles the sources again
    (as ``benchmarks/speed.py`` does)."""
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    subprocess.run([sys.executable, "-m", "compileall", "-q", src], env=env, check=True, cwd=ROOT)
    return env


def run_once(env: dict[str, str], path: Path, fmt: str, jobs: int, out: Path) -> dict[str, Any]:
    """One digest in a fresh process, its stderr a pseudo-terminal whose redraws are timed."""
    cmd = [sys.executable, "-m", "newsbrief", "digest", str(path), "--format", fmt]
    # (--jobs only when more than one: a tree from before --jobs is timed too)
    cmd += ["-o", str(out), *(["--jobs", str(jobs)] if jobs != 1 else [])]
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    if shutil.which("taskset") and len(cores) >= jobs:
        cmd = ["taskset", "-c", ",".join(str(c) for c in sorted(cores)[:jobs]), *cmd]
    master, slave = pty.openpty()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT)
    os.close(slave)
    draws: list[float] = []  # when each redraw of the bar arrived
    while True:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the process closed its end
                chunk = b""
            if not chunk:
                break
            draws.extend([time.perf_counter() - t0] * chunk.count(b"\r"))
        elif proc.poll() is not None:
            break
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    os.close(master)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"digest failed ({status}): {' '.join(cmd)}")
    marks = [0.0, *draws, wall]
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        # ru_maxrss: the largest of the process and its waited-for workers, in KiB
        "peak_mib": round(usage.ru_maxrss / 1024, 1),
        "first_bar_s": round(draws[0], 2) if draws else None,
        "longest_still_s": round(max(b - a for a, b in itertools.pairwise(marks)), 2),
        "redraws": len(draws),
        "md5": hashlib.md5(out.read_bytes()).hexdigest(),
    }


def story_sizes(src: str, sizes: list[int], topics: int) -> list[dict[str, Any]]:
    """CPU seconds to summarize one story as a digest does, by its number of articles: the
    first K articles of each of the first ``topics`` DUC topics (the analysis compares
    each article's first sentences with every other article, so a story's cost grows
    faster than its articles). A fresh process of ``src`` for each K (the sentence memos
    of a smaller K would serve a larger one), on one core, after a warm-up story."""
    rows = []
    for k in sizes:
        code = f"""
import json, sys, time
sys.path.insert(0, {src!r})
import newsbrief
lines = open({str(DUC)!r}, encoding="utf-8").read().splitlines()
stories = [json.loads(x)["documents"] for x in lines if x.strip()]
newsbrief.summarize(stories[-1][:2], briefing=True, latest_first=True)  # imports, warm-up
t0 = time.process_time()
for docs in stories[:{topics}]:
    newsbrief.summarize(docs[:{k}], briefing=True, latest_first=True)
print((time.process_time() - t0) / {topics})
"""
        cmd = [sys.executable, "-c", code]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        rows.append({"articles": k, "cpu_s": round(float(done.stdout.split()[-1]), 2)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--topics", type=int, nargs="+", default=[6, 30])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1])
    ap.add_argument("--repeat", type=int, default=1, help="runs per row (best wall kept)")
    ap.add_argument("--format", default="json", choices=("json", "text", "markdown", "html"))
    ap.add_argument("--src", default=str(ROOT / "src"), help="the newsbrief source to time")
    ap.add_argument("--json", type=Path, help="write the rows here")
    ap.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        help="instead: CPU seconds per story of K articles (the first K of each of the "
        "first --topics topics), e.g. --sizes 2 4 6 8 10 --topics 3",
    )
    args = ap.parse_args(argv)
    if not DUC.exists():
        print(f"needs {DUC} (the shared DUC 2003 data)", file=sys.stderr)
        return 2
    if args.sizes:
        found = story_sizes(args.src, args.sizes, args.topics[0])
        print("| articles in the story | CPU s per story |")
        print("|---|---|")
        for r in found:
            print(f"| {r['articles']} | {r['cpu_s']} |")
        if args.json:
            args.json.write_text(json.dumps({"src": args.src, "sizes": found}, indent=1) + "\n")
        return 0
    rows = []
    print(
        "| topics | articles | jobs | wall s | CPU s | peak MiB | first bar s "
        "| longest still s | md5 |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(args.src, str(folder / "pycache"))
        for n in args.topics:
            path, n_articles = topics_file(n, folder)
            for jobs in args.jobs:
                runs = [
                    run_once(env, path, args.format, jobs, folder / "digest.out")
                    for _ in range(args.repeat)
                ]
                best = min(runs, key=lambda r: r["wall_s"])
                row = {"topics": n, "articles": n_articles, "jobs": jobs, **best}
                row["cpu_s_all"] = [r["cpu_s"] for r in runs]
                row["wall_s_all"] = [r["wall_s"] for r in runs]
                rows.append(row)
                print(
                    f"| {n} | {n_articles} | {jobs} | {row['wall_s']} | {row['cpu_s']} "
                    f"| {row['peak_mib']} | {row['first_bar_s']} | {row['longest_still_s']} "
                    f"| {row['md5'][:8]} |",
                    flush=True,
                )
    if args.json:
        meta = {"src": args.src, "format": args.format, "load": os.getloadavg()}
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
