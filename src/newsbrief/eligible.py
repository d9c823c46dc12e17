"""Which sentences may appear in a summary, and which only right after the one before.

A summary sentence is read out of its article, so a sentence that refers back to
something it does not introduce either comes with the sentence it leans on, or not at
all. Two tests:

* :func:`is_eligible`: the sentence is well formed (not a fragment, question, quote piece
  with unbalanced quotation marks, very short or very long sentence).
* :func:`dependency`: why the sentence cannot stand alone, if it cannot: it opens on a
  pronoun ("He urges others..."), a connective ("But", "He also said"), a time relative
  to an event told before ("Seconds later", "The next day"), an ordinal or count relative
  to something told before ("The next phase", "The two countries"), a definite abstract
  noun with no complement ("the authenticity could not be verified": of what?), or a verb
  left without its complement ("The Taliban ... refused."), or it quotes someone named
  only by a pronoun ('"...," he said.').
* :func:`refers_to`: the same, plus a definite subject ("the recording showed") whose
  noun the previous sentence introduces, unless the noun is one the story is about.
* :class:`Surnames`: the words a story uses as surnames after a full name ("Col. John
  Dorrian" ... "Dorrian said", and family name first: "Xu Wenli" ... "Xu said"); a
  sentence using one alone needs the full name before it.
* :func:`unintroduced`: definite descriptions of the opening clause ("held back the
  crowds") that nothing before the sentence introduces; the sentence needs a summary
  sentence naming them before it.
* :func:`announces`, :func:`no_comment`: sentences with no event of their own ("Two
  questions now hang over ...", "Officials refused to comment."); never shown.
* :func:`points_back`: a short sentence ending on a pro-form ("... not stopping there.").

The default selector takes a dependent sentence only together with the sentence before
it in its article, which must stand alone (``select.coverage``); the reference selectors
(``ilp``, ``submodular``, ``lexrank``) use only sentences that stand alone. Each rule
describes a shape of English (a closed class of pronouns, connectives and time
expressions, a derivational suffix), not a wording seen in one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import lru_cache
from importlib.resources import files

from .memo import StoryMemo, text_memo
from .model import Sentence
from .text import (
    LOWER,
    STOPWORDS,
    UPPER,
    is_postal_address,
    stem_of,
    unpunctuated_sentence,
    word_count,
)

MIN_WORDS = 6  # shorter sentences are mostly headlines, captions and fragments
MAX_WORDS = 60  # longer ones are run-on paragraphs the splitter could not break

# The opening and closing shapes are pattern sources, compiled once combined into
# _OPENING and _CLOSING below (compiling each alone too cost ~1 ms of every start).
_DANGLING = (
    r"^(?:and|but|or|so|also|still|yet|instead|meanwhile|however|moreover|furthermore|"
    r"nevertheless|nonetheless|otherwise|then|there|that|this|these|those|such|both|thus|hence|"
    r"likewise|similarly|even\s+(?:so|then|still)|"
    r"(?:he|she|they|it|we|i|you)\s+(?:also|added|continued|further)|"
    r"(?:in|by)\s+(?:addition|contrast|comparison)|on the other hand)\b"
)
_PRONOUN_OPENER = r"^[\"“']?(?:he|she|they|it|his|her|their|its|him|them)\b"
# A count of others of a kind just named ("Nine other candidates shared the rest", "Two
# more died", "Others fled"), or a bare quantifier standing for people just named
# ("Several shed tears", "Many were", "Some of them"): who they are is in the sentence
# before. A quantifier before a noun ("Several people died") names its own. The verbs
# after a bare quantifier: auxiliaries, saying, and a past tense (a regular one before a
# function word: "Several wept as", "Most walked to"; "Several armed men" is a noun).
_QUANT = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"scores|hundreds|thousands|several|many|some|few|most|all|both)"
)
_OTHERS = (
    rf"^(?:{_QUANT}\s+(?:other|others|more)\b|others\b|"
    r"(?:several|many|some|few|most|both|none|each)\s+(?:of\s+(?:them|those|these|us)\b|"
    r"(?:were|are|was|is|have|had|has|will|would|could|can|may|might|did|do|said|say|says|"
    r"told|shed|wept|cried|fled|died|went|came|left|stood|sat|ran|gave|took|got|made|held|"
    r"knew|saw|felt|lost|found|kept|began|spoke|broke|fell|hid|sought|brought|stayed|"
    r"[a-z]+ed\s+(?:the|a|an|to|in|on|at|as|that|their|his|her|into|from|with|for|up|down|"
    r"out|over|through|when|while)))\b)"
)
# A quotation whose only attribution is a pronoun ('"...," he said.'): out of its
# article nobody knows who is speaking.
_PRONOUN_QUOTE = (
    r"[,!?]['\"”’]?\s+(?:he|she|they|it|i|we)\s+(?:said|says|added|adds|told\s+\w+|asked)\.$"
)
# A quotation and nothing else: its speaker is named in the sentence before or after.
_BARE_QUOTE = re.compile(r"^[\"“][^\"“”]+[.!?,]?[\"”]\s*$")
# A connective after the opening phrase: "In Bangkok, however, there are ...".
_INNER_CONNECTIVE = (
    r"^[^,;]{1,40},\s+(?:however|though|too|also|meanwhile|instead|nevertheless|in turn)\b"
)
# Time told relative to an event the sentence does not name: "Seconds later", "Minutes
# after that", "The next day", "Shortly afterwards", "Moments before", "Later,".
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)"
# "after"/"before" with its own event ("A day after Iraq said...") is anchored; alone,
# or with "that"/"this", it points back.
_BACK = r"(?:later|afterwards?|earlier|(?:after|before)(?=\s*(?:[,.;]|that\b|this\b|then\b)))"
_RELATIVE_TIME = (
    rf"^(?:(?:a\s+few|several|\w+)\s+{_UNIT}\s+{_BACK}|"
    rf"{_UNIT}\s+{_BACK}|"
    rf"(?:shortly|soon|not\s+long|moments?|minutes?|hours?)\s+{_BACK}|"
    rf"(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|night|evening|week|{_UNIT})\b|"
    r"(?:later|afterwards?|earlier)\s*,|"
    r"at\s+the\s+(?:same\s+)?time\b|by\s+then\b|until\s+then\b)"
)
# "the authenticity", "the severity", "the legality": a noun made from an adjective names
# a property of something; with no complement ("of the tape") that something is in the
# sentence before. Followed by "of", "that", "to", "in", "for" or "over" the noun brings
# its own complement. Longer stems than 3 letters keep "city", "unity", "witness" out.
_ABSTRACT_DEFINITE = re.compile(
    rf"\b(?:the|its|their|his|her)\s+(?P<noun>[{LOWER}]{{4,}}(?:ity|ness))\b(?!\s+(?:of|that|to|in|"
    r"for|over|about|with|between|among|behind|around|surrounding)\b)",
    re.IGNORECASE,
)
# Nouns in -ity/-ness that name things or bodies, not properties of something just named.
_NOT_PROPERTY = frozenset(
    "authority community university majority minority security facility activity "
    "electricity humanity society opportunity personality celebrity charity priority "
    "business witness wilderness fitness darkness sickness illness".split()
)
# An ordinal or comparison relative to something told before: "The next phase", "The
# other two", "The latter", "The same day".
_RELATIVE_NP = (
    r"^(?:the|a)\s+(?:next|following|previous|latter|former|same|remaining|other|second|"
    r"third|final|last|two|three|four|both)\b(?!\s+(?:year|month|week|time)s?\b)"
)
# "X reported that they ...": a plural pronoun subject in reported speech points back
# (a singular one mostly refers to the speaker just named).
_REPORTED_THEY = re.compile(
    r"\b(?:said|says|reported|added|told\s+\w+|announced)\s+(?:that\s+)?they\b", re.IGNORECASE
)
# "also" says that what the sentence tells holds of one more thing than something told
# before ("X, a manicurist, also planned to vote for him": for whom else?); "not only ...
# but also" and "also known as" carry both in the sentence.
_ADDITIVE = re.compile(r"\balso\b(?!\s+(?:known|called)\b)", re.IGNORECASE)
_BOTH_HALVES = re.compile(r"\bnot\s+only\b|\bbut\s+also\b|\bas\s+well\s+as\b", re.IGNORECASE)
# "too" and "as well" closing a sentence are "also" put last ("Lesser-known officials
# could face charges too.": who else?); before an adjective "too" is a degree ("too
# late"), which never ends a sentence.
_TRAILING_ADDITIVE = re.compile(r"(?:,\s*|\s)(?:too|as\s+well)\s*[.!]?[\"”’')]*\s*$", re.IGNORECASE)
# "already" in a past tense ("The blaze was already consuming the building") is said of
# a past moment the sentence does not name (when the firemen came?); a clause naming it
# ("by the time", "when") anchors it. In the present perfect ("has already killed 30")
# the moment is now.
_PAST_ALREADY = re.compile(
    r"\b(?:was|were|had)\s+(?:\w+\s+)?already\b|\balready\s+(?:was|were|had)\b", re.IGNORECASE
)
_TIME_ANCHOR = re.compile(
    r"\b(?:when|by\s+the\s+time|before|after|until|by|as|since)\b", re.IGNORECASE
)
# A shell noun (Schmid 2000: "the situation", "the move", "the decision") as the opening
# clause's subject, with no complement naming its content ("the situation in Brazil",
# "the decision to ..."): it stands for what the sentence before told.
_SHELL_SUBJECT = re.compile(
    r"^(?:[^,;]{0,60},\s+)?the\s+(?:situation|move|step|decision|problem|issue|matter|"
    r"incident|episode|affair|announcement|development)\b(?!\s+(?:of|in|at|on|that|to|for|"
    r"over|about|with|between|facing|by|from|was\s+made|came)\b)",
    re.IGNORECASE,
)
# A verb that needs a complement, left without one: "The Taliban ... refused." What was
# refused, agreed or denied is in the sentence before (a closed class of control and
# report verbs, and the auxiliaries of verb-phrase ellipsis).
_ELLIPSIS = (
    r"\b(?:refused|declined|agreed|denied|confirmed|promised|vowed|threatened|tried|"
    r"insisted|refuses|declines|agrees|denies|(?:did|does|do|will|would|could|has|have|had)"
    r"(?:\s+not)?\s+(?:so|too|not)|did|would not|could not)\s*[.!]$"
)
# ... unless the verb closes an object relative clause on an appositive noun ("...,
# a charge Damascus denies.", "..., a claim the ministry denied."): its object is that
# noun, in the sentence itself.
_OBJECT_RELATIVE = re.compile(
    rf",\s+an?\s+[{LOWER}]+\s+(?:that\s+|which\s+)?"
    rf"(?:[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*)*|he|she|they|we|i|you|the\s+[{LOWER}]+)"
    r"\s+(?:has\s+|have\s+|had\s+)?\S+\s*[.!]$"
)
# A demonstrative in the opening words points at something just said ("Reuters reported
# that this battle..."); one naming a time ("this week") does not.
_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){1,4}(?:this|these|those)\s+(?!(?:week|year|month|morning|afternoon|evening|"
    rf"weekend|season|time|summer|winter|spring|fall|autumn|decade|century)s?\b)[{LOWER}]",
    re.IGNORECASE,
)


# Quotation marks and brackets around a sentence (« » in Russian, French and Arabic
# news), and the invisible direction marks that pasted right-to-left text may open with.
_OPENING_MARKS = "\"“'‘(«„\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CLOSING_MARKS = "\"”’') »"
# How a fragment or a question ends, in any script (Arabic "؟", "،" and "؛").
_NOT_FINAL = ("?", ":", ",", ";", "\u061f", "\u060c", "\u061b", "\u037e", "\u1367")
# How a sentence ends: a full stop in any script, or a closing mark after one.
_FINAL = ".!\"”’')»\u0589\u06d4\u0964\u0965\u1362"


def is_eligible(sentence: Sentence, *, allow_pronoun_openers: bool = False) -> bool:
    """Whether the sentence is well formed enough to be shown (alone or after its
    predecessor; :func:`dependency` says which). ``allow_pronoun_openers`` is kept for the
    benchmarks' ablation switch and has no effect here."""
    del allow_pronoun_openers
    text = sentence.text
    n = word_count(text)  # sentence.n_words, memoised
    if n < MIN_WORDS or n > MAX_WORDS:
        return False
    first = text.lstrip(_OPENING_MARKS)[:1]
    # A letter in its title case: a capital, any letter of a script without case (Arabic,
    # Hebrew, Devanagari), or Georgian's, whose title case is the letter itself.
    if not (
        first.isupper()
        or first.isdigit()
        or (first and not first.isascii() and first.isalpha() and first.title() == first)
    ):
        return False
    if text.rstrip(_CLOSING_MARKS).endswith(_NOT_FINAL):
        return False
    if text.rstrip()[-1:] not in _FINAL and not unpunctuated_sentence(text):
        return False  # a fragment, unless a sentence that lost its full stop
    if is_postal_address(text):
        return False  # an address the splitter cut from "... reached at P.O. Box B, ..."
    # balanced double quotation marks (straight or curly), counted in C, and balanced
    # brackets: "(Astronomers call them meteoroids." is one sentence of an aside that
    # runs on, and a sentence closing one begun before it is its end
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 0 and text.count(
        "("
    ) == text.count(")")


def _named(kind: str, *patterns: str) -> str:
    return f"(?P<{kind}>" + "|".join(f"(?:{p})" for p in patterns) + ")"


# The opening and closing shapes in one pass each (this runs on every candidate).
_OPENING = re.compile(
    "|".join(
        (
            _named("connective", _DANGLING, _INNER_CONNECTIVE),
            _named("pronoun", _PRONOUN_OPENER),
            _named("relative_time", _RELATIVE_TIME),
            _named("relative", _RELATIVE_NP),
            _named("others", _OTHERS),
        )
    ),
    re.IGNORECASE,
)
_CLOSING = re.compile(
    "|".join((_named("pronoun_quote", _PRONOUN_QUOTE), _named("ellipsis", _ELLIPSIS))),
    re.IGNORECASE,
)


# The last words _CLOSING can end on: a cheap test before the regex.
_CLOSING_WORDS = frozenset(
    "said says added adds asked refused declined agreed denied confirmed promised vowed "
    "threatened tried insisted refuses declines agrees denies so too not did".split()
)


def dependency(sentence: Sentence, *, allow_pronoun_openers: bool = False) -> str | None:
    """Why the sentence cannot be read without the one before it, or None if it can.

    Each rule runs on the part of the sentence it can match (the opening words, or the
    tail for end-anchored shapes), behind a cheap substring test where it has one: this
    runs on every candidate of every story.
    """
    return _dependency(sentence.text, allow_pronoun_openers)


def _dependency(text: str, allow_pronoun_openers: bool = False) -> str | None:
    """:func:`dependency` of a sentence's text (callers with a bare string need no
    :class:`Sentence`: building one costs more than most of these tests)."""
    head = text[:100]
    opening = head.lstrip("\"“'‘(")
    m = _OPENING.match(opening)
    if m is not None and not (allow_pronoun_openers and m.lastgroup == "pronoun"):
        return str(m.lastgroup).replace("_", " ")
    if allow_pronoun_openers and m is not None:  # the ablation: test the other shapes
        for kind, rx in (("connective", _DANGLING), ("relative time", _RELATIVE_TIME)):
            if re.match(rx, opening, re.IGNORECASE):
                return kind
    tail = text[-48:].rstrip("\"”’') ")
    last = tail.rstrip(".!").rsplit(None, 2)[-2:]
    c = (
        _CLOSING.search(tail)
        if last and (last[-1].lower() in _CLOSING_WORDS or last[0].lower() == "told")
        else None
    )
    if c is not None and c.lastgroup == "ellipsis" and _OBJECT_RELATIVE.search(tail):
        c = None  # "..., a charge Damascus denies.": its object is the noun before it
    if c is not None or (text[:1] in '"“' and _BARE_QUOTE.match(text)):
        return "pronoun quote" if c is None or c.lastgroup == "pronoun_quote" else "ellipsis"
    lower = head.lower()
    if "they" in lower and _REPORTED_THEY.search(head):
        return "pronoun"
    if ("this " in lower or "these " in lower or "those " in lower) and _DEMONSTRATIVE.match(head):
        return "demonstrative"
    if "ity" in lower or "ness" in lower:
        for a in _ABSTRACT_DEFINITE.finditer(head):
            if a.group("noun").lower() not in _NOT_PROPERTY:
                return "definite"
    low = text.lower()
    if _SHELL_SUBJECT.match(head):
        return "definite"
    if "also" in low and _ADDITIVE.search(text) and not _BOTH_HALVES.search(text):
        return "additive"
    if ("too" in low[-12:] or "well" in low[-12:]) and _TRAILING_ADDITIVE.search(text[-24:]):
        return "additive"
    if "already" in low and _PAST_ALREADY.search(text) and not _TIME_ANCHOR.search(text):
        return "relative time"
    return None


# A definite subject: at the start, or after a short opening phrase and its comma
# ("According to Reuters, the recording showed").
_DEFINITE = re.compile(
    rf"^(?:[^,]{{0,30}},\s+)?(?:the|this|these|those)\s+([{LOWER}]{{3,}})(?:\s+([{LOWER}]{{3,}}))?"
)
# ... tried first at the very start: "The first goal, the memo said, was ..." opens on
# "the first goal", not on an opening phrase "The first goal," before "the memo".
_DEFINITE_AT_START = re.compile(
    rf"^(?:the|this|these|those)\s+([{LOWER}]{{3,}})(?:\s+([{LOWER}]{{3,}}))?"
)
_WORD = re.compile(f"[{LOWER}]+")
_NAMED_AFTER = re.compile(rf",?\s+(?:[{UPPER}]|\()")
# A reporting clause set off by commas is not an appositive naming the noun: "The
# reports, American officials said, included..." still leans on what "the reports" are.
_REPORTING_ASIDE = re.compile(
    r",\s+[^,]{1,40}\b(?:said|says|say|reported|added|noted|told\s+\w+)\s*,", re.IGNORECASE
)
# Only the opening words: a definite subject ("According to Reuters, the recording showed")
# leans on the sentence before; one deep inside a sentence is mostly introduced there.
_OPENING_CHARS = 48


_FUNCTION = frozenset(
    "the and for was were are has had have been with that this from said says will would "
    "not but its their his her they them who which when where what after before into over "
    "than then also more most some any all one two new".split()
)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _whole_word_iter(word: str, text: str) -> Iterator[int]:
    """Where ``word`` (all \\w) occurs in ``text`` between non-word characters
    (``\\bword\\b``), found by ``str.find``: no pattern compiled per word."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not _is_word_char(text[i - 1])) and (
            j == len(text) or not _is_word_char(text[j])
        ):
            yield i
        i = text.find(word, i + 1)


def _whole_word(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (stops at the first).
    :func:`_whole_word_iter`'s test written out: no generator for a call made for
    every topic word looked up in every article."""
    i = text.find(word)
    if i < 0:
        return False
    n, end = len(word), len(text)
    while i >= 0:
        j = i + n
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == end or not _is_word_char(text[j])):
            return True
        i = text.find(word, i + 1)
    return False


def _at_boundary(text: str, i: int) -> bool:
    """``re``'s ``\\b`` at ``text[i]``: a word character on one side only."""
    return (i > 0 and _is_word_char(text[i - 1])) != (i < len(text) and _is_word_char(text[i]))


def _alternation_matches(alternatives: Sequence[str], text: str) -> list[tuple[int, str]]:
    """``(start, alternative)`` of each match ``re.finditer`` yields for
    ``\\b(?:a|b|...)\\b`` over ``text``, the alternatives escaped literals in that
    order: the leftmost start at or after the last match's end, the first alternative
    that matches there, each found by ``str.find`` instead of trying every alternative
    at every position."""
    found: list[tuple[int, int, str]] = []
    for order, alt in enumerate(alternatives):
        n = len(alt)
        i = text.find(alt)
        while i >= 0:
            if _at_boundary(text, i) and _at_boundary(text, i + n):
                found.append((i, order, alt))
            i = text.find(alt, i + 1)
    found.sort()
    out: list[tuple[int, str]] = []
    pos = 0
    for i, _, alt in found:
        if i >= pos:
            out.append((i, alt))
            pos = i + len(alt)
    return out


def _whole_word_starts(word: str, text: str) -> list[int]:
    """Every start of ``word`` in ``text`` as a whole word."""
    return list(_whole_word_iter(word, text))


def _always_after(front: str, word: str, text: str) -> bool:
    """Whether every whole-word ``word`` in ``text`` follows ``front`` and a space, with
    ``front`` a whole word too: as many whole-word finds of ``f"{front} {word}"`` as of
    ``word`` (each of the first ends on one of the second), settled at the first
    ``word`` without its ``front``, not by counting both through the whole story."""
    lead = front + " "
    n = len(lead)
    for i in _whole_word_iter(word, text):
        at = i - n
        if at < 0 or text[at:i] != lead or (at > 0 and _is_word_char(text[at - 1])):
            return False
    return True


_WORD_ONLY = re.compile(r"\w+")


def _is_word(key: str) -> bool:
    return _WORD_ONLY.fullmatch(key) is not None


def _cased_uses(key: str, text: str, lowered: str) -> list[int] | None:
    """Every start of ``key`` in ``text`` as a whole word, or None if ``key.lower()``
    is a whole word there too: the two searches of :class:`Surnames` in one pass over
    ``lowered`` (``text.lower()``, which must map ``text`` character for character; ``key``
    all ASCII word characters), where each form of the key is the lower-cased one."""
    low = key.lower()
    n = len(low)
    size = len(text)
    starts = []
    i = lowered.find(low)
    while i >= 0:
        j = i + n
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == size or not _is_word_char(text[j])):
            piece = text[i:j]
            if piece == low:
                return None
            if piece == key:
                starts.append(i)
        i = lowered.find(low, i + 1)
    return starts


class TopicWords:
    """The words a story is about: found in at least half of its articles (and in two or
    more), or in a headline. A definite description made of one ("the city", "the
    bridge") names what the story is about, which a reader of its summary knows. Asked
    lazily, word by word: only the few nouns of definite subjects are ever looked up."""

    def __init__(self, texts: Sequence[str], titles: Iterable[str] = ()) -> None:
        self._texts = [t.lower() for t in texts]
        self.lowered: Sequence[str] = self._texts  # for Surnames: lower-casing is not free
        self._need = max(2, (len(self._texts) + 1) // 2)
        self._headline = {w for t in titles for w in _WORD.findall(t.lower())}
        self._memo: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        got = self._memo.get(word)
        if got is None:
            if word in self._headline:
                got = True
            elif word.isalnum():
                # r"\bword\b" without compiling a regex per word (most of this check's
                # time): \w is isalnum() or "_", so the same whole-word test.
                got = self._in_enough(lambda t: _whole_word(word, t))
            else:
                rx = re.compile(rf"\b{re.escape(word)}\b")
                got = self._in_enough(lambda t: word in t and rx.search(t) is not None)
            self._memo[word] = got
        return got

    def _in_enough(self, found: Callable[[str], bool]) -> bool:
        """Whether ``found`` holds in at least ``_need`` texts; stops as soon as that is
        settled either way (the answer of counting them all)."""
        need, left = self._need, len(self._texts)
        for t in self._texts:
            if need <= 0 or need > left:
                break
            left -= 1
            if found(t):
                need -= 1
        return need <= 0


def refers_to(
    text: str,
    previous: str | None,
    known: Container[str] = frozenset(),
    *,
    stems: bool = True,
    asides: bool = True,
) -> bool:
    """Whether ``text`` needs ``previous`` (the sentence before it in its article): a
    dependency shape of its own, or a definite noun phrase in its opening words ("the
    recording") whose noun the previous sentence introduces (in any form: "isolating" for
    "the isolation") and ``text`` does not, unless
    the noun is one of the story's ``known`` topic words."""
    if _dependency(text) is not None:
        return True
    if not previous:
        return False
    head = text[:_OPENING_CHARS].lower()
    m = _DEFINITE_AT_START.match(head) or _DEFINITE.match(head)
    if m is None:
        return False  # no definite subject
    if _NAMED_AFTER.match(text, m.end()) and not (asides and _REPORTING_ASIDE.match(text, m.end())):
        return False  # named right after ("The obstetrician, Dr. X")
    # Stems, so that "the isolation phase" finds "isolating" and "The reports" "reported".
    form = stem_of if stems else str  # stem_of(w) == stem(w), one memo for a story
    # Only words of the previous sentence that begin as a noun does can share its stem
    # (Porter keeps a word's first letter): most of them need no stemming.
    firsts = {noun[0] for noun in m.groups() if noun}
    before = set(map(form, [w for w in _WORD.findall(previous.lower()) if w[0] in firsts]))
    earlier = set(_WORD.findall(head[: m.start()]))
    # the noun, or the noun after one modifier
    return any(
        noun
        and form(noun) in before
        and noun not in earlier
        and noun not in _FUNCTION
        and noun not in known
        for noun in m.groups()
    )


def stands_alone(sentence: Sentence, *, allow_pronoun_openers: bool = False) -> bool:
    """Eligible and readable with nothing before it."""
    return is_eligible(sentence) and (
        dependency(sentence, allow_pronoun_openers=allow_pronoun_openers) is None
    )


# A capitalised word, with an optional lowercase particle ("al-Baghdadi"), or a title's
# abbreviation ("Col.", "Gen.", "Dr."). Sequences of two or more are names.
_NAME_TOKEN = (
    rf"(?:[{LOWER}]{{1,3}}-)?[{UPPER}][\w'’-]*[{LOWER}][\w'’-]*|[{UPPER}][{LOWER}]{{1,3}}\."
)
# A run starts at a capital that follows no word character or hyphen, or that follows a
# particle which does ("al-Baghdadi"). Written to open on the capital, so that the
# regex engine skips to capitals in C instead of trying every position of an article:
# the same runs (less a leading particle, which ``_key`` drops anyway) in a third of the
# time. (The title branch of _NAME_TOKEN never decides a first token: the first branch
# matches whatever it matches.)
_AFTER_PARTICLE = "|".join(rf"(?<=(?<![\w-])[{LOWER}]{{{n}}}-.)" for n in (1, 2, 3))
_NAME_RUN = re.compile(
    rf"[{UPPER}](?:(?<![\w-].)|{_AFTER_PARTICLE})[\w'’-]*[{LOWER}][\w'’-]*(?:\s+(?:{_NAME_TOKEN}))*"
)
# Capitalised function words and calendar words open sentences and runs without being
# part of a name ("The Taliban", "On Wednesday").
_NOT_NAME = frozenset(
    "the a an this that these those in on at by for from to of and but or so if when while "
    "after before as with without under over since until during although though because "
    "he she it they we i his her its their our my you your there here then also not no "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_PARTICLE = re.compile(rf"^[{LOWER}]{{1,3}}-")
_POSSESSIVE = re.compile(r"['’]s?$")


@text_memo(maxsize=65536)
def _key(token: str) -> str:
    # Memoised: a story's names recur in every article, and this runs on each name token.
    return _PARTICLE.sub("", _POSSESSIVE.sub("", token))


@text_memo(maxsize=65536)
def _one_word_key(run: str) -> str:
    """The key of a run without a space, "" for a function or calendar word: one memo
    lookup for the commonest run (a story repeats its names)."""
    key = _key(run)
    return key if key and key.lower() not in _NOT_NAME else ""


def _names(text: str) -> list[list[str]]:
    """Runs of name tokens in ``text``, function and calendar words dropped from their
    ends, as keys (particles and possessives stripped)."""
    out = []
    for run in _NAME_RUN.findall(text):  # the pattern has no groups: whole matches
        if " " not in run:  # most runs are one word
            key = _one_word_key(run)
            if key:
                out.append([key])
            continue
        tokens = [_key(t) for t in run.split()]
        while tokens and tokens[0].lower() in _NOT_NAME:
            tokens.pop(0)
        while tokens and tokens[-1].lower() in _NOT_NAME:
            tokens.pop()
        if tokens and tokens[-1]:
            out.append(tokens)
    return out


def name_runs(text: str) -> list[list[str]]:
    """The runs of capitalised name words in ``text`` (:func:`_names`): "Col. John
    Dorrian" is one run of three, "Dorrian" one of one."""
    return _names(text)


@lru_cache(maxsize=64)
def _text_surnames(
    text: str, family_first: bool
) -> tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]:
    """What one article tells :class:`Surnames`: the words it first uses in a long name
    and later alone, and (``family_first``) the family names written first with the
    given names after them. Memoised by text: the selector reads the voting articles
    and the order all of them, and reading an article's names is the costly part."""
    keys: set[str] = set()
    fronts: dict[str, set[str]] = {}
    first_long: set[str] = set()
    first_front: dict[str, set[str]] = {}
    seen: set[str] = set()
    for tokens in _names(text):
        last = tokens[-1]
        if len(tokens) >= 2 and not last.endswith("."):
            if last not in seen:
                first_long.add(last)
            front = tokens[-2]
            if family_first and front not in seen and not front.endswith("."):
                got = first_front.get(front)  # a set made only for a new front
                if got is None:
                    first_front[front] = {last}
                else:
                    got.add(last)
        elif last in first_long:
            keys.add(last)
        elif last in first_front:
            got = fronts.get(last)
            if got is None:
                fronts[last] = set(first_front[last])
            else:
                got.update(first_front[last])
        seen.add(last)
    return frozenset(keys), tuple((k, frozenset(v)) for k, v in fronts.items())


class Surnames:
    """The story's surnames: capitalised words it also uses as the last part of a longer
    name ("Col. John Dorrian", "Gen. Augusto Pinochet") and never in lower case (which
    keeps "Police" of "Mosul Police" and "State" of "Islamic State" out). A sentence that
    names someone by surname only reads as a stranger's name unless the summary has
    introduced the long form before it."""

    def __init__(
        self,
        texts: Sequence[str],
        lowered: Sequence[str] | None = None,
        *,
        family_first: bool = True,
    ) -> None:
        """``lowered``: the texts lower-cased, when the caller has them (``TopicWords``).
        ``family_first``: also names written family name first (below)."""
        # The news convention: the full name on first reference, the surname after it.
        # A word some article first uses in a long form and later alone is a surname.
        keys: set[str] = set()
        # Names written family name first ("Xu Wenli" ... "Xu said"): the word before a
        # name's last word, when that last word (the given name) never stands apart.
        fronts: dict[str, set[str]] = {}
        for t in texts:
            text_keys, text_fronts = _text_surnames(t, family_first)
            keys |= text_keys
            for front, named_after in text_fronts:
                fronts.setdefault(front, set()).update(named_after)
        every = "\n".join(texts)
        for front, givens in fronts.items():
            if front not in keys and all(_always_after(front, g, every) for g in givens):
                keys.add(front)
        self.fronts = frozenset(k for k in fronts if k in keys)
        # Never in lower case, and a person is not "the Olympics" or "the Congress"
        # (mostly: "the Pinochet case" is fine).
        # Each text lower-cased alone, then joined: the same string (a line break
        # between them is no cased letter, for the final-sigma rule either side).
        lowered = every.lower() if lowered is None else "\n".join(lowered)
        if len(lowered) == len(every) and all(k.isascii() and _is_word(k) for k in keys):
            # A text whose lower-casing keeps its length maps character for character (no
            # character lower-cases to none, only "İ" to two), and an ASCII key's forms
            # lower-case alike: one pass over ``lowered`` finds both.
            uses = {}
            for k in keys:
                at = _cased_uses(k, every, lowered)
                if at is not None:  # not a common word
                    uses[k] = at
            the = {
                k: sum(lowered[max(0, i - 4) : i].rstrip() == "the" for i in at)
                for k, at in uses.items()
            }
            kept = {k for k, at in uses.items() if 3 * the[k] < max(len(at), 1)}
        elif all(map(_is_word, keys)):
            # Whole-word finds: what the alternation regexes below match for keys made of
            # word characters (two such matches never overlap), without compiling three
            # patterns a story (most of this constructor's time).
            common = {k.lower() for k in keys if _whole_word(k.lower(), every)}
            proper = [k for k in keys if k.lower() not in common]
            uses = {k: _whole_word_starts(k, every) for k in proper}
            the = {
                k: sum(lowered[max(0, i - 4) : i].rstrip() == "the" for i in at)
                for k, at in uses.items()
            }
            kept = {k for k in proper if 3 * the[k] < max(len(uses[k]), 1)}
        else:
            kept = self._kept_by_search(keys, every, lowered)
        self.keys = frozenset(kept)
        # A sentence holding none of them as a substring uses none (a surname that
        # :func:`_names` finds is such a substring): a cheap test before the names.
        self._all = tuple(sorted(kept))

    @staticmethod
    def _kept_by_search(keys: set[str], every: str, lowered: str) -> set[str]:
        """:meth:`_kept_by_regex`'s answer from ``str.find`` (:func:`_alternation_matches`):
        an alternation of a story's names tried at every position of its text was a
        millisecond or more per story holding a name such as "D'Amato"."""
        low = [k.lower() for k in keys if k.lower() in lowered]  # one pass over the text
        common = {alt for _, alt in _alternation_matches(low, every)} if low else set()
        proper = [k for k in keys if k.lower() not in common]
        uses: dict[str, int] = dict.fromkeys(proper, 0)
        the: dict[str, int] = dict.fromkeys(proper, 0)
        if proper:
            for i, alt in _alternation_matches(proper, every):
                uses[alt] += 1
                the[alt] += lowered[max(0, i - 4) : i].rstrip() == "the"
        return {k for k in proper if 3 * the[k] < max(uses[k], 1)}

    @staticmethod
    def _kept_by_regex(keys: set[str], every: str, lowered: str) -> set[str]:
        """The constructor's test for keys holding other characters ("O'Neill"), by the
        word-boundary regexes: the reference :meth:`_kept_by_search` keeps to."""
        low = [k.lower() for k in keys if k.lower() in lowered]  # one pass over the text
        common = (
            set(re.findall(r"\b(?:" + "|".join(map(re.escape, low)) + r")\b", every))
            if low
            else set()
        )
        proper = [k for k in keys if k.lower() not in common]
        uses: dict[str, int] = dict.fromkeys(proper, 0)
        the: dict[str, int] = dict.fromkeys(proper, 0)
        if proper:
            rx = re.compile(r"\b(?:" + "|".join(map(re.escape, proper)) + r")\b")
            for m in rx.finditer(every):
                uses[m.group()] += 1
                the[m.group()] += lowered[max(0, m.start() - 4) : m.start()].rstrip() == "the"
        return {k for k in proper if 3 * the[k] < max(uses[k], 1)}

    def of(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """(surnames the sentence introduces with a long form, surnames it uses alone)."""
        if not any(k in text for k in self._all):
            return frozenset(), frozenset()
        named: set[str] = set()
        alone: set[str] = set()
        for tokens in _names(text):
            last = tokens[-1]
            if len(tokens) >= 2 and tokens[-2] in self.fronts and tokens[-2] in self.keys:
                named.add(tokens[-2])  # "Xu Wenli" names "Xu"
            if last not in self.keys:
                continue
            (named if len(tokens) >= 2 else alone).add(last)
        return frozenset(named), frozenset(alone - named)


# ------------------------------------------------------------------ a story's shared facts


def story_topics(texts: Sequence[str], titles: Sequence[str]) -> TopicWords:
    """The story's :class:`TopicWords` (``texts``, ``titles``: its articles'), one for
    everyone who asks of the same articles: the selector, the order and the title of a
    summary each do, and the words looked up by one are known to the next."""
    return _story_topics(tuple(texts), tuple(titles))


@lru_cache(maxsize=8)
def _story_topics(texts: tuple[str, ...], titles: tuple[str, ...]) -> TopicWords:
    return TopicWords(texts, titles)


def off_topic(text: str, topics: Container[str]) -> bool:
    """Whether a sentence uses no word its story is about (``topics``: the story's
    :class:`TopicWords`, words in at least half of its articles or in a headline): a
    side item of another story inside an article ("Fahd's half-brother, Crown Prince
    Abdullah, handled the kingdom's day-to-day affairs ..." in a Saudi paragraph of a
    Turkey-Syria article), which a list of the story's facts should not show. Only a
    story of three or more articles has topic words to judge by: ask it of those."""
    return not any(
        w in topics for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS
    )


def story_surnames(
    texts: Sequence[str], lowered: Sequence[str] | None = None, *, family_first: bool = True
) -> Surnames:
    """The story's :class:`Surnames`, worked out once for the same article texts: the
    selector and the order both need them, and reading every name of every article is
    the costliest part of either. ``lowered``: as for :class:`Surnames` (used only by
    the first to ask)."""
    key = (tuple(texts), family_first)
    got = _STORY_SURNAMES.get(key)
    if got is None:
        got = _STORY_SURNAMES.remember(key, Surnames(key[0], lowered, family_first=family_first))
    return got


_STORY_SURNAMES = StoryMemo()


# --------------------------------------------------------------------- what a sentence announces

# Shell nouns (Schmid 2000): abstract nouns whose content is told elsewhere ("two questions
# ... The first is whether ..."). Counted and left unstated, they announce the sentences
# after them: a closed class of the grammar of English, not the words of one story.
_SHELL = (
    r"(?:questions?|issues?|problems?|reasons?|things?|factors?|lessons?|options?|points?|"
    r"possibilit(?:y|ies)|scenarios?|challenges?|concerns?|explanations?|theories|theory|"
    r"ways?|steps?|obstacles?|hurdles?|puzzles?|mysteries|mystery)"
)
_COUNTED = r"(?:two|three|four|five|six|several|many|some|a\s+few|a\s+couple\s+of|a\s+number\s+of)"
_ANNOUNCES = re.compile(
    rf"^(?:{_COUNTED}\s+(?:[{LOWER}]+\s+)?{_SHELL}\b|here(?:['’]s|\s+is|\s+are)\s)", re.IGNORECASE
)
# What states the shell's content in the sentence itself ("two questions: whether ...").
_STATED = re.compile(r"[:—–]|\s_\s|\b(?:whether|that|including|such\s+as|namely)\b", re.IGNORECASE)
# What follows an announcement: an ordinal standing for a noun told before ("The first is
# whether ...", "The second was ..."), where "the first flight" names its own noun.
_ORDINAL_HEAD = re.compile(
    r"^(?:the\s+)?(?:one|first|second|third|fourth|last|other|latter|former)\s+"
    r"(?:is|was|are|were|concerns|involves)\b",
    re.IGNORECASE,
)


def announces(text: str) -> bool:
    """Whether a sentence only announces what the sentences after it say ("Two questions
    now hang over the airline.", "Here is why."): it opens on a counted shell noun (or
    "here is") and states no content of its own. Read out of its article it tells the
    reader nothing, and no selector can show it with the sentences it announces. So is
    an item of such an announcement ("The first is whether ..."), which reads only
    after it."""
    opening = text.lstrip(_OPENING_MARKS)
    if _ORDINAL_HEAD.match(opening):
        return True  # the announced item itself: it reads only after the announcement
    return _ANNOUNCES.match(opening) is not None and _STATED.search(text) is None


# ------------------------------------------------------------ definite descriptions introduced

# The opening clause: up to the first comma, semicolon, colon, dash or bracket (a
# comma within the first 30 characters closes an opening phrase: "On Friday, the ...").
_CLAUSE_END = re.compile(r"[;:()]|\s[—–_]\s|--|,(?=\s)")
# ... and at most this many characters (about 14 words): a reader holds that much of a
# sentence as its opening before its news.
_CLAUSE_CHARS = 90
# What every description below opens with: a cheap test before the clause is read.
_THE_SPACE = re.compile(r"[Tt]he\s")
# "the" + one or two lower-case words, after at most two words of nationality ("the
# Libyan dissidents", by their suffix: -an, -ese, -ish, -i): the description and its
# head. A name before the noun identifies it ("the Buffalo area") and is not matched.
_THE_NP = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?:[{UPPER}][{LOWER}]+(?:an|ese|ish|i)\s+){{0,2}}"
    rf"([{LOWER}][{LOWER}-]{{2,}})(?:\s+([{LOWER}][{LOWER}-]{{2,}}))?"
)
# After the description, what establishes what it is (Hawkins 1978). A relative clause
# after a comma is an aside about a referent already known ("The curfew, which bans
# all traffic, was lifted"); a prepositional phrase or a name after a comma
# identifies it ("The memo, from Dan Rosen, ...", "the ship, Sea Star"). Without a
# comma: a complement ("the crowds at the market"), a relative clause, a contact clause
# ("the steps he took"), or an identity ("The defendant is Qin Yongmin", "The risk is
# that ...").
_PREPOSITION = (
    r"(?:of|at|in|on|from|for|with|to|near|between|among|inside|outside|across|along|behind|"
    r"around|under|over|into|by|about|against|during|after|before)"
)
_ESTABLISHED = re.compile(
    rf"\s+(?:{_PREPOSITION}|that|who|whom|whose|which|where|he|she|they|we|i|you)\b"
    rf"|\s*,\s*{_PREPOSITION}\b|\s*,?\s*[{UPPER}(\"“]"
    rf"|\s+(?:is|was|are|were)\s*(?:,|that\b|whether\b|to\b|[{UPPER}\"“])"
)
# "the hull and deck of older ferries": a complement after a second noun.
_COORDINATED = re.compile(rf"\s+(?:and|or)\s+[{LOWER}][\w-]*")
# Descriptions unique by their own words: superlatives, ordinals, "same", "only", and
# the deictic time adjectives anchored to the day of writing ("the current talks", "the
# next few days").
_UNIQUE = re.compile(
    r"^(?:first|second|third|last|final|only|same|whole|entire|most|least|\w+est|next|"
    r"following|coming|previous|past|latest|current|recent|ongoing|present|upcoming)$"
)
# Referents unique in any news story's setting (Hawkins' "larger situation" uses): the
# state's institutions and the world around the reader, not something told before.
_SITUATION = frozenset(
    "world country nation government state police military army navy public president "
    "prime mayor governor king queen pope economy capital region weather sun moon earth "
    "sky press media opposition "
    "parliament cabinet authorities courts judiciary border past future time day night "
    "morning afternoon evening week weekend month year season moment meantime end rest "
    "number".split()
)


# The word after a description, when a word follows: "the current, growing ..." (a list
# of modifiers) or a third word of the description.
_NEXT_WORD = re.compile(rf",?\s+([{LOWER}][\w-]*)")


def _forms(noun: str) -> tuple[str, ...]:
    """A noun and its other number ("crowd"/"crowds", "ally"/"allies"): the same
    referent written again, where a stem would also match "crowded"."""
    if noun.endswith("ies") and len(noun) > 4:
        return (noun, noun[:-3] + "y")
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return (noun, noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        return (noun, noun[:-1])
    if noun.endswith("y") and len(noun) > 3 and noun[-2] not in "aeiou":
        return (noun, noun[:-1] + "ies")
    if noun.endswith(("ch", "sh", "ss", "x")):
        return (noun, noun + "es")
    return (noun, noun + "s")


def mentions(noun: str, lowered: str) -> bool:
    """Whether ``lowered`` (a lower-cased text) uses ``noun`` in either number."""
    return any(_whole_word(f, lowered) for f in _forms(noun))


def definite_heads(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """The definite descriptions of a sentence's opening clause (subject or object) that
    nothing in the clause establishes: each as its one or two candidate head words
    ("the crowds" -> ("crowds",); "the dead and injured" -> ("dead",)), after where it
    starts. A description
    followed by a complement, a name or a clause ("the crowds at the market", "the
    ship, the Sea Star"), or unique by its own words ("the first", "the largest") is left
    out; so are words the clause itself used before the description."""
    return list(_definite_heads(text))


@lru_cache(maxsize=8192)
def _definite_heads(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """:func:`definite_heads`, memoised: the selector asks it of every candidate twice
    (any description, the subject's), and the order and the title again."""
    if _THE_SPACE.search(text, 0, _CLAUSE_CHARS) is None:
        return ()  # no "the"/"The" in the clause (which is at most this long)
    end = min(len(text), _CLAUSE_CHARS)
    for m in _CLAUSE_END.finditer(text, 0, end):
        if m.group() == "," and m.start() < 30:
            continue  # an opening phrase's comma
        end = m.start()
        break
    clause = text[:end]
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐'’"):
        # not inside a word, nor a hyphenated one ("the corruption|-battered coalition"
        # cut at the limit read "the corruption" as a description of its own)
        clause = clause[: clause.rfind(" ") + 1]
    out: list[tuple[int, tuple[str, ...]]] = []
    for m in _THE_NP.finditer(clause):
        first, second = m.group(1), m.group(2)
        if _UNIQUE.match(first) or first in _FUNCTION or first in STOPWORDS:
            continue
        if first.endswith("ly"):
            continue  # "the politically sensitive ...": a longer description
        if first.endswith("-"):
            continue  # "the mid-1980s"
        words = [first]
        if (
            second
            and second not in STOPWORDS
            and second not in _FUNCTION
            and not second.endswith("ed")  # "the fatalities included": the verb
        ):
            words.append(second)
        after = m.end(1) if len(words) == 1 else m.end(2)
        if _ESTABLISHED.match(text, after) or (after < len(text) and text[after] in "'’"):
            continue  # "the crowds at ...", "the ship, Sea Star", "the ship's"
        also = _COORDINATED.match(text, after)
        if also is not None and _ESTABLISHED.match(text, also.end()):
            continue  # "the hull and deck of older ferries"
        nxt = _NEXT_WORD.match(text, after)
        if nxt is not None and nxt.group(1) not in STOPWORDS:
            continue  # a description of three words or more: its head is unknown
        before = set(_WORD.findall(clause[: m.start()].lower()))
        heads = tuple(w for w in words if w not in before)
        if len(heads) == len(words):
            out.append((m.start(), heads))
    return tuple(out)


# A demonstrative description anywhere in a sentence ("grew up in this windswept
# fishing town"): it points at the text before it or at the place of the
# article's dateline, and a summary shows neither. Up to four words after the
# demonstrative, up to a stop word or a punctuation mark; the last is the head.
_DEMONSTRATIVE_NP = re.compile(
    rf"(?<![\w-])(?:this|these|those)\s+((?:[{UPPER}{LOWER}][\w'’-]*[,;:.]?\s*){{1,4}})"
)
_DEICTIC_TIME = frozenset(
    "week weeks year years month months morning afternoon evening night weekend season time "
    "summer winter spring fall autumn decade century day days moment".split()
)


def demonstrative_heads(text: str) -> list[str]:
    """The head nouns of the demonstrative descriptions of ``text`` after its first word
    ("this archipelago" -> "archipelago"; "this week" names a time, not a referent)."""
    out = []
    for m in _DEMONSTRATIVE_NP.finditer(text, 1):
        head = ""
        for k, token in enumerate(m.group(1).split()):
            word = token.rstrip(",;:.").strip("'’")
            if word.lower() in STOPWORDS or word.lower() in _FUNCTION:
                break
            if k == 0 and word.endswith(("ing", "ed")) and m.group().startswith("those"):
                break  # "those seeking refuge": people, named by what they do
            head = word
            if token != word:
                break  # punctuation ends the description
        if head and head.islower() and head not in _DEICTIC_TIME and head not in _SITUATION:
            out.append(head)
    return out


# A definite description opening the sentence, right before its verb ("The storm
# killed", "The union later decided", "The men were"): its head.
_THE_SUBJECT = re.compile(
    rf"[\"“‘']?The\s+([{LOWER}][{LOWER}-]{{2,}})\s+(?:[{LOWER}]+ly\s+|later\s+|also\s+|still\s+)?"
    rf"(?:[{LOWER}]{{2,}}ed|is|are|was|were|has|have|had|will|would|said|says|can|could|may|"
    r"might|must|should|did|does|do)\b"
)


def opening_subject(text: str) -> frozenset[str]:
    """The head of a definite description a sentence opens with as its subject, right
    before its verb ("The storm killed ..." -> storm), when nothing in the sentence can
    have introduced it: not a referent of any news setting ("the government"), not
    unique by its own words ("the first"). :func:`definite_heads` reads such a verb as a
    third word of a longer description and leaves the description out."""
    m = _THE_SUBJECT.match(text)
    if m is None:
        return frozenset()
    head = m.group(1)
    if head in STOPWORDS or head in _FUNCTION or _UNIQUE.match(head) or head.endswith("ly"):
        return frozenset()
    if head in _SITUATION or head.rstrip("s") in _SITUATION:
        return frozenset()
    return frozenset([head])


def may_be_unintroduced(text: str, *, subject: bool = False, demonstratives: bool = False) -> bool:
    """False when :func:`unintroduced` (with these options) surely finds nothing: no
    "the" opens the sentence (``subject``), or none is in its opening clause and no
    demonstrative in it. A test of a few substrings, for a caller to skip the rest."""
    if subject:
        start = len(text) - len(text.lstrip(_OPENING_MARKS))
        return text[start : start + 3] in ("The", "the")
    if _THE_SPACE.search(text, 0, _CLAUSE_CHARS) is not None:
        return True
    return demonstratives and ("this " in text or "these " in text or "those " in text)


def _earlier_lower(earlier: str | Callable[[], str], until: int | None) -> str:
    """What came before a sentence, cut at ``until`` and lower-cased: read only when a
    description needs looking up (most sentences have none)."""
    low = earlier if isinstance(earlier, str) else earlier()
    if until is not None:
        low = low[:until]
    return low if low.islower() else low.lower()


def unintroduced(
    text: str,
    earlier: str | Callable[[], str],
    known: Container[str] = frozenset(),
    *,
    subject: bool = False,
    demonstratives: bool = False,
    until: int | None = None,
) -> frozenset[str]:
    """The nouns of definite descriptions in ``text``'s opening clause that a reader of it
    has not met: no word of the description is in ``earlier`` (what came before the
    sentence in its article), a word the story is about (``known``) or a
    referent unique in any news setting ("the government", "the police"). Each returned
    noun is the description's last word: a summary sentence before ``text`` that uses it
    introduces it ("Soldiers held back the crowds." after "Crowds gathered at ...").
    ``subject``: only a description the sentence opens with ("The team, led by ...,
    will ..."), the one a news writer uses for what the sentence before it named in
    other words ("A delegation of investigators ..."): such a sentence leans on that one.
    ``demonstratives``: also the demonstrative descriptions of the whole sentence ("this
    archipelago", :func:`demonstrative_heads`). ``until``: ``earlier`` is that much of a
    longer text (the whole article), cut only when the sentence has a description to
    look up: most have none, and cutting an article for each sentence is quadratic.
    ``earlier`` may be a function giving it, called only then too."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS))
    if subject and text[start : start + 3] not in ("The", "the"):
        return frozenset()  # no description opens it (each opens on "the")
    heads_at: Sequence[tuple[int, tuple[str, ...]]] = _definite_heads(text)
    if demonstratives and not subject and ("this " in text or "these " in text or "those " in text):
        heads_at = [*heads_at, *((-1, (h,)) for h in demonstrative_heads(text))]
    if not heads_at:
        return frozenset()
    out = set()
    # ``earlier`` (a whole article to cut and lower-case) is read only for a noun that
    # neither the setting nor the story's topic words introduce: most are one of those.
    low: str | None = None
    for at, heads in heads_at:
        if subject and at != start:
            continue
        for w in heads:
            if w in _SITUATION or w in known or w.rstrip("s") in _SITUATION:
                break
            if low is None:
                low = _earlier_lower(earlier, until)
            if mentions(w, low):
                break
        else:
            out.add(heads[-1])
    return frozenset(out)


# The source of a reporting aside or tail named by a definite common noun: "The first
# goal, the memo said, was ...", "..., the statement said." Its noun is one the article
# named before, which a summary quoting the sentence alone has not.
_REPORTING_THE = re.compile(
    rf"(?:^|,\s+)the\s+([{LOWER}][{LOWER}-]{{2,}})\s+(?:said|says|stated|states|showed|"
    r"shows|added|adds|noted|notes|reported|reports)\b"
)


# "The" + at most one modifier + the head, right before a comma or the verb: the
# subject a sentence opens with ("The e-mail message, written by ...", "The storm
# killed"); a possessive, a name or a longer description does not match.
_OPENING_DEFINITE = re.compile(
    rf"The\s+(?:[{LOWER}][\w-]*\s+)?([{LOWER}][\w-]*)(?=,|\s+(?:[{LOWER}]+ly\s+|later\s+|"
    rf"also\s+|still\s+)?(?:[{LOWER}]{{2,}}ed|is|are|was|were|has|have|had|will|would|said|says|"
    r"can|could|may|might|must|should|did|does|do)\b)"
)


def _common_noun(w: str) -> bool:
    """Whether ``w`` may head a description a reader needs introduced: not a function
    word, nor a referent unique in any news setting ("the government")."""
    return not (w in STOPWORDS or w in _FUNCTION or w in _SITUATION or w.rstrip("s") in _SITUATION)


def opening_definite(text: str) -> frozenset[str]:
    """The head of the definite description a sentence opens with as its subject, at
    most one modifier before it and a comma or the verb after it ("The e-mail message,
    written by ..." -> message; "The storm killed" -> storm), unless its own words
    establish it ("The memo from ...", "The memo, from ...") or it is no common noun a
    reader needs introduced (:func:`_common_noun`)."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS))
    if text[start : start + 4] != "The ":
        return frozenset()
    m = _OPENING_DEFINITE.match(text, start)
    if m is None or _ESTABLISHED.match(text, m.end()) or not _common_noun(m.group(1)):
        return frozenset()
    return frozenset([m.group(1)])


# A definite description closing an opening prepositional phrase ("In the recording,
# ...", "During the raid, ..."): at most one modifier, then the comma that ends the
# phrase. Like an opening subject, "the" points back to a mention the summary may not
# show; :func:`definite_heads` reads a word after that comma as a list of modifiers.
_OPENING_PHRASE_DEFINITE = re.compile(
    r"(?:In|During|After|Before|At|On|From|Under|With|Through|Throughout|Despite|Since|"
    r"Following|Amid|Inside|Outside|Within|Beyond|Without|Behind)\s+the\s+"
    rf"(?:([{LOWER}][\w-]*)\s+)?([{LOWER}][\w-]*),\s"
)


@lru_cache(maxsize=1)
def _phrase_idioms() -> frozenset[str]:
    """Nouns of fixed opening phrases that point back at nothing ("In the end,")."""
    text = files("newsbrief").joinpath("data/opening_phrase_idioms.txt").read_text("utf-8")
    return frozenset(w for w in (x.split("#", 1)[0].strip() for x in text.splitlines()) if w)


def opening_phrase_definite(text: str) -> frozenset[str]:
    """The head of the definite description that closes a sentence's opening
    prepositional phrase ("In the recording, al-Baghdadi rallies ..." -> recording),
    unless it is unique by its own words ("After the first round,"), a time anchored to
    the day ("In the morning,"), a fixed phrase ("In the end,") or no common noun a
    reader needs introduced (:func:`_common_noun`: "In the capital,")."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS))
    m = _OPENING_PHRASE_DEFINITE.match(text, start)
    if m is None:
        return frozenset()
    mod, head = m.group(1), m.group(2)
    if mod is not None and (_UNIQUE.match(mod) or mod in ("other", "very") or mod.endswith("ly")):
        return frozenset()
    if _UNIQUE.match(head) or head in _DEICTIC_TIME or head in _phrase_idioms():
        return frozenset()
    if not _common_noun(head):
        return frozenset()
    return frozenset([head])


def named_before(
    text: str,
    earlier: str | Callable[[], str],
    known: Container[str] = frozenset(),
    *,
    subject: bool = True,
    asides: bool = True,
    phrases: bool = False,
    until: int | None = None,
) -> frozenset[str]:
    """The heads of the definite descriptions ``text`` opens with as its subject ("The
    e-mail message, written by ..., was submitted") or names its source by ("..., the
    memo said, ...") that its article named before it (``earlier``, lower-cased or a
    function giving it; ``until`` as for :func:`unintroduced`): the article introduced
    the e-mail or the memo ("a secret e-mail message", "The memo, from Dan Rosen, ..."),
    and "the" points back to that; a summary showing the sentence alone has not, so it
    needs a summary sentence naming the noun before it. A noun the story is about
    (``known``), a referent unique in any news setting ("the government", "the pope") and
    a description its own words establish ("the memo from Dan Rosen") need none; a noun
    the article never named before is :func:`unintroduced`'s. ``subject``, ``asides``:
    look at the opening subject, at the reporting sources; ``phrases``: also at the
    description closing an opening prepositional phrase ("In the recording, ...",
    :func:`opening_phrase_definite`)."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS))
    heads = list(opening_definite(text)) if subject else []
    if phrases:
        heads += opening_phrase_definite(text)
    if asides and "the " in text:
        heads += [
            w
            for m in _REPORTING_THE.finditer(text[start:].lower(), 0, 160)
            if _common_noun(w := m.group(1))
        ]
    out = set()
    low: str | None = None
    for w in dict.fromkeys(heads):
        if w in known:
            continue
        if low is None:
            low = _earlier_lower(earlier, until)
        if mentions(w, low):
            out.add(w)
    return frozenset(out)


# A sentence that ends on a pro-form ("The government is not stopping there.", "Officials
# denied it.") points at a place, time or thing told before: at the end of a sentence
# "there" cannot be existential, nor "that" a determiner.
_PROFORM_END = re.compile(
    r"\b(?:there|then|that|this|it|them|these|those)\s*[.!]?[\"”’')]*\s*$", re.IGNORECASE
)
# A time relative to an event told before, between a short subject and its verb: "The
# union later decided ...", "Police afterwards found ..." (the same rule as an opening
# "Later,", inside the clause).
_RELATIVE_ADVERB = re.compile(
    rf"^(?:[\"“]?\S+\s+){{1,4}}(?:later|afterwards?|subsequently|eventually|then)\s+[{LOWER}]+(?:ed|t)\b"
)


# A longer sentence mostly holds the pro-form's antecedent itself ("Most of the cargo has
# been brought ashore, and divers are still looking for the rest of it.").
PROFORM_MAX_WORDS = 12


def points_back(text: str) -> bool:
    """Whether a short sentence (under :data:`PROFORM_MAX_WORDS` words, too short to hold
    the pro-form's antecedent) ends on a pro-form that refers back (see above)."""
    # the word count first: memoised, and most sentences are longer
    return word_count(text) < PROFORM_MAX_WORDS and _PROFORM_END.search(text[-24:]) is not None


def relative_adverb(text: str) -> bool:
    """Whether the sentence places its event after one told before ("The union later
    decided ..."): it leans on the sentence before it."""
    return _RELATIVE_ADVERB.match(text[:60]) is not None


# "No comment" is no news: someone declining to speak, or not reached, states no event of
# the story ("Police at the port declined to comment.").
_NO_COMMENT = re.compile(
    r"\b(?:(?:declined|refused|declines|refuses|would\s+not|wouldn't|could\s+not|couldn't)\s+"
    r"(?:to\s+)?(?:immediately\s+)?(?:comment|be\s+reached)|no\s+(?:immediate\s+)?comment|"
    r"(?:not|un)\s*(?:immediately\s+)?available\s+for\s+comment|could\s+not\s+be\s+reached)\b",
    re.IGNORECASE,
)


# How a page or a wire marks an opinion piece: a first line "The New York Times said in
# an editorial ...:", a title or first line "Opinion", "Editorial: ...", "Op-Ed |
# ...", "Commentary", or an address under /opinion/.
_OPINION_LINE = re.compile(
    r"^\s*(?:(?:opinion|editorial|commentary|op-ed|op-ed\s+contributor)\s*(?:$|[:|—–-])"
    r"|[^\n]{0,80}\b(?:said|says)\s+in\s+(?:an?\s+|its\s+)?editorial\b)",
    re.IGNORECASE,
)
_OPINION_URL = re.compile(r"/(?:opinion|opinions|editorials?|commentary|op-ed)/", re.IGNORECASE)


def is_opinion(text: str, title: str | None = None, url: str | None = None) -> bool:
    """Whether an article marks itself as an editorial or opinion piece (its title, its
    first line or its address).

    Why: an editorial's opening ("X has little time to savor his victory") is the
    paper's view, not what happened; as a summary's lede or a digest's headline it reads
    as news, with no hint that it is an opinion.
    """
    first = text.lstrip().split("\n", 1)[0][:200]
    return bool(
        _OPINION_LINE.match(first)
        or (title and _OPINION_LINE.match(title))
        or (url and _OPINION_URL.search(url))
    )


def no_comment(text: str) -> bool:
    """Whether the sentence reports only that someone would not comment or could not be
    reached: a sentence with no event of its own. Only a short sentence (under 20 words)
    says nothing else."""
    if word_count(text) >= 20:
        return False
    # Every match holds "comment" or "reached" in some case (letters with no case
    # forms beyond ASCII): a substring test first, the pattern only for those.
    low = text.lower()
    return ("comment" in low or "reached" in low) and _NO_COMMENT.search(text) is not None
