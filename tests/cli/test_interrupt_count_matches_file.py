"""After Ctrl-C, "N of M stories written" is the number of whole lines the file holds, even
when the interrupt lands between a line's write and its count (a race seen with --jobs 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.outfile import open_output
from newsbrief.render.progress import LineCounter, lines_kept


def test_the_count_said_is_the_lines_kept_when_ctrl_c_lands_after_a_write(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier result\n")
    counter = None
    with (
        pytest.raises(KeyboardInterrupt),
        open_output(str(out), partial_on_interrupt=True) as handle,
    ):
        counter = LineCounter(handle)
        counter.write('{"id": "1"}\n')
        counter.write('{"id": "2"}\n')
        handle.write('{"id": "3"}\n')  # written; Ctrl-C came before it was counted
        raise KeyboardInterrupt
    assert counter is not None and counter.lines == 2
    assert out.read_text().splitlines() == ['{"id": "1"}', '{"id": "2"}', '{"id": "3"}']
    assert lines_kept(counter, str(out)) == 3


def test_a_half_written_line_is_not_counted(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with (
        pytest.raises(KeyboardInterrupt),
        open_output(str(out), partial_on_interrupt=True) as handle,
    ):
        counter = LineCounter(handle)
        counter.write('{"id": "1"}\n')
        handle.write('{"id": "2", "summ')
        raise KeyboardInterrupt
    assert lines_kept(counter, str(out)) == 1 == len(out.read_text().splitlines())


def test_interrupted_before_the_output_opened_counts_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier result\n")
    assert lines_kept(None, str(out)) == 0
