"""Cleaning time against page size: it must grow linearly (s33 ingZ round).

Two made-up page shapes (no third-party text), each at growing sizes:

* ``comments``: a story followed by N reader comments, each a stamp line ("user7 3 hours
  ago") and its comment: the thread rule used to scan the list of stamps once per stamp,
  quadratic in N.
* ``repeats``: an article of N lines, the same three sentences over and over, with a
  cookie notice and a forum header every 50 lines.

Prints, per size, the best of ``--repeat`` runs in ms and ms per 1,000 lines; the last
column is the growth against the previous size (about 2.0 when the size doubles and time
is linear, about 4.0 when it is quadratic). No assertion: a timing belongs here, not in
tests.

    python benchmarks/cleaning_speed.py [--sizes 1000 2000 4000 8000 16000] [--repeat 5]
      [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsbrief.clean import clean_text

BODY = [
    "The council met on Monday to discuss the harbour bridge repairs.",
    "Officials said the work would take six weeks.",
    "Residents complained about the traffic on the ring road.",
]


def comments_page(n: int) -> str:
    head = ["Bridge repairs to start in May", *BODY, "Comments"]
    thread = [
        line for i in range(n) for line in (f"user{i % 97} {i % 5 + 1} hours ago", BODY[i % 3])
    ]
    return "\n".join(head + thread)


def repeats_page(n: int) -> str:
    lines = ["Bridge repairs to start in May"]
    for i in range(n):
        if i % 50 == 25:
            lines.append("We use cookies to improve your experience on our site.")
        elif i % 50 == 40:
            lines.append(f"reader_{i} wrote:")
        else:
            lines.append(BODY[i % 3])
    return "\n".join(lines)


def best_ms(raw: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        clean_text(raw)
        best = min(best, time.perf_counter() - t)
    return 1000 * best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000, 16000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    result: dict[str, list[dict[str, float]]] = {}
    for name, build in (("comments", comments_page), ("repeats", repeats_page)):
        rows: list[dict[str, float]] = []
        print(f"{name}: size, ms, ms per 1000 lines, growth")
        for n in args.sizes:
            raw = build(n)
            lines = raw.count("\n") + 1
            ms = best_ms(raw, args.repeat)
            growth = ms / rows[-1]["ms"] if rows else float("nan")
            rows.append({"size": n, "lines": lines, "ms": ms})
            print(f"  {n:>7} {ms:9.1f} {1000 * ms / lines:9.3f} {growth:6.2f}")
        result[name] = rows
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
