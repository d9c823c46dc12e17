"""How long Ctrl-C on ``newsbrief serve`` takes while a request's URL never answers.

Three cases, each on a fresh server on a free loopback port (``--allow-private``), the
URL a loopback socket that accepts and never answers (so the fetch ends only by its read
timeout, 20 s, three tries):

1. ``gone``: the client gives up after 1.5 s, then SIGINT;
2. ``503``: ``--time-limit 1`` answers 503, then SIGINT;
3. ``waiting``: the client still waits when SIGINT comes.

For each: seconds from SIGINT to the process's exit, its exit status, the waiting
client's answer, and whether stderr holds a traceback. A case is given up after
``--give-up`` seconds (killed; reported as such). Run it against another tree by setting
PYTHONPATH to its ``src``.

    python benchmarks/service_stop.py [--give-up 120]

It measures and prints; nothing here asserts a speed target.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from typing import Any


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _silent_url() -> tuple[str, socket.socket]:
    """A loopback URL that accepts connections and never answers (held open)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/story.html", listener


def _post(base: str, url: str, timeout: float) -> str:
    body = json.dumps({"documents": [{"id": "a", "url": url}]}).encode()
    request = urllib.request.Request(
        base + "/v1/summarize", data=body, headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return str(answer.status)
    except urllib.error.HTTPError as exc:
        return f"{exc.code} {json.loads(exc.read()).get('error')}"
    except OSError as exc:
        return f"no answer ({type(exc).__name__})"


def start_server(extra: list[str], **streams: Any) -> tuple[subprocess.Popen[str], str]:
    """``newsbrief serve`` on a free loopback port (private addresses allowed, no token),
    returned once it answers its health check, with its base URL."""
    port = _free_port()
    command = [sys.executable, "-m", "newsbrief", "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--allow-private", *extra],
        text=True,
        env={**os.environ, "NEWSBRIEF_API_TOKEN": ""},
        **streams,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return proc, base


def one_case(case: str, url: str, give_up: float) -> dict[str, Any]:
    extra = ["--time-limit", "1"] if case == "503" else []
    proc, base = start_server([*extra], stderr=subprocess.PIPE)
    answers: list[str] = []
    waiting = None
    if case == "waiting":
        waiting = threading.Thread(target=lambda: answers.append(_post(base, url, give_up)))
        waiting.start()
        time.sleep(1.0)
    else:
        answers.append(_post(base, url, 1.5 if case == "gone" else 60))
    start = time.perf_counter()
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=give_up)
        took: float | None = time.perf_counter() - start
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        took = None
    if waiting is not None:
        waiting.join(5)
    return {
        "case": case,
        "stop_s": None if took is None else round(took, 2),
        "exit": proc.returncode,
        "answer": answers[0] if answers else None,
        "traceback": "Traceback" in err,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--give-up", type=float, default=120.0)
    args = parser.parse_args()
    url, listener = _silent_url()
    for case in ("gone", "503", "waiting"):
        row = one_case(case, url, args.give_up)
        stop = "not stopped (killed)" if row["stop_s"] is None else f"{row['stop_s']} s"
        print(
            f"{case:8} stop {stop}, exit {row['exit']}, client: {row['answer']}, "
            f"traceback: {'yes' if row['traceback'] else 'no'}"
        )
    listener.close()


if __name__ == "__main__":
    main()
