"""A broken JSONL line is explained in words a user can act on, at its line and column."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.errors import InputError
from newsbrief.ingest import parse_story_line

from ..conftest import STORY_A

LINE = json.dumps({"id": "elm", "documents": STORY_A}) + "\n"


@given(st.integers(min_value=1, max_value=len(LINE) - 3))
def test_a_line_cut_anywhere_names_the_line_and_a_column(cut: int) -> None:
    broken = LINE[:cut] + "\n"
    with pytest.raises(InputError) as info:
        parse_story_line(broken, 7, "in.jsonl")
    err = info.value
    assert err.where == "in.jsonl:7"
    assert err.message.startswith("malformed JSON (")
    assert "column " in err.message
    # Python's own wording ends in a dangling "at": "Invalid control character at"
    assert " at at " not in err.message and not err.message.endswith(" at)")


def test_a_line_cut_inside_a_text_says_the_string_does_not_end() -> None:
    cut = LINE.index("The city council")
    with pytest.raises(InputError) as info:
        parse_story_line(LINE[:cut] + "\n", 3, "in.jsonl")
    message = info.value.message
    assert "does not end on this line" in message
    assert "control character" not in message  # the user wrote no control character


def test_a_raw_tab_inside_a_text_is_named_as_such() -> None:
    line = LINE.replace("voted 7-2", "voted\t7-2")
    with pytest.raises(InputError) as info:
        parse_story_line(line, 1, "in.jsonl")
    assert "a tab or other control character inside a string" in info.value.message


def test_crlf_line_ends_are_read() -> None:
    story = parse_story_line(LINE.rstrip("\n") + "\r\n", 1, "in.jsonl")
    assert story.id == "elm" and len(story.articles) == 3
