"""Counting what a run has written, for its progress bar and for the report after Ctrl-C.

The bar itself is :class:`newsbrief.engine.TerminalProgress` (stderr, only on a terminal).
:class:`LineCounter` counts the whole lines written to an output, which is what a run
stopped by Ctrl-C reports; :class:`Ticker` counts work done in threads (pages fetched).
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..engine import Progress


class LineCounter:
    """A text output that counts the lines written to it (each write is whole lines) and
    reports the count to ``progress(done, total)``."""

    def __init__(
        self, out: TextIO, progress: Progress | None = None, total: int | None = None
    ) -> None:
        self.out = out
        self.progress = progress
        self.total = total
        self.lines = 0

    def write(self, text: str) -> int:
        n = self.out.write(text)
        added = text.count("\n")
        if added:
            self.lines += added
            if self.progress is not None:
                self.progress(self.lines, self._total())
        return n

    def _total(self) -> int | None:
        return self.total if self.total is not None and self.lines <= self.total else None

    def flush(self) -> None:
        self.out.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.out, name)


class Ticker:
    """Counts items done from any thread and reports them to ``progress(done, total)``;
    past the announced total (a feed that expands to its items) it counts without one."""

    def __init__(self, progress: Progress, total: int | None = None) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self._lock = threading.Lock()

    def tick(self) -> None:
        with self._lock:
            self.done += 1
            over = self.total is not None and self.done > self.total
            self.progress(self.done, None if over else self.total)


def lines_kept(counter: LineCounter | None, output: str) -> int:
    """The whole lines an interrupted run left in ``output``, counted in the file itself:
    Ctrl-C can land after a line is written and before the counter adds it, and the
    message must say what the file holds. stdout: the lines counted."""
    if counter is None:
        return 0
    kept = count_lines(output)
    return counter.lines if kept is None else kept


def count_lines(path: str) -> int | None:
    """Non-blank lines of a file (a batch's item count), None for stdin, an unreadable
    file or one that is no plain file (the bar then counts without a total). Why the
    last: reading ``/dev/stdout`` or a named pipe would wait on, or eat, another
    program's data."""
    if path == "-" or not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None
