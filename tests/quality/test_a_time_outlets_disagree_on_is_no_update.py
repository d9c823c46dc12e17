"""A time of day two outlets give is not outdated by another time a later outlet gives.

The moment something happened does not develop over a story's days the way a count
does: "shortly after 9 p.m." (two outlets) against a later "about 10 p.m." (one outlet)
is a disagreement. The summary keeps the version two outlets give, marks it as disputed,
and still gives the current count.
"""

import pytest

from newsbrief import summarize

from .dated_stories import BAKERY_BLAST, HARBOR_FIRE

CASES = [
    # story, the time two outlets give, the later outlet's time (and id), stale and
    # current counts
    (HARBOR_FIRE, "shortly after 9 p.m.", "about 10 p.m.", "p1", "Fourteen", "22 people"),
    (BAKERY_BLAST, "shortly after 6 a.m.", "about 7 a.m.", "cr", "Three workers", "five workers"),
]


@pytest.mark.parametrize(("docs", "kept", "later", "later_id", "stale", "current"), CASES)
@pytest.mark.parametrize("words", [60, 100, 250])
def test_the_time_two_outlets_give_stays_beside_the_current_count(
    docs, kept, later, later_id, stale, current, words
) -> None:
    summary = summarize(docs, words=words)
    assert kept in summary.text
    assert later not in summary.text  # one version of the time, not both
    assert stale not in summary.text and current in summary.text
    (timed,) = [s for s in summary.sentences if kept in s.text]
    # the reader is told the time is disputed, and by whom
    assert later_id in {e.article_id for e in timed.contradicted_by}
