"""A developing story is headed by its event, not by a third party's judgement of it:
"X said she condemned the closure" repeats the story's key words, so it scored as
central as the closure itself (issue 12, s34 hdR round)."""

from __future__ import annotations

import newsbrief
from newsbrief.render import is_reaction
from newsbrief.stories.digest import story_headline

# Invented for this test: a port closed by a strike, over three days. The newest
# articles hold the event (the port closed) and a reaction to it by a mayor of another
# town, who appears in no other article.
PORT = [
    (
        "port-1",
        "Coast Wire",
        "2026-04-01",
        "Dock workers at the port of Belmar walked off the job on Wednesday over pay, "
        "halting the loading of cargo ships. The union said the strike would go on.",
    ),
    (
        "port-2",
        "Belmar Times",
        "2026-04-01",
        "A strike by dock workers halted cargo loading at the port of Belmar on Wednesday. "
        "The union is asking for higher pay.",
    ),
    (
        "port-3",
        "Harbour News",
        "2026-04-02",
        "The strike at the port of Belmar went into its second day on Thursday as dock "
        "workers and the port authority failed to agree on pay.",
    ),
    (
        "port-4",
        "Coast Wire",
        "2026-04-03",
        "The port authority closed the port of Belmar to ships on Friday, the third day "
        "of the strike.",
    ),
    (
        "port-5",
        "Belmar Times",
        "2026-04-03",
        "Mayor Varnhoek of Kestrel said she condemned the closure of the port of Belmar "
        "to cargo ships during the strike by dock workers over pay.",
    ),
]


def _rows() -> list[dict[str, str]]:
    return [{"id": i, "source": s, "published": d, "text": t} for i, s, d, t in PORT]


def test_a_third_partys_reaction_does_not_head_the_story() -> None:
    summary = newsbrief.summarize(_rows(), briefing=True, latest_first=True)
    headline = story_headline(summary)
    assert "condemned" not in headline  # the mayor's judgement, not the news
    assert "closed the port" in headline  # the event as it stands now


def test_a_reaction_is_a_judgement_by_someone_the_story_is_not_about() -> None:
    texts = [t for *_, t in PORT]
    assert is_reaction("Mayor Varnhoek of Kestrel said she condemned the closure", texts)
    # a deed, or a report of one, is no reaction
    assert not is_reaction("The port authority closed the port of Belmar to cargo ships", texts)
    assert not is_reaction("The union said the strike would go on", texts)
    # the story's central actor judging is its news
    assert not is_reaction("The dock workers condemned the closure", texts)
