"""newsbrief: what several outlets report about one story, each sentence traced to its sources."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import FetchError, InputError, MissingExtraError, NewsbriefError, OptionsError
from .model import (
    Article,
    ClaimAttribution,
    Detail,
    Development,
    DevelopmentPoint,
    Disagreement,
    Evidence,
    Fact,
    Quote,
    SingleSource,
    SourceCoverage,
    Story,
    StoryAnalysis,
    Summary,
    SummarySentence,
)
from .options import SummaryOptions

if TYPE_CHECKING:
    from .api import load_articles, prepare, summarize, summarize_batch
    from .attribution import attribute
    from .attribution.batch import attribute_batch
    from .eval.run import evaluate
    from .stories.cluster import cluster

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ClaimAttribution",
    "Detail",
    "Development",
    "DevelopmentPoint",
    "Disagreement",
    "Evidence",
    "Fact",
    "FetchError",
    "InputError",
    "MissingExtraError",
    "NewsbriefError",
    "OptionsError",
    "Quote",
    "SingleSource",
    "SourceCoverage",
    "Story",
    "StoryAnalysis",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
    "__version__",
    "attribute",
    "attribute_batch",
    "cluster",
    "evaluate",
    "load_articles",
    "prepare",
    "summarize",
    "summarize_batch",
]

# The pipeline (and numpy/scipy behind selection) loads on first use, not on import, so
# `newsbrief --help`, `--version` and argument errors answer at Python start-up speed.
_LAZY = {
    "load_articles": "api",
    "prepare": "api",
    "summarize": "api",
    "summarize_batch": "api",
    "attribute": "attribution",
    "attribute_batch": "attribution.batch",
    "cluster": "stories.cluster",
    "evaluate": "eval.run",
}


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
