"""How a claim's text is read before any evidence: its clauses, its main verb, the
parts an outlet may leave out, and the clause each figure and date belongs to
(``clauses.py`` and ``predicate.py``). Invented sentences, one behaviour each."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.clauses import (
    appositive_names,
    detail_clauses,
    modifier_names,
    participle_split,
    peripheral_details,
    second_clause_words,
    undated,
)
from newsbrief.attribution.facts import canon, event_words, facts_of
from newsbrief.attribution.predicate import (
    find_main_verb,
    predicates,
    progressive_verb,
)
from newsbrief.model import Article

NO_NAMES: frozenset[str] = frozenset()


def test_a_participle_phrase_after_the_main_verb_is_split_off() -> None:
    text = "Gunmen attacked a bus near the border, killing 60 people and wounding dozens."
    assert participle_split(text) == [
        "Gunmen attacked a bus near the border",
        "killing 60 people and wounding dozens.",
    ]


def test_a_noun_in_ing_after_a_determiner_opens_no_predication() -> None:
    text = "Four men were rescued after their fishing boat sank near the point."
    assert participle_split(text) == [text]


def test_a_figure_only_the_second_clause_states_is_peripheral() -> None:
    text = "The ferry sank near the harbour on Friday, and rescuers found 14 survivors."
    facts = facts_of(text, NO_NAMES)
    assert peripheral_details(text, facts, NO_NAMES) == {"14 survivors"}
    second = second_clause_words(text, facts, NO_NAMES)
    assert canon("rescuers") in second and canon("ferry") not in second


def test_a_claim_of_one_clause_has_no_peripheral_part() -> None:
    text = "The ferry carrying 300 passengers sank near the harbour on Friday."
    facts = facts_of(text, NO_NAMES)
    assert peripheral_details(text, facts, NO_NAMES) == frozenset()
    assert second_clause_words(text, facts, NO_NAMES) == frozenset()


def test_a_name_describing_a_noun_is_a_modifier_not_a_participant() -> None:
    text = "The council rejected Turkish demands on Monday after a long debate."
    assert modifier_names(text, facts_of(text, NO_NAMES)) == {"Turkish"}


def test_a_name_inside_another_names_description_is_appositive() -> None:
    text = "Throughout Poland, Europe's most affected country, the toll reached 85 on Sunday."
    assert appositive_names(text, facts_of(text, NO_NAMES)) == {"Europe"}


def test_a_wire_dateline_is_not_part_of_the_claim() -> None:
    text = "RIYADH, Saudi Arabia (AP) _ The king named a new crown prince on Tuesday."
    assert undated(text) == "The king named a new crown prince on Tuesday."
    assert undated("The king named a new crown prince.") == "The king named a new crown prince."


def test_each_figure_and_date_is_bound_to_the_words_of_its_own_clause() -> None:
    # the relative clause holds the figure, the main clause the date
    bound = detail_clauses("The ferry, which carried 300 passengers, sank on Friday.", NO_NAMES)
    assert canon("carried") in bound["300 passengers"]
    assert canon("sank") not in bound["300 passengers"]
    assert canon("sank") in bound["Friday"]


def test_the_main_verb_comes_before_a_relative_clause() -> None:
    text = "The ferry sank near the port, which was closed on Friday."
    assert find_main_verb(text, event_words(text)) == canon("sank")


def test_a_verb_inside_an_opening_relative_clause_is_no_main_verb() -> None:
    # the main verb is "fled", or unsure (no main-verb test, not a guess): never the
    # relative clause's "arrested"
    text = "The man who was arrested at the airport fled the country in May."
    assert find_main_verb(text, event_words(text)) in (None, canon("fled"))


def test_a_progressive_main_clause_gives_its_ing_verb() -> None:
    text = "The commission is suing the former president over the deal."
    assert progressive_verb(text) == canon("suing")
    assert progressive_verb("The commission sued the former president.") is None


def test_a_participle_describing_a_noun_is_not_a_predicate() -> None:
    text = "The rented club burned down after the police closed the street."
    assert predicates(text, event_words(text)) == {canon("burned")}


def test_a_participle_before_by_is_not_a_predicate() -> None:
    text = "Congress approved a law passed by the senate and the governor signed it."
    assert predicates(text, event_words(text)) == {canon("approved"), canon("signed")}


def test_the_participants_are_the_names_nearest_the_main_verb() -> None:
    story = [Article("a", "Fire swept through a dance hall in Goteborg. It killed 60 people.")]
    index = StoryIndex(story)
    claim, _ = index.claim_search("Police in Sweden said the Goteborg fire killed 60 people.", None)
    assert claim.main_verb == canon("killed")
    assert [n.text for n in claim.participants] == ["Goteborg"]


WORDS = [
    "Gunmen",
    "attacked",
    "a",
    "bus",
    "the",
    "by",
    "for",
    "killing",
    "bundling",
    "morning",
    ",",
    "and",
    "people",
]


@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_splitting_off_a_participle_keeps_the_words_in_order(text: str) -> None:
    parts = participle_split(text)
    assert 1 <= len(parts) <= 2
    if len(parts) == 1:
        assert parts == [text]
    else:
        assert text.startswith(parts[0]) and text.endswith(parts[1])
        assert len(parts[0]) + len(parts[1]) <= len(text)
        assert parts[1].split()[0] in ("killing", "bundling")
