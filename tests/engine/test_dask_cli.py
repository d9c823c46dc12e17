"""`newsbrief batch` and `attribute --batch` on a Dask cluster write what a local run writes.

The cluster is real (a `dask scheduler` and two `dask worker` processes, see conftest.py);
every comparison is with a local run of the same command on the same input, byte for byte,
with the same messages on stderr and the same exit status.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import newsbrief
from newsbrief import engine
from newsbrief.cli import main

from ..conftest import DUC, STORY_A
from .conftest import free_port, start_scheduler, stop

# Written for these tests.
FLOOD = [
    {
        "id": "f1",
        "source": "Valley Herald",
        "text": (
            "River Dorne floods three villages\n\n"
            "The River Dorne burst its banks on Sunday night and flooded three villages, "
            "forcing 1,200 people from their homes, the regional council said.\n\n"
            "Rescue crews used boats to reach families trapped on upper floors. "
            "No deaths have been reported."
        ),
    },
    {
        "id": "f2",
        "source": "North Post",
        "text": (
            "About 1,200 residents left their homes after the River Dorne flooded three "
            "villages on Sunday.\n\n"
            "The council opened two schools as shelters. Forecasters expect more rain on "
            "Tuesday, which could push the river higher."
        ),
    },
]
STRIKE = [
    {
        "id": "s1",
        "text": (
            "Workers at the Halden steel plant walked out on Thursday over pay, halting "
            "production at the country's largest mill.\n\n"
            "The union said 4,000 members joined the strike. Managers offered a 3 percent "
            "raise; the union asks for 7 percent."
        ),
    },
    {
        "id": "s2",
        "text": (
            "Production stopped at the Halden steel mill on Thursday as 4,000 workers went "
            "on strike.\n\n"
            "Talks between the union and the company are set to resume on Monday, a "
            "labour ministry spokesman said."
        ),
    },
    {
        "id": "s3",
        "text": "The Halden strike entered its first day with no talks scheduled.",
    },
]
STORIES = [
    {"id": "bridge", "documents": STORY_A},
    {"id": "flood", "documents": FLOOD},
    {"id": "strike", "documents": STRIKE},
    {"id": "bridge-short", "documents": STORY_A[:2]},
]
CLAIMS = [
    {"story": "flood", "claim_id": "c1", "claim": "The River Dorne flooded three villages."},
    {"story": "flood", "claim_id": "c2", "claim": "About 1,500 people left their homes."},
    {"story": "strike", "claim_id": "c3", "claim": "4,000 workers went on strike at Halden."},
    {"story": "bridge", "claim_id": "c4", "claim": "The bridge will cost $40 million."},
    {"story": "strike", "claim_id": "c5", "claim": "The union asks for a 7 percent raise."},
]


def _jsonl(path: Path, rows: list[object], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + extra, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The CLI in this process: exit status and stderr."""
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().err


def _both(
    tmp_path: Path,
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    dask: list[str],
) -> tuple[tuple[int, str, bytes | None], tuple[int, str, bytes | None]]:
    """(status, stderr, output bytes) of a local run and of a run with ``dask`` options."""
    runs = []
    fresh = Path(tempfile.mkdtemp(dir=tmp_path))  # no output left by an earlier run
    for name, extra in (("local", []), ("dask", dask)):
        out = fresh / f"{name}.jsonl"
        code, err = _run([*args, "-o", str(out), *extra], capsys)
        runs.append((code, err, out.read_bytes() if out.exists() else None))
    return runs[0], runs[1]


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "stories.jsonl", STORIES)


@pytest.fixture
def bad_stories(tmp_path: Path) -> Path:
    rows = [STORIES[0], {"id": "empty", "documents": []}, STORIES[1]]
    return _jsonl(tmp_path / "bad.jsonl", rows, extra="{not json\n" + json.dumps(STORIES[2]) + "\n")


def test_batch_on_a_cluster_writes_the_local_output_byte_for_byte(
    tmp_path: Path, stories: Path, dask_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local, dask = _both(
        tmp_path,
        ["batch", str(stories), "--words", "40"],
        capsys,
        ["--engine", "dask", "--scheduler", dask_cluster],
    )
    assert local == dask
    assert local[0] == 0 and local[1] == ""
    assert local[2] is not None
    ids = [json.loads(line)["id"] for line in local[2].decode().splitlines()]
    assert ids == [s["id"] for s in STORIES]


def test_a_bad_story_is_skipped_on_a_cluster_with_the_local_messages_and_status(
    tmp_path: Path, bad_stories: Path, dask_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local, dask = _both(
        tmp_path,
        ["batch", str(bad_stories), "--on-error", "skip"],
        capsys,
        ["--engine", "dask", "--scheduler", dask_cluster],
    )
    assert local == dask
    code, err, out = dask
    assert code == 1
    assert f"skipped {bad_stories}:2 (id empty): story has no documents" in err
    assert f"skipped {bad_stories}:4: malformed JSON" in err
    assert out is not None
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [bool(r.get("error")) for r in lines] == [False, True, False, True, False]


def test_a_bad_story_stops_a_cluster_run_with_the_local_message(
    tmp_path: Path, bad_stories: Path, dask_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local, dask = _both(
        tmp_path,
        ["batch", str(bad_stories)],
        capsys,
        ["--engine", "dask", "--scheduler", dask_cluster],
    )
    assert local == dask
    code, err, out = dask
    assert code == 2 and out is None  # no half-written output
    assert err.count("\n") == 1
    assert err.startswith(f"newsbrief: error: {bad_stories}:2 (id empty): story has no documents")


def _claims(tmp_path: Path, bad: bool = False) -> Path:
    rows: list[object] = list(CLAIMS)
    if bad:
        rows.insert(2, {"story": "nowhere", "claim_id": "c9", "claim": "A story not given."})
    return _jsonl(tmp_path / "claims.jsonl", rows)


def test_attribute_batch_on_a_cluster_writes_the_local_output_byte_for_byte(
    tmp_path: Path, stories: Path, dask_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _claims(tmp_path)
    local, dask = _both(
        tmp_path,
        ["attribute", "--batch", str(stories), "--claims", str(claims)],
        capsys,
        ["--engine", "dask", "--scheduler", dask_cluster],
    )
    assert local == dask
    assert local[0] == 0
    assert local[2] is not None
    rows = [json.loads(line) for line in local[2].decode().splitlines()]
    assert [r["claim_id"] for r in rows] == [c["claim_id"] for c in CLAIMS]
    assert rows[0]["supported_by"] and rows[1]["contradicted_by"]  # 1,200 vs 1,500 people


def test_attribute_batch_reports_a_bad_claim_on_a_cluster_as_locally(
    tmp_path: Path, stories: Path, dask_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _claims(tmp_path, bad=True)
    dask_opts = ["--engine", "dask", "--scheduler", dask_cluster]
    args = ["attribute", "--batch", str(stories), "--claims", str(claims)]
    local, dask = _both(tmp_path, [*args, "--on-error", "skip"], capsys, dask_opts)
    assert local == dask
    assert dask[0] == 1
    assert f"skipped {claims}:3 (id c9): unknown story id 'nowhere'" in dask[1]
    local, dask = _both(tmp_path, args, capsys, dask_opts)
    assert local == dask
    assert dask[0] == 2 and dask[2] is None
    assert dask[1].startswith(f"newsbrief: error: {claims}:3 (id c9): unknown story id")


def test_engine_dask_alone_starts_a_local_cluster_with_the_same_output(
    tmp_path: Path, stories: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local, dask = _both(tmp_path, ["batch", str(stories)], capsys, ["--engine", "dask"])
    assert local == dask and local[0] == 0
    claims = _claims(tmp_path)
    args = ["attribute", "--batch", str(stories), "--claims", str(claims)]
    local, dask = _both(tmp_path, args, capsys, ["--engine", "dask"])
    assert local == dask and local[0] == 0


@pytest.mark.parametrize("command", ["batch", "attribute"])
def test_an_unreachable_scheduler_is_one_line_naming_the_address(
    tmp_path: Path,
    stories: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "DASK_CONNECT_TIMEOUT", 1.0)  # the default waits 10 s
    address = f"tcp://127.0.0.1:{free_port()}"
    out = tmp_path / "out.jsonl"
    argv = [*_argv(command, stories, tmp_path), "-o", str(out)]
    code, err = _run([*argv, "--engine", "dask", "--scheduler", address], capsys)
    assert code == 2 and not out.exists()
    assert err == f"newsbrief: error: {address}: cannot reach the Dask scheduler " + (
        "(no answer within 1 s) (start one with `dask scheduler`, or check the address: "
        "tcp://HOST:PORT)\n"
    )


def _argv(command: str, stories: Path, tmp_path: Path) -> list[str]:
    if command == "batch":
        return ["batch", str(stories)]
    return ["attribute", "--batch", str(stories), "--claims", str(_claims(tmp_path))]


@pytest.mark.parametrize("command", ["batch", "attribute"])
def test_a_scheduler_without_engine_dask_is_refused(
    tmp_path: Path, stories: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    argv = [*_argv(command, stories, tmp_path), "-o", str(out), "--scheduler", "tcp://h:8786"]
    code, err = _run(argv, capsys)
    assert (code, err) == (
        2,
        "newsbrief: error: --scheduler needs --engine dask (add --engine dask)\n",
    )
    assert not out.exists()


def test_a_scheduler_with_no_workers_is_an_error_not_a_hang(
    tmp_path: Path,
    stories: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "DASK_CONNECT_TIMEOUT", 1.0)
    address, proc = start_scheduler(tmp_path)
    try:
        argv = ["batch", str(stories), "-o", str(tmp_path / "o.jsonl")]
        code, err = _run([*argv, "--engine", "dask", "--scheduler", address], capsys)
    finally:
        stop([proc])
    assert code == 2
    assert err.startswith(f"newsbrief: error: {address}: the Dask scheduler has no workers")
    assert f"`dask worker {address}`" in err


def test_workers_with_another_newsbrief_version_are_refused(
    tmp_path: Path,
    stories: Path,
    dask_cluster: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # this process plays a newer newsbrief than the one installed on the workers
    monkeypatch.setattr(newsbrief, "__version__", "99.0")
    argv = ["batch", str(stories), "-o", str(tmp_path / "o.jsonl")]
    code, err = _run([*argv, "--engine", "dask", "--scheduler", dask_cluster], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "the Dask workers do not run this newsbrief (99.0)" in err
    assert "has newsbrief 0." in err
    assert "install newsbrief 99.0 with its [dask] extra on every worker" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("command", "unit"), [("batch", "stories"), ("attribute", "claims")])
def test_progress_goes_to_stderr_only_when_it_is_a_terminal(
    tmp_path: Path,
    stories: Path,
    dask_cluster: str,
    command: str,
    unit: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = [*_argv(command, stories, tmp_path), "--engine", "dask", "--scheduler", dask_cluster]
    code, err = _run([*argv, "-o", str(tmp_path / "piped.jsonl")], capsys)
    assert (code, err) == (0, "")  # stderr is a pipe or file here: no progress
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([*argv, "-o", str(tmp_path / "shown.jsonl")]) == 0
    shown = terminal.getvalue()
    n = len(STORIES) if command == "batch" else len(CLAIMS)
    last = f"{n}/{n} {unit}" if command == "batch" else f"{n} {unit}"
    assert shown.startswith("\r") and shown.endswith(f"{last}\n")
    assert (tmp_path / "piped.jsonl").read_bytes() == (tmp_path / "shown.jsonl").read_bytes()


@pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003), which CI has")
def test_the_duc_clusters_on_a_cluster_match_the_local_run_from_the_command_line(
    tmp_path: Path, dask_cluster: str
) -> None:
    outs = []
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--scheduler", dask_cluster])):
        out = tmp_path / f"{name}.jsonl"
        cmd = [sys.executable, "-m", "newsbrief", "batch", str(DUC), "-o", str(out), *extra]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert (done.returncode, done.stderr) == (0, "")
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert len(outs[0].splitlines()) == 30


def _interrupt_once_output_starts(cmd: list[str], out: Path) -> tuple[int, str]:
    """Ctrl-C as a terminal sends it (SIGINT to the command's process group) once the
    temporary output has its first bytes; (exit status, stderr)."""
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # Ctrl-C as a terminal user has it, whatever the test runner's own SIGINT is now
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        tmp = list(out.parent.glob(f".{out.name}.*.tmp"))
        if tmp and tmp[0].stat().st_size > 0:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    return proc.wait(timeout=120), (proc.stderr.read() if proc.stderr else "")


@pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003), which CI has")
@pytest.mark.parametrize("where", ["local cluster", "existing cluster"])
def test_ctrl_c_on_a_cluster_stops_cleanly_keeping_the_lines_written(
    tmp_path: Path, dask_cluster: str, where: str
) -> None:
    many = tmp_path / "many.jsonl"
    lines = [x for x in DUC.read_text(encoding="utf-8").splitlines() if x.strip()]
    many.write_text("\n".join(lines * 10) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    engine_opts = ["--engine", "dask"]
    if where == "existing cluster":
        engine_opts += ["--scheduler", dask_cluster]
    cmd = [sys.executable, "-m", "newsbrief", "batch", str(many), "-o", str(out), *engine_opts]
    code, err = _interrupt_once_output_starts(cmd, out)
    assert code == 130
    written = out.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["summary"] for line in written)  # whole lines only
    # the workers of a local cluster ignore the Ctrl-C: no traceback of theirs, and the
    # command's own line comes last (Dask may log a line of its own on a loaded machine)
    assert err.strip().splitlines()[-1].startswith("newsbrief: interrupted"), err
    assert "Traceback" not in err, err
