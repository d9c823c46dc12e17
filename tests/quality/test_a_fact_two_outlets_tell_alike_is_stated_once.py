"""A fact two outlets tell in their own words is stated once, when asked
(``CoverageConfig.supported_restates``, off by default: docs/quality.md, s33 rdS).

"Rescuers pulled 52 survivors from the water overnight." and "Rescuers pulled 52
survivors from the sea." share too few content words for the word-share test
(``restate_share``), yet the second states the first's event and its figure: the
attribution aligner's main-event test says so, and the summary then shows one of them.
A sentence giving the figure otherwise ("40 survivors") is no restatement: both stay.
"""

from newsbrief.select.coverage import CoverageConfig, select_with

from ..unit.problems import selection_problem

LEAD = (
    "The ferry Sea Star sank in a storm off Corran Island on Monday, killing 14 "
    "passengers, coast guard officials said."
)
WATER = "Rescuers pulled 52 survivors from the water overnight."
SEA = "Rescuers pulled 52 survivors from the sea."


def ferry(water: str = WATER) -> list[dict[str, str]]:
    """Six reports of one sinking (more than the aligner reads: a wire-sized story)."""
    return [
        {
            "id": "a",
            "text": f"{LEAD}\n\n{water}\n\n"
            "The ferry was carrying 66 people on its weekly run to the mainland.",
        },
        {
            "id": "b",
            "text": "A storm sank the ferry Sea Star off Corran Island on Monday, and 14 "
            f"passengers died.\n\n{SEA}\n\n"
            "Most of the victims were elderly pilgrims returning from the shrine at Kell.",
        },
        {
            "id": "c",
            "text": "Fourteen passengers died when the ferry Sea Star sank off Corran Island "
            "on Monday.\n\nThe coast guard said 52 people survived.\n\n"
            "The vessel's owner, Harbor Lines, suspended its other sailings.",
        },
        {
            "id": "d",
            "text": "Fourteen people were killed when the ferry Sea Star went down off Corran "
            "Island in a storm on Monday.\n\nOfficials said the sinking was the worst on the "
            "route in a decade.\n\nHarbor Lines suspended its other sailings on the route.",
        },
        {
            "id": "e",
            "text": "The ferry Sea Star sank off Corran Island on Monday in a storm.\n\n"
            "Fourteen passengers died and 52 were rescued.\n\n"
            "The island's mayor declared three days of mourning.",
        },
        {
            "id": "f",
            "text": "Divers on Tuesday searched the wreck of the ferry Sea Star, which sank "
            "off Corran Island on Monday, killing 14 passengers.\n\n"
            "The ferry was carrying 66 people.\n\n"
            "The island's mayor declared three days of mourning.",
        },
    ]


def summary(docs: list[dict[str, str]], **settings: bool) -> list[str]:
    problem = selection_problem(docs, fill=True, words=100)
    return [
        problem.candidates[c.index].text for c in select_with(problem, CoverageConfig(**settings))
    ]


def test_the_rescue_told_by_two_outlets_is_stated_once_when_asked() -> None:
    told = summary(ferry(), supported_restates=True)
    assert (WATER in told) + (SEA in told) == 1


def test_by_default_word_overlap_alone_judges_restatements() -> None:
    # the paraphrase passes the word-share test: both statements are shown
    told = summary(ferry())
    assert WATER in told and SEA in told


def test_a_sentence_giving_another_figure_is_no_restatement() -> None:
    other = WATER.replace("52", "40")
    told = summary(ferry(other), supported_restates=True)
    assert other in told and SEA in told
