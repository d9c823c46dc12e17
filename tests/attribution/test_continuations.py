"""Sentences that go on with the one before, and details checked against their own clause.

Stories here are written for the tests; the situations are kinds found in the real-news
dev set (docs/history/attribution-rounds.md, "Contradictions bound to the detail's own clause").
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.attribution import attribute, config
from newsbrief.attribution.facts import event_words
from newsbrief.attribution.predicate import find_main_verb
from newsbrief.attribution.rules import Check, contradiction_rule, detail_clause_rule
from newsbrief.model import Detail

BEATIFIED = [
    {
        "id": "wire",
        "text": (
            "Crowds gathered in Marija Bistrica on Saturday.\n\n"
            "Pope John Paul II honored Stepinac, the wartime archbishop of Zagreb and a "
            "fascist collaborator to his critics.\n\n"
            "But his beatification angered Serbs and Jews.\n\n"
            "The pope flew home on Sunday."
        ),
    }
]


def verdict(story: list[dict[str, str]], claim: str) -> tuple[set[str], set[str]]:
    (result,) = attribute(story, [claim])
    return (
        {s.article_id for s in result.supported_by},
        {s.article_id for s in result.contradicted_by},
    )


def test_a_sentence_opening_but_his_goes_on_with_the_sentence_before() -> None:
    # the two sentences share no word of the claim, but "his" is the archbishop
    claim = (
        "The beatification of the wartime archbishop of Zagreb, a fascist collaborator "
        "to his critics, angered Serbs and Jews."
    )
    assert verdict(BEATIFIED, claim)[0] == {"wire"}


def test_without_the_join_the_two_facts_are_not_read_as_one(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(join_continuations=0)
    claim = (
        "The beatification of the wartime archbishop of Zagreb, a fascist collaborator "
        "to his critics, angered Serbs and Jews."
    )
    assert verdict(BEATIFIED, claim)[0] == set()


def test_a_participle_describing_a_noun_is_not_the_main_verb() -> None:
    for text, verb in (
        ("The city's elected body met on Monday to discuss the budget.", "meet"),
        ("The newly elected parliament met on Monday.", "meet"),
        ("An estimated 300 people died when the dam burst.", None),
    ):
        found = find_main_verb(text, event_words(text))
        assert found == verb or (verb is None and found != "estim"), text


def _date_check(clause: float, core: float, words: int) -> Check:
    # a window stating little of the whole claim (coverage 0.2) but the date's clause
    return Check(
        0.2,
        0.2,
        0.2,
        4,
        (Detail("date", "conflicts", "Thursday", "Friday"),),
        True,
        14,
        0.2,
        clause,
        words,
        core,
    )


def test_a_date_conflicts_when_its_own_clause_is_stated(
    config_with: Callable[..., config.Config],
) -> None:
    # "Iranians voted on Thursday to elect the Assembly of Experts, a key body ..." /
    # "Friday's election to the Assembly of Experts": the rest of a long claim is
    # missing, the election and its day are there
    config_with(clause_conflict=0.4, clause_core=0.45)
    assert detail_clause_rule(_date_check(0.6, 0.6, 3))
    assert contradiction_rule(_date_check(0.6, 0.6, 3)) == "conflicting date in its clause"
    # too little of the clause, of its words other than names, or too few words
    assert contradiction_rule(_date_check(0.3, 0.6, 3)) is None
    assert contradiction_rule(_date_check(0.6, 0.3, 3)) is None
    assert contradiction_rule(_date_check(0.6, 0.6, 2)) is None


def test_the_clause_rule_is_on_by_default_and_a_setting_above_one_turns_it_off(
    config_with: Callable[..., config.Config],
) -> None:
    # on since its same-event guards kept the audit's false disagreements out
    # (docs/history/attribution-rounds.md, s23 contradiction round)
    assert config.Config().clause_conflict <= 1.0
    assert contradiction_rule(_date_check(0.9, 0.9, 6)) == "conflicting date in its clause"
    config_with(clause_conflict=2.0)
    assert contradiction_rule(_date_check(0.9, 0.9, 6)) is None


def test_a_planned_date_is_no_conflict_for_the_clause_rule(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(clause_conflict=0.4, clause_core=0.45)
    story = [
        {
            "id": "wire",
            "text": (
                "The pilots' union backed the rescue plan on Sunday.\n\n"
                "Norland Air will restart domestic flights on Oct. 7, the carrier said."
            ),
        }
    ]
    claim = (
        "The pilots agreed to back the rescue plan nearly two weeks after the grounding, "
        "allowing Norland Air to restart domestic flights on Oct. 17."
    )
    assert verdict(story, claim)[1] == set()
    done = [
        {
            "id": "wire",
            "text": (
                "The pilots' union backed the rescue plan on Sunday.\n\n"
                "Norland Air restarted domestic flights on Oct. 7, the carrier said."
            ),
        }
    ]
    assert verdict(done, claim)[1] == {"wire"}
