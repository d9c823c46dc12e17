"""``-v`` is accepted by every command, before or after its name, and makes it log."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsbrief.cli import COMMAND_MODULES, CORE_COMMANDS, build_parser, main

from ..conftest import EXAMPLE


@pytest.mark.parametrize("command", [*CORE_COMMANDS, *COMMAND_MODULES])
def test_every_command_accepts_v_after_its_name(command: str) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    options = {o for a in sub.choices[command]._actions for o in a.option_strings}  # type: ignore[union-attr]
    assert {"-v", "--verbose"} <= options


def _info(capsys) -> list[str]:
    return [x for x in capsys.readouterr().err.splitlines() if x.startswith("newsbrief: info:")]


def test_summarize_logs_its_stages_only_when_asked(capsys) -> None:
    assert main(["summarize", str(EXAMPLE)]) == 0
    assert _info(capsys) == []
    assert main(["summarize", str(EXAMPLE), "-v"]) == 0
    (line,) = _info(capsys)
    assert "2 inputs read" in line and "select" in line
    assert main(["-v", "summarize", str(EXAMPLE)]) == 0
    assert len(_info(capsys)) == 1


def test_batch_attribute_and_eval_log_with_v(story_jsonl: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(story_jsonl), "-o", str(out), "-v"]) == 0
    assert any("batch: 2 stories" in x for x in _info(capsys))
    summary = tmp_path / "s.txt"
    summary.write_text("Baghdadi released an audio message on Wednesday.")
    assert main(["attribute", str(EXAMPLE), "--summary", str(summary), "-v"]) == 0
    assert any("1 claim checked" in x for x in _info(capsys))
    stories = tmp_path / "refs.jsonl"
    line = json.loads(story_jsonl.read_text().splitlines()[0])
    line["references"] = ["The city council approved a new bridge over the Elm River."]
    stories.write_text(json.dumps(line) + "\n")
    assert main(["eval", str(stories), "-v"]) == 0
    info = _info(capsys)
    assert len(info) == 1 and "eval: 1 stories scored" in info[0]


def test_serve_with_v_logs_start_up_and_requests(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(600):  # up to a minute for start-up on a busy machine
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert "Application startup complete" in err
    assert "GET /healthz" in out + err
