"""The README's examples work as written (its commands parse, and run on the bundled story)."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from newsbrief.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.M | re.S)


def _commands() -> list[str]:
    """Every ``newsbrief ...`` command of the README: bash blocks and inline code."""
    out = [m for m in re.findall(r"(?<!`)`(newsbrief [^`\n]+)`(?!`)", README)]
    for block in _blocks("bash"):
        for line in block.splitlines():
            for part in re.split(r"&&|\|", line.split("#")[0]):
                part = part.strip()
                if part.startswith("newsbrief "):
                    out.append(part)
    return list(dict.fromkeys(out))


def _argv(command: str) -> list[str]:
    # [--optional things] are documentation of optional flags: drop the brackets
    return shlex.split(re.sub(r"\[([^\]]*)\]", r"\1", command))[1:]


def test_readme_shows_commands_and_code() -> None:
    assert len(_commands()) >= 8 and _blocks("python")


@pytest.mark.parametrize("command", _commands())
def test_every_readme_command_parses(command: str) -> None:
    argv = _argv(command)
    with contextlib.redirect_stderr(io.StringIO()) as err:
        try:
            build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse rejects an unknown option or value
            pytest.fail(f"{command!r} does not parse: {err.getvalue().strip()} ({exc.code})")


RUNNABLE = [
    c
    for c in _commands()
    if "examples/baghdadi-mosul" in c
    and not any(x in c for x in ("http", ".html", "feed.xml", "summary.txt"))
]


@pytest.mark.parametrize("command", RUNNABLE)
def test_readme_commands_on_the_example_story_run(
    command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    argv = _argv(command)
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "out")]
    assert main(argv) == 0
    assert (tmp_path / "out").read_text().strip()


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in _blocks("python"):
            exec(compile(block, "README.md", "exec"), namespace)
    assert "Baghdadi" in out.getvalue()
