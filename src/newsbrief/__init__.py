"""newsbrief: what several outlets report about one story, each sentence traced to its sources."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import FetchError, InputError, MissingExtraError, NewsbriefError, OptionsError
from .model import Article, Sentence, Story, Summary, SummarySentence, Support

if TYPE_CHECKING:
    from .api import prepare, summarize
    from .attribution import attribute

__version__ = "0.1.0"

__all__ = [
    "Article",
    "FetchError",
    "InputError",
    "MissingExtraError",
    "NewsbriefError",
    "OptionsError",
    "Sentence",
    "Story",
    "Summary",
    "SummarySentence",
    "Support",
    "__version__",
    "attribute",
    "prepare",
    "summarize",
]

# The pipeline (and numpy/scipy behind selection) loads on first use, not on import, so
# `newsbrief --help`, `--version` and argument errors answer at Python start-up speed.
_LAZY = {"prepare": "api", "summarize": "api", "attribute": "attribution"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


logging.getLogger(__name__).addHandler(logging.NullHandler())
