"""Sentences of right-to-left text pasted with direction marks end at their full stops, and
splitting a long paragraph with other scripts' full stops takes time in proportion to it."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import segment
from newsbrief.model import Article


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment.split_sentences(Article(id="a", text=text))]


def test_a_direction_mark_after_a_full_stop_does_not_glue_two_sentences() -> None:
    text = "\u200fقال الوزير إن المحادثات مستمرة.\u200f \u200fهل ستنجح؟\u200f"
    assert _sentences(text) == ["قال الوزير إن المحادثات مستمرة.", "هل ستنجح؟"]


def test_a_direction_mark_after_an_arabic_question_mark_does_not_glue_two_sentences() -> None:
    text = "هل ستنجح المفاوضات؟\u200f لا أحد يعرف."
    assert _sentences(text) == ["هل ستنجح المفاوضات؟", "لا أحد يعرف."]


def test_offsets_index_the_text_with_its_direction_marks() -> None:
    text = "\u202bقال الوزير إن المحادثات مستمرة.\u202c \u200fوقال آخرون إنها ستنجح.\u200f"
    for s in segment.split_sentences(Article(id="a", text=text)):
        assert text[s.start : s.end] == s.text
        assert s.text[0] not in "\u202b\u200f" and s.text[-1] == "."


def _quadratic_reference(para: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every piece against every cut: the rule the fast walk must keep."""
    cuts = segment._other_script_cuts(para)
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        for cut in cuts:
            if not start < cut < end:
                continue
            nxt = cut
            while nxt < end and para[nxt].isspace():
                nxt += 1
            if nxt < end:
                out.append((start, cut))
                start = nxt
        out.append((start, end))
    return out


_HI = "सरकार ने कहा कि बातचीत जारी है और पूरी होगी".split()
_MARKS = ["। ", ". ", "? ", "؟ ", "॥ ", " ", "  ", "« ", "» "]
hindi = st.lists(st.tuples(st.sampled_from(_HI), st.sampled_from(_MARKS)), max_size=40).map(
    lambda parts: "".join(w + m for w, m in parts)
)


@settings(max_examples=500, deadline=None)
@given(hindi)
def test_cutting_at_other_scripts_marks_keeps_the_rule(para: str) -> None:
    pieces = segment._punkt_spans(para)
    assert segment._split_other_scripts(para, pieces) == _quadratic_reference(para, pieces)


def test_a_long_hindi_paragraph_is_split_at_every_full_stop() -> None:
    rng = random.Random(0)
    sentences = [" ".join(rng.choice(_HI) for _ in range(rng.randint(4, 12))) for _ in range(3000)]
    para = "। ".join(sentences) + "।"
    got = _sentences(para)
    assert len(got) == len(sentences)
    assert got[0] == sentences[0] + "।"
