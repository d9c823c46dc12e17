"""`newsbrief attribute`'s text shows the part of the evidence that states the claim.

An evidence window may be two or three sentences; on one line it is cut, and the cut
must not leave only a sentence that leads up to the fact.
"""

from __future__ import annotations

from newsbrief.model import ClaimAttribution, Evidence
from newsbrief.render.claims import claims_text

LEAD_IN = (
    "Officials in the port city spent the morning checking the damage along the coast "
    "road and the old harbour, where boats had been thrown onto the quay overnight."
)
FACT = "The storm killed 14 people in the fishing villages north of the city, police said."


def shown(claim: str, text: str) -> str:
    ev = Evidence("wire", "wire", 0, len(text), text, 0.8)
    (line,) = [x for x in claims_text([ClaimAttribution(claim, (ev,))]).splitlines()[1:]]
    return line.split(": ", 1)[1]


def test_a_long_window_opens_at_the_sentence_stating_the_claim() -> None:
    line = shown("The storm killed 14 people in fishing villages.", LEAD_IN + "\n\n" + FACT)
    assert line.startswith("… The storm killed 14 people")


def test_a_window_that_fits_is_shown_whole() -> None:
    assert shown("The storm killed 14 people.", FACT) == FACT


def test_a_window_opening_on_the_fact_is_cut_at_its_end() -> None:
    line = shown("The storm killed 14 people in fishing villages.", FACT + " " + LEAD_IN)
    assert line.startswith("The storm killed 14 people") and line.endswith("…")
