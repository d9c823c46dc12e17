"""A fact line ("Reported by several outlets", "Reported by one outlet only") is read out
of its article, as a summary sentence is: a quotation whose speaker is named only in
another sentence, or only by a pronoun, is not listed as a fact ("We have taken steps
..." with nobody as "we")."""

from __future__ import annotations

from newsbrief import summarize
from newsbrief.eligible import _dependency
from newsbrief.render import render

# Written for this test: the bare quotation opens its story's first-listed article's
# second sentence, and another outlet prints the same words with their speaker.
DOCS = [
    {
        "id": "b1",
        "source": "Island Courier",
        "text": (
            "Norland's prime minister arrived in Kessel on Monday for talks on a dispute "
            'over fishing rights. "We have taken steps to reassure Kessel." The prime '
            "minister said so at the airport. Kessel says Norland patrol boats entered its "
            "waters last week."
        ),
    },
    {
        "id": "a1",
        "source": "Harbor Times",
        "text": (
            "The prime minister of Norland flew to Kessel on Monday to calm a dispute over "
            'fishing rights with its neighbor. "We have taken steps to reassure Kessel," the '
            "prime minister told reporters at the airport. Kessel has accused Norland of "
            "sending patrol boats into its waters."
        ),
    },
    {
        "id": "c1",
        "source": "Coast Radio",
        "text": (
            "Talks between Norland and Kessel on fishing rights began on Monday when "
            "Norland's prime minister arrived in Kessel. Kessel has accused Norland of "
            "sending patrol boats into its waters, which Norland denies."
        ),
    },
]


def test_no_fact_is_a_bare_quotation() -> None:
    summary = summarize(DOCS)
    assert summary.analysis is not None
    facts = summary.analysis.shared_facts + summary.analysis.single_source_facts
    assert facts  # the story's facts are still listed
    for f in facts:
        assert _dependency(f.text) != "pronoun quote", f.text
    assert not any(f.text.startswith('"We have taken') for f in facts)
    bullets = [x for x in render(summary, "markdown").splitlines() if x.startswith("- ")]
    assert not any(x.startswith('- "We have taken') for x in bullets)


def test_an_appositive_with_its_own_object_stands_alone() -> None:
    # "denies" has its object in the sentence: the charge (not an ellipsis like
    # "The Taliban refused.", which leans on the sentence before it)
    assert (
        _dependency("Kessel accuses Norland of aiding smugglers, a charge Norland denies.") is None
    )
    assert _dependency("Kessel made the same accusation, a claim the ministry denied.") is None
    assert _dependency("The Taliban in the mountain villages refused.") == "ellipsis"
    assert _dependency("Officials in the capital said the ministry denied.") == "ellipsis"
