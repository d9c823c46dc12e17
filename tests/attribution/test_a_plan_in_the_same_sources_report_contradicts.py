"""A deed the claim's source reports as done, which the same source's statement in an
article gives only as a plan, is contradicted: one statement told two ways.

"A farm union said Brel had already asked the council for a permit" against "A farm
union said Brel would ask the council for a permit" (the union's one statement), or
"..., Harbor Master Ivo Dane said Monday" against "Dane said the port may reopen". A
plan said by another source, or with no named source before it, may be a report of the
deed made before it was done: it only blocks support, as it did before the rule. A
statement the article dates to another day is another statement. The stories are
written for these tests (invented places, bodies and people).
"""

from __future__ import annotations

from collections.abc import Callable

import newsbrief
from newsbrief.attribution import config


def verdict(docs: list[dict[str, str]], claim: str) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(docs, [claim])
    return [e.article_id for e in att.supported_by], [e.article_id for e in att.contradicted_by]


def _doc(sentence: str) -> list[dict[str, str]]:
    text = "Snow closed three mountain roads near Korval on Monday. " + sentence
    return [{"id": "wire", "text": "Permit row\n\n" + text + "\n"}]


ASKED = (
    "A Korvish farm union said Anton Brel had already asked the Velmar council for a "
    "grazing permit after customs officers stopped him at the border post."
)
REOPENED = (
    "The port of Velmar has reopened to grain ships after the storm, Harbor Master Ivo "
    "Dane said Monday."
)


def test_the_same_source_telling_the_deed_as_a_plan_contradicts() -> None:
    docs = _doc("A Korvish farm union said Brel would ask the Velmar council for a grazing permit.")
    assert verdict(docs, ASKED) == ([], ["wire"])
    (att,) = newsbrief.attribute(docs, [ASKED])
    assert att.contradicted_by[0].explanation == (
        "asked vs would ask (planned) (the same source's report)"
    )


def test_another_sources_plan_only_blocks_support() -> None:
    docs = _doc("A Dorvan news agency said Brel would ask the Velmar council for a grazing permit.")
    assert verdict(docs, ASKED) == ([], [])


def test_a_plan_with_no_named_source_before_it_only_blocks_support() -> None:
    docs = _doc("Brel would ask the Velmar council for a grazing permit, his lawyers hoped.")
    assert verdict(docs, ASKED) == ([], [])


def test_the_speakers_surname_names_the_same_source_and_a_title_alone_does_not() -> None:
    docs = _doc("Dane said the port may reopen to grain ships soon.")
    assert verdict(docs, REOPENED) == ([], ["wire"])
    other = _doc("Harbor Master Olek Marr said the port may reopen to grain ships soon.")
    assert verdict(other, REOPENED) == ([], [])


def test_a_statement_made_on_another_day_is_another_statement() -> None:
    docs = _doc("Dane said Friday the port may reopen to grain ships soon.")
    assert verdict(docs, REOPENED) == ([], [])


def test_with_the_rule_off_the_same_sources_plan_only_blocks_support(
    config_with: Callable[..., config.Config],
) -> None:
    config_with(plan_same_report=0)
    docs = _doc("A Korvish farm union said Brel would ask the Velmar council for a grazing permit.")
    assert verdict(docs, ASKED) == ([], [])
