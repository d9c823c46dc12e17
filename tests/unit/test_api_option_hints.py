"""A Python caller's option mistake is explained with the keyword argument to pass."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief import OptionsError
from newsbrief.cli import main
from newsbrief.options import check_on_error

TEXTS = ["A storm hit the coast on Monday, officials said.", "The storm closed coast roads."]


@pytest.mark.parametrize(
    ("kwargs", "keyword"),
    [({"words": 0}, "words=100"), ({"words": None, "sentences": 0}, "sentences=3")],
)
def test_api_hint_names_the_keyword_argument(kwargs: dict, keyword: str) -> None:
    with pytest.raises(OptionsError) as info:
        newsbrief.summarize(TEXTS, **kwargs)
    assert keyword in (info.value.hint or "")


def test_no_budget_hint_names_both_keywords() -> None:
    with pytest.raises(OptionsError) as info:
        newsbrief.summarize(TEXTS, words=None)
    assert "words=" in (info.value.hint or "") and "sentences=" in (info.value.hint or "")


def test_on_error_hint_names_the_keyword_value() -> None:
    with pytest.raises(OptionsError) as info:
        check_on_error("ignore")
    assert "on_error='skip'" in (info.value.hint or "")


def test_cli_hint_still_names_the_flag(capsys) -> None:
    assert main(["summarize", "examples/baghdadi-mosul", "--words", "0"]) == 2
    assert "--words 100" in capsys.readouterr().err
