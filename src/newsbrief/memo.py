"""A memo of what was worked out for the last few stories.

A summary asks for some facts of its story twice: the selector and the order both read
the story's surnames (``eligible.story_surnames``), the order and the title both read its
ledes and words (``render``). Keyed by the story's texts, the second ask is a lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")


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


class CacheInfo(NamedTuple):
    """What ``lru_cache``'s ``cache_info`` gives; a :class:`TextMemo` counts no hits."""

    hits: int
    misses: int
    maxsize: int
    currsize: int


class TextMemo(dict[K, V], Generic[K, V]):
    """A pure function of one key (a sentence's text), memoised and called as the
    function is: ``lru_cache``'s answers, with ``cache_clear``, ``cache_parameters`` and
    ``cache_info`` as it has them, emptied when full instead of dropping the least used.

    Why not ``lru_cache``: a hit is one dict lookup in C, and an entry is no object of
    its own. ``lru_cache`` links each entry in a list of its own, which the cyclic
    collector walks while the memos of a batch fill: with the sentence memos on
    ``lru_cache``, their lists were most of what made the collector run in a batch.
    """

    cache_clear: Callable[[], None]
    cache_parameters: Callable[[], dict[str, object]]
    cache_info: Callable[[], CacheInfo]

    def __init__(self, func: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.__wrapped__ = func
        self.__doc__ = func.__doc__
        self.maxsize = maxsize
        # On the instance, not the class: a sweep of a module's memos (benchmarks/speed.py)
        # must not find them on the class and call them without one.
        self.cache_clear = self.clear
        self.cache_parameters = lambda: {"maxsize": maxsize, "typed": False}
        self.cache_info = lambda: CacheInfo(0, 0, maxsize, len(self))

    if TYPE_CHECKING:

        def __call__(self, key: K) -> V: ...

    else:
        __call__ = dict.__getitem__  # a hit never runs Python code

    def __missing__(self, key: K) -> V:
        if len(self) >= self.maxsize:
            self.clear()
        out = self[key] = self.__wrapped__(key)
        return out


def text_memo(maxsize: int) -> Callable[[Callable[[K], V]], TextMemo[K, V]]:
    """``lru_cache(maxsize=...)`` for a function of one hashable argument, as a
    :class:`TextMemo`."""

    def wrap(func: Callable[[K], V]) -> TextMemo[K, V]:
        return TextMemo(func, maxsize)

    return wrap
