"""Two reports of one day that give different tolls disagree; a development line that
holds them says so, and the digest does not call its figures "no disagreement" (s31 fxD,
review rvZ #14: "dead: 60 -> 67 -> 60" on one day was shown as the story moving on).

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.render import development_line, developments_heading, render

_LEAD = (
    "A fire swept through a crowded ferry terminal in Port Alder, killing {n} people, "
    "police said.\n\nFirefighters fought the blaze for six hours.\n"
)
DOCS = [
    {"id": "early", "source": "Wire A", "published": "2025-02-03", "text": _LEAD.format(n=40)},
    {
        "id": "later",
        "source": "Wire B",
        "published": "2025-02-03",
        "text": "A fire at the ferry terminal in Port Alder killed 47 people on Monday, the "
        "harbour master said.\n\nThe terminal was closed to passengers.\n",
    },
    {
        "id": "next",
        "source": "Wire A",
        "published": "2025-02-05",
        "text": "The fire at the ferry terminal in Port Alder killed 49 people, police said "
        "on Wednesday.\n\nInvestigators questioned the terminal's owners.\n",
    },
]


def test_a_line_with_two_tolls_on_one_day_says_they_disagree() -> None:
    summary = newsbrief.summarize(DOCS, words=80)
    assert summary.analysis is not None
    (dev,) = summary.analysis.developments
    labels = {a.id: a.label for a in summary.articles}
    line = development_line(dev, labels)
    assert "reports of 2025-02-03 disagree" in line
    assert "40" in line.split("disagree")[-1] and "47" in line.split("disagree")[-1]
    assert "no disagreement" not in developments_heading(summary.analysis.developments)
    assert "reports of 2025-02-03 disagree" in render(summary, "markdown")


def test_a_toll_that_rises_day_by_day_is_still_no_disagreement() -> None:
    rising = [DOCS[0], DOCS[2]]
    summary = newsbrief.summarize(rising, words=80)
    assert summary.analysis is not None
    (dev,) = summary.analysis.developments
    line = development_line(dev, {a.id: a.label for a in summary.articles})
    assert "disagree" not in line
    assert "no disagreement" in developments_heading(summary.analysis.developments)
