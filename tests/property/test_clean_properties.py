from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_text

_NORMALISED = {'"', "—", " ", "\n", "&"}

_PIECES = [*"abcdefgh ABC.,!?\"'`_&;\n-", "``", "''", " _ ", "&AMP;", "  ", "Said "]
text = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)
lines = st.lists(
    st.one_of(
        text,
        st.sampled_from(
            [
                "By Ann Lee",
                "Click here for more.",
                "Load more..",
                " / Updated ",
                "The mayor said the plan would pass on Monday.",
            ]
        ),
    ),
    max_size=12,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_cleaning_never_invents_text(raw: str) -> None:
    c = clean_text(raw)
    m = c.raw_map
    # Every cleaned character is copied from the raw text at its mapped offset, or is a
    # documented normalisation (quote, dash, space, paragraph break, unescaped entity).
    for i, ch in enumerate(c.text):
        r = m.to_raw(i)
        assert 0 <= r <= len(raw)
        if ch not in _NORMALISED:
            assert r < len(raw) and raw[r] == ch


@settings(max_examples=300, deadline=None)
@given(lines, st.data())
def test_offsets_round_trip_for_any_span(raw: str, data: st.DataObject) -> None:
    c = clean_text(raw)
    if not c.text:
        return
    a = data.draw(st.integers(0, len(c.text)))
    b = data.draw(st.integers(a, len(c.text)))
    ra, rb = c.raw_map.to_raw(a), c.raw_map.to_raw(b, is_end=True)
    assert 0 <= ra <= rb <= len(raw)
    span = c.text[a:b]
    if span and all(ch not in _NORMALISED for ch in span):
        assert raw[ra:rb] == span


@settings(max_examples=200, deadline=None)
@given(lines)
def test_cleaning_is_idempotent_on_its_output_words(raw: str) -> None:
    # A doubly escaped entity ("&AMP;amp;") is unescaped once per pass by design.
    raw = raw.replace("&", "and")
    once = clean_text(raw, detect_title=False).text
    twice = clean_text(once, detect_title=False).text
    assert set(twice.split()) <= set(once.split())
