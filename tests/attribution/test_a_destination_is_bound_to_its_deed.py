"""Where a deed went is bound to the deed, as its figures and dates are.

"Resh flew to Korval on Sunday" is not backed by an article saying he flew to Velmar on
Sunday, though it names Korval a sentence later for another visit; a place stated less
precisely (the country a dateline puts the city in) is the same place. A denial or a
plan about another destination ("never sent troops into Ostria", "might send forces
into Ostria") says nothing of troops sent into Dravia: no contradiction from it. The
stories below are written for these tests (invented countries, cities and people).
"""

from __future__ import annotations

import newsbrief

TRIP = [
    {
        "id": "wire",
        "text": "VELMAR, Velmaria (AP) _ Dravian President Anton Resh flew to Velmar on Sunday "
        "for talks with Velmarian leaders. Resh was expected in Korval, the Ostrian capital, "
        "on Monday.\n",
    },
    {
        "id": "paper",
        "text": "Trip\n\nDravian President Anton Resh flew on short notice to Velmaria on "
        "Sunday to calm the rising friction in the region.\n",
    },
    {
        "id": "here",
        "text": "VELMAR, Velmaria (AP) _ Dravian President Anton Resh flew here on Sunday to "
        "calm the rising friction in the region.\n",
    },
]

TROOPS = [
    {
        "id": "count",
        "text": "Border\n\nLate last week, Ostria sent 10,000 troops into northern Dravia to "
        "hit rebel camps, officials said.\n",
    },
    {
        "id": "denial",
        "text": "Border\n\nOstrian commanders have for years been sending units into northern "
        "Dravia to attack rebel camps. They have never sent troops into Velmaria, a step "
        "that would be explosive.\n",
    },
    {
        "id": "plan",
        "text": "Border\n\nThe Ostrian government, which sent about 10,000 soldiers into "
        "northern Dravia to attack rebels, has said it might send forces into Velmaria to "
        "destroy rebel camps there.\n",
    },
]


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def test_a_trip_elsewhere_does_not_back_a_trip_to_a_city_named_nearby() -> None:
    assert verdict(TRIP, "Resh flew to Korval on Sunday.")[0] == []


def test_the_city_its_country_and_here_state_one_destination() -> None:
    supported, contradicted = verdict(TRIP, "Resh flew to Velmar on Sunday.")
    assert sorted(supported) == ["here", "paper", "wire"] and contradicted == []


def test_a_denial_or_a_plan_about_another_place_does_not_contradict_the_deed() -> None:
    claim = "Ostria sent 5,000 troops into northern Dravia to hit rebel camps."
    (att,) = newsbrief.attribute(TROOPS, [claim])
    against = {e.article_id: e.explanation for e in att.contradicted_by}
    assert "denial" not in against
    assert against["count"] == "5,000 troops vs 10,000 troops"
    # the plan's article contradicts only by its count, never as "sent vs planned"
    assert "planned" not in against.get("plan", "")
    assert att.supported_by == ()
