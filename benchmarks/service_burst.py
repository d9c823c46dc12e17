"""A burst of requests on ``newsbrief serve``: the server process's threads, the answers,
and what the access log says of a client that leaves.

A fresh server on a free loopback port (``--allow-private``, ``--time-limit``); each
request names one URL that accepts and never answers, so every job holds its turn until
the time limit. ``--burst`` clients post at once and wait; the server process's peak
thread count (``/proc/PID/task``) is sampled meanwhile. Then one client posts and leaves
after 1 s, and the access log's lines are counted (uvicorn writes none for an answer
to a client already gone). Linux
only (``/proc``). Run it against another tree by setting PYTHONPATH to its ``src``.

    python benchmarks/service_burst.py [--burst 200] [--time-limit 5]

It measures and prints; nothing here asserts a speed target.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from service_stop import _post, _silent_url, start_server


def _threads(pid: int) -> collections.Counter[str]:
    """The process's threads by name (``/proc``'s 15-character names)."""
    names: collections.Counter[str] = collections.Counter()
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            names[Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()] += 1
    except OSError:
        pass
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--time-limit", type=float, default=5.0)
    args = parser.parse_args()
    url, listener = _silent_url()
    proc, base = start_server(
        ["-v", "--time-limit", str(args.time_limit)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    idle = _threads(proc.pid)
    answers: list[str] = []
    clients = [
        threading.Thread(target=lambda: answers.append(_post(base, url, 60)))
        for _ in range(args.burst)
    ]
    start = time.perf_counter()
    for c in clients:
        c.start()
    peak = idle
    while any(c.is_alive() for c in clients):
        now = _threads(proc.pid)
        if now.total() > peak.total():
            peak = now
        time.sleep(0.02)
    burst_s = time.perf_counter() - start
    gone_answer = _post(base, url, 1.0)  # the client leaves after 1 s
    time.sleep(args.time_limit + 1)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    listener.close()
    statuses = re.findall(r'"POST /v1/summarize HTTP/1.1" (\d+)', out)
    print(f"threads: {idle.total()} idle, {peak.total()} at the burst's peak", end=" ")
    print(f"({args.burst} requests)")
    print(f"burst answers in {burst_s:.1f} s: {dict(collections.Counter(answers))}")
    print(
        f"client that left after 1 s: {gone_answer}; access log: {len(statuses)} POST lines "
        f"for {args.burst + 1} requests, {dict(collections.Counter(statuses))}"
    )


if __name__ == "__main__":
    main()
