"""Word-level text analysis shared by selection, deduplication, attribution and ROUGE.

Words are lower-cased alphanumeric runs, stemmed with Porter (the algorithm ROUGE uses, so
the selector optimises nearly the same units it is scored on). In any script: a word is a
run of Unicode letters, digits and combining marks (Devanagari vowel signs, Arabic and
Hebrew points), so Cyrillic, Greek, Arabic, Hebrew or Devanagari text has words too; a
word with a non-ASCII character is case-folded and NFC-normalised (Unicode's caseless
matching: "Σ", "σ" and final "ς" alike, composed and decomposed accents alike) and never
stemmed, since Porter's suffix rules are English. The stemmer is PyStemmer's C
Porter: importing NLTK's pure-Python one costs about 2 s (it pulls in scipy.stats) and stems
ten times slower; the two agree on about 98% of news words and differ mostly in ``y``/``i``
endings, which map word families alike. Stemming is memoised per word: news vocabulary
repeats heavily, and the cache is a pure function memo.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from .memo import text_memo

# The group is the word; a possessive or contraction suffix is matched and dropped.
_WORD = re.compile(r"([a-z0-9]+)(?:['’][a-z]+)?")


# The Latin letters beyond ASCII: Latin-1, Extended-A and -B, Extended Additional.
_LATIN = "".join(map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))))
# Character-class bodies for the word shapes of English patterns ("the" + a lower-case
# noun, a capitalised name), so that a loanword or a name with an accent ("the café",
# "the fiancé", "Öcalan", "Émile") has the shape its plain spelling has: ``[a-z]``
# stops at the "é" and leaves "caf". Lower case also takes the combining accents of
# decomposed text ("cafe" + U+0301). On ASCII text they match what ``[a-z]`` and
# ``[A-Z]`` match. Built at import by ``str`` methods (a fraction of a millisecond).
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower()) + "\u0300-\u036f"
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper() or c.istitle())

# A standard English function-word list (written for newsbrief).
STOPWORDS = frozenset(
    """
    a about above after again against all almost also although am among an and any are
    around as at be became because been before being below between both but by can could
    did do does doing down during each either else even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in
    into is it its itself just least less like many may me might more most much must my
    myself neither no nor not now of off often on once only or other others otherwise
    our ours ourselves out over own per perhaps quite rather same several shall she
    should since so some such than that the their theirs them themselves then there
    these they this those though through thus to too under until up upon us very via was
    we were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves s t n't 's
    """.split()
)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    # No PyStemmer cache (size 0): every word reaches the stemmer once, through the
    # memos here, and a first sight through its cache costs three times a plain stem.
    return Stemmer.Stemmer("porter", 0)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem; words of three letters or fewer are kept whole, as ``rouge-score`` does.

    A word that is Latin once its accents are taken off ("beyoncé", "cafés",
    "coördinated") is stemmed without them, so that it matches the same word typed
    without accents; any other word with a non-ASCII letter ("łódź", "взрыв") is kept
    whole (Porter's rules are English)."""
    if not word.isascii():
        base = _without_marks(word)
        if base is None:
            return word
        word = base
    return _stemmer().stemWord(word) if len(word) > 3 else word


def _without_marks(word: str) -> str | None:
    """``word`` decomposed (NFKD) with its combining marks taken off, if that leaves
    ASCII only: "café" -> "cafe"; None for "łódź" or a Cyrillic word."""
    base = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return base if base.isascii() else None


_STEM_MEMO_SIZE = 200_000


class _StemMemo(dict[str, str]):
    """word -> :func:`stem`, for ``map`` over every word of a story: a hit is one dict
    lookup in C, where ``lru_cache`` also moves the entry in its recency list (a third
    of the cost of stemming a sentence's words). Emptied when full. The instance has
    ``cache_clear`` and ``cache_parameters`` as an ``lru_cache`` has, so that a sweep of
    a module's memos finds it (the class has none: a sweep must not call them on it)."""

    cache_clear: Callable[[], None]
    cache_parameters: Callable[[], dict[str, object]]

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEM_MEMO_SIZE:
            self.clear()
        # stem(word), inlined for an ASCII word (one frame per new word of a story)
        if word.isascii():
            out = self[word] = _stemmer().stemWord(word) if len(word) > 3 else word
        else:
            out = self[word] = stem(word)
        return out


_STEMS = _StemMemo()
_STEMS.cache_clear = _STEMS.clear
_STEMS.cache_parameters = lambda: {"maxsize": _STEM_MEMO_SIZE, "typed": False}
# stem_of(word) == stem(word); fastest through ``map``.
stem_of = _STEMS.__getitem__


# Every byte that is no token character becomes a space: for ASCII text without an
# apostrophe (no suffix to drop), the tokens are what ``split`` leaves.
_RUNS_ONLY = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
# The same, keeping apostrophes: no match of _WORD crosses what this makes a space.
_RUNS_AND_APOSTROPHES = bytes(
    c if 97 <= c <= 122 or 48 <= c <= 57 or c == 39 else 32 for c in range(256)
)


# Non-ASCII characters that are common punctuation in English text (curly quotes,
# dashes, ellipsis, bullets, odd spaces): a text with no other non-ASCII character has
# the tokens of the ASCII pattern, and needs no table of combining marks.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u2000-\u206f]")


def is_plain(text: str) -> bool:
    """Whether ``text`` has no character beyond ASCII but common punctuation (curly
    quotes, dashes, odd spaces): English text takes the ASCII fast paths then."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


@lru_cache(maxsize=1)
def _mark_class() -> str:
    """The combining marks (categories Mn, Mc, Me) as a character-class body: a word in
    Devanagari, Arabic with its points or decomposed Latin holds them between letters,
    and ``re``'s ``\\w`` has none. Built on the first such text (tens of ms)."""
    ranges: list[list[int]] = []
    for cp in (*range(0x300, 0x1F000), *range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


@lru_cache(maxsize=1)
def _unicode_word() -> re.Pattern[str]:
    """``_WORD`` for any script: a run of letters, digits and marks ("_" is no word
    character); the possessive suffix is ASCII letters that no letter or mark follows
    ("it's", not the "'apr" of "d'après")."""
    marks = _mark_class()
    return re.compile(rf"((?:[^\W_]|[{marks}])+)(?:['’][a-z]+(?![^\W\d_]|[{marks}]))?")


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """A non-ASCII word's matching form: case-folded ("ς" and "Σ" as "σ", "ß" as "ss"),
    then composed (NFC), so that two spellings of one word compare equal. The dot that
    case-folding leaves over a Turkish capital "İ" (U+0307 after "i") is dropped:
    "İstanbul" is "istanbul", as "Istanbul" is."""
    return unicodedata.normalize("NFC", token.casefold().replace("i\u0307", "i"))


def _unicode_tokens(lowered: str) -> list[str]:
    found = _unicode_word().findall(lowered)
    return [t if t.isascii() else _fold(t) for t in found]


def _tokens_of(lowered: str) -> list[str]:
    """``_WORD.findall(lowered)``: for plain ASCII text (most sentences), translating and
    splitting in C gives the same runs without the regex engine (half of tokenising a
    story); only the pieces holding an apostrophe ("it's") go through the pattern. Text
    with letters beyond ASCII takes the Unicode pattern (:func:`_unicode_word`)."""
    if not lowered.isascii():
        if _NOT_PLAIN.search(lowered) is None:
            return _WORD.findall(lowered)  # only punctuation beyond ASCII: same tokens
        return _unicode_tokens(lowered)
    raw = lowered.encode("ascii")
    if "'" not in lowered:
        return raw.translate(_RUNS_ONLY).decode("ascii").split()
    out: list[str] = []
    for piece in raw.translate(_RUNS_AND_APOSTROPHES).decode("ascii").split():
        if "'" in piece:
            out += _WORD.findall(piece)
        else:
            out.append(piece)
    return out


# Sentences of the few stories the per-sentence memos hold (a DUC story has about 250).
SENTENCE_MEMO_SIZE = 4096


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessive/contraction suffixes dropped."""
    return _tokens_of(text.lower())


# A few stories' sentences, not a whole batch's: what is shared is shared within a story,
# and each tuple kept longer is one more for the cyclic collector to walk (a batch's worth
# kept made it run more often in a batch, over more objects: about 0.4 ms a DUC story).
@text_memo(maxsize=SENTENCE_MEMO_SIZE)
def sentence_words(text: str) -> tuple[str, ...]:
    """:func:`words` of a sentence, memoised: deduplication, concepts and selection all
    read every sentence of a story, and tokenising it once serves them all."""
    return tuple(_tokens_of(text.lower()))


@text_memo(maxsize=16384)
def word_count(text: str) -> int:
    """``len(text.split())`` (``Sentence.n_words``), memoised: eligibility, the budget
    and the selector's positions each count every sentence's words, and a split makes
    a string per word."""
    # Printable ASCII holds no whitespace but " ": with single spaces between words and
    # none at either end (a cleaned sentence), the words are the spaces plus one,
    # counted without making a string per word.
    if text.isascii() and text.isprintable() and "  " not in text:
        if not text:
            return 0
        if text[0] != " " and text[-1] != " ":
            return text.count(" ") + 1
    return len(text.split())


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_RUN = _LETTERS | frozenset("0123456789")  # what _WORD's runs are made of
_APOSTROPHES = frozenset("'’")
# Characters no token match can be in (lower() leaves them as they are): a cut right
# after one never joins or splits a token.
_INERT = frozenset(' \t\n\r.,;:!?"()[]-—–“”')


def _cut_between_words(text: str, at: int) -> bool:
    """Whether tokenising ``text[:at]`` and ``text[at:]`` apart gives the tokens of the
    whole: no word run, and no "'s" suffix, can continue across ``at``.

    A match in progress at ``at`` has just read a run character or an apostrophe; it
    goes on only with a run character or an apostrophe after a run character, or with a
    letter after an apostrophe. ``lower()`` maps each character on its own (final sigma
    aside, which never gives a token character), so the lowered neighbours decide.
    """
    if at <= 0 or at >= len(text):
        return True
    before = text[at - 1].lower()[-1]
    after = text[at].lower()[0]
    if _is_run(before):
        return not _is_run(after) and after not in _APOSTROPHES
    return not (before in _APOSTROPHES and after in _LETTERS)


def _is_run(c: str) -> bool:
    """Whether a (lowered) character can be inside a word run, in any script."""
    if c in _RUN:
        return True
    if c.isascii():
        return False
    return c.isalnum() or unicodedata.category(c)[0] == "M"


def spans_words(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """:func:`words` of ``text``, reusing :func:`sentence_words` for the given sentences
    (``(start, end, text[start:end])``, in order, not overlapping) and tokenising only the
    text between them. Where a sentence boundary could join or split a token, the whole
    text is tokenised instead, so the result is always ``words(text)``."""
    out: list[str] = []
    pos = 0
    for start, end, sentence in spans:
        if start < pos:
            return words(text)
        # Most sentences follow a space and end on punctuation: no token crosses there.
        if start and text[start - 1] not in _INERT and not _cut_between_words(text, start):
            return words(text)
        if text[end - 1] not in _INERT and not _cut_between_words(text, end):
            return words(text)
        if start > pos:
            gap = text[pos:start]
            if not gap.isspace():
                out += _tokens_of(gap.lower())
        out += sentence_words(sentence)
        pos = end
    if pos < len(text):
        out += _tokens_of(text[pos:].lower())
    return out


def stems(text: str) -> list[str]:
    return list(map(stem_of, words(text)))


def content_stems(text: str) -> list[str]:
    return list(map(stem_of, [w for w in words(text) if w not in STOPWORDS]))


# Scripts written without spaces between words. Their words would need a dictionary or a
# statistical segmenter, and their sentences end on marks Punkt does not know; none of
# that is built yet, so such an article is refused (:func:`unspaced_script`).
_UNSPACED_SCRIPTS = (
    (
        "Chinese or Japanese",
        "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
        "\uff66-\uff9f\U00020000-\U0003134f",
    ),
    ("Thai", "\u0e00-\u0e7f"),
    ("Lao", "\u0e80-\u0eff"),
    ("Khmer", "\u1780-\u17ff\u19e0-\u19ff"),
    ("Myanmar (Burmese)", "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f"),
    ("Tibetan", "\u0f00-\u0fff"),
)
_ANY_UNSPACED = re.compile("[" + "".join(r for _, r in _UNSPACED_SCRIPTS) + "]")


def has_unspaced_letters(text: str) -> bool:
    """Whether ``text`` holds any character of a script written without spaces."""
    return not text.isascii() and _ANY_UNSPACED.search(text) is not None


def unspaced_script(text: str) -> str | None:
    """The name of the script most of ``text``'s letters are written in, if it is one
    written without spaces between words (Chinese, Japanese, Thai, ...), else None.

    "Most" is more than half of the letters: an English article quoting a Chinese name,
    or a Japanese one naming a company in Latin letters, is read as its main script.
    """
    if is_plain(text) or _ANY_UNSPACED.search(text) is None:
        return None
    letters = sum(map(str.isalpha, text))
    counts = [(len(re.findall(f"[{r}]", text)), name) for name, r in _UNSPACED_SCRIPTS]
    # Kana and Thai vowel signs are marks, not letters: count the script's characters.
    n, name = max(counts)
    return name if n > letters / 2 else None


NO_TEXT = "no article text after cleaning"  # why an article without a sentence is left out
# why a page of site notices alone is left out (Dropped.kind SITE_WALL)
WALL_TEXT = NO_TEXT + " (a cookie-consent or JavaScript wall: the page held no story)"


def has_sentence(clean: str) -> bool:
    """Whether cleaned text holds a sentence: a word closed by a full stop, question or
    exclamation mark (of any script newsbrief reads), or a line that reads as a sentence
    whose full stop was lost (:func:`unpunctuated_sentence`). Why: text with neither is a
    page's menu or labels ("Home | News | Sports", "Subscribe"), or a headline alone,
    posted as if it were an article; it would be a story of its own that no summary can
    be made of (and in a store one that stays for good), so it is left out and named as
    an empty one is. A word may end in a combining mark (a Devanagari vowel sign before
    "।"), which ``re``'s ``\\w`` does not match: such text is tried with the marks."""
    if _SENTENCE_END.search(clean) is not None:
        return True
    if not is_plain(clean) and _marked_sentence_end().search(clean) is not None:
        return True
    return any(map(unpunctuated_sentence, clean.split("\n")))


# A line without final punctuation reads as a sentence from this many words: more than a
# headline has (news headlines run 8-11 words at the median, sites' generated ones are
# cut at about ten) and far more than a menu item or a label.
SENTENCE_LINE_WORDS = 11
# What to check when no article holds a sentence, in the user's words.
NO_TEXT_HINT = (
    "check the input holds article text: sentences ending with a full stop, or lines of "
    f"{SENTENCE_LINE_WORDS} words or more written as sentences; a headline, a menu or "
    "labels alone are no article"
)
# Characters that separate the items of a list or menu, never the words of a sentence.
_ITEM_SEPARATORS = frozenset("|•·")
_CLOSING = "\"'”’)]»"


def unpunctuated_sentence(line: str) -> bool:
    """Whether ``line`` is a sentence whose final punctuation is missing (text pasted or
    typed without it, a paragraph's last sentence without its full stop): it ends on a
    word (not on ":" or ",", which introduce or break off), has at least
    SENTENCE_LINE_WORDS words, no list separators, and most of its words after the first
    start in lower case, as sentences are written (a Title Case headline or a menu does
    not; nor does a line in a script without case, which is left as it was). Why: such
    a line is article text; without this, text without full stops was "empty"."""
    s = line.strip().rstrip(_CLOSING)
    if not s or not s[-1].isalnum():
        return False
    words = s.split()
    if len(words) < SENTENCE_LINE_WORDS or not _ITEM_SEPARATORS.isdisjoint(s):
        return False
    cased = [w[0] for w in words[1:] if w[0].lower() != w[0].upper()]
    return 2 * sum(map(str.islower, cased)) > len(cased)


# A letter or digit, then any symbols that close a word (quotation marks, brackets, "%",
# a currency or unit sign), then final punctuation: Latin, Greek U+037E, Armenian, Arabic,
# Urdu, Devanagari, Ethiopic. "Revenue rose 5%." ends a sentence.
_CLOSERS = r"^\s\w"
_FINAL = ".!?\u2026\u037e\u0589\u061f\u06d4\u0964\u0965\u1362\u1367"
_SENTENCE_END = re.compile(rf"[^\W_][{_CLOSERS}]*[{_FINAL}]")


@lru_cache(maxsize=1)
def _marked_sentence_end() -> re.Pattern[str]:
    """``_SENTENCE_END`` with a combining mark as a word's last character."""
    return re.compile(rf"(?:[^\W_]|[{_mark_class()}])[{_CLOSERS}]*[{_FINAL}]")


# A postal code closing an address: a US ZIP (5 digits, or ZIP+4), a Canadian postcode
# ("K1A 0B1") or a British one ("SW1A 2AA"), after the region: a state or province
# written short ("Conn.", "CT", "D.C.") or in full ("Connecticut"), then an optional
# full stop. What comes before is the address's other parts, split by commas.
_POSTCODE_END = re.compile(
    r",\s*(?:[A-Z][a-z]*\.?|[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\.?\Z"
)
# An address has at most a box or street, a town and a region before its code.
_ADDRESS_MAX_WORDS = 12


def is_postal_address(text: str) -> bool:
    """Whether a line or sentence is nothing but a postal address ("P.O. Box B, Redding
    Ridge, Conn. 06876."): short, its parts split by commas, closing on a postal code
    after a region, and with no word in lower case, so no verb (every verb of an English
    sentence is a lower-case word). Such text is contact furniture, never a summary
    sentence; a sentence that gives an address inside its reporting ("can be reached at
    ...") has lower-case words and is kept."""
    s = text.strip()
    last = s.rstrip(".")[-1:]  # a code ends on a digit or a capital: cheap, first
    if not (last.isdigit() or last.isupper()):
        return False
    words = s.split()
    if len(words) > _ADDRESS_MAX_WORDS or s.count(",") < 1:
        return False
    if any(w[:1].islower() for w in words):
        return False
    return _POSTCODE_END.search(s) is not None
