"""A write that fails (a full disk, a closed standard output) is one ``newsbrief: error``
line naming the output, exit 2; before, a traceback (``OSError: [Errno 28]``, or
``'NoneType' object has no attribute 'write'`` after ``>&-``)."""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from newsbrief.cli import main

from .conftest import one_error_line

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_summary_to_a_full_standard_output_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert main(["summarize", str(EXAMPLE)]) == 2
    assert one_error_line(capsys) == (
        "newsbrief: error: standard output: cannot write output: No space left on device"
    )


def test_summary_file_on_a_full_disk_names_the_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.outfile

    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(newsbrief.outfile.os, "replace", full)
    out = tmp_path / "summary.txt"
    assert main(["summarize", str(EXAMPLE), "-o", str(out)]) == 2
    assert one_error_line(capsys) == (
        f"newsbrief: error: {out}: cannot write output: No space left on device"
    )
    assert list(tmp_path.iterdir()) == []


def test_closed_standard_output_is_said_before_any_work(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.api

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("summarized though nothing could be written")

    monkeypatch.setattr(newsbrief.api, "summarize", never)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["summarize", str(EXAMPLE)]) == 2
    assert one_error_line(capsys) == (
        "newsbrief: error: standard output: is closed (give -o FILE to write a file)"
    )


def test_an_output_in_a_missing_folder_is_refused_before_the_digest_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.stories.cluster

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("clustered though the digest could not be written")

    monkeypatch.setattr(newsbrief.stories.cluster, "cluster", never)
    out = tmp_path / "reports" / "today.txt"
    assert main(["digest", str(EXAMPLE), "-o", str(out)]) == 2
    assert one_error_line(capsys) == (
        f"newsbrief: error: {out}: cannot write output: folder '{out.parent}' does not exist "
        "(create it first, or name a file in an existing folder)"
    )


def test_an_output_in_a_folder_one_cannot_write_to_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.outfile

    monkeypatch.setattr(newsbrief.outfile.os, "access", lambda *args: False)  # as if not root
    out = tmp_path / "summary.txt"
    assert main(["summarize", str(EXAMPLE), "-o", str(out)]) == 2
    assert one_error_line(capsys) == (
        f"newsbrief: error: {out}: cannot write output: no permission to write in folder "
        f"'{tmp_path}' (name a file in a folder you can write to)"
    )
