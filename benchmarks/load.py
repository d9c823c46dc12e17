"""Load on ``newsbrief serve`` over loopback: summaries per second, latency, no lost articles.

Starts ``newsbrief serve`` on a free loopback port (never another host), then

1. ``/v1/summarize`` on the bundled example story from ``--clients`` concurrent clients
   (default 8), each on its own keep-alive connection, until ``--duration`` seconds or
   ``--requests`` requests, whichever comes first: requests per second, p50 and p95
   latency, and every answer checked (status 200, same summary each time);
2. ``POST /v1/articles`` from the same number of clients at once, each article posted
   twice by different clients (DUC 2003 task-2 articles when ``../shared`` is there,
   else the example story): afterwards ``GET /v1/stories`` must hold every article exactly
   once, none lost or duplicated.

    python benchmarks/load.py [--clients 8] [--duration 10] [--requests 2000] [--workers 1]
                              [--json OUT]

It measures and prints; nothing here asserts a speed target.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "baghdadi-mosul"
DUC = REPO.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
HOST = "127.0.0.1"  # loopback only
TOKEN = "load-test-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


class Client:
    """One keep-alive HTTP connection, as one program posting to the service would hold."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection(HOST, port, timeout=60)

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        headers = {"content-type": "application/json", "authorization": f"Bearer {TOKEN}"}
        self.conn.request(method, path, body=data, headers=headers)
        r = self.conn.getresponse()
        raw = r.read()
        return r.status, json.loads(raw) if raw else None

    def close(self) -> None:
        self.conn.close()


def start_server(port: int, db: Path, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSBRIEF_API_TOKEN": TOKEN}
    cmd = [
        sys.executable,
        "-m",
        "newsbrief",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--db",
        str(db),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            c = Client(port)
            if c.call("GET", "/healthz")[0] == 200:
                c.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("serve did not answer /healthz within 60 s")


def example_documents() -> list[dict[str, str]]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(EXAMPLE.glob("*.txt"))
    ]


def summarize_load(port: int, clients: int, duration: float, limit: int) -> dict[str, Any]:
    body = {"documents": example_documents(), "words": 100}
    latencies: list[float] = []
    failures: list[str] = []
    summaries: set[str] = set()
    lock = threading.Lock()
    issued = 0
    stop_at = time.monotonic() + duration

    def run() -> None:
        nonlocal issued
        client = Client(port)
        try:
            while time.monotonic() < stop_at:
                with lock:
                    if issued >= limit:
                        return
                    issued += 1
                t0 = time.perf_counter()
                status, answer = client.call("POST", "/v1/summarize", body)
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if status != 200:
                        failures.append(f"{status}: {answer}")
                    else:
                        summaries.add(answer["summary"])
        finally:
            client.close()

    # one request first, so model loading and imports are not in the figures
    warm = Client(port)
    warm.call("POST", "/v1/summarize", body)
    warm.close()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=run) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "requests": len(latencies),
        "seconds": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * ordered[max(0, int(0.95 * len(ordered)) - 1)], 1),
        "failures": len(failures),
        "distinct_summaries": len(summaries),
        "first_failure": failures[0] if failures else None,
    }


def article_pool() -> tuple[list[dict[str, Any]], str]:
    if DUC.exists():
        docs = []
        with DUC.open(encoding="utf-8") as f:
            for line in f:
                story = json.loads(line)
                for d in story["documents"]:
                    docs.append(
                        {
                            k: d[k]
                            for k in ("id", "text", "title", "source", "published")
                            if d.get(k) is not None
                        }
                    )
        return docs, f"DUC 2003 task 2 ({DUC})"
    return example_documents(), "the example story"


def articles_load(port: int, clients: int, batch: int) -> dict[str, Any]:
    pool, origin = article_pool()
    # every article goes to two different clients: the store must keep it once
    shares: list[list[dict[str, Any]]] = [[] for _ in range(clients)]
    for k, doc in enumerate(pool):
        shares[k % clients].append(doc)
        other = (k + 1 + (k // clients) % (clients - 1)) % clients if clients > 1 else 0
        shares[other].append(doc)
    failures: list[str] = []
    posted = 0
    lock = threading.Lock()

    def run(docs: list[dict[str, Any]]) -> None:
        nonlocal posted
        client = Client(port)
        try:
            for i in range(0, len(docs), batch):
                status, answer = client.call(
                    "POST", "/v1/articles", {"articles": docs[i : i + batch]}
                )
                with lock:
                    if status != 200:
                        failures.append(f"{status}: {answer}")
                    else:
                        posted += len(answer["articles"])
        finally:
            client.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=run, args=(share,)) for share in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    seen: dict[str, int] = {}
    client = Client(port)
    offset: int | None = 0
    n_stories = 0
    while offset is not None:
        status, page = client.call("GET", f"/v1/stories?limit=200&offset={offset}")
        if status != 200:
            failures.append(f"list {status}: {page}")
            break
        for story in page["stories"]:
            n_stories += 1
            for d in story["documents"]:
                seen[d["id"]] = seen.get(d["id"], 0) + 1
        offset = page["next_offset"]
    client.close()
    ids = {d["id"] for d in pool}
    return {
        "articles": len(ids),
        "origin": origin,
        "posts": posted,
        "seconds": round(wall, 2),
        "article_posts_per_s": round(posted / wall, 1),
        "stories": n_stories,
        "lost": len(ids - seen.keys()),
        "duplicated": sum(1 for n in seen.values() if n > 1),
        "unexpected": len(seen.keys() - ids),
        "failures": len(failures),
        "first_failure": failures[0] if failures else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds of summarize load")
    ap.add_argument("--requests", type=int, default=2000, help="most summarize requests")
    ap.add_argument("--batch", type=int, default=10, help="articles per POST /v1/articles")
    ap.add_argument("--workers", type=int, default=1, help="newsbrief serve --workers")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = start_server(port, Path(tmp) / "stories.sqlite", args.workers)
        try:
            summ = summarize_load(port, args.clients, args.duration, args.requests)
            arts = articles_load(port, args.clients, args.batch)
        finally:
            proc.terminate()
            proc.wait(20)
    result = {
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "workers": args.workers,
        "summarize": summ,
        "articles": arts,
    }
    print(f"machine: {result['machine']}; newsbrief serve --workers {args.workers}")
    print(
        f"/v1/summarize, example story, {summ['clients']} clients: {summ['requests']} requests "
        f"in {summ['seconds']} s = {summ['requests_per_s']} req/s; p50 {summ['p50_ms']} ms, "
        f"p95 {summ['p95_ms']} ms; {summ['failures']} failed; "
        f"{summ['distinct_summaries']} distinct summary"
    )
    print(
        f"/v1/articles, {args.clients} clients, each article posted twice: {arts['articles']} "
        f"articles ({arts['origin']}) in {arts['seconds']} s ({arts['article_posts_per_s']} "
        f"article posts/s) -> {arts['stories']} stories; lost {arts['lost']}, duplicated "
        f"{arts['duplicated']}, unexpected {arts['unexpected']}; {arts['failures']} failed posts"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    bad = summ["failures"] or arts["failures"] or arts["lost"] or arts["duplicated"]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
