"""Concept weighting options of the default method that cross-validation keeps off.

They stay as switches so the figures in docs/quality.md can be reproduced; each must do
what it says when switched on, and nothing when off.
"""

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.concepts import event_units, sentence_units
from newsbrief.select import Problem
from newsbrief.select.coverage import CoverageConfig, centrality, versions, weigh_concepts

from .problems import selection_problem


def _problem(docs: list[dict[str, str]]) -> Problem:
    return selection_problem(docs, fill=False)


def test_a_figure_is_bound_to_the_plural_noun_it_counts() -> None:
    assert event_units("At least 12 people died in the flood.") == {"12 peopl"}
    assert event_units("Police arrested five suspects and dozens of villagers fled.") == {
        "five suspect",
        "dozen of",
        "of villag",
    }
    assert event_units("3,000 new homes were flooded.") >= {"000 new", "new home"}


def test_years_and_bare_figures_are_not_event_facts() -> None:
    assert event_units("The vote was 52 to 48 in 1998.") == frozenset()
    assert event_units("In 1998 the class met.") == frozenset()


@given(st.text(max_size=200))
def test_event_units_are_bigrams_of_the_sentence(text: str) -> None:
    assert event_units(text) <= set(sentence_units(text, unigrams=False))


FLOOD = "At least 12 people died when the Elm River flooded the valley town on Sunday."
STORY = [
    {"id": "a", "text": f"{FLOOD} Rescue teams searched the flooded streets all night long."},
    {"id": "b", "text": f"{FLOOD} Schools across the district will stay closed until Friday."},
    {"id": "c", "text": "The Elm River flooded the valley town after two days of heavy rain."},
]


def test_the_event_bonus_raises_only_figures_bound_to_nouns() -> None:
    problem = _problem(STORY)
    off = weigh_concepts(problem, CoverageConfig())
    on = weigh_concepts(problem, CoverageConfig(event_bonus=1.0))
    k = off.index["12 peopl"]
    assert on.weights[k] == 2 * off.weights[k]
    other = off.index["elm river"]
    assert on.weights[other] == off.weights[other]


def test_versions_of_one_report_vote_once_when_asked() -> None:
    first = (
        "Rescue teams searched the flooded streets of the valley town all night long. "
        "Schools across the district will stay closed until Friday at the earliest. "
        "The mayor asked residents to boil their drinking water for a week."
    )
    # A write-through: the last paragraph replaced, the rest kept.
    update = (
        first.rsplit(" The mayor", 1)[0]
        + " The state sent two hundred soldiers to help with the clean up."
    )
    other = "A storm flooded the valley town after two days of rain, officials said today."
    problem = _problem(
        [{"id": "a", "text": first}, {"id": "b", "text": update}, {"id": "c", "text": other}]
    )
    assert versions(problem, 0.5) == {"a": "a", "b": "a"}
    assert versions(problem, 0.0) == {"a": "a", "b": "a", "c": "a"}
    flat = CoverageConfig(lead_bonus=0.0)
    apart = weigh_concepts(problem, flat)
    once = weigh_concepts(problem, CoverageConfig(lead_bonus=0.0, version_share=0.5))
    k = apart.index["rescu team"]
    assert apart.weights[k] == 2.0  # a and b each vote
    # One report is one source: one vote, and below the two sources that corroborate.
    assert once.weights[k] == CoverageConfig().low_df_weight * 1.0


def test_the_low_df_ramp_scales_by_the_share_of_the_threshold() -> None:
    docs = [
        {"id": str(n), "text": f"Storm story number {n} reached the valley town on Sunday."}
        for n in range(8)
    ]
    docs[0]["text"] += " Emergency crews restored power to the hospital by noon."
    problem = _problem(docs)
    flat = weigh_concepts(problem, CoverageConfig(lead_bonus=0.0))
    ramp = weigh_concepts(problem, CoverageConfig(lead_bonus=0.0, low_df_power=1.0))
    k = flat.index["emerg crew"]  # one article of eight; min_df is 2
    assert flat.weights[k] == CoverageConfig().low_df_weight
    assert ramp.weights[k] == 0.5


def test_paragraph_positions_count_paragraphs_not_sentences() -> None:
    text = (
        "Storm waters rose through the valley town overnight on Sunday. "
        "Emergency crews restored power to the hospital by noon.\n\n"
        "Schools across the district will stay closed until Friday."
    )
    problem = _problem([{"id": "a", "text": text}, {"id": "b", "text": text}])
    by_sentence = weigh_concepts(problem, CoverageConfig())
    by_paragraph = weigh_concepts(problem, CoverageConfig(paragraph_positions=True))
    second = by_sentence.index["emerg crew"]
    assert by_paragraph.weights[second] > by_sentence.weights[second]
    first = by_sentence.index["storm water"]
    assert by_paragraph.weights[first] == by_sentence.weights[first]


def test_centrality_gives_each_sentence_its_own_concept() -> None:
    problem = _problem(STORY)
    off = weigh_concepts(problem, CoverageConfig())
    facts = centrality(problem, 1.0)
    assert len(facts) == len(problem.candidates)
    assert all(len(members) == 1 and weight > 0 for weight, members in facts)
    # The flood sentence (in all three articles' words) outweighs the one about schools.
    by_text = {problem.candidates[m[0]].text: w for w, m in facts}
    assert by_text[FLOOD] > by_text["Schools across the district will stay closed until Friday."]
    assert len(off.weights) > 0
