"""A command's option given before the command's name, or a flag no command has, gets a
message that says where the option goes and suggests only a close flag."""

from __future__ import annotations

import pytest

from newsbrief.cli import main


def _error(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    return capsys.readouterr().err


def test_an_option_with_its_value_before_the_command_says_it_goes_after(capsys) -> None:
    err = _error(capsys, ["--words", "5", "summarize", "s1"])
    assert "invalid choice" not in err
    assert "--words is an option of summarize" in err
    assert "put it after the command's name (newsbrief summarize --words 5 ...)" in err


def test_the_example_names_the_command_given_later_on_the_line(capsys) -> None:
    err = _error(capsys, ["--words", "5", "digest", "stories/"])
    assert "(newsbrief digest --words 5 ...)" in err


def test_an_exact_option_before_its_command_is_not_offered_as_a_guess(capsys) -> None:
    err = _error(capsys, ["--parse", "attribute", "story/"])
    assert "did you mean" not in err
    assert "--parse is an option of attribute: put it after the command's name" in err


def test_a_value_for_a_flag_no_command_has_is_still_an_invalid_command(capsys) -> None:
    err = _error(capsys, ["--bogus", "5", "summarize", "s1"])
    assert "invalid choice: '5'" in err


def test_an_unknown_flag_far_from_every_option_gets_no_suggestion(capsys) -> None:
    err = _error(capsys, ["summarize", "s1", "--bogus"])
    assert "unrecognized arguments: --bogus" in err
    assert "did you mean" not in err


def test_a_flag_one_letter_short_is_still_suggested(capsys) -> None:
    err = _error(capsys, ["summarize", "s1", "--wrod", "5"])
    assert "(did you mean --words?)" in err
