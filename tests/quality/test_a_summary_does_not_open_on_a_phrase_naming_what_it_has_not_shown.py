"""A sentence opening on a phrase with a definite description ("In the video, the mayor
...") points back at the mention its article made ("released a video"): a summary shows
it only after a sentence that names that noun, or when the noun is what the story is
about. Stories written for these tests."""

from __future__ import annotations

import newsbrief
from newsbrief.eligible import named_before, opening_phrase_definite
from newsbrief.select.coverage import CoverageConfig, select_with

from ..unit.problems import selection_problem

RALLY = "In the video, Mayor Ida Brenn urges residents of Tolsk to leave the flooded river"

# The earlier article introduces the video; the later one never names it.
FLOOD = [
    {
        "id": "herald",
        "published": "2024-05-06T10:00:00Z",
        "text": (
            "The mayor, who has held the office since 2019 and once taught at the town's "
            "music school, recorded a short video at the town hall that was later shared on "
            "the town's website.\n\n"
            f"{RALLY} districts before nightfall and to move to the school shelters.\n\n"
            "Rescue boats were sent to the lower town after the flood walls failed."
        ),
    },
    {
        "id": "courier",
        "published": "2024-05-06T14:00:00Z",
        "text": (
            "Floods forced thousands of people in Tolsk from their homes on Monday after "
            "the river Vanna broke through the flood walls of the lower town.\n\n"
            "Rescue boats carried residents of the flooded river districts of Tolsk to "
            "school shelters before nightfall.\n\n"
            "The regional governor promised aid for the families of Tolsk."
        ),
    },
]


def _summary(docs: list[dict[str, str]], words: int, **settings: bool) -> list[str]:
    problem = selection_problem(docs, fill=True, words=words)
    chosen = select_with(problem, CoverageConfig(**settings))
    return [problem.candidates[c.index].text for c in chosen]


def test_a_phrase_pointing_back_at_an_unshown_video_is_not_shown_alone() -> None:
    for words in (40, 60, 100):
        told = _summary(FLOOD, words)
        rally = [i for i, t in enumerate(told) if t.startswith(RALLY)]
        if rally:  # shown only with a sentence naming the video before it
            assert any("video" in t for t in told[: rally[0]])


def test_without_the_rule_the_phrase_may_open_on_a_video_nobody_introduced() -> None:
    # the rule is what keeps the sentence out: without it the selector takes it alone
    for words in (60, 100):
        told = _summary(FLOOD, words, opening_phrase_named_before=False)
        assert any(t.startswith(RALLY) for t in told)
        assert not any("video" in t for t in told if not t.startswith(RALLY))


def test_the_summary_shows_no_phrase_about_a_video_it_never_named() -> None:
    for words in (60, 100):
        brief = newsbrief.summarize(FLOOD, words=words)
        assert not any(s.text.startswith("In the video") for s in brief.sentences)


def test_the_phrase_head_is_read_with_one_modifier_and_not_in_fixed_phrases() -> None:
    assert opening_phrase_definite(RALLY + ".") == {"video"}
    assert opening_phrase_definite("During the night raid, police seized guns.") == {"raid"}
    assert opening_phrase_definite("In the end, the council voted no.") == set()
    assert opening_phrase_definite("In the morning, the river fell.") == set()
    assert opening_phrase_definite("After the first round, she led.") == set()
    assert opening_phrase_definite("In the recording released Monday, he spoke.") == set()


def test_a_phrase_noun_the_story_is_about_needs_no_introduction() -> None:
    earlier = "the mayor released a short video on monday."
    assert named_before(RALLY + ".", earlier, phrases=True) == {"video"}
    assert named_before(RALLY + ".", earlier, {"video"}, phrases=True) == set()
    # a noun the article never named is not this rule's
    assert named_before(RALLY + ".", "the river rose.", phrases=True) == set()
