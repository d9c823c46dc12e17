"""The first story list with summaries, and the first digest, of ``newsbrief serve``.

The store a reviewer measured (s24 review, finding 12): the 17 development clusters of
DUC 2003 task 2 (160 distinct articles, ``{"id", "text"}`` only, shuffled with seed 7),
posted to ``POST /v1/articles`` one ISO week at a time (by the date in each LDC id), as
a feed would arrive. Then, timed from this client over loopback:

1. ``GET /v1/stories?summaries=true`` right after the last post (first, then again);
2. the server stopped and started again on the same store, and the same list asked for
   as soon as ``/healthz`` answers (first, then again), then ``GET /v1/digest`` (first,
   then again).

``--settle S`` waits S seconds after the last post and after the restart before
asking (0: ask at once, the worst case). ``--analysis-cost`` then times, in this
process, each story's summary without and with the cross-source analysis (what the list
and the story page need) and checks their texts and titles agree. The server runs with
``--time-limit 600`` so that a slow answer is timed rather than refused (the default
limit is 30 s).
Run it against another tree by setting PYTHONPATH to its ``src``.

    python benchmarks/service_first_list.py [--settle 0] [--analysis-cost] [--json OUT]

It measures and prints; nothing here asserts a speed target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DUC = REPO.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
HOST = "127.0.0.1"  # loopback only
DEV = (
    "d31009t d31022t d31038t d30028t d30051t d31001t d30042t d30044t d31010t d31041t "
    "d31002t d31027t d30025t d31031t d31033t d30048t d30005t"
).split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def call(port: int, method: str, path: str, body: Any = None) -> tuple[int, Any, float]:
    conn = http.client.HTTPConnection(HOST, port, timeout=900)
    data = None if body is None else json.dumps(body).encode()
    t0 = time.perf_counter()
    conn.request(method, path, body=data, headers={"content-type": "application/json"})
    r = conn.getresponse()
    payload = json.loads(r.read() or b"null")
    took = time.perf_counter() - t0
    conn.close()
    return r.status, payload, took


def start(port: int, db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsbrief", "serve", "--host", HOST, "--port", str(port)]
    cmd += ["--db", str(db), "--time-limit", "600"]
    env = {k: v for k, v in os.environ.items() if k != "NEWSBRIEF_API_TOKEN"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("newsbrief serve exited")
        try:
            if call(port, "GET", "/healthz")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("serve did not answer /healthz within 60 s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def weekly_posts() -> list[list[dict[str, str]]]:
    """The reviewer's feed: dev clusters' distinct articles, shuffled, cut by ISO week."""
    seen: dict[str, dict[str, str]] = {}
    for line in DUC.open(encoding="utf-8"):
        cluster = json.loads(line)
        if cluster["id"] in DEV:
            for d in cluster["documents"]:
                seen.setdefault(d["id"], {"id": d["id"], "text": d["text"]})
    arts = list(seen.values())
    random.Random(7).shuffle(arts)
    weeks: dict[tuple[int, int], list[dict[str, str]]] = defaultdict(list)
    for a in arts:
        day = dt.date(int(a["id"][3:7]), int(a["id"][7:9]), int(a["id"][9:11]))
        weeks[day.isocalendar()[:2]].append(a)
    return [weeks[k] for k in sorted(weeks)]


def analysis_cost(db: Path) -> dict[str, Any]:
    """Each stored story summarized without, then with, the analysis: seconds in all,
    and how many stories got the same summary text and title both ways."""
    import newsbrief
    from newsbrief.render import summary_dict
    from newsbrief.stories.store import StoryStore

    took = {False: 0.0, True: 0.0}
    same = 0
    with StoryStore(db) as store:
        stories = store.stories(limit=max(store.count()[0], 1))
        for story in stories:
            got = {}
            for analysis in (False, True):
                t0 = time.perf_counter()
                try:
                    data = summary_dict(
                        newsbrief.summarize(
                            list(story.articles), story_id=story.id, analysis=analysis
                        )
                    )
                    got[analysis] = (data.get("summary"), data.get("title"))
                except newsbrief.NewsbriefError as exc:
                    got[analysis] = (str(exc), None)
                took[analysis] += time.perf_counter() - t0
            same += got[False] == got[True]
    return {
        "stories": len(stories),
        "without_analysis_s": round(took[False], 2),
        "with_analysis_s": round(took[True], 2),
        "same_text_and_title": same,
    }


def listing(port: int) -> tuple[float, int, int]:
    status, body, took = call(port, "GET", "/v1/stories?summaries=true&limit=50")
    n = len(body["stories"]) if status == 200 else 0
    return took, status, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--settle", type=float, default=0.0, help="seconds to wait before asking")
    ap.add_argument(
        "--analysis-cost", action="store_true", help="time summaries without/with analysis"
    )
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    if not DUC.exists():
        raise SystemExit(f"needs {DUC}")
    posts = weekly_posts()
    out: dict[str, Any] = {"articles": sum(map(len, posts)), "posts": len(posts)}
    with tempfile.TemporaryDirectory(prefix="nb-first-list-") as tmp:
        db = Path(tmp) / "stories.sqlite"
        port = free_port()
        proc = start(port, db)
        try:
            t0 = time.perf_counter()
            for batch in posts:
                status, _, _ = call(port, "POST", "/v1/articles", {"articles": batch})
                assert status == 200, status
            out["posting_s"] = round(time.perf_counter() - t0, 2)
            time.sleep(args.settle)
            for k in ("after_post_first", "after_post_again"):
                took, status, n = listing(port)
                out[k] = {"s": round(took, 2), "status": status, "stories": n}
        finally:
            stop(proc)
        proc = start(port, db)
        try:
            time.sleep(args.settle)
            for k in ("restart_first", "restart_again"):
                took, status, n = listing(port)
                out[k] = {"s": round(took, 2), "status": status, "stories": n}
            for k in ("digest_first", "digest_again"):
                status, body, took = call(port, "GET", "/v1/digest")
                n = len(body.get("stories") or []) if status == 200 else 0
                out[k] = {"s": round(took, 2), "status": status, "stories": n}
        finally:
            stop(proc)
        if args.analysis_cost:
            out["analysis_cost"] = analysis_cost(db)
    out["load"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
