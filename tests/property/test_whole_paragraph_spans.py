"""An ASCII paragraph Punkt leaves whole is one sentence without a memo entry: the
spans ``split_sentences`` takes for it are those of the paragraph splitter."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import segment

_PIECES = ["The mayor said", " it", " would reopen", ".", "?", "!", " U.S.", " ", "  ", "\t"]
_PIECES += ['"', " (AP)", " Dr.", "'", " 3.5", ")", "é"]
_PARAGRAPH = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PARAGRAPH)
def test_a_paragraph_punkt_leaves_whole_is_one_span(para: str) -> None:
    stripped = para.rstrip()
    if para.isascii() and segment._unbroken(stripped):
        whole = ((0, len(stripped)),) if stripped else ()
        assert whole == tuple(segment._pairs(segment._paragraph_spans(para)))
