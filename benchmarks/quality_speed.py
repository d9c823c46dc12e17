"""Selection time per ``--method``: milliseconds per cluster, and whole-batch wall time.

    python benchmarks/quality_speed.py [STORIES.jsonl] [--repeat 3] \
        [--variant coverage:supported_restates=1 ...]

Selection time is the selector call alone on prepared stories (best of ``--repeat`` runs,
after one warm-up run that pays imports), in CPU time of this process: on a shared machine
wall time moves by 2x with other jobs, CPU time by a few percent. Batch time runs
``newsbrief batch --words 100 --fill`` in a fresh process, so it counts interpreter
start-up and imports, on one core; wall and CPU (user + system) seconds are both given.
``--variant`` (``quality_dev.py``'s ``coverage:key=value,...``) adds the selection time of
a configuration of the default method (no batch run: the CLI has no such switch).
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_dev import DEFAULT, load_stories, make_problem, parse_config

from newsbrief import select as sel
from newsbrief.options import DEFAULT_METHOD, METHODS
from newsbrief.select.coverage import select_with


def selection_ms(path: str, repeat: int, variants: tuple[str, ...] = ()) -> dict[str, float]:
    stories = load_stories(path)
    out: dict[str, float] = {}
    for method in (*METHODS, *variants):
        name, _, over = method.partition(":")
        name = DEFAULT_METHOD if name == "default" else name
        problems = [make_problem(p, 100, name) for _sid, p, _refs in stories]
        selector = sel.REGISTRY[name]
        if over:
            config = parse_config(over)
            selector = functools.partial(_with_config, config=config)
        selector(problems[0])  # warm-up: lazy imports
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            for problem in problems:
                selector(problem)
            best = min(best, time.process_time() - t0)
        out[method] = round(1000 * best / len(problems), 2)
    return out


def _with_config(problem: sel.Problem, config: object) -> list[sel.Choice]:
    return select_with(problem, config)  # type: ignore[arg-type]


def batch_seconds(path: str, repeat: int) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds of a whole ``newsbrief batch`` process, best of ``repeat``."""
    exe = Path(sys.executable).with_name("newsbrief")
    out: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for method in METHODS:
            cmd = [str(exe), "batch", path, "-o", f"{tmp}/out.jsonl", "--words", "100"]
            walls, cpus = [], []
            for _ in range(repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([*cmd, "--fill", "--method", method], check=True)
                walls.append(time.perf_counter() - t0)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            out[method] = (round(min(walls), 2), round(min(cpus), 2))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="write the numbers as JSON here")
    ap.add_argument("--variant", action="append", default=[], help="coverage:key=value,...")
    args = ap.parse_args(argv)
    sel_ms = selection_ms(args.stories, args.repeat, tuple(args.variant))
    batch = batch_seconds(args.stories, args.repeat)
    print(f"{'method':<12}{'select CPU ms/cluster':>24}{'batch wall s':>14}{'batch CPU s':>13}")
    for m in METHODS:
        print(f"{m:<12}{sel_ms[m]:>24.2f}{batch[m][0]:>14.2f}{batch[m][1]:>13.2f}")
    for v in args.variant:
        print(f"{v:<12}{sel_ms[v]:>24.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"select_ms": sel_ms, "batch_s": batch}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
