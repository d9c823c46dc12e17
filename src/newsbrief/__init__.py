"""newsbrief: what several outlets report about one story, each sentence traced to its sources."""

import logging

from .api import prepare, summarize
from .errors import FetchError, InputError, MissingExtraError, NewsbriefError, OptionsError
from .model import Article, Sentence, Story, Summary, SummarySentence, Support

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
    "prepare",
    "summarize",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
