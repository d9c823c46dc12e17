"""`newsbrief attribute`'s text shows the part of the evidence that states the claim.

An evidence window may be two or three sentences; on one line it is cut, and the cut
must not leave only a sentence that leads up to the fact.
"""

from __future__ import annotations

from newsbrief.model import ClaimAttribution, Detail, Evidence
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


def _line(claim: str, ev: Evidence) -> str:
    att = ClaimAttribution(claim, () if ev.details else (ev,), (ev,) if ev.details else ())
    return claims_text([att]).splitlines()[-1]


DENIAL = '"We have not arrested anyone. We have no suspect."'
QUOTE = (
    '"Such a fire site is treated as a crime scene until the opposite is proved," said the '
    "head of the police technical division, who leads the fire investigation in the city."
)


def test_a_contradiction_shows_the_words_that_contradict() -> None:
    # the quote shares more of the claim's words; the denial is what contradicts it
    claim = "Police arrested two suspects for starting the fire."
    ev = Evidence(
        "w7",
        "Wire",
        0,
        1,
        DENIAL + "\n\n" + QUOTE,
        0.7,
        (Detail("negation", "conflicts", "arrested", "not arrested"),),
    )
    line = _line(claim, ev)
    assert line.startswith("   CONTRADICTED by Wire (w7) (arrested vs not arrested): ")
    assert "We have not arrested anyone." in line


def test_a_sentence_longer_than_the_line_is_cut_around_its_deciding_figure() -> None:
    padding = (
        "Firefighters from three towns fought the blaze in the old textile mill by the river "
        "through the night while residents of the nearby streets watched from behind a "
        "police line, and by dawn the roof had fallen in and "
    )
    text = padding + "the fire had killed 24 people, the county coroner said on Tuesday."
    ev = Evidence(
        "d1",
        "Daily",
        0,
        len(text),
        text,
        0.6,
        (Detail("number", "conflicts", "12 people", "24 people"),),
    )
    line = _line("The mill fire killed 12 people.", ev)
    shown = line.split("): ", 1)[1]
    assert "killed 24 people" in shown
    assert shown.startswith("… ") and len(shown) <= 160


def test_each_line_names_the_article_as_well_as_the_outlet() -> None:
    text = "The storm killed 14 people in the fishing villages, police said."
    one = Evidence("APW19981030.1037", "APW", 0, len(text), text, 0.8)
    two = Evidence("APW19981030.1046", "APW", 0, len(text), text, 0.8)
    other = Evidence("story-3", "Gazette", 0, len(text), text, 0.8)
    lines = claims_text([ClaimAttribution("The storm killed 14 people.", (one, two, other))])
    shown = lines.splitlines()[1:]
    assert shown[0].startswith("   supported by APW19981030.1037 [0.80]: ")
    assert shown[1].startswith("   supported by APW19981030.1046 [0.80]: ")
    assert shown[2].startswith("   supported by Gazette (story-3) [0.80]: ")
