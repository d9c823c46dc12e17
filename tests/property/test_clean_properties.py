from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_text

# "-" and "/": the wire's hyphen after an abbreviation ("U.S._British") and AP's
# fraction slash ("2 1-2" -> "2 1/2")
_NORMALISED = {'"', "—", " ", "\n", "&", "-", "/"}

_PIECES = [*"abcdefgh ABC.,!?\"'`_&;\n-", "2 1-2", "3-4", "``", "''", " _ ", "&AMP;", "  ", "Said "]
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


_FURNITURE = [
    "Media playback is unsupported on your device Media caption Crowds at the pier",
    "Image 2 of 5 Caption Close Image",
    "(Reporting By Ann Lee; Editing by Bo Park)",
    "By Ann Lee · March 3, 2025",
    "EMBED More News Videos",
    "You must select a newsletter to subscribe to.",
]
_BODY = [
    "The mayor said the plan would pass on Monday.",
    "Reporters covering the flood said the embedded video showed the levee failing.",
    "By the time crews arrived, the water had reached the second floor.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE + _BODY), min_size=1, max_size=10))
def test_page_furniture_goes_and_reporting_stays(paragraphs: list[str]) -> None:
    cleaned = clean_text("Flood closes river road\n" + "\n".join(paragraphs)).text
    for p in paragraphs:
        assert (p in cleaned) == (p in _BODY)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["", "RIVERTON — ", "LONDON (Reuters) - ", "SPRINGFIELD, Ill. (AP) — "]),
    st.sampled_from(["", " (AP Photo/Jo Kim)", " (Reporting by Ann Lee; Editing by Bo Park)"]),
    st.sampled_from(["Headline without a period\n\n", ""]),
)
def test_datelines_and_credits_are_trimmed_from_sentence_spans(
    dateline: str, credit: str, title: str
) -> None:
    from newsbrief.model import Article
    from newsbrief.segment import split_sentences

    body = "Twelve people died when the levee broke on Monday night, officials said."
    text = f"{title}{dateline}{body}{credit}\n\nSchools stay closed until Friday."
    sentences = split_sentences(Article("a", text))
    assert any(s.text == body for s in sentences)
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert "Photo" not in s.text and "Editing" not in s.text
        assert not s.text.startswith(("RIVERTON", "LONDON", "SPRINGFIELD"))
