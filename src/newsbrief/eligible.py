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
  Dorrian" ... "Dorrian said"); a sentence using one alone needs the full name before it.

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

from .model import Sentence
from .text import stem, word_count

MIN_WORDS = 6  # shorter sentences are mostly headlines, captions and fragments
MAX_WORDS = 60  # longer ones are run-on paragraphs the splitter could not break

# The opening and closing shapes are pattern sources, compiled once combined into
# _OPENING and _CLOSING below (compiling each alone too cost ~1 ms of every start).
_DANGLING = (
    r"^(?:and|but|or|so|also|still|yet|instead|meanwhile|however|moreover|furthermore|"
    r"nevertheless|otherwise|then|there|that|this|these|those|such|both|thus|hence|"
    r"(?:he|she|they|it|we|i|you)\s+(?:also|added|continued|further)|"
    r"(?:in|by)\s+(?:addition|contrast|comparison)|on the other hand)\b"
)
_PRONOUN_OPENER = r"^[\"“']?(?:he|she|they|it|his|her|their|its|him|them)\b"
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
    r"\b(?:the|its|their|his|her)\s+(?P<noun>[a-z]{4,}(?:ity|ness))\b(?!\s+(?:of|that|to|in|"
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
# A verb that needs a complement, left without one: "The Taliban ... refused." What was
# refused, agreed or denied is in the sentence before (a closed class of control and
# report verbs, and the auxiliaries of verb-phrase ellipsis).
_ELLIPSIS = (
    r"\b(?:refused|declined|agreed|denied|confirmed|promised|vowed|threatened|tried|"
    r"insisted|refuses|declines|agrees|denies|(?:did|does|do|will|would|could|has|have|had)"
    r"(?:\s+not)?\s+(?:so|too|not)|did|would not|could not)\s*[.!]$"
)
# A demonstrative in the opening words points at something just said ("Reuters reported
# that this battle..."); one naming a time ("this week") does not.
_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){1,4}(?:this|these|those)\s+(?!(?:week|year|month|morning|afternoon|evening|"
    r"weekend|season|time|summer|winter|spring|fall|autumn|decade|century)s?\b)[a-z]",
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
    if text.rstrip()[-1:] not in _FINAL:
        return False
    # balanced double quotation marks (straight or curly), counted in C
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 0


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
    return None


# A definite subject: at the start, or after a short opening phrase and its comma
# ("According to Reuters, the recording showed").
_DEFINITE = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:the|this|these|those)\s+([a-z]{3,})(?:\s+([a-z]{3,}))?"
)
_WORD = re.compile(r"[a-z]+")
_NAMED_AFTER = re.compile(r",?\s+(?:[A-Z]|\()")
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
    """Whether ``word`` occurs in ``text`` as a whole word (stops at the first)."""
    return next(_whole_word_iter(word, text), -1) >= 0


def _whole_word_starts(word: str, text: str) -> list[int]:
    """Every start of ``word`` in ``text`` as a whole word."""
    return list(_whole_word_iter(word, text))


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
    m = _DEFINITE.match(head)
    if m is None:
        return False  # no definite subject
    if _NAMED_AFTER.match(text, m.end()) and not (asides and _REPORTING_ASIDE.match(text, m.end())):
        return False  # named right after ("The obstetrician, Dr. X")
    # Stems, so that "the isolation phase" finds "isolating" and "The reports" "reported".
    form = stem if stems else str
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
_NAME_TOKEN = r"(?:[a-z]{1,3}-)?[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z][a-z]{1,3}\."
# A run starts at a capital that follows no word character or hyphen, or that follows a
# particle which does ("al-Baghdadi"). Written to open on the capital, so that the
# regex engine skips to capitals in C instead of trying every position of an article:
# the same runs (less a leading particle, which ``_key`` drops anyway) in a third of the
# time. (The title branch of _NAME_TOKEN never decides a first token: the first branch
# matches whatever it matches.)
_AFTER_PARTICLE = "|".join(rf"(?<=(?<![\w-])[a-z]{{{n}}}-.)" for n in (1, 2, 3))
_NAME_RUN = re.compile(
    rf"[A-Z](?:(?<![\w-].)|{_AFTER_PARTICLE})[\w'’-]*[a-z][\w'’-]*(?:\s+(?:{_NAME_TOKEN}))*"
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
_PARTICLE = re.compile(r"^[a-z]{1,3}-")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    # Memoised: a story's names recur in every article, and this runs on each name token.
    return _PARTICLE.sub("", _POSSESSIVE.sub("", token))


@lru_cache(maxsize=65536)
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


class Surnames:
    """The story's surnames: capitalised words it also uses as the last part of a longer
    name ("Col. John Dorrian", "Gen. Augusto Pinochet") and never in lower case (which
    keeps "Police" of "Mosul Police" and "State" of "Islamic State" out). A sentence that
    names someone by surname only reads as a stranger's name unless the summary has
    introduced the long form before it."""

    def __init__(self, texts: Sequence[str], lowered: Sequence[str] | None = None) -> None:
        """``lowered``: the texts lower-cased, when the caller has them (``TopicWords``)."""
        # The news convention: the full name on first reference, the surname after it.
        # A word some article first uses in a long form and later alone is a surname.
        keys: set[str] = set()
        for t in texts:
            first_long: set[str] = set()
            seen: set[str] = set()
            for tokens in _names(t):
                last = tokens[-1]
                if len(tokens) >= 2 and not last.endswith("."):
                    if last not in seen:
                        first_long.add(last)
                elif last in first_long:
                    keys.add(last)
                seen.add(last)
        # Never in lower case, and a person is not "the Olympics" or "the Congress"
        # (mostly: "the Pinochet case" is fine).
        every = "\n".join(texts)
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
            kept = self._kept_by_regex(keys, every, lowered)
        self.keys = frozenset(kept)
        # A sentence holding none of them as a substring uses none (a surname that
        # :func:`_names` finds is such a substring): a cheap test before the names.
        self._all = tuple(sorted(kept))

    @staticmethod
    def _kept_by_regex(keys: set[str], every: str, lowered: str) -> set[str]:
        """The constructor's test for keys holding other characters ("O'Neill")."""
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
            if last not in self.keys:
                continue
            (named if len(tokens) >= 2 else alone).add(last)
        return frozenset(named), frozenset(alone - named)
