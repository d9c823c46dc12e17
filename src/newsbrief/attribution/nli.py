"""The optional ``[nli]`` extra: a local entailment (NLI) model decides support.

Why: lexical alignment misses a window that states the claim in other words. An NLI
cross-encoder reads (premise = window, hypothesis = claim) and says whether the window
entails it. No such model installs offline from PyPI, so newsbrief ships none: a user
points ``--nli PATH`` at a model exported to ONNX, a folder holding

    model.onnx       inputs input_ids, attention_mask (token_type_ids optional), one
                     output of shape (batch, labels): the logits
    tokenizer.json   a Hugging Face ``tokenizers`` tokenizer (pair encoding)
    config.json      ``id2label`` naming ``entailment`` (and ``contradiction``), any case

The model only decides among windows retrieval found and whose typed details (figures,
dates, names, negation) all agree with the claim: a changed figure is rejected whatever
the model says (see ``StoryIndex._best`` and docs/attribution.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ..errors import InputError, MissingExtraError, OptionsError

if TYPE_CHECKING:
    from .align import Entailment

_FILES = {
    "model.onnx": "the ONNX graph of the cross-encoder",
    "tokenizer.json": "its Hugging Face tokenizers file",
    "config.json": "its config with id2label",
}
_HINT = "export the model with Hugging Face Optimum (docs/attribution.md, 'An NLI model')"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _label_indices(config: Any, where: str) -> tuple[int, int | None, int]:
    """(entailment, contradiction or None, number of labels) from ``id2label``."""
    id2label = config.get("id2label") if isinstance(config, dict) else None
    if not isinstance(id2label, dict) or not id2label:
        raise InputError("config.json has no id2label mapping", where=where, hint=_HINT)
    labels: dict[int, str] = {}
    for key, name in id2label.items():
        try:
            labels[int(key)] = str(name).strip().lower()
        except ValueError:
            raise InputError(
                f"id2label key {key!r} is not a label index", where=where, hint=_HINT
            ) from None
    n = len(labels)
    if sorted(labels) != list(range(n)):
        raise InputError(f"id2label indices must be 0..{n - 1}", where=where, hint=_HINT)
    by_name = {name: k for k, name in labels.items()}
    if "entailment" not in by_name:
        raise InputError(
            f"id2label names no 'entailment' label (it has {sorted(by_name)})",
            where=where,
            hint="an NLI model's labels are entailment / neutral / contradiction",
        )
    return by_name["entailment"], by_name.get("contradiction"), n


class NLI:
    """P(entailment) and P(contradiction) of (window, claim) pairs, cached per pair."""

    def __init__(self, path: str | Path, *, batch_size: int = 8, max_length: int = 256) -> None:
        folder = Path(path)
        where = str(path)
        if not folder.exists():
            raise OptionsError(
                "the NLI model folder does not exist",
                where=where,
                hint="give --nli a folder holding model.onnx, tokenizer.json and config.json",
            )
        if not folder.is_dir():
            raise OptionsError(
                "--nli needs a folder holding model.onnx, tokenizer.json and config.json, "
                "not a file",
                where=where,
                hint=_HINT,
            )
        if not any((folder / name).is_file() for name in _FILES):
            # a folder that is no model export at all (a typo, the wrong folder): say
            # so, rather than name the first file of three it lacks
            raise OptionsError(
                "no NLI model in this folder (none of model.onnx, tokenizer.json, config.json)",
                where=where,
                hint=_HINT,
            )
        for name, what in _FILES.items():
            if not (folder / name).is_file():
                raise OptionsError(f"missing {name} ({what})", where=where, hint=_HINT)
        cfg_path = folder / "config.json"
        try:
            config = json.loads(cfg_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"config.json is not JSON: {exc}", where=str(cfg_path)) from exc
        self.entailment, self.contradiction, self.labels = _label_indices(config, str(cfg_path))
        limit = config.get("max_position_embeddings")
        if isinstance(limit, int) and limit > 8:
            max_length = min(max_length, limit - 2)  # room for special tokens' offset
        try:
            import numpy as np
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise MissingExtraError("NLI attribution (--nli)", "nli") from exc
        self._np = np
        try:
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # the tokenizers library raises bare Exceptions
            raise InputError(
                f"tokenizer.json is not a tokenizers file: {exc}",
                where=str(folder / "tokenizer.json"),
                hint=_HINT,
            ) from exc
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length)
        options = ort.SessionOptions()
        options.log_severity_level = 3  # no warnings on the user's terminal
        try:
            self.session = ort.InferenceSession(
                str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime's own exception types vary by version
            raise InputError(
                f"model.onnx cannot be loaded: {str(exc).splitlines()[0] if str(exc) else exc}",
                where=str(folder / "model.onnx"),
                hint=_HINT,
            ) from exc
        self._feeds: dict[str, Any] = {}
        for inp in self.session.get_inputs():
            if inp.name not in _INPUTS:
                raise InputError(
                    f"model.onnx takes an input {inp.name!r}; supported: {', '.join(_INPUTS)}",
                    where=str(folder / "model.onnx"),
                    hint=_HINT,
                )
            self._feeds[inp.name] = np.int32 if "int32" in inp.type else np.int64
        if "input_ids" not in self._feeds:
            raise InputError(
                "model.onnx takes no input_ids", where=str(folder / "model.onnx"), hint=_HINT
            )
        self.where = str(folder / "model.onnx")
        self.batch_size = max(1, batch_size)
        self._cache: dict[tuple[str, str], tuple[float, float]] = {}

    def _run(self, pairs: list[tuple[str, str]]) -> list[tuple[float, float]]:
        np = self._np
        encs = self.tokenizer.encode_batch(pairs)
        width = max([1, *(len(e.ids) for e in encs)])
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encs):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = e.attention_mask
            types[row, : len(e.ids)] = e.type_ids
        given = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        feeds = {name: given[name].astype(dtype) for name, dtype in self._feeds.items()}
        logits = np.asarray(self.session.run(None, feeds)[0], dtype=np.float64)
        if logits.ndim != 2 or logits.shape != (len(encs), self.labels):
            raise InputError(
                f"model.onnx gives logits of shape {tuple(logits.shape)}, expected "
                f"(batch, {self.labels}) as config.json's id2label has {self.labels} labels",
                where=self.where,
                hint=_HINT,
            )
        z = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = z / z.sum(axis=1, keepdims=True)
        con = self.contradiction
        return [
            (float(p[self.entailment]), float(p[con]) if con is not None else 0.0) for p in probs
        ]

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, float]]:
        """(P(entailment), P(contradiction)) per (premise, hypothesis) pair."""
        todo = [p for p in dict.fromkeys(pairs) if p not in self._cache]
        # similar lengths together: less padding per batch
        todo.sort(key=lambda p: len(p[0]) + len(p[1]))
        for k in range(0, len(todo), self.batch_size):
            chunk = todo[k : k + self.batch_size]
            self._cache.update(zip(chunk, self._run(chunk), strict=True))
        return [self._cache[p] for p in pairs]


# what ``attribute(..., nli=)`` takes: a model folder, or a loaded model
NLIModel: TypeAlias = "str | os.PathLike[str] | Entailment"


@lru_cache(maxsize=2)
def _load(path: str) -> NLI:
    return NLI(path)


def as_entailment(nli: str | os.PathLike[str] | Entailment | None) -> Entailment | None:
    """The model a caller names: a folder path (loaded once per process) or a model object."""
    if nli is None:
        return None
    if isinstance(nli, (str, os.PathLike)):
        return _load(os.fspath(nli))
    return nli
