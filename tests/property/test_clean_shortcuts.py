"""Cleaning's shortcuts (words looked up before a regex runs) decide as the full rules do.

``reference_is_debris`` is the paragraph rule written plainly, every regex run on every
line; ``clean.is_debris`` skips a regex where the line lacks a word it needs. They must
agree on any line, including the characters ``re.IGNORECASE`` folds ("ſ", "K", "ı", "İ").
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import clean
from newsbrief.clean import (
    _BYLINE,
    _CONTRIB,
    _CREDIT_PARENS,
    _CTA,
    _DATED_BYLINE,
    _GLUED_CREDIT,
    _NAV_ELLIPSIS,
    _SITE_NOTICE_WORDS,
    _SPEECH_OR_QUOTE,
    _STAMP,
    _TRAILING_CREDIT,
    _is_wire_markup,
    _looks_like_reporting,
)

# The media rule as one pattern, as it was first written.
_MEDIA = re.compile(rf"^{clean._MEDIA_START}|{clean._MEDIA_ANYWHERE}", re.IGNORECASE)


def reference_language_menu(s: str) -> bool:
    """3 to 20 items (split at "|", "/", "·", "•" or spaces) in 3+ scripts, none of them
    writing half the items, no final stop; a letter counts in the script of its NFKD form
    (ASCII and modifier letters: Latin)."""
    import unicodedata

    items = [x for x in re.split(r"[|/·•\s]+", s) if x]
    if not 3 <= len(items) <= 20 or clean._SENTENCE_END.search(s):
        return False
    kana = {"HIRAGANA", "KATAKANA", "CJK", "HALFWIDTH"}

    def script(c: str) -> str:
        base = unicodedata.normalize("NFKD", c)[:1] or c
        name = "LATIN" if base.isascii() else unicodedata.name(base, "").split(" ")[0]
        name = "LATIN" if name == "MODIFIER" else name
        return "CJK" if name in kana else name

    per_script: dict[str, int] = {}
    for item in items:
        names = [script(c) for c in item if c.isalpha()]
        if names:
            main = max(set(names), key=lambda n: (names.count(n), -names.index(n)))
            per_script[main] = per_script.get(main, 0) + 1
    return len(per_script) >= 3 and 2 * max(per_script.values()) < len(items)


def reference_is_debris(line: str, *, first: bool = False) -> bool:
    s = line.strip()
    if not s or not any(c.isalpha() for c in s):  # a letter of any script
        return True
    n = len(s.split())
    return (
        reference_language_menu(s)
        or (n <= 10 and _is_wire_markup(s, n, first))
        or (_BYLINE.match(s) is not None and n <= 12)
        or (n <= 16 and _DATED_BYLINE.match(s) is not None)
        or (n <= 40 and _MEDIA.search(s) is not None)
        or (n <= 40 and _CREDIT_PARENS.match(s) is not None)
        or _STAMP.match(s) is not None
        or (n <= 20 and _CONTRIB.search(s) is not None and '"' not in s and "“" not in s)
        or (n <= 6 and _NAV_ELLIPSIS.match(s) is not None)
        or (n <= 40 and (_GLUED_CREDIT.search(s) or _TRAILING_CREDIT.search(s)) is not None)
        or ((n <= 8 or (n <= 25 and not _looks_like_reporting(s))) and _CTA.search(s) is not None)
        or reference_site_notice(s, n)
    )


def reference_site_notice(s: str, n: int) -> bool:
    """A clause that opens with a reader address and names the site after it, at most
    40 words, no reporting: every regex run, no substring shortcut."""
    return (
        n <= _SITE_NOTICE_WORDS
        and any(clean._is_notice_clause(c) for c in clean._CLAUSE_BREAK.split(s))
        and _SPEECH_OR_QUOTE.search(s) is None
    )


_WORDS = [
    "We use cookies",
    "your browser",
    "Please enable JavaScript",
    "on this site",
    "our partners",
    "COOKIES",
    "ad-blocker",
    "you",
    "said",
    "Media playback is unsupported on your device",
    "Media caption",
    "Image 1 of 4",
    "photo 2 of 9",
    "Caption Close Image",
    "EMBED",
    "Watch:",
    "contributed to this report.",
    "contributed.",
    "(Reporting by Jane Doe; Editing by Tom Roe)",
    "(AP Photo/Jane Doe)",
    "Photo credit: Ann Lee",
    "picture: x",
    "(File)",
    "2014.AFP - Getty Images",
    "Click here",
    "sign up",
    "newsletters",
    "news alerts",
    "Breaking News Emails",
    "email updates",
    "delivered daily",
    "Follow us",
    "share this",
    "tweet this",
    "like us on",
    "read more",
    "load more",
    "watch the video",
    "download our app",
    "All rights reserved",
    "Advertisement",
    "cookie",
    "privacy policy",
    "terms of use",
    "related stories",
    "recommended for you",
    "comments (3)",
    "leave a comment",
    "skip to content",
    "said",
    "police",
    '"',
    "By Ann Lee",
    "Updated 3:41 PM",
    "the",
    "mayor",
    "bridge",
    "ſign up",
    "Kookie",
    "clıck here",
    "İmage 1 of 4",
    "ſubſcribe",
    "contrıbuted.",
    "Русский",
    "العربية",
    "Ελληνικά",
    "中文",
    "首页",
    "English",
]
_SEP = [" ", "  ", ". ", ", ", ": ", "\t", "\xa0", ")", "(", " | ", "/", " · "]
line = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEP)), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=3000, deadline=None)
@given(line, st.booleans())
def test_debris_rule_decides_as_the_full_rules(s: str, first: bool) -> None:
    assert clean.is_debris(s, first=first) == reference_is_debris(s, first=first)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_debris_rule_decides_as_the_full_rules_on_any_text(s: str, first: bool) -> None:
    assert clean.is_debris(s, first=first) == reference_is_debris(s, first=first)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(line, st.text(max_size=60)))
def test_media_rule_in_two_parts_is_the_rule(s: str) -> None:
    whole = _MEDIA.search(s) is not None
    assert whole == bool(clean._MEDIA_OPENING.match(s) or clean._MEDIA_INSIDE.search(s))


_WIRE_REFERENCE = re.compile(
    r"``|''|(?<=\s)_(?=\s)|(?<=\.)_(?=[^\W\d_])|&[A-Za-z]{2,8};|&#\d{1,6};|[ \t\u00a0]{2,}"
)


def reference_normalised(piece: str, offset: int) -> tuple[str, list[tuple[int, int, int, bool]]]:
    parts: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    length = 0

    def add(text: str, a: int, b: int, copied: bool) -> None:
        nonlocal length
        if text:
            parts.append(text)
            segments.append((length, offset + a, offset + b, copied))
            length += len(text)

    pos = 0
    for m in _WIRE_REFERENCE.finditer(piece):
        add(piece[pos : m.start()], pos, m.start(), True)
        after_stop = m.group() == "_" and piece[m.start() - 1 : m.start()] == "."
        rep = "-" if after_stop else clean._wire_replacement(m.group())
        add(rep, m.start(), m.end(), rep == m.group())
        pos = m.end()
    add(piece[pos:], pos, len(piece), True)
    return "".join(parts), segments


_WIRE_PIECES = [*"ab Z.'`_&;\t\u00a0", "``", "''", " _ ", "&AMP;", "&amp;", "&#39;", "&dd;", "  "]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_WIRE_PIECES), max_size=30).map("".join), st.integers(0, 50))
def test_wire_normalisation_is_the_full_scan(piece: str, offset: int) -> None:
    parts: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    length = clean._add_normalised(piece, offset, parts, segments, 0)
    text, expected = reference_normalised(piece, offset)
    assert ("".join(parts), segments) == (text, expected)
    assert length == len(text)
