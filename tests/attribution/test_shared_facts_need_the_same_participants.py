"""A fact is "reported by several outlets" only where another outlet states it of the same
participants: a summary sentence's pronoun ("he") and definite subject ("the package")
refer to what its own article said before it, and a short sentence needs its deed and
the words on each side of it, not two shared words.

Stories here are written for these tests (not third-party text).
"""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.analysis import story_facts
from newsbrief.model import Fact


def shared(*docs: dict[str, str]) -> list[Fact]:
    """The story's facts several outlets report, summary sentences included: the
    attribution these tests check, before the analysis leaves out what the summary says
    (its lists are the facts beyond the summary)."""
    summary = newsbrief.summarize(list(docs), sentences=2, analysis=False)
    arts = summary.articles
    dropped = {d.article_id for d in summary.dropped}
    voting = [a for a in arts if a.id not in dropped]
    return list(story_facts(StoryIndex(arts), voting, {a.id: a for a in arts})[0])


def sources_of(facts: list[Fact], words: str) -> set[str]:
    return {e.article_id for f in facts if words in f.text for e in f.sources}


def doc(doc_id: str, source: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "source": source, "published": "2024-05-02", "text": text}


WHEREABOUTS = doc(
    "times",
    "Times",
    "Rebel leader Aram Kolev has not been seen in public for weeks.\n\n"
    "Kolev's current whereabouts are unclear.\n\n"
    "He said last week that he is in the mountains.\n\n"
    "Other reports place him in Tiras or Malden.\n\n"
    "Some say he remains in Varna.",
)


def test_a_pronoun_is_the_person_its_own_article_named() -> None:
    other = doc(
        "wire",
        "Wire",
        "Foreign Minister Dimo Petrov said Wednesday the government was remaining "
        "cautious toward Varna despite a deal to close the rebel camps.",
    )
    assert "wire" not in sources_of(shared(WHEREABOUTS, other), "remains in Varna")


def test_the_same_person_named_by_another_outlet_is_shared() -> None:
    other = doc(
        "wire",
        "Wire",
        "Aram Kolev has not been seen for weeks.\n\nSome officials say Kolev remains in Varna.",
    )
    assert "wire" in sources_of(shared(WHEREABOUTS, other), "remains in Varna")


def test_a_pronoun_no_name_resolves_needs_a_copy_of_the_report() -> None:
    survivor = doc(
        "times",
        "Times",
        "A man who says he is the only survivor of the massacre recalled how the men were "
        "told to lie on the ground.\n\n"
        '"Heads to the fence!" the policemen shouted, he recounted.\n\n'
        "Then, he said, the shooting started.",
    )
    other = doc(
        "wire",
        "Wire",
        "Villagers said police began shooting at the village at about the same time the "
        "gunfight began.\n\nThe shooting started after the men were told to lie down.",
    )
    assert "wire" not in sources_of(shared(survivor, other), "the shooting started")
    copy = doc(
        "copy",
        "Wire",
        "The survivor, who asked not to be named, spoke from his bed at home.\n\n"
        "Then, he said, the shooting started.",
    )
    assert "copy" in sources_of(shared(survivor, copy), "the shooting started")


def test_a_definite_subject_is_the_thing_its_own_article_introduced() -> None:
    times = doc(
        "times",
        "Times",
        "The government is preparing an aid package for the banks.\n\n"
        "The package has been estimated to total $30 billion.",
    )
    other = doc(
        "wire",
        "Wire",
        "The country has seen about $30 billion of its reserves drain away since July, and "
        "the total was estimated by the central bank.",
    )
    assert "wire" not in sources_of(shared(times, other), "estimated to total")


def test_a_short_fact_needs_its_deed() -> None:
    times = doc(
        "times",
        "Times",
        "Northland held its election on Sunday.\n\n"
        "As the economy has grown, many farmers have prospered.",
    )
    other = doc(
        "wire",
        "Wire",
        "Many farmers now fear that the economy, instead of growing, will shrink next year.",
    )
    assert "wire" not in sources_of(shared(times, other), "have prospered")
    agreeing = doc(
        "wire",
        "Wire",
        "Many farmers have prospered in Northland as its economy has grown.",
    )
    assert "wire" in sources_of(shared(times, agreeing), "have prospered")


RECORDING = doc(
    "times",
    "Times",
    "Rebel commander Omar al-Haddad spoke in a recording released on Monday.\n\n"
    "The recording is recent, according to analyst Lena Brandt.\n\n"
    "In the recording, al-Haddad rallies his fighters and tells them to hold the line.\n\n"
    "He urges others to carry out attacks in Norland and Estavia.",
)


def test_a_pronoun_after_a_name_with_its_present_tense_verb_is_that_person() -> None:
    # "al-Haddad rallies his fighters": the verb after the name is its predicate, not a
    # noun the name describes ("Halloween revelers"), so "He" stands for al-Haddad, not
    # for the analyst named before
    other = doc(
        "wire",
        "Wire",
        "Rebel commander Omar al-Haddad released a recording on Monday.\n\n"
        "Much of al-Haddad's message focused on the border war.\n\n"
        "He called for attacks in Norland and Estavia, and he praised supporters abroad.",
    )
    assert "wire" in sources_of(shared(RECORDING, other), "urges others to carry out attacks")


def test_a_pronoun_after_a_name_and_an_adverb_is_that_person() -> None:
    times = doc(
        "times",
        "Times",
        "Rebel commander Omar al-Haddad spoke in a recording released on Monday.\n\n"
        "The recording is recent, according to analyst Lena Brandt.\n\n"
        '"The war will end in victory," al-Haddad reportedly said in the recording.\n\n'
        "He urges others to carry out attacks in Norland and Estavia.",
    )
    other = doc(
        "wire",
        "Wire",
        "Rebel commander Omar al-Haddad released a recording on Monday.\n\n"
        "He called for attacks in Norland and Estavia, and he praised supporters abroad.",
    )
    assert "wire" in sources_of(shared(times, other), "urges others to carry out attacks")
