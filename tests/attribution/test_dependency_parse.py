"""With the ``[parse]`` extra and ``config.parse`` on, what a dependency parse binds decides
where word order cannot: a figure hangs on its own predicate, the doer of a passive is its
"by" agent, a plan word far from its verb still makes it a plan, and a denial belongs to
the verb it negates, however many words stand between them.

Each behaviour test is a one-detail change of a statement the story makes; with the
switch off the word-order readings let it through (asserted too, so the test fails if
the parse path stops deciding), and the control (the statement as the story words it)
stays supported. The stories are invented, in the shape of wire copy.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsbrief
from newsbrief.attribution import config, parse
from newsbrief.errors import MissingExtraError

STORY = [
    {
        "id": "wire",
        "published": "2024-03-02",
        "text": (
            "DALMORA (AP) _ A truck bomb that wounded dozens of passers-by outside the "
            "Dalmora trade mission on Friday killed 14 people, the police chief said.\n\n"
            "The blast shattered windows across three blocks of the harbor district."
        ),
    },
    {
        "id": "post",
        "published": "2024-03-02",
        "text": (
            "Rescue teams searched the rubble of the Dalmora trade mission through the "
            "night.\n\n"
            "The mayor of Dalmora was criticized by the harbor council on Saturday for the "
            "slow evacuation of the district.\n\n"
            "The port authority is expected, after weeks of talks with the dock unions, to "
            "close the harbor on Monday.\n\n"
            "The port authority did not, despite pressure from the dock unions, reopen the "
            "ferry terminal on Sunday."
        ),
    },
]


Verdict = Callable[..., tuple[list[str], list[str], str]]


@pytest.fixture
def verdict(config_with: Callable[..., config.Config]) -> Verdict:
    """Attribute a claim with the parse on (or off), the constants restored after."""

    def read(claim: str, on: bool = True) -> tuple[list[str], list[str], str]:
        config_with(parse=int(on))
        (att,) = newsbrief.attribute(STORY, [claim])
        why = "; ".join(d.explanation for s in att.contradicted_by for d in s.details)
        return (
            [s.article_id for s in att.supported_by],
            [s.article_id for s in att.contradicted_by],
            why,
        )

    return read


def test_a_figure_the_outlet_gives_for_another_predicate_does_not_support(
    verdict: Verdict, config_with: Callable[..., config.Config]
) -> None:
    claim = "A truck bomb wounded 14 people outside the Dalmora trade mission on Friday."
    # with "dozens of" unread (spelled_multiples off), word order finds 14 people and
    # "wounded" stated; the parse binds the 14 to "killed"
    config_with(spelled_multiples=0)
    assert verdict(claim, on=False)[0] == ["wire"]
    assert verdict(claim)[0] == []
    # read as at least 24, "wounded dozens of passers-by" contradicts "wounded 14"
    config_with(spelled_multiples=1)
    assert verdict(claim, on=False)[:2] == ([], ["wire"])
    assert verdict(claim)[:2] == ([], ["wire"])


def test_the_figure_with_its_own_predicate_is_still_supported(verdict: Verdict) -> None:
    claim = "A truck bomb outside the Dalmora trade mission on Friday killed 14 people."
    assert verdict(claim)[0] == ["wire"]


def test_who_did_what_is_read_through_a_passive(verdict: Verdict) -> None:
    claim = (
        "The mayor of Dalmora criticized the harbor council on Saturday for the slow "
        "evacuation of the district."
    )
    # the written words read the passive's "by" too (config.roles_deed), parse or not
    assert verdict(claim, on=False)[0] == []
    sup, con, why = verdict(claim)
    assert sup == [] and con == ["post"]
    assert "who did what" in why


def test_the_passive_stated_the_claims_way_round_is_still_supported(verdict: Verdict) -> None:
    claim = (
        "The harbor council criticized the mayor of Dalmora on Saturday for the slow "
        "evacuation of the district."
    )
    assert verdict(claim)[0] == ["post"]


def test_a_plan_word_far_from_its_verb_still_makes_a_plan(verdict: Verdict) -> None:
    claim = (
        "The port authority closed the harbor on Monday after weeks of talks with the dock unions."
    )
    # without the parse, "to close" governed by "is expected" is read as not done too
    # (config.plan_infinitive), though without the parse's "(planned)" conflict
    assert verdict(claim, on=False)[0] == []
    sup, _, why = verdict(claim)
    assert sup == [] and "(planned)" in why


def test_a_denial_far_from_its_verb_denies_that_verb(verdict: Verdict) -> None:
    claim = (
        "The port authority reopened the ferry terminal on Sunday despite pressure from "
        "the dock unions."
    )
    assert verdict(claim, on=False)[0] == ["post"]
    sup, con, why = verdict(claim)
    assert sup == [] and con == ["post"] and "not reopen" in why


def test_the_parse_binds_the_logical_subject_and_object_in_either_voice() -> None:
    active = parse.parse("Parliament asked Yeltsin to resign.").main()[0]
    passive = parse.parse("Yeltsin was asked by parliament to resign.").main()[0]
    assert active.subject == passive.subject == frozenset({"parliament"})
    assert active.obj == passive.obj == frozenset({"yeltsin"})
    assert passive.passive and not active.passive


def test_the_parse_reads_plans_denials_and_deeds_per_predicate() -> None:
    (will,) = parse.parse("Turkey will ask Italy to extradite Ocalan.").main()
    assert will.plan and not will.done
    (did,) = [p for p in parse.parse("The company did not fire its chief.").predicates]
    assert did.negated and did.done
    hand = next(
        p
        for p in parse.parse("Gadhafi failed to hand over the suspects.").predicates
        if p.text == "hand"
    )
    assert hand.negated


def test_each_figure_hangs_on_the_predicate_it_is_an_argument_of() -> None:
    got = dict(parse.parse("The storm flooded 300 homes and cut power to 12 towns.").figures)
    assert got["300"] != got["12"]
    # a figure inside a name's modifier is no predicate's argument
    assert "86" not in dict(
        parse.parse("He rejected 214 candidates for the 86-member Assembly.").figures
    )


def test_without_the_extra_the_switch_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, verdict: Verdict
) -> None:
    def missing() -> None:
        raise MissingExtraError("the dependency parse", "parse")

    monkeypatch.setattr(parse, "_nlp", missing)
    monkeypatch.setattr(parse, "_CACHE", {})
    assert not parse.available()
    with pytest.raises(MissingExtraError, match=r"newsbrief\[parse\]"):
        verdict("A truck bomb outside the Dalmora trade mission on Friday killed 14 people.")


def test_with_the_switch_off_the_parse_is_never_loaded(
    monkeypatch: pytest.MonkeyPatch, verdict: Verdict
) -> None:
    def fail() -> None:
        raise AssertionError("the parser was loaded")

    monkeypatch.setattr(parse, "_nlp", fail)
    monkeypatch.setattr(parse, "_CACHE", {})
    assert verdict(
        "A truck bomb outside the Dalmora trade mission on Friday killed 14 people.", on=False
    )[0] == ["wire"]


def test_where_installed_mode_uses_the_parse_only_where_it_is_installed(
    monkeypatch: pytest.MonkeyPatch, config_with: Callable[..., config.Config]
) -> None:
    claim = "A truck bomb wounded 14 people outside the Dalmora trade mission on Friday."
    # "dozens of" unread, so only the parse tells the two readings apart
    config_with(parse=2, spelled_multiples=0)
    assert parse.available()
    (att,) = newsbrief.attribute(STORY, [claim])
    assert [s.article_id for s in att.supported_by] == []

    def missing() -> None:
        raise MissingExtraError("the dependency parse", "parse")

    monkeypatch.setattr(parse, "_nlp", missing)
    (att,) = newsbrief.attribute(STORY, [claim])
    assert [s.article_id for s in att.supported_by] == ["wire"]  # word order, no error
