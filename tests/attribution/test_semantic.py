"""The optional [semantic] path: embeddings add paraphrases, never overrule a changed detail.

The tests give the aligner a small encoder they build themselves (hashed bag of words), so
they run without torch; loading a real model needs ``newsbrief[semantic]`` and says so.
"""

from __future__ import annotations

import hashlib
import re
import sys

import numpy as np
import pytest

from newsbrief.attribution import attribute
from newsbrief.attribution.semantic import Embeddings
from newsbrief.errors import MissingExtraError

STORY = [
    "The ferry company Nordline cancelled all crossings to the island of Veska on "
    "Tuesday because of the storm.",
    "Storm Greta forced Nordline to call off every ferry to Veska on Tuesday.",
]


# What a real encoder knows and word matching does not: these words mean the same here.
SYNONYMS = {"scrapped": "cancelled", "sailings": "crossings"}
PARAPHRASE = "Nordline scrapped all Veska sailings on Tuesday because of the storm."


class HashedWords:
    """A stand-in for a sentence encoder: unit vectors of hashed words, synonyms merged."""

    def __init__(self, dims: int = 256) -> None:
        self.dims = dims
        self.calls = 0

    def encode(self, texts: list[str], normalize_embeddings: bool = True, batch_size: int = 64):
        self.calls += 1
        out = np.zeros((len(texts), self.dims))
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                word = SYNONYMS.get(word, word)
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dims] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def test_embeddings_find_a_paraphrase_that_word_matching_misses() -> None:
    (lexical,) = attribute(STORY, [PARAPHRASE])
    (semantic,) = attribute(STORY, [PARAPHRASE], semantic=Embeddings(encoder=HashedWords()))
    assert not lexical.supported_by
    assert {s.article_id for s in semantic.supported_by} == {"doc1"}


def test_embeddings_never_support_a_claim_whose_day_changed() -> None:
    changed_day = PARAPHRASE.replace("Tuesday", "Friday")
    (result,) = attribute(STORY, [changed_day], semantic=Embeddings(encoder=HashedWords()))
    assert not result.supported_by


def test_embeddings_are_computed_once_per_text() -> None:
    encoder = HashedWords()
    emb = Embeddings(encoder=encoder)
    attribute(STORY, [PARAPHRASE], semantic=emb)
    first = encoder.calls
    assert first > 0
    assert emb.similarity(PARAPHRASE, "doc1", 0, 0) > 0.7
    assert encoder.calls == first


def test_loading_a_model_without_the_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.attribution import semantic

    semantic._load.cache_clear()
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as if not installed
    with pytest.raises(MissingExtraError, match=r"newsbrief\[semantic\]"):
        Embeddings("/models/all-MiniLM-L6-v2")
    semantic._load.cache_clear()
