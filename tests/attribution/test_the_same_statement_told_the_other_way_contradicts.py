"""A near copy of the claim that tells its own statement the other way contradicts it.

Two parties trading places around the claim's verb ("The Greens won 40 seats and the
Reds only 12" / "The Reds won 40 seats and the Greens only 12") and the same statement
of intent negated ("he would insist" / "he would not insist"; "will publish" / "will not
publish", ``negation_same_mood``: on by default since the s31 ctR round) are read on
windows that repeat the claim closely; with the switches off, or the intent negated under another
modal ("could not insist"), nothing is contradicted. The stories below are written for
these tests (invented places, parties and people).
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


LIBERALS = (
    "The liberals won at least 40 places on the 60-seat Velmar council and the "
    "conservatives only 12."
)
INSIST = (
    "The head of Velmar's farmers' party said Thursday he would insist on his right to "
    "lead the next coalition government."
)


def _doc(text: str) -> list[dict[str, str]]:
    return [{"id": "wire", "text": "Vote count\n\n" + text + "\n"}]


def test_two_parties_trading_places_in_a_near_copy_contradict() -> None:
    docs = _doc(
        "The conservatives won at least 40 places on the 60-seat Velmar council and the "
        "liberals only 12, officials said on Sunday."
    )
    claim = LIBERALS
    assert verdict(docs, claim) == ([], ["wire"])
    # the claim as the article tells it is backed
    told = (
        "The conservatives won at least 40 places on the 60-seat Velmar council and the "
        "liberals only 12."
    )
    assert verdict(docs, told) == (["wire"], [])


def test_with_the_trade_off_a_near_copys_trade_only_blocks_support(
    config_with: Callable[..., config.Config],
) -> None:
    claim = LIBERALS
    near = _doc(
        "The conservatives won at least 40 places on the 60-seat Velmar council and the "
        "liberals only 12."
    )
    assert verdict(near, claim) == ([], ["wire"])
    config_with(roles_trade=0)
    assert verdict(near, claim) == ([], [])


def test_the_same_intent_negated_contradicts(config_with: Callable[..., config.Config]) -> None:
    config_with(negation_same_mood=1)
    docs = _doc(
        "KORVAL (AP) _ The head of Velmar's farmers' party said Thursday he would not "
        "insist on his right to lead the next coalition government, avoiding a fight."
    )
    claim = INSIST
    assert verdict(docs, claim) == ([], ["wire"])
    (att,) = newsbrief.attribute(docs, [claim])
    assert att.contradicted_by[0].explanation == "insist vs not insist"


def test_with_the_mood_rule_off_a_negated_intent_decides_nothing(
    config_with: Callable[..., config.Config],
) -> None:
    docs = _doc(
        "KORVAL (AP) _ The head of Velmar's farmers' party said Thursday he would not "
        "insist on his right to lead the next coalition government, avoiding a fight."
    )
    # on by default: the claim's own statement of intent, negated
    assert verdict(docs, INSIST) == ([], ["wire"])
    config_with(negation_same_mood=0)
    assert verdict(docs, INSIST) == ([], [])


def test_the_same_plan_negated_contradicts(config_with: Callable[..., config.Config]) -> None:
    config_with(negation_same_mood=1)
    docs = _doc(
        "KORVAL (AP) _ The ethics panel said Wednesday it will not name the former mayor, "
        "Anton Brel, in its report on the harbor contracts after he threatened to sue."
    )
    claim = (
        "The ethics panel said on Wednesday that it will name the former mayor, Anton Brel, "
        "in its report on the harbor contracts."
    )
    assert verdict(docs, claim) == ([], ["wire"])


def test_another_mood_is_no_denial_of_the_plan(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(negation_same_mood=1)
    # "could not" is no denial of "would": one says what was possible, the other a plan
    docs = _doc(
        "The head of Velmar's farmers' party said Thursday he could not insist on his "
        "right to lead the next coalition government."
    )
    claim = INSIST
    assert verdict(docs, claim)[1] == []
