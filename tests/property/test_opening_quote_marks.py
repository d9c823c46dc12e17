"""A quotation opened with « or „ after a full stop starts the next sentence, not the last."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in sentence_spans(text)]


def test_a_french_quotation_opens_the_sentence_it_quotes() -> None:
    text = (
        "Le ministre a parlé lundi. « Nous reconstruirons le pont », a-t-elle dit. "
        "Les travaux commencent en mai."
    )
    assert _sentences(text) == [
        "Le ministre a parlé lundi.",
        "« Nous reconstruirons le pont », a-t-elle dit.",
        "Les travaux commencent en mai.",
    ]


WORDS = st.lists(
    st.sampled_from(["Mayor", "Ortiz", "council", "voted", "bridge", "Monday"]),
    min_size=2,
    max_size=6,
)


@given(st.lists(WORDS, min_size=2, max_size=5), st.sampled_from(["«", "„", "‹", "‚"]))
def test_no_sentence_ends_on_a_mark_that_opens_a_quotation(
    sentences: list[list[str]], mark: str
) -> None:
    text = " ".join(f"{mark} {' '.join(words)}." for words in sentences)
    out = _sentences(text)
    assert "".join(out).replace(" ", "") == text.replace(" ", "")  # nothing lost or added
    assert all(not s.rstrip().endswith(mark) for s in out)
