"""``newsbrief.attribute_batch`` takes stories as ``summarize_batch`` does: dicts too."""

from __future__ import annotations

import pytest

import newsbrief

from ..conftest import STORY_A

CLAIMS = [
    {"story": "bridge", "claim_id": "c1", "claim": "The council voted 7-2 on Monday."},
    {"story": "bridge", "claim_id": "c2", "claim": "The council voted 5-4 on Monday."},
]


def _as_objects() -> newsbrief.Story:
    return newsbrief.Story("bridge", tuple(newsbrief.Article(d["id"], d["text"]) for d in STORY_A))


def test_batch_schema_dicts_give_the_same_results_as_story_objects() -> None:
    from_dicts = list(newsbrief.attribute_batch([{"id": "bridge", "documents": STORY_A}], CLAIMS))
    from_objects = list(newsbrief.attribute_batch([_as_objects()], CLAIMS))
    assert [r.attribution for r in from_dicts] == [r.attribution for r in from_objects]
    assert from_dicts[0].attribution is not None and from_dicts[0].attribution.supported_by


def test_a_mapping_of_ids_to_dicts_is_accepted() -> None:
    (r1, _) = newsbrief.attribute_batch({"bridge": {"id": "bridge", "documents": STORY_A}}, CLAIMS)
    assert r1.ok


def test_a_story_that_is_neither_names_its_place_and_says_what_to_pass() -> None:
    with pytest.raises(newsbrief.InputError) as caught:
        newsbrief.attribute_batch([_as_objects(), "just a string"], CLAIMS)
    assert caught.value.where == "story 2"
    assert "batch schema" in (caught.value.hint or "")


def test_a_bad_story_dict_names_its_place() -> None:
    with pytest.raises(newsbrief.InputError) as caught:
        newsbrief.attribute_batch([{"id": "bridge"}], CLAIMS)
    assert "story 1" in str(caught.value) and "documents" in str(caught.value)


def test_an_api_error_says_how_to_skip_in_python_not_on_the_command_line() -> None:
    claims = [{"story": "nope", "claim_id": "c9", "claim": "The council met."}]
    with pytest.raises(newsbrief.InputError) as caught:
        list(newsbrief.attribute_batch([_as_objects()], claims))
    assert 'on_error="skip"' in (caught.value.hint or "")
    assert "--on-error" not in str(caught.value)
