"""Tokenising gives the regex's tokens on every text: the translate-and-split shortcut
for plain ASCII text without apostrophes changes no token; text in other scripts gives
runs of letters, digits and combining marks, case-folded and composed (NFC), with the
dot a Turkish capital "İ" leaves after case-folding dropped."""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.text import sentence_words, spans_words, words

_ASCII_REGEX = re.compile(r"([a-z0-9]+)(?:['’][a-z]+)?")
_TEXT = st.text(
    alphabet=st.sampled_from(list("aZk19 _-'’.,\n\t\"ÉéΣς—İдЖ\u0301\u093fन٣")), max_size=60
)


def _mark(c: str) -> bool:
    return unicodedata.category(c)[0] == "M"


def _word_char(c: str) -> bool:
    return c != "_" and (c.isalnum() or _mark(c))


def _expected(text: str) -> list[str]:
    """The tokens, by a character scan: a run of word characters, then a possessive or
    contraction suffix (an apostrophe and ASCII letters no letter or mark follows) left out."""
    low = text.lower()
    if low.isascii():
        return _ASCII_REGEX.findall(low)
    out, i, n = [], 0, len(low)
    while i < n:
        if not _word_char(low[i]):
            i += 1
            continue
        j = i
        while j < n and _word_char(low[j]):
            j += 1
        token = low[i:j]
        # case-folded, the dot of a Turkish "İ" dropped, composed
        folded = token.casefold().replace("i\u0307", "i")
        out.append(token if token.isascii() else unicodedata.normalize("NFC", folded))
        if j < n and low[j] in "'’":
            k = j + 1
            while k < n and "a" <= low[k] <= "z":
                k += 1
            if k > j + 1 and not (k < n and (low[k].isalpha() or _mark(low[k]))):
                j = k
        i = j
    return out


@given(_TEXT)
def test_tokens_are_the_word_regexs(text: str) -> None:
    expected = _expected(text)
    assert words(text) == expected
    assert list(sentence_words(text)) == expected


@given(st.lists(_TEXT, max_size=4))
def test_a_text_tokenised_by_its_sentences_gives_its_tokens(parts: list[str]) -> None:
    text, spans, pos = "", [], 0
    for p in parts:
        text += p + " "
        spans.append((pos, pos + len(p), p))
        pos += len(p) + 1
    assert spans_words(text, [s for s in spans if s[0] < s[1]]) == _expected(text)
