"""``newsbrief.evaluate`` takes stories as every batch call does: ``Story`` objects or
dicts in the batch schema (or a JSONL path); anything else is one ``newsbrief.errors``
error naming the item, never an AttributeError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import InputError
from newsbrief.ingest import story_from_json

STORIES = [
    {
        "id": "storm",
        "documents": [
            {"id": "a", "text": "A storm hit the coast on Monday, officials said. Roads closed."},
            {"id": "b", "text": "The storm closed roads along the coast on Monday. Power failed."},
        ],
        "references": ["A storm hit the coast on Monday and closed roads."],
    },
    {
        "id": "bridge",
        "documents": [
            {
                "id": "c",
                "text": "The council voted 7-2 on Monday to build a bridge. It costs $40 million.",
            },
            {
                "id": "d",
                "text": "A new bridge was approved by the council on Monday. Work starts soon.",
            },
        ],
        "references": ["The council approved a $40 million bridge on Monday."],
    },
]


def test_evaluate_scores_batch_schema_dicts_as_it_scores_stories(tmp_path: Path) -> None:
    from_dicts = newsbrief.evaluate(STORIES, words=20, baselines=["lead"])
    stories = [story_from_json(s, f"story {k}") for k, s in enumerate(STORIES, 1)]
    from_stories = newsbrief.evaluate(stories, words=20, baselines=["lead"])
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STORIES))
    from_path = newsbrief.evaluate(path, words=20, baselines=["lead"])
    assert from_dicts.n_stories == 2
    assert from_dicts.systems == from_stories.systems == from_path.systems
    assert set(from_dicts.systems) == {"newsbrief:default", "lead"}


def test_a_dict_without_references_is_named() -> None:
    bare = {k: v for k, v in STORIES[1].items() if k != "references"}
    with pytest.raises(InputError, match="no 'references'") as info:
        newsbrief.evaluate([STORIES[0], bare])
    assert info.value.where == "story 2 (id bridge)"


@pytest.mark.parametrize("item", [42, ["storm"], {"documents": []}])
def test_an_item_that_is_no_story_is_one_input_error(item: object) -> None:
    with pytest.raises(InputError) as info:
        newsbrief.evaluate([item])
    assert info.value.where and info.value.where.startswith("story 1")
