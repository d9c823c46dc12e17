"""Attribution decisions: the same fact is supported, a changed detail is not."""

import pytest

import newsbrief
from newsbrief.attribution import attribute

# A small story written for these tests.
STORY = [
    {
        "id": "north",
        "text": (
            "Flooding in the river town of Ambrey killed eight people on Saturday, "
            "police said.\n\n"
            "The river rose by three metres in a single night after two days of rain.\n\n"
            "Mayor Ines Calder said the town had not received any warning from the weather "
            "service.\n\n"
            "About 400 homes were evacuated."
        ),
    },
    {
        "id": "south",
        "text": (
            "Eight people died in floods in Ambrey on Saturday, according to police.\n\n"
            "Ambrey mayor Ines Calder said no warning had reached the town.\n\n"
            "Roughly 400 houses were cleared as the water rose."
        ),
    },
    {
        "id": "east",
        "text": (
            "Flooding killed ten people in the river town of Ambrey on Saturday, "
            "a regional official said.\n\n"
            "The weather service said it had issued a warning on Friday."
        ),
    },
]


def one(claim: str):
    (result,) = attribute(STORY, [claim])
    return {s.article_id for s in result.supported_by}, {
        s.article_id for s in result.contradicted_by
    }


def test_copied_sentence_is_supported_by_every_article_reporting_it() -> None:
    sup, con = one("Flooding in the river town of Ambrey killed eight people on Saturday.")
    assert sup == {"north", "south"}
    assert con == {"east"}


def test_paraphrase_with_number_words_counts() -> None:
    sup, _ = one("Eight people were killed by the Ambrey floods on Saturday.")
    assert sup >= {"north", "south"}


@pytest.mark.parametrize(
    "altered",
    [
        "Flooding in Ambrey killed nine people on Saturday.",  # number
        "Flooding in Ambrey killed eight people on Sunday.",  # date
        "Mayor Tom Reyes said the town had not received any warning.",  # name
        "Mayor Ines Calder said the town had received a warning from the weather service.",
    ],
)
def test_one_changed_detail_is_not_supported(altered: str) -> None:
    sup, con = one(altered)
    assert not sup
    assert con  # the article that reports the true detail contradicts it


def test_unrelated_claim_is_unsupported_and_uncontradicted() -> None:
    sup, con = one("The national football team won its match on Saturday.")
    assert not sup and not con


def test_offsets_are_spans_of_the_text_as_given() -> None:
    (result,) = attribute(STORY, ["About 400 homes were evacuated."])
    texts = {d["id"]: d["text"] for d in STORY}
    for s in result.supported_by:
        assert texts[s.article_id][s.start : s.end] == s.text
        assert 0 <= s.score <= 1


def test_summary_text_is_split_into_sentences() -> None:
    results = newsbrief.attribute(STORY, "Eight people died in Ambrey. The moon is made of cheese.")
    assert [r.supported for r in results] == [True, False]


def test_duplicates_are_searched_too() -> None:
    copy = dict(STORY[1], id="south-copy")
    (result,) = attribute([*STORY, copy], ["Roughly 400 houses were cleared as the water rose."])
    assert {"south", "south-copy"} <= {s.article_id for s in result.supported_by}


def test_attribute_is_a_plain_function_beside_the_attribution_package() -> None:
    # the package is `newsbrief.attribution`; importing it must not shadow the function
    import newsbrief.attribution.batch

    assert callable(newsbrief.attribute)
    assert newsbrief.attribute.__module__ == "newsbrief.attribution"
    assert newsbrief.attribute(STORY, ["Eight people died in Ambrey."])[0].supported


def test_a_copied_lead_keeps_its_support_with_the_wire_dateline() -> None:
    story = [
        "HARLOW, England (AP) _ Fire crews rescued 14 workers from a collapsed warehouse "
        "on Monday, the fire service said.\n\nThe cause is not yet known.",
        "Fourteen workers were rescued from a collapsed warehouse in Harlow on Monday.",
    ]
    claim = (
        "HARLOW, England (AP) _ Fire crews rescued 14 workers from a collapsed warehouse "
        "on Monday, the fire service said."
    )
    (result,) = attribute(story, [claim])
    assert "doc1" in {s.article_id for s in result.supported_by}
