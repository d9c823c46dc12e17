"""``-o`` naming no plain file (a named pipe, ``/dev/null``, ``/dev/stdout``) writes into
it; before, the finished result was renamed over it, so ``-o /dev/null`` run as root
replaced the device with a plain file, and a named pipe's reader waited forever."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.outfile import written_in_place

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


def _read_fifo(path: Path, got: list[str]) -> threading.Thread:
    def read() -> None:
        with open(path, encoding="utf-8") as f:
            got.append(f.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_summary_written_to_a_named_pipe_reaches_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "summary-pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = _read_fifo(fifo, got)
    assert main(["summarize", str(EXAMPLE), "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert got and "al-Baghdadi" in got[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a plain file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_batch_written_to_a_named_pipe_sends_its_lines(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    import json

    stories = tmp_path / "in.jsonl"
    docs = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)]
    stories.write_text(
        "".join(json.dumps({"id": f"s{k}", "documents": docs}) + "\n" for k in range(2)),
        encoding="utf-8",
    )
    fifo = tmp_path / "out-pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = _read_fifo(fifo, got)
    assert main(["batch", str(stories), "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert [json.loads(line)["id"] for line in got[0].splitlines()] == ["s0", "s1"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_devices_and_dev_stdout_are_written_in_place_plain_files_are_replaced(
    tmp_path: Path,
) -> None:
    assert written_in_place(os.devnull)
    assert not written_in_place(str(tmp_path / "summary.txt"))  # not there yet
    (tmp_path / "summary.txt").write_text("old", encoding="utf-8")
    assert not written_in_place(str(tmp_path / "summary.txt"))
    if os.path.exists("/dev/stdout"):
        assert written_in_place("/dev/stdout")  # may lead to a file the shell opened


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "latest-summary.txt"
    real.write_text("yesterday's summary\n", encoding="utf-8")
    link = tmp_path / "summary.txt"
    link.symlink_to(real)
    assert main(["summarize", str(EXAMPLE), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert "al-Baghdadi" in real.read_text(encoding="utf-8")
