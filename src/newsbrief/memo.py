"""A memo of what was worked out for the last few stories.

A summary asks for some facts of its story twice: the selector and the order both read
the story's surnames (``eligible.story_surnames``), the order and the title both read its
ledes and words (``render``). Keyed by the story's texts, the second ask is a lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any


class StoryMemo(dict[Any, Any]):
    """The last ``maxsize`` stories' values, oldest dropped first. An instance has
    ``cache_clear`` and ``cache_parameters`` as an ``lru_cache`` has, so that a sweep of
    the memos of text (``benchmarks/speed.py``) empties it too (the class has none: a
    sweep must not call them on it)."""

    cache_clear: Callable[[], None]
    cache_parameters: Callable[[], dict[str, object]]

    def __init__(self, maxsize: int = 8) -> None:
        super().__init__()
        self.maxsize = maxsize
        self.cache_clear = self.clear
        self.cache_parameters = lambda: {"maxsize": maxsize, "typed": False}

    def remember(self, key: Any, value: Any) -> Any:
        """Store ``value`` under ``key`` and return it."""
        if len(self) >= self.maxsize:
            with suppress(KeyError, RuntimeError, StopIteration):  # another thread was first
                self.pop(next(iter(self)))
        self[key] = value
        return value
