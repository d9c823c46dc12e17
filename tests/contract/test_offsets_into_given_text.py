"""Property: every offset the API returns indexes the text exactly as the caller gave it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief

# Wire conventions, debris lines and paragraph breaks the cleaner rewrites or drops, so
# cleaned and given offsets differ.
PIECES = [
    "The", "council", "voted", "7-2", "on", "Monday", "``It", "works,''", "_", "&AMP;",
    "said", "Lee.", "bridge", "cost", "$40", "million.", "Advertisement\n\n", "\n\n",
    "Click here.", "officials", "said.", "Mayor", "Ortiz", "agreed.",
]  # fmt: skip


def shown(raw: str) -> str:
    """A given span as the summary shows it: wire quotes, dashes and entities normalised."""
    raw = re.sub("``|''", '"', raw)
    raw = re.sub(r"(?<!\S)_(?!\S)", "—", raw).replace("&AMP;", "&")
    return " ".join(raw.split())


texts = st.lists(st.sampled_from(PIECES), min_size=5, max_size=60).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3))
def test_sentence_and_evidence_offsets_index_the_given_text(story: list[str]) -> None:
    try:
        summary = newsbrief.summarize(story, words=60)
    except newsbrief.InputError:
        return  # nothing left after cleaning: said, not summarized
    given_text = {f"doc{i + 1}": t for i, t in enumerate(story)}
    assert summary.analysis is not None
    for s in summary.sentences:
        assert shown(given_text[s.article_id][s.start : s.end]) == shown(s.text)
    # Evidence may be a window of adjacent sentences: its text leaves out the lines the
    # cleaner dropped between them ("Advertisement"), its offsets run from its first word
    # to its last in the given text.
    spans = [
        (e.article_id, e.start, e.end, e.text)
        for s in summary.sentences
        for e in (*s.supported_by, *s.contradicted_by)
    ] + [
        (e.article_id, e.start, e.end, e.text)
        for f in (*summary.analysis.shared_facts, *summary.analysis.single_source_facts)
        for e in f.sources
    ]
    for article_id, start, end, text in spans:
        given_words = shown(given_text[article_id][start:end]).split()
        words = shown(text).split()
        assert words and given_words[0] == words[0] and given_words[-1] == words[-1]
        assert _in_order(words, given_words)


def _in_order(words: list[str], given_words: list[str]) -> bool:
    """Every shown word appears in the given span, in order (dropped lines skipped)."""
    it = iter(given_words)
    return all(any(w == g for g in it) for w in words)
