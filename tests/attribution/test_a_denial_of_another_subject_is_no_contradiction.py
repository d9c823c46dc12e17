""" "Had no X" contradicts "had X" only when both say it of one subject.

"The old school had no fire alarms" says nothing against "The new school had fire
alarms": each subject names a word the other lacks (old / new), so they are two
schools. A subject left bare on one side ("the school") may be the same one, and the
denial still contradicts. Invented stories.
"""

from __future__ import annotations

from .judging import judged


def test_the_old_schools_missing_alarms_do_not_contradict_the_new_schools() -> None:
    article = (
        "Officials said the old school had no fire alarms, unlike the new school down the road."
    )
    _, contradicted = judged(article, "The new school had fire alarms.", "School safety")
    assert contradicted == []


def test_the_older_wings_missing_sprinklers_do_not_contradict_the_newer_wings() -> None:
    article = "The older wing had no sprinklers. The newer wing, built in 2010, did."
    _, contradicted = judged(article, "The newer wing had sprinklers.", "Hospital fire")
    assert contradicted == []


def test_built_without_denies_nothing_of_another_buildings_build() -> None:
    article = "The old school was built without fire alarms."
    _, contradicted = judged(article, "The new school was built with fire alarms.", "Schools")
    assert contradicted == []


def test_the_same_subject_named_more_fully_is_still_denied() -> None:
    article = "The old school had no fire alarms, officials said."
    assert judged(article, "The school had fire alarms.", "School safety") == (
        [],
        ["had fire alarms vs had no fire alarms"],
    )
