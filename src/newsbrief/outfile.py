"""Writing results without ever destroying the user's files.

Output goes to a temporary file beside the target and replaces it only when the run
succeeds, so a run that stops on bad input leaves an earlier result intact, and an output
path that names one of the inputs is refused before anything is written. A target that is
no plain file (``/dev/null``, ``/dev/stdout``, a named pipe) is written as it is, once the
run succeeds: renaming a file over it would replace the device or pipe with a plain file.
A write that fails (a full disk, a closed standard output) is one line naming the output.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from .errors import InputError, OptionsError

# errors only a write gives: said as the output that could not be written, in one line
WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

# line output for stdout held in memory up to this size, then in a temporary file
HELD_IN_MEMORY = 8 << 20


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def written_in_place(path: str) -> bool:
    """Whether ``path`` is written as it is, not replaced: a device, pipe or socket, or a
    name under /dev or /proc (``/dev/stdout`` may lead to a plain file the shell opened).
    Why: a temporary file renamed over ``/dev/null`` would replace the device itself."""
    if path == "-":
        return False
    if os.path.abspath(path).startswith(("/dev/", "/proc/")):
        return os.path.exists(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _cannot_write(exc: OSError, path: str) -> InputError:
    where = "standard output" if path == "-" else path
    return InputError(f"cannot write output: {exc.strerror or exc}", where=where)


def _stdout() -> TextIO:
    """The standard output, or a one-line error when the shell closed it (``>&-``)."""
    if sys.stdout is None:
        raise InputError("is closed", where="standard output", hint="give -o FILE to write a file")
    return sys.stdout


def _deliver(held: TextIO, path: str) -> None:
    """Copy a held result to stdout (``-``) or a target written in place, in one go."""
    held.seek(0)
    try:
        if path == "-":
            out = _stdout()
            shutil.copyfileobj(held, out)
            out.flush()
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                shutil.copyfileobj(held, out)
    except BrokenPipeError:
        raise  # the reader stopped reading (| head): not an error
    except OSError as exc:
        raise _cannot_write(exc, path) from exc


def check_output(path: str, inputs: Sequence[str] = ()) -> None:
    """Refuse an output path that names an input or a folder, or a closed standard
    output, before any work is done."""
    if path == "-":
        _stdout()
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
    # said now, not after a long digest or summary that then cannot be written
    folder = Path(os.path.realpath(path)).parent
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise InputError(
            f"cannot write output: folder {str(target.parent)!r} {what}",
            where=path,
            hint="create it first, or name a file in an existing folder",
        )
    if not written_in_place(path) and not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(
            f"cannot write output: no permission to write in folder {str(target.parent)!r}",
            where=path,
            hint="name a file in a folder you can write to",
        )


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
        yield _stdout()  # written in one piece at the end by its caller
        return
    if path == "-" or written_in_place(path):
        if path != "-":
            check_output(path, inputs)
        with tempfile.SpooledTemporaryFile(
            max_size=HELD_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
        ) as held:
            try:
                yield cast(TextIO, held)
            except KeyboardInterrupt:
                if partial_on_interrupt:
                    held.seek(0)
                    text = held.read()
                    held.seek(0)
                    held.truncate()
                    held.write(text[: text.rfind("\n") + 1])
                    _deliver(cast(TextIO, held), path)
                raise
            _deliver(cast(TextIO, held), path)
        return
    check_output(path, inputs)
    # a symbolic link is kept: the file it leads to is the one replaced
    target = Path(os.path.realpath(path))
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
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _cannot_write(exc, path) from exc
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if exc.errno in WRITE_ERRORS:
            raise _cannot_write(exc, path) from exc
        raise
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
    """Write a whole result to ``path`` (``-``: stdout), a failed write said in one line."""
    if path == "-":
        out = _stdout()
        try:
            out.write(text)
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _cannot_write(exc, path) from exc
        return
    with open_output(path, inputs) as handle:
        handle.write(text)
