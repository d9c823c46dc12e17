"""How fast are 100 URLs fetched (and extracted) from a loopback server?

A threaded ``http.server`` on 127.0.0.1 serves the test pages (tests/data/pages) under 100
distinct URLs, optionally after a delay per request to stand in for network latency. We time
fetching alone at several concurrency levels, fetch + trafilatura extraction through the
loader the CLI uses, and a rerun served from the on-disk cache. The server shares the
machine's cores with the client, so loopback numbers are a floor, not a network forecast.

    python benchmarks/fetch_speed.py [--urls 100] [--latency 0.05] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsbrief.ingest import load_documents_report
from newsbrief.ingest.fetch import Fetcher, FetchOptions

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "pages"
NAMES = (
    "herald-bridge.html",
    "courier-bridge.html",
    "wire-bridge.html",
    "ledger-bridge.html",
    "gazette-cp1252.html",
)


def start_server(latency: float) -> tuple[ThreadingHTTPServer, str]:
    bodies = [(PAGES / n).read_bytes() for n in NAMES]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else 40 ms delayed-ACK stalls per request

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if latency:
                time.sleep(latency)
            n = int(self.path.rsplit("/", 1)[-1] or 0)
            body = bodies[n % len(bodies)]
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 256  # the default backlog of 5 drops SYNs
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--urls", type=int, default=100)
    ap.add_argument("--latency", type=float, default=0.0, help="server delay per request (s)")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    httpd, base = start_server(args.latency)
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        opts = FetchOptions(allow_private=True, use_cache=False, cache_dir=Path(tmp) / "c")
        for run, conc in enumerate((1, 4, 8, 16)):
            urls = [f"{base}/s{run}/{i}" for i in range(args.urls)]
            with Fetcher(replace(opts, concurrency=conc)) as f:
                secs, pages = timed(lambda f=f, urls=urls: f.fetch_many(urls))
            ok = sum(1 for p in pages if not isinstance(p, Exception))  # type: ignore[union-attr]
            results.append({"step": f"fetch only, concurrency {conc}", "seconds": secs, "ok": ok})
        cached = replace(opts, use_cache=True, concurrency=8)
        urls = [f"{base}/full/{i}" for i in range(args.urls)]
        secs, (docs, _skipped) = timed(lambda: load_documents_report(urls, cached))
        results.append({"step": "fetch + extract, concurrency 8", "seconds": secs, "ok": len(docs)})
        secs, (docs, _skipped) = timed(lambda: load_documents_report(urls, cached))
        results.append({"step": "rerun from cache + extract", "seconds": secs, "ok": len(docs)})
    httpd.shutdown()
    print(f"{args.urls} loopback URLs, server latency {args.latency * 1000:.0f} ms per request")
    print(f"{'step':34} {'seconds':>8} {'URLs/s':>8} {'ok':>5}")
    for r in results:
        secs = float(r["seconds"])  # type: ignore[arg-type]
        print(f"{r['step']:34} {secs:8.2f} {args.urls / secs:8.1f} {r['ok']:>5}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"urls": args.urls, "latency": args.latency, "results": results}, indent=2)
        )


if __name__ == "__main__":
    main()
