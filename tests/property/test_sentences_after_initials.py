"""Properties of the splitter around abbreviations of initials ("P.O.", "B.J."): an
address or a name after the initials never becomes a sentence of its own, a pronoun
after them still opens one, and every split keeps the text's characters in order."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsbrief import segment
from newsbrief.model import Article

# Initials, not a clock time ("A.M. Investigators ..." opens a sentence: segment.py).
_initials = (
    st.lists(st.sampled_from("ABCDEFGHJKLMNPRSTW"), min_size=2, max_size=3)
    .map(lambda xs: "".join(f"{x}." for x in xs))
    .filter(lambda s: s not in ("A.M.", "P.M."))
)
# Made-up names: never seen in lower case in Punkt's training text.
_name = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)
_number = st.integers(1, 99999).map(str)
_lead = st.sampled_from(
    [
        "Write to the editor at",
        "The company can be reached by mail at",
        "Letters were sent to",
        "The fund's address is",
    ]
)
_pronoun_sentence = st.sampled_from(
    ["He replied at once.", "She left the city.", "They said nothing.", "It was late."]
)


def _sentences(text: str) -> list[str]:
    sents = segment.split_sentences(Article(id="x", text=text))
    for s in sents:
        assert s.text and text[s.start : s.end] == s.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    return [s.text for s in sents]


@settings(max_examples=300, deadline=None)
@given(
    _lead, _initials, st.sampled_from(["Box", "Drawer", "Bag"]), _number, _name, _pronoun_sentence
)
def test_an_address_after_initials_stays_in_its_sentence(
    lead: str, initials: str, noun: str, number: str, town: str, after: str
) -> None:
    first = f"{lead} {initials} {noun} {number}, {town}."
    assert _sentences(f"{first} {after}") == [first, after]


@settings(max_examples=300, deadline=None)
@given(_initials, _name, _pronoun_sentence)
def test_a_name_after_initials_stays_in_its_sentence(
    initials: str, surname: str, after: str
) -> None:
    model = segment._model()
    assume(not model.ortho_context.get(surname.lower(), 0) & segment._LC_EVIDENCE)
    assume(surname.lower() not in model.sent_starters)
    first = f"The crowd demanded that President {initials} {surname} resign at once."
    assert _sentences(f"{first} {after}") == [first, after]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            _initials,
            _name,
            _number,
            st.sampled_from(["—", ",", "the", "He", "Box", "said.", "went", "P.O.", "U.S."]),
        ),
        min_size=1,
        max_size=14,
    ).map(" ".join)
)
def test_sentences_around_initials_are_in_order_and_lose_no_character(text: str) -> None:
    _sentences(text)
    # before datelines ("A.A. — ") are trimmed, the spans hold every non-space character
    spans = list(segment.sentence_spans(text))
    assert all(a[0] < a[1] <= b[0] for a, b in itertools.pairwise(spans))
    kept = "".join(text[a:b] for a, b, _ in spans)
    assert "".join(kept.split()) == "".join(text.split())
