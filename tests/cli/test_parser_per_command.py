"""A run that names its command builds only that command's parser: same parse, same errors."""

from __future__ import annotations

import argparse

import pytest

from newsbrief.cli import (
    COMMAND_MODULES,
    CORE_COMMANDS,
    _command_named,
    build_parser,
    fetch_options,
    fetch_options_or_default,
    main,
)
from newsbrief.ingest.fetch import FetchOptions

ARGVS = [
    ["batch", "in.jsonl", "-o", "out.jsonl", "--words", "250", "--fill", "--jobs", "2"],
    ["-v", "summarize", "a.txt", "b.txt", "--sentences", "3", "--format", "json"],
    ["-vv", "attribute", "dir/", "--summary", "s.txt"],
    ["--verbose", "eval", "--help-not-an-option-here"],
]


@pytest.mark.parametrize("argv", ARGVS)
def test_one_command_parser_parses_like_the_full_parser(argv: list[str]) -> None:
    only = _command_named(argv)
    assert only == next(t for t in argv if not t.startswith("-"))
    full, one = build_parser(), build_parser(only)
    try:
        want: argparse.Namespace | str = full.parse_args(argv)
    except SystemExit as exc:
        want = f"exit {exc.code}"
    try:
        got: argparse.Namespace | str = one.parse_args(argv)
    except SystemExit as exc:
        got = f"exit {exc.code}"
    assert got == want


@pytest.mark.parametrize(
    "argv", [[], ["--help"], ["--version"], ["bacth", "x"], ["--", "batch"], ["-x", "batch"]]
)
def test_help_version_and_unknown_commands_get_the_full_parser(argv: list[str]) -> None:
    assert _command_named(argv) is None


def test_every_command_can_be_built_alone() -> None:
    for name in (*CORE_COMMANDS, *COMMAND_MODULES):
        parser = build_parser(name)
        with pytest.raises(SystemExit):
            parser.parse_args([name, "--help"])


def test_a_missing_argument_is_the_same_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["batch", "in.jsonl"])
    full = capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["batch", "in.jsonl"])
    assert exc.value.code == 2
    assert capsys.readouterr().err == full
    assert "the following arguments are required: -o/--output" in full


def test_default_web_flags_mean_the_default_fetch_options() -> None:
    args = build_parser("batch").parse_args(["batch", "in.jsonl", "-o", "out.jsonl"])
    assert fetch_options_or_default(args) is None
    assert fetch_options(args) == FetchOptions()  # None stands for exactly these


@pytest.mark.parametrize(
    "flags", [["--allow-private"], ["--no-cache"], ["--timeout", "5"], ["--timeout", "-1"]]
)
def test_a_changed_web_flag_is_kept(flags: list[str]) -> None:
    args = build_parser("batch").parse_args(["batch", "in.jsonl", "-o", "o.jsonl", *flags])
    if args.timeout <= 0:
        with pytest.raises(Exception, match="--timeout must be positive"):
            fetch_options_or_default(args)
        return
    assert fetch_options_or_default(args) == fetch_options(args) != FetchOptions()
