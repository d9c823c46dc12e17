"""A figure the text denies or corrects ("about 200 homes, not 300") supports no claim of
that figure: it contradicts it. An age ("victims, ages 36 and 49") is no count of people.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.facts import facts_of
from newsbrief.model import Fact, Summary

FIRE = (
    "RIVERTON (AP) _ A fire broke out late Thursday at a chemical plant in Riverton, "
    "injuring 12 workers and forcing the evacuation of about 300 homes, officials said."
)
CORRECTION = (
    "Correction: An article on Friday about a fire at a chemical plant in Riverton misstated "
    "the number of homes evacuated. It was about 200 homes, not 300."
)


def verdict(claim: str, *docs: dict[str, str]) -> tuple[list[str], list[str]]:
    (att,) = newsbrief.attribute(list(docs), [claim])
    return [s.article_id for s in att.supported_by], [s.article_id for s in att.contradicted_by]


def doc(doc_id: str, text: str, published: str = "2024-03-08") -> dict[str, str]:
    return {"id": doc_id, "text": text, "published": published}


def test_a_corrected_figure_contradicts_the_claim_it_corrects() -> None:
    supported, contradicted = verdict(
        "About 300 homes were evacuated after the fire.",
        doc("fire", FIRE),
        doc("correction", CORRECTION, "2024-03-09"),
    )
    assert "correction" not in supported
    assert contradicted == ["correction"]


def test_the_corrected_value_is_still_supported() -> None:
    supported, contradicted = verdict(
        "About 200 homes were evacuated after the fire.",
        doc("correction", CORRECTION, "2024-03-09"),
    )
    assert supported == ["correction"]
    assert contradicted == []


def test_the_denial_is_explained_in_reader_words() -> None:
    (att,) = newsbrief.attribute(
        [doc("correction", CORRECTION)], ["About 300 homes were evacuated after the fire."]
    )
    (against,) = att.contradicted_by
    assert any("not 300" in d.explanation for d in against.details if d.status == "conflicts")


def test_rather_than_and_instead_of_deny_a_figure() -> None:
    for said in (
        "The council cut 30 jobs rather than 40 jobs, the mayor said.",
        "The council cut 30 jobs instead of 40 jobs, the mayor said.",
    ):
        supported, contradicted = verdict(
            "The council cut 40 jobs.", doc("council", "CASTLETON (AP) _ " + said)
        )
        assert supported == []
        assert contradicted == ["council"]


def test_a_negated_bound_is_still_a_bound() -> None:
    (q,) = facts_of("The hall could hold not more than 150 people.").quantities
    assert not q.denied
    assert q.bound == "max"


def test_ages_are_not_counts_of_people() -> None:
    facts = facts_of("Both victims, ages 36 and 49, were from towns near the city.")
    assert [(q.value, q.unit) for q in facts.quantities if q.value > 2] == [
        (36, "age"),
        (49, "age"),
    ]
    (old,) = facts_of("The victim, 62 years old, lived alone.").quantities
    assert (old.unit, old.value) == ("age", 62)
    supported, _ = verdict(
        "The cold wave killed 36 people in Northland.",
        doc(
            "wire",
            "BRAVIK, Northland (AP) _ The toll of the cold wave reached 85 on Saturday, after two "
            "men froze to death in their homes in Northland. Both victims, ages 36 and 49, were "
            "from towns near the city of Bravik.",
        ),
    )
    assert supported == []


def shared_300(summary: Summary) -> list[Fact]:
    assert summary.analysis is not None
    return [f for f in summary.analysis.shared_facts if "300" in f.text]


def test_a_story_with_a_correction_shows_the_disagreement() -> None:
    docs = [
        {
            "id": "gazette",
            "source": "Riverton Gazette",
            "published": "2024-03-08",
            "text": "RIVERTON (AP) _ About 300 homes were evacuated after a fire at a "
            "chemical plant in Riverton, officials said.\n\nTwelve workers were injured.",
        },
        {
            "id": "herald",
            "source": "Valley Herald",
            "published": "2024-03-09",
            "text": CORRECTION,
        },
    ]
    summary = newsbrief.summarize(docs, sentences=4)
    assert summary.analysis is not None
    assert all("herald" not in [e.article_id for e in f.sources] for f in shared_300(summary))
    assert any(
        "300 homes were" in d.claim and [e.article_id for e in d.conflicts] == ["herald"]
        for d in summary.analysis.disagreements
    )
