"""Short stable digests from CPython's own hash modules.

``import hashlib`` loads OpenSSL (``_hashlib``): about 2 ms of every process's start-up, for
the few short digests newsbrief takes (ids, cache keys, furniture keys). SHA-1 and BLAKE2b
are the same bytes from either implementation, so the built-in ones serve; a Python built
without them falls back to ``hashlib``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def _constructor(module: str, name: str) -> Any:
    try:
        return getattr(import_module(module), name)
    except (ImportError, AttributeError):  # pragma: no cover - CPython ships both
        return getattr(import_module("hashlib"), name)


_sha1 = _constructor("_sha1", "sha1")
_blake2b = _constructor("_blake2", "blake2b")


def sha1_hex(data: bytes) -> str:
    """``hashlib.sha1(data).hexdigest()``."""
    return str(_sha1(data).hexdigest())


def blake2b_hex(data: bytes, digest_size: int) -> str:
    """``hashlib.blake2b(data, digest_size=digest_size).hexdigest()``."""
    return str(_blake2b(data, digest_size=digest_size).hexdigest())
