"""A deed named as failed, refused or resisted, or done by someone else, is no support.

"Velmaria handed over the two suspects" is not backed by an article saying sanctions
were imposed "for its failure to hand over two suspects", nor by "the government's
refusal to hand over" or "its long resistance to handing over" them: the noun of
failure, refusal or resistance says the deed was not done, as "failed to" does.
"Resistance to the plan" denies nothing (no deed follows it). "Anna Varga chairs the
inquiry" is not backed by "President Anna Varga's office received the report from
Judge Milo Strand, who chaired the inquiry": the relative clause gives Strand the
deed, not the name before it. The stories below are written for these tests
(invented countries and people).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.attribution.lexicon import canon

HANDOVER = [
    {
        "id": "failure",
        "text": "OSTRA, Dravia (AP) _ Velmaria has been under sanctions since 1992, imposed "
        "for its failure to hand over the two suspects in the airliner bombing.\n",
    },
    {
        "id": "refusal",
        "text": "OSTRA, Dravia (AP) _ The council renewed sanctions over Velmaria's refusal "
        "to hand over the two suspects in the airliner bombing.\n",
    },
    {
        "id": "done",
        "text": "OSTRA, Dravia (AP) _ Velmaria handed over the two suspects in the airliner "
        "bombing on Monday, officials said.\n",
    },
]

INQUIRY = [
    {
        "id": "other",
        "text": "KORVAL, Dravia (AP) _ President Anna Varga's office received the report on "
        "Monday from retired Judge Milo Strand, who chaired the inquiry into the mine "
        "disaster.\n",
    },
    {
        "id": "same",
        "text": "KORVAL, Dravia (AP) _ President Anna Varga, who chairs the inquiry into the "
        "mine disaster, received the report on Monday.\n",
    },
]


def supporters(docs: list[dict[str, str]], claim: str) -> list[str]:
    (att,) = newsbrief.attribute(docs, [claim])
    return sorted(e.article_id for e in att.supported_by)


def test_a_deed_named_as_failed_or_refused_does_not_back_it_as_done() -> None:
    claim = "Velmaria handed over the two suspects in the airliner bombing."
    assert supporters(HANDOVER, claim) == ["done"]


def test_a_noun_of_failure_refusal_or_resistance_denies_the_deed_it_governs() -> None:
    hand = canon("hand")
    assert hand in facts_of("It was punished for its failure to hand over the men.").negated
    assert hand in facts_of("Their refusal to hand over the men angered them.").negated
    turn = canon("turning")
    assert turn in facts_of("His long resistance to turning over the men ended.").negated


def test_resistance_to_a_thing_denies_nothing() -> None:
    assert not facts_of("Resistance to the plan grew in the capital.").negated


def test_a_relative_clause_gives_its_deed_to_its_own_name() -> None:
    assert supporters(INQUIRY, "Anna Varga chairs the inquiry into the mine disaster.") == ["same"]
