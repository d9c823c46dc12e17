"""An earlier day's count gives way to the current one wherever its article states it.

A development is read from the articles' leads, but once a count is known to have moved
on, an earlier day's article restating the old figure in its last paragraph is as stale
as its lede: the summary must not give a reader both counts.
"""

import pytest

from newsbrief.api import prepare, summarize_prepared
from newsbrief.options import SummaryOptions

from .dated_stories import SCHOOL_BUS


@pytest.mark.parametrize("words", [40, 60, 100, 150])
def test_an_old_count_after_an_articles_first_five_sentences_is_not_shown(words) -> None:
    summary = summarize_prepared(prepare(SCHOOL_BUS), SummaryOptions(words=words))
    assert "Eleven children" not in summary.text
    assert "Seventeen children" in summary.text or "17 children" in summary.text


def test_without_publication_times_the_late_count_may_be_shown() -> None:
    undated = [{k: v for k, v in d.items() if k != "published"} for d in SCHOOL_BUS]
    summary = summarize_prepared(prepare(undated), SummaryOptions(words=150))
    assert "Eleven children" in summary.text  # no order in time: no count is the later one
