"""A deed asked for, planned, pledged or still being prepared does not back the claim of it.

"Dravia has extradited Korin" is not stated by an article saying Ostria asked Dravia for
Korin's extradition (the deed named as a request's object), nor by one whose only verb
binding Korin and Dravia is a plan ("Korin would travel to Dravia"); an article saying
Dravia refused to extradite him contradicts it. "The government has cut $7 billion" is a
deed done ("has cut": a participle that looks like its base form), which a pledge to cut
does not state. "Officials announced a package" is not stated by officials putting the
finishing touches on it. The stories below are written for these tests (invented
countries, cities and people).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.lexicon import TOKEN, canon, event_words, is_event_at
from newsbrief.attribution.predicate import announced_deed, only_governed

EXTRADITION = {
    "asked": "VELM (AP) _ Ostria's prime minister said he asked through Dravia's ambassador "
    "in Velm for the extradition of the rebel leader Pavel Korin, and Ostria's envoy made "
    "the same request.\n",
    "travel": "VELM (AP) _ It was unclear why the rebel leader Pavel Korin would travel to "
    "Dravia, which is not known as a haven for Ostrian rebels.\n",
    "refused": "VELM (AP) _ Dravia on Friday refused to extradite the rebel leader Pavel "
    "Korin to Ostria, citing its ban on the death penalty.\n",
    "done": "VELM (AP) _ Dravia on Friday extradited the rebel leader Pavel Korin to "
    "Ostria, officials said.\n",
}

SPENDING = {
    "pledged": "KORVAL (AP) _ The Velmarian government, which recently pledged to cut "
    "discretionary spending by $7 billion to bolster its credibility, released new budget "
    "figures on Monday.\n",
    "done": "KORVAL (AP) _ The Velmarian government has cut $7 billion from its "
    "discretionary spending to bolster its credibility, officials said Monday.\n",
}

PACKAGE = {
    "prepared": "KORVAL (AP) _ As the president flew to Lisbon, Velmarian government "
    "officials put the finishing touches Friday on an ambitious package to raise $20 "
    "billion in revenue through spending cuts and tax increases.\n",
    "announced": "KORVAL (AP) _ Velmarian officials on Friday announced an ambitious "
    "package to raise $20 billion in revenue through spending cuts and tax increases.\n",
}


def verdict(docs: dict[str, str], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute([{"id": k, "text": t} for k, t in docs.items()], [claim])
    return (
        sorted(e.article_id for e in att.supported_by),
        sorted(e.article_id for e in att.contradicted_by),
    )


def test_a_deed_asked_for_or_only_planned_does_not_back_it_as_done() -> None:
    supported, contradicted = verdict(
        EXTRADITION, "Dravia has extradited rebel leader Pavel Korin to Ostria."
    )
    assert supported == ["done"]
    # a refusal says it was not done: that, and only that, contradicts
    assert contradicted == ["refused"]


def test_a_pledge_does_not_back_a_deed_whose_participle_looks_like_its_base() -> None:
    supported, _ = verdict(
        SPENDING,
        "The Velmarian government has cut $7 billion from its discretionary spending to "
        "bolster its credibility.",
    )
    assert supported == ["done"]


def test_a_package_being_prepared_does_not_back_its_announcement() -> None:
    supported, _ = verdict(
        PACKAGE,
        "Velmarian officials on Friday announced an ambitious package to raise $20 billion "
        "in revenue through spending cuts and tax increases.",
    )
    assert supported == ["announced"]


def test_an_outlet_unveiling_the_package_still_backs_its_announcement() -> None:
    tail = "an ambitious austerity package to raise $20 billion in revenue.\n"
    docs = {
        "prepared": "KORVAL (AP) _ Velmarian finance officials on Friday put the finishing "
        "touches on " + tail,
        "unveiled": "KORVAL (AP) _ Velmarian finance officials on Friday unveiled " + tail,
    }
    supported, _ = verdict(docs, "Velmarian officials announced a $20 billion austerity package.")
    assert supported == ["unveiled"]


def test_a_deed_named_as_the_object_of_a_request_or_plan_is_governed() -> None:
    extradit = canon("extradited")
    asked = ["He said he asked through the ambassador in Velm for Korin's extradition."]
    assert only_governed(asked, extradit) is not None
    assert only_governed(["Its envoy made an immediate extradition request."], extradit)
    assert only_governed(["The cabinet approved the planned cuts."], canon("cut"))
    assert only_governed(["Velm is considering extraditing Korin."], extradit)
    # a deed done to the noun, or a clause of its own, states it
    assert only_governed(["Velm welcomed Korin's extradition."], extradit) is None
    assert only_governed(["After his extradition, Korin was jailed."], extradit) is None
    # a noun that names another thing ("an arrest warrant") is no deed of arresting
    warrant = ["Korin is wanted under an international arrest warrant."]
    assert only_governed(warrant, canon("arrested")) is None
    # a bare verb before its object is read as written ("plan to return and resume it")
    resume = ["Investigators plan to return and resume their probe."]
    assert only_governed(resume, canon("resumed")) is None


def test_a_base_form_participle_after_a_perfect_auxiliary_is_a_deed() -> None:
    assert canon("cut") in event_words("The government has cut $7 billion from its budget.")
    assert canon("cut") in event_words("The budget had already been cut twice.")
    assert canon("cut") not in event_words("The government plans to cut its budget.")
    assert canon("cut") not in event_words("Spending cuts were part of the program.")
    toks = TOKEN.findall("They have put the plan aside.")
    assert is_event_at(toks, toks.index("put"))


def test_announcing_a_thing_is_the_deed_but_announcing_that_is_a_report() -> None:
    assert announced_deed("Officials on Friday announced a $20 billion package.") is not None
    assert announced_deed("The minister announced that the package was ready.") is None
    assert announced_deed("When the minister announced a package, markets rose.") is None
