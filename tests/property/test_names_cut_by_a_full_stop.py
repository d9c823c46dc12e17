"""Properties of joining pieces Punkt cut inside a name (``segment._name_cut``): the
rest of a name and a verbless phrase after a stray full stop go on with the sentence
before; a piece with a finite verb never does; no character is lost either way."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import segment
from newsbrief.model import Article

_CAP = st.sampled_from(["United", "States", "Coast", "Guard", "Rhine", "Valley", "Nord"])
_NAME = st.lists(_CAP, min_size=1, max_size=3).map(" ".join)
_PLURAL = st.sampled_from(["Marshals", "Cutters", "Rangers", "Medics", "Pilots"])
_FUNCTION = st.sampled_from(["here", "to", "in", "on", "from", "at"])
_TAIL = st.lists(
    st.sampled_from(["the", "crews", "river", "search", "help", "morning", "Tuesday"]),
    max_size=6,
).map(" ".join)
_VERB = st.sampled_from(["was", "were", "had", "will", "would", "could", "reached", "took"])
_OPENING = st.sampled_from(["The ferry sailed for the", "Help came from", "He lived in"])


def _split(text: str) -> list[str]:
    sents = segment.split_sentences(Article(id="x", text=text))
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    return [s.text for s in sents]


@settings(max_examples=300, deadline=None)
@given(_OPENING, _NAME, _PLURAL, _FUNCTION, _TAIL)
def test_a_verbless_piece_after_a_name_goes_on_with_it(
    opening: str, name: str, plural: str, function: str, tail: str
) -> None:
    text = f"{opening} {name}. {plural} {function} {tail}".rstrip() + "."
    assert _split(text) == [text]


@settings(max_examples=300, deadline=None)
@given(_OPENING, _NAME, _PLURAL, _FUNCTION, _TAIL, _VERB, st.booleans())
def test_a_piece_with_a_finite_verb_is_its_own_sentence(
    opening: str, name: str, plural: str, function: str, tail: str, verb: str, early: bool
) -> None:
    rest = f"{function} {verb} {tail}" if early else f"{function} {tail} {verb} late"
    second = f"{plural} {rest}".rstrip() + "."
    first = f"{opening} {name}."
    assert _split(f"{first} {second}") == [first, second]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(_NAME, _PLURAL, _FUNCTION, _VERB, _TAIL, st.sampled_from([". ", ", ", " U.S. "])),
        max_size=12,
    ).map(" ".join)
)
def test_joining_loses_no_character(text: str) -> None:
    spans = list(segment.sentence_spans(text))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    kept = "".join(text[a:b] for a, b, _ in spans)
    assert "".join(kept.split()) == "".join(text.split())
