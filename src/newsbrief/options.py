"""One frozen options object for a summary; the CLI and the API both build it.

Hints name the keyword argument a Python caller passes (``words=100``) and then the flag a
command-line user types: the same object checks both.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import OptionsError

METHODS = ("default", "coverage", "ilp", "submodular", "lexrank", "lead")
# What "default" runs: position-aware concept coverage (see select/coverage.py and
# docs/quality.md for why it won on the dev set).
DEFAULT_METHOD = "coverage"
ON_ERROR = ("raise", "skip")


def check_on_error(on_error: str) -> None:
    """What a batch does with a bad item: stop (``raise``) or report it and go on (``skip``)."""
    if on_error not in ON_ERROR:
        raise OptionsError(
            f"on_error must be 'raise' or 'skip', got {on_error!r}",
            hint="on_error='skip'; on the command line --on-error skip",
        )


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    words: int | None = 100
    sentences: int | None = None
    fill: bool = False
    method: str = "default"
    # The reading order of a briefing (``digest``): the story's overview first and a
    # name in full before its surname alone (order.order_sentences). Off elsewhere:
    # ``batch`` keeps its speed promise (docs/benchmarks.md); the sentences are the same.
    briefing: bool = False
    # A digest's news first (``newsbrief.recency``): a developing story's summary opens on
    # the latest article's lede, the rest in the time order of the days they report. Off
    # elsewhere: ``summarize`` and ``batch`` read the story as a whole (ROUGE unchanged).
    latest_first: bool = False

    def validate(self) -> SummaryOptions:
        if self.words is not None and (
            not isinstance(self.words, int) or isinstance(self.words, bool) or self.words < 1
        ):
            raise OptionsError(
                f"words must be a positive integer, got {self.words!r}",
                hint="e.g. words=100; on the command line --words 100",
            )
        if self.sentences is not None and (
            not isinstance(self.sentences, int)
            or isinstance(self.sentences, bool)
            or self.sentences < 1
        ):
            raise OptionsError(
                f"sentences must be a positive integer, got {self.sentences!r}",
                hint="e.g. sentences=3; on the command line --sentences 3",
            )
        if self.words is None and self.sentences is None:
            raise OptionsError(
                "give a budget: words or sentences",
                hint="e.g. words=100 or sentences=3; on the command line --words or --sentences",
            )
        if self.method not in METHODS:
            raise OptionsError(
                f"unknown method {self.method!r}", hint="choose one of " + ", ".join(METHODS)
            )
        return self
