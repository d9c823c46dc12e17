"""Page furniture found by repetition, within a story and across stories."""

from newsbrief.api import prepare
from newsbrief.furniture import FurnitureIndex, sentence_key, story_furniture

NOTICE = "This story was moved to our archive after the embargo period ended."


def _page(lede: str, body: list[str], notice: bool = True) -> str:
    return "\n\n".join([lede, *body, *([NOTICE] if notice else [])])


def test_a_notice_repeated_across_pages_of_a_story_is_furniture() -> None:
    docs = [
        {
            "id": "a",
            "text": _page(
                "Flood waters rose in Riverton on Monday after heavy rain.",
                [
                    "Twelve people died when the levee broke, officials said.",
                    "Schools in Riverton stay closed until Friday.",
                ],
            ),
        },
        {
            "id": "b",
            "text": _page(
                "A levee broke in Riverton, killing twelve people on Monday.",
                [
                    "The river is expected to fall by Wednesday, forecasters said.",
                    "Crews rescued 85 people from rooftops in Riverton.",
                ],
            ),
        },
    ]
    prepared = prepare(docs)
    flagged = story_furniture(prepared.sentences, [a.id for a in prepared.voting])
    texts = {s.text for s in prepared.sentences if (s.article_id, s.start) in flagged}
    assert texts == {NOTICE}


def test_wire_copy_repeated_by_two_reports_is_not_furniture() -> None:
    shared = "Twelve people died when the Riverton levee broke, county officials said."
    docs = [
        {
            "id": "a",
            "text": _page(
                "The Riverton levee broke on Monday night.",
                [shared, "The river rose six feet in Riverton."],
                False,
            ),
        },
        {
            "id": "b",
            "text": _page(
                "Officials counted the dead in Riverton on Tuesday.",
                [shared, "The levee had been patched in 2019."],
                False,
            ),
        },
    ]
    prepared = prepare(docs)
    assert not story_furniture(prepared.sentences, [a.id for a in prepared.voting])


def test_a_sentence_in_three_unrelated_stories_is_furniture_across_a_batch() -> None:
    index = FurnitureIndex()
    index.add_story(["The council passed the budget on Monday night.", NOTICE])
    index.add_story(["A levee broke in Riverton on Monday night.", NOTICE])
    assert sentence_key(NOTICE) not in index.furniture_keys()  # two stories: could be related copy
    index.add_story(["The museum reopened on Saturday after five years.", NOTICE])
    assert index.furniture_keys() == {sentence_key(NOTICE)}
    assert sentence_key(
        "  this story was MOVED to our archive after the embargo period ended. "
    ) == sentence_key(NOTICE)
