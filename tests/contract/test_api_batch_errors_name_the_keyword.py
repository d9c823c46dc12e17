"""A Python caller's batch error names the keyword to pass, not the command's flag."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.errors import InputError

GOOD = {
    "id": "s1",
    "documents": [
        {
            "id": "a",
            "text": "The council approved the new budget on "
            "Monday after a long debate, officials said. Spending on schools will rise.",
        }
    ],
}
BAD = {"id": "s2", "documents": []}


def test_summarize_batch_advises_on_error_skip_as_a_keyword() -> None:
    with pytest.raises(InputError) as err:
        list(newsbrief.summarize_batch([GOOD, BAD]))
    assert 'on_error="skip"' in (err.value.hint or "")
    assert "--on-error" not in (err.value.hint or "")
