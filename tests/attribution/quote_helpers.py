"""What the quotes tests read off a story: its quotes, one quote's speaker, whether a
stretch is read as a quote at all (one copy for every quotes test file)."""

from __future__ import annotations

import newsbrief
from newsbrief.attribution.quotes import quote_spans
from newsbrief.model import Quote


def quotes_of(*texts: str) -> tuple[Quote, ...]:
    """The quotes ``summarize(..., quotes=True)`` finds in a story of these articles."""
    docs = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts, 1)]
    summary = newsbrief.summarize(docs, words=40, quotes=True)
    assert summary.analysis is not None and summary.analysis.quotes is not None
    return summary.analysis.quotes


def speaker_of(quotes: tuple[Quote, ...], words: str) -> str | None:
    """The speaker of the one quote holding ``words`` (None: no speaker, or no such quote)."""
    found = [q.speaker for q in quotes if words in q.text]
    assert len(found) <= 1
    return found[0] if found else None


def is_quoted(text: str, words: str) -> bool:
    """Whether ``words`` lie inside a stretch read as a quote (found, speaker or not)."""
    return any(words in text[s:e] for s, e, _ in quote_spans(text))
