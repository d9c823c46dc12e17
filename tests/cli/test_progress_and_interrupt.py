"""Long runs show progress on a terminal (never in a pipe), and Ctrl-C says what was written,
leaves only whole lines and exits 130."""

from __future__ import annotations

import io
import json
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsbrief.render.progress import LineCounter, Ticker, count_lines

from ..conftest import DUC, ROOT, require_duc


@pytest.fixture(scope="module")
def many_stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 30 DUC 2003 clusters ten times over: a batch that takes several seconds."""
    path = tmp_path_factory.mktemp("many") / "stories.jsonl"
    lines = [x for x in DUC.read_text(encoding="utf-8").splitlines() if x.strip()]
    path.write_text("\n".join(lines * 10) + "\n", encoding="utf-8")
    return path


def _default_ctrl_c() -> None:
    """In the child: Ctrl-C as a terminal user has it. A process started with SIGINT
    ignored (as the test runner may have it at that moment) never sees KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _newsbrief(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsbrief", *args]


def _interrupt_when_output_starts(cmd: list[str], out: Path) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` in its own process group and send it Ctrl-C (SIGINT to the group, as a
    terminal does) once its temporary output has its first bytes."""
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_ctrl_c,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        tmp = list(out.parent.glob(f".{out.name}.*.tmp"))
        if tmp and tmp[0].stat().st_size > 0:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_in_a_batch_keeps_the_whole_lines_written_and_says_how_many(
    many_stories: Path, tmp_path: Path, jobs: str
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier result\n")
    done = _interrupt_when_output_starts(
        _newsbrief("batch", str(many_stories), "-o", str(out), "--jobs", jobs), out
    )
    assert done.returncode == 130
    lines = out.read_text().splitlines()
    records = [json.loads(x) for x in lines]  # every line whole
    assert 0 < len(records) < 300
    assert all(r["summary"] for r in records)
    last = done.stderr.strip().splitlines()[-1]
    assert last == f"newsbrief: interrupted: {len(records)} of 300 stories written to {out}"
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob(".*.tmp"))


def test_ctrl_c_in_eval_prints_no_scores_and_says_how_far_it_got(many_stories: Path) -> None:
    # stderr on a terminal, so that the progress bar says when scoring has begun
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        _newsbrief("eval", str(many_stories)),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
        start_new_session=True,
        preexec_fn=_default_ctrl_c,
    )
    os.close(slave)
    shown = b""
    while b"/300 stories" not in shown:
        shown += os.read(master, 4096)
    os.killpg(proc.pid, signal.SIGINT)
    stdout = proc.communicate(timeout=120)[0]
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        shown += data
    os.close(master)
    assert proc.returncode == 130
    assert stdout == ""
    last = shown.decode().strip().splitlines()[-1]
    assert last.startswith("newsbrief: interrupted: ") and last.endswith(
        " of 300 stories scored, no scores printed"
    )
    assert "Traceback" not in shown.decode()


def _stderr_on_a_terminal(cmd: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run ``cmd`` with stderr on a pseudo-terminal; what the terminal showed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_a_batch_shows_a_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    require_duc()
    out = tmp_path / "out.jsonl"
    code, shown = _stderr_on_a_terminal(_newsbrief("batch", str(DUC), "-o", str(out)))
    assert code == 0
    assert "30/30 stories" in shown and "\r[" in shown
    piped = subprocess.run(
        _newsbrief("batch", str(DUC), "-o", str(out)), cwd=ROOT, capture_output=True, text=True
    )
    assert piped.returncode == 0 and piped.stderr == ""


def test_eval_shows_a_progress_bar_on_a_terminal_only() -> None:
    require_duc()
    code, shown = _stderr_on_a_terminal(_newsbrief("eval", str(DUC)))
    assert code == 0 and "30/30 stories" in shown
    piped = subprocess.run(_newsbrief("eval", str(DUC)), cwd=ROOT, capture_output=True, text=True)
    assert piped.returncode == 0 and "stories" not in piped.stderr


def test_line_counter_counts_whole_lines_and_reports_them() -> None:
    seen: list[tuple[int, int | None]] = []
    buf = io.StringIO()
    counter = LineCounter(buf, lambda done, total: seen.append((done, total)), total=2)
    counter.write('{"a": 1}\n')
    counter.write('{"b": 2}\n{"c": 3}\n')
    assert counter.lines == 3 and buf.getvalue().count("\n") == 3
    assert seen == [(1, 2), (3, None)]  # past the announced total: a count without one


def test_ticker_counts_past_an_announced_total_without_one() -> None:
    seen: list[tuple[int, int | None]] = []
    ticker = Ticker(lambda done, total: seen.append((done, total)), 2)
    for _ in range(3):
        ticker.tick()
    assert seen == [(1, 2), (2, 2), (3, None)]


def test_count_lines_skips_blank_lines_and_knows_nothing_of_stdin(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1}\n\n  \n{"id": 2}\n')
    assert count_lines(str(path)) == 2
    assert count_lines("-") is None
    assert count_lines(str(tmp_path / "missing.jsonl")) is None


@pytest.fixture
def pages_server() -> Iterator[str]:
    """The test pages of ``tests/data/pages`` over HTTP on loopback."""
    pages = ROOT / "tests" / "data" / "pages"

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(pages), **kwargs)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_summarize_counts_pages_fetched_on_a_terminal(pages_server: str, tmp_path: Path) -> None:
    urls = [
        f"{pages_server}/{n}"
        for n in ("herald-bridge.html", "courier-bridge.html", "wire-bridge.html")
    ]
    args = ["summarize", "--allow-private", "--no-cache", *urls]
    env = {**os.environ, "NEWSBRIEF_CACHE_DIR": str(tmp_path / "cache")}
    code, shown = _stderr_on_a_terminal(_newsbrief(*args), env)
    assert code == 0
    assert "3/3 pages fetched" in shown
    piped = subprocess.run(_newsbrief(*args), cwd=ROOT, capture_output=True, text=True, env=env)
    assert piped.returncode == 0 and "pages fetched" not in piped.stderr
