"""Writing results without ever destroying the user's files.

Output goes to a temporary file beside the target and replaces it only when the run
succeeds, so a run that stops on bad input leaves an earlier result intact, and an output
path that names one of the inputs is refused before anything is written.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from .errors import InputError, OptionsError

# line output for stdout held in memory up to this size, then in a temporary file
HELD_IN_MEMORY = 8 << 20


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: str, inputs: Sequence[str] = ()) -> None:
    """Refuse an output path that names an input or a folder, before any work is done."""
    if path == "-":
        return
    target = Path(path)
    for item in inputs:
        if item and item != "-" and _same_file(item, target):
            raise OptionsError(
                "the output file is also an input; it would be overwritten",
                where=path,
                hint="write the output to another file",
            )
    if target.is_dir():
        raise InputError("is a folder, not a file", where=path, hint="name an output file")


def _keep_whole_lines(path: str) -> None:
    """Cut a file after its last newline: a line half-written when Ctrl-C came is dropped."""
    with open(path, "rb+") as f:
        size = f.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(pos, 1 << 16)
            f.seek(pos - step)
            chunk = f.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                f.truncate(pos - step + nl + 1)
                return
            pos -= step
        f.truncate(0)


@contextmanager
def open_output(
    path: str, inputs: Sequence[str] = (), *, partial_on_interrupt: bool = False
) -> Iterator[TextIO]:
    """A text stream for ``path`` (``-`` is stdout) that appears there only on success.

    With ``partial_on_interrupt`` (line outputs: JSONL), Ctrl-C keeps the whole lines
    written so far at ``path`` instead of discarding them: the user is told how many.
    Line outputs on stdout are held the same way (in memory up to 8 MiB, then in a
    temporary file; written at the end; on Ctrl-C the whole lines so far): a batch that
    stops on a bad item leaves nothing there, not the first lines of a result that looks
    whole to the next program in a pipe.
    """
    if path == "-" and not partial_on_interrupt:
        yield sys.stdout  # written in one piece at the end by its caller
        return
    if path == "-":
        with tempfile.SpooledTemporaryFile(
            max_size=HELD_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
        ) as held:
            try:
                yield cast(TextIO, held)
            except KeyboardInterrupt:
                held.seek(0)
                text = held.read()
                sys.stdout.write(text[: text.rfind("\n") + 1])
                sys.stdout.flush()
                raise
            held.seek(0)
            shutil.copyfileobj(held, sys.stdout)
        return
    check_output(path, inputs)
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    except OSError as exc:
        raise InputError(f"cannot write output: {exc.strerror}", where=path) from exc
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, target)
    except KeyboardInterrupt:
        if partial_on_interrupt and os.path.exists(tmp):
            _keep_whole_lines(tmp)
            os.replace(tmp, target)
        elif os.path.exists(tmp):
            os.unlink(tmp)
        raise
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_output(text: str, path: str, inputs: Sequence[str] = ()) -> None:
    with open_output(path, inputs) as handle:
        handle.write(text)
