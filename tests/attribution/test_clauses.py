"""A claim of two clauses is reported by an article that states each clause somewhere.

Human summary sentences fuse facts an article gives sentences apart ("X massed troops on
the border, and jets buzzed it"); each clause must be stated in a window of its own
that names the clause's participants, with its details agreeing. Stories are written
for the test; the situations are those of the real-news dev set (docs/attribution.md).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.attribution import attribute
from newsbrief.attribution.clauses import split_clauses

STORY = [
    {
        "id": "wire",
        "text": (
            "Ostrian troops massed along the Varna river border on Friday, state radio "
            "reported.\n\n"
            "Shipping companies said dozens of freighters were waiting offshore.\n\n"
            "The foreign ministry summoned the ambassador of Norland.\n\n"
            "Officials in the capital declined to comment on the talks.\n\n"
            "Later in the day, Ostrian fighter jets buzzed the fishing harbour of Kessel "
            "twice and dropped warning flares over the lighthouse, witnesses said.\n"
        ),
    }
]
CLAIM = (
    "Ostrian troops massed along the Varna river border on Friday, and Ostrian fighter "
    "jets buzzed the fishing harbour of Kessel twice and dropped warning flares over the "
    "lighthouse."
)


def supported(claim: str) -> set[str]:
    (result,) = attribute(STORY, [claim])
    return {s.article_id for s in result.supported_by}


def test_two_clauses_stated_sentences_apart_are_supported() -> None:
    assert supported(CLAIM) == {"wire"}


def test_the_span_shown_is_the_first_clauses_window() -> None:
    (result,) = attribute(STORY, [CLAIM])
    (evidence,) = result.supported_by
    assert evidence.text.startswith("Ostrian troops massed along the Varna river border")
    assert "jets" not in evidence.text


def test_each_clause_keeps_its_own_details() -> None:
    # a figure or a place changed in either clause: that clause is not stated
    assert supported(CLAIM.replace("twice", "five times")) == set()
    assert supported(CLAIM.replace("on Friday", "on Monday")) == set()
    assert supported(CLAIM.replace("of Kessel", "of Darrow")) == set()


def test_a_clause_the_article_denies_is_not_supported() -> None:
    story = [
        {
            "id": "wire",
            "text": STORY[0]["text"].replace(
                "Later in the day, Ostrian fighter jets buzzed",
                "Ostrian fighter jets have never buzzed",
            ),
        }
    ]
    (result,) = attribute(story, [CLAIM])
    assert result.supported_by == ()


def test_a_clause_needs_its_participants_in_its_own_window() -> None:
    # "John Paul II, who has named 270 saints" is no report that he canonized
    # Stepinac, though the sentence before names Stepinac
    story = [
        {
            "id": "wire",
            "text": (
                "Cardinal Alojzije Stepinac died in 1960 under house arrest.\n\n"
                "Tens of thousands of pilgrims camped in the fields overnight.\n\n"
                "Pope John Paul II, who has canonized upward of 270 men and women, "
                "leads every earlier pope in saints named.\n\n"
                "Police closed the roads into the valley at dawn.\n\n"
                "Buses brought choirs from every diocese of the country.\n\n"
                "Crowds declared the late cardinal a saint at the shrine of Marija "
                "Bistrica.\n"
            ),
        }
    ]
    claim = (
        "Pope John Paul II canonized Cardinal Alojzije Stepinac, declaring the late "
        "cardinal a saint at the shrine of Marija Bistrica."
    )
    (result,) = attribute(story, [claim])
    assert result.supported_by == ()


def test_a_claim_is_cut_into_clauses_only_where_a_clause_starts() -> None:
    assert split_clauses(CLAIM) == [
        "Ostrian troops massed along the Varna river border on Friday",
        "Ostrian fighter jets buzzed the fishing harbour of Kessel twice and dropped "
        "warning flares over the lighthouse.",
    ]
    assert split_clauses(
        "Arrested in 1946, the archbishop was jailed and then released under house arrest."
    ) == ["Arrested in 1946, the archbishop was jailed", "then released under house arrest."]
    assert split_clauses(
        "ISIS leader Abu Bakr al-Baghdadi emerged Wednesday with a statement calling on "
        "supporters to spread their attacks to other countries."
    ) == [
        "ISIS leader Abu Bakr al-Baghdadi emerged Wednesday with a statement",
        "calling on supporters to spread their attacks to other countries.",
    ]
    # a noun ("their fishing boat"), a verb's own "-ing" ("was calling") or a bare
    # "and" between two nouns opens no clause
    assert (
        split_clauses("Four men were rescued after their fishing boat sank near Pellin Point.")
        == []
    )
    assert split_clauses("The envoy said the president was calling for calm in the capital.") == []
    assert (
        split_clauses("PAL resumed domestic flights on October 7 and international flights.") == []
    )


WORDS = st.sampled_from(
    ["and", "calling", "was", "killed", "Marsh", "the", "troops", "by", "bundling", ",", ";"]
)


@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_clauses_are_pieces_of_the_claim_in_order(text: str) -> None:
    parts = split_clauses(text)
    assert parts == [] or 2 <= len(parts) <= 3
    at = 0
    for p in parts:
        assert len(p.split()) >= 4
        found = text.find(p, at)
        assert found >= 0
        at = found + len(p)


def test_the_example_storys_opening_release_is_reported_by_both_outlets() -> None:
    # NBC's opening sentence: background ("A day after ..."), the release, and what the
    # statement calls for; Fox reports the release (a message, an audio recording
    # released on Wednesday) and the call for attacks sentences apart
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"
    docs = [{"id": p.stem, "text": p.read_text("utf-8")} for p in sorted(folder.glob("*.txt"))]
    claim = (
        "A day after Iraq said its forces had re-entered the last ISIS-held city in the "
        "country, ISIS leader Abu Bakr al-Baghdadi emerged Wednesday with a statement "
        "calling on supporters to spread their attacks to other countries."
    )
    (result,) = attribute(docs, [claim])
    assert {s.article_id for s in result.supported_by} == {"fox-news", "nbc-news"}
    assert result.contradicted_by == ()
