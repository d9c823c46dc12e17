"""The selector's stem memo answers what :func:`newsbrief.text.stem` does, and stays bounded."""

from hypothesis import given
from hypothesis import strategies as st

from newsbrief import text


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1), max_size=30))
def test_memoised_stems_are_porter_stems(words: list[str]) -> None:
    assert list(map(text.stem_of, words)) == [text.stem(w) for w in words]


def test_the_memo_is_emptied_when_full(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(text, "_STEM_MEMO_SIZE", 3)
    text._STEMS.cache_clear()
    for w in ["running", "jumped", "houses", "cities", "walking"]:
        assert text.stem_of(w) == text.stem(w)
        assert len(text._STEMS) <= 3
    text._STEMS.cache_clear()
    assert text._STEMS.cache_parameters()["maxsize"] == text._STEM_MEMO_SIZE
