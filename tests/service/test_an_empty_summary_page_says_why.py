"""A summary page with no sentence says why, as ``newsbrief summarize`` warns it: the
budget only when the budget is the reason (with the shortest sentence's length and, on
the paste form's page, the field to raise). Before s34 every empty summary read "No
sentence fits the budget." (100 words left for a paste of three quotations), under a
note that "every sentence here comes from pasted-1"."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import make_client

FERRY = (
    "Ferry service to the islands resumed on Thursday after a week of storms, the ferry "
    "company said. The first boat left the harbour at 7 a.m. with 40 passengers aboard."
)
QUOTES = '"We will win," he said. "Nobody can stop us now," he added. "It is over," she said.'


def _notice(tmp_path: Path, articles: str, words: int) -> tuple[str, str]:
    with make_client(tmp_path) as client:
        page = client.post("/summarize", data={"articles": articles, "words": str(words)})
    assert page.status_code == 200, page.text
    summary = page.text.split('<section class="summary">', 1)[1].split("</section>", 1)[0]
    assert "<li" not in summary  # the case: no summary sentence
    found = re.search(r'<p class="notice">(.*?)</p>', summary, re.S)
    assert found
    return found.group(1), summary


def test_a_budget_too_small_is_named_with_the_field_to_raise(tmp_path: Path) -> None:
    notice, _ = _notice(tmp_path, FERRY, words=5)
    assert "No sentence fits the budget of 5 words" in notice
    assert re.search(r"the shortest has \d+ words", notice)
    assert "Raise “Words”" in notice


def test_an_empty_summary_with_room_to_spare_is_not_blamed_on_the_budget(
    tmp_path: Path,
) -> None:
    notice, summary = _notice(tmp_path, QUOTES, words=100)
    assert "budget of" not in notice and "Raise" not in notice
    assert notice.startswith("No sentence")
    assert "every sentence here comes from" not in summary  # no sentence to credit
