"""Direct quotes with their speakers, merged when several outlets carry the same words.

A reader takes a quote's speaker as a fact about a person, so a quote is only reported
with a speaker the article itself attributes it to, in the forms wire copy uses:

* the attribution after the quote (``"...," Ruiz said``, ``"...," said Mayor Ana Ruiz,
  who ...``, ``"...," she told the crowd``, ``"...," a police spokesman said``) or before
  it in the same sentence (``Ruiz said, "..."``, ``Ruiz, the mayor, said the plan was
  "..."``, ``according to Ruiz, "..."``, ``Ruiz was quoted Saturday by the daily Courier as
  saying, "..."``); ``"...," said Harbor Authority spokesman Tom Reyes`` is Reyes's, not
  the Authority's;
* a pronoun is the last speaker named, else the nearest person of its sex as the article
  marks it ("Ms.", "Mr."), else the nearest person named in full as a subject or with a
  title, role or affiliation (never a place, a date, a dateline or a treaty: those are
  not people), unless another person who could be meant was named since; a definite role ("the mayor
  said") is the person named earlier with that title, else kept as written;
* a speaker named by surname is given by the fullest name the article uses for that
  person ("Mayor Ana Ruiz"; a first name alone, "said Arya", by the one person named in
  full with it; a title by its holder in apposition, "Housing Secretary, Ana Carmen
  Alemany"); a role ("a police spokesman") stays a role; a title is shown with a
  "former", "acting", "outgoing" or "interim" the article puts before it ("former Premier
  Tansu Ciller" is no premier);
* a speaker is someone the attribution names: never a noun phrase the clause is about
  ("a decision that Albright said was appropriate" is Albright's; "X, a welder, who
  attended the ceremony said" is X's, not the ceremony's), never a plural for
  "he"/"she", never the subject of the next sentence after a quote that ended its own
  with a full stop; "what one friend called "..."" is the friend's phrase;
* a quote split by its attribution (``"...," he said, "..."``), a quote going on in the
  same paragraph and a quote running over several paragraphs (the wire convention:
  no closing mark until the last) are one quote;
* quote marks as wire copy writes them (PTB ```` ``...'' ````, normalised by cleaning,
  a quote opened with '' or a lone backtick) are paired by which side of a word they
  touch, so one stray mark does not shift every later quote; guillemets and German
  low-high marks too, single marks in an article with no other kind, and a quote nested
  in a quote stays inside it;
* quoted titles, scare quotes and a headline's quotes have no attribution and are left
  out, as are quotes of fewer than four words;
* a partial quote that opens on the predicate of a subject outside its marks (``Mubarak
  "will head to Syria," Moussa said``) is the speaker's report of someone else's deed:
  shown alone it reads as the speaker's own, so it is shown with its subject, the
  writer's words (``Mubarak “will head to Syria”``, its span from the subject on), and
  left out when that subject is only a relative pronoun ("which");
* an article written all in capitals is read with its function words and verbs in lower
  case to find names, its speakers shown as written, and its pronouns are not resolved.

When unsure who spoke (a possessor, "according to Ruiz's lawyer"; a clause with its own
subject before the attribution, "the crowd chanted, Ruiz said"; a speech verb or a new
name between a quote and the last speaker,
words the speaker reports someone else saying, "he" with two people of unknown sex in
view, "she" with two women named since the last speaker, a pronoun whose only candidate
is far back), the quote is left out: a wrong speaker shown as fact is worse than none.

Outlets trim a quote differently, so two quotes merge when they come from different
articles, their speakers can be one person (same surname, no clashing first name) and
the shorter one's words recur, in order, in the other (no negation lost). Measured on
labelled DUC 2003 clusters: ``benchmarks/quotes_eval.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Article, Support
from ..text import UPPER

MIN_WORDS = 4
# Share of the shorter quote's words, in order, the longer one must hold to be the same quote
# (longest common word subsequence over the shorter's length). Chosen on the dev labels
# (benchmarks/quotes_eval.py --merge-pairs): every same-quote pair there scores 1.0,
# the closest pair of different quotes by one speaker 0.44; 0.7 sits in the gap, leaving
# room for an outlet's trims and light rewording.
MERGE_SIMILARITY = 0.7
# Paragraphs back (this one included) a pronoun's person may be named in.
PRONOUN_REACH = 4
# Characters before a quote searched for its attribution ("Ruiz, the mayor, said ...").
BEFORE_WINDOW = 300
# Characters after a closing mark searched for the attribution ("..., said X, who ...").
AFTER_WINDOW = 160

# -- words of closed classes (not lexicons of names) --------------------------------------
# Function words that start a sentence with a capital but are never part of a name.
_FUNCTION = frozenset(
    """
    a an the this that these those but and or nor so yet if when while as after before
    since because although though in on at by for from of to with without into about over
    under between among during he she it they we i you his her its their our my your him
    them us there here then also still even only just not no yes however meanwhile later
    earlier now today yesterday tomorrow what who whom whose which where why how all both
    each every some many most more other such one two three asked according speaking
    """.split()
)
_DAYS_MONTHS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec
    """.split()
)
# The last word of a body's name: an organisation, not a person, is never a "he".
_BODY_WORDS = frozenset(
    """
    council commission committee party army press ministry court tribunal assembly congress
    university corp corporation agency front center centre union organization organisation
    association bank government parliament department office radio television tv times post
    news service services group movement league institute company inc ltd co airlines
    airport hospital church mosque embassy police forces force navy senate house cabinet
    republic kingdom states nations front brigade brigades network networks accord accords
    treaty agreement pact
    """.split()
)
# Title words that say a person's sex, for he/she.
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame"})
_MALE_TITLES = frozenset({"mr", "sir", "king", "prince", "lord"})
# Words written with a period that a name may end with.
_ABBREVIATED = frozenset({"jr", "sr", "co", "corp", "inc", "ltd", "bros", "st"})
_PARTICLES = r"(?:de|del|della|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|abu|dos|das)"

# A capital of any Latin alphabet ("Élisabeth", "Ángel", "Øresund"): ``[A-Z]`` missed
# the accented ones and cut "Élisabeth Borne" to "Borne".
_NAME_TOKEN = rf"(?:(?:[a-z]{{1,3}}-)?[{UPPER}][\w'’.-]*)"
_NAME = rf"{_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLES}[ \t]+){{0,2}}{_NAME_TOKEN}){{0,5}}"
# A name led by a lower-case particle, as a surname alone is written ("de Souza said").
_PNAME = rf"{_PARTICLES}(?:[ \t]+{_PARTICLES})?[ \t]+{_NAME}"
_PRONOUN = r"(?:[Hh]e|[Ss]he)"
_DET = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ne|[Aa]nother)"
# A determiner phrase as a subject: "a senior American official", "the general staff".
_WORD = r"(?:[\w'’-]|\.(?=\w)|(?<=\.\w)\.)+"
_DNP = rf"{_DET}[ \t]+(?:{_WORD}[ \t]+){{0,4}}?{_WORD}"
_SPEECH = (
    r"(?:said|says|say|added|adds|told|tells|urged|urges|warned|warns|declared|declares|"
    r"wrote|writes|asked|asks|insisted|insists|argued|argues|explained|explains|noted|notes|"
    r"continued|stated|states|replied|recalled|recalls|tweeted|posted|announced|acknowledged|"
    r"conceded|admitted|complained|stressed|emphasized|maintained|predicted|quipped|"
    r"responded|remarked|testified|shouted|vowed|"
    r"called\s+on|calls\s+on|"
    # "X was quoted Saturday by the daily Hurriyet as saying": X is the one quoted
    r"(?:was|were|is)\s+quoted\s+(?:(?!as\b)[\w'’.-]+[ \t]+){0,8}?as\s+saying)"
)
# 1-3 lower-case role words before a name ("defense lawyer John Smith said"), never a
# speech verb or a function word.
_ROLE_WORD = (
    rf"(?!(?:{_SPEECH}|{_PARTICLES}|a|an|the|this|and|or|but|as|then|while|when|who|which|that|"
    rf"to|of|in|on|at|by|for|with|from|after|before|also)\b)[a-z][\w-]*[ \t]+"
)
_ROLE_WORDS = rf"(?:{_ROLE_WORD}){{0,3}}"
_AUX = r"(?:(?:has|have|had|would|will|also|later|then|again|once|\w+ly)\s+){0,2}(?<![\w'’-])"
_APPOSITIVE = r"(?P<app>(?:,[ \t]*[^,\"“”\n]{1,90}){1,2},)?,?\s*"
# Lower-case words between a quote and its attribution, no speech verb, no name ("..." by
# refusing to hand them over, she said).
# It opens with a preposition, a participle or a subordinator, never a determiner or a
# subject: "the crowd chanted, Ruiz said" is the crowd's words reported by Ruiz.
_ADJUNCT_START = (
    r"(?:in|by|at|on|during|after|before|while|as|when|with|without|from|to|for|under|"
    r"over|outside|inside|near|amid|despite|through|via|[a-z]+ing)"
)
_ADJUNCT = (
    rf"(?:{_ADJUNCT_START}[ \t]+(?:(?!{_SPEECH}\b)[a-z][\w'’-]*[ \t]+){{0,10}}?"
    rf"(?!{_SPEECH}\b)[a-z][\w'’-]*|(?!{_SPEECH}\b){_ADJUNCT_START}),[ \t]*"
)
_AFTER = re.compile(
    rf"['’]?[\s,]*(?:(?P<who>{_PRONOUN}|{_DNP}|{_PNAME}|{_ROLE_WORDS}{_NAME}"
    rf"|{_NAME}[ \t]+(?:{_ROLE_WORD}){{1,3}}{_NAME}|[a-z]+)"
    rf"{_APPOSITIVE}{_AUX}{_SPEECH}\b"
    rf"|{_SPEECH}\s+(?:(?P<who2>{_DET}[ \t]+(?:{_WORD}[ \t]+){{0,4}}{_WORD})"
    rf"|(?:[a-z.]+\s+){{0,3}}?(?P<who3>{_NAME})))"
    rf"|['’]?[\s,]*[Aa]ccording\s+to\s+(?P<who4>{_DNP}|{_NAME})"
    rf"|['’]?[\s,]*(?:{_PRONOUN}|{_DNP}|{_NAME})[ \t]+{_AUX}quoted[ \t]+"
    rf"(?P<who6>{_DNP}|{_NAME})[ \t]+as[ \t]+saying\b"
    rf"|['’]?[ \t]+{_ADJUNCT}(?P<who5>{_PRONOUN}|{_NAME})[ \t]+{_AUX}{_SPEECH}\b"
)
_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<who>{_PRONOUN}|{_DNP}|{_NAME}){_APPOSITIVE}{_AUX}{_SPEECH}\b"
)
# The attribution closing the sentence before a quote: "..., he said. "...""
_SAID_BEFORE = re.compile(
    rf"(?:,\s*|^)(?P<who>{_PRONOUN}|{_DNP}|{_NAME})\s+{_AUX}{_SPEECH}(?:\s+\w+ly)?[.:]\s*$"
)
# "what X called "..."", "X has termed it "..."": a phrase X gave the thing.
_CALLED = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<who>{_PRONOUN}|{_DNP}|{_NAME})[ \t]+{_AUX}"
    rf"(?:called|calls|termed|terms|dubbed|dubs|described[ \t]+(?:it[ \t]+)?as)[ \t]*$"
)
# "X quoted Ruiz as saying": the speaker is Ruiz, not X.
_QUOTED_AS = re.compile(rf"\bquoted\s+(?P<who>{_DNP}|{_NAME})\s+as\s+saying\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_DNP}|{_NAME})\b")
# A subject's speech verb followed by a pronoun reports the subject's own words, so the
# pronoun says the subject's sex.
_SAID_PRONOUN = re.compile(
    rf"(?:,[^,\n]{{1,60}},)?\s+{_AUX}(?:said|says|told\s+\w+)(?:\s+\w+day)?\s+(he|she)\b"
)
# "Ruiz, who said", "Stipe Dorotic, a 38-year electrician from eastern Croatia, who
# attended the ceremony said": the person before the appositive, never its place
_WHO_CLAUSE = re.compile(
    rf"(?P<who>{_NAME})(?:,[ \t]*(?:a|an|the|\d+)[ \t,][^,\"“”\n]{{0,90}})?,\s+who\b"
)
_NAME_RX = re.compile(_NAME)
# Someone else's words reported between a speech verb and the quote: "..., rejecting Dunn's
# claim that "..."", "said Dunn had called the offer "..."".
_NOT_NAME = "|".join(w.capitalize() for w in sorted(_DAYS_MONTHS | {"i"}))
_REPORTED = re.compile(
    rf"(?:\b[{UPPER}][\w'’.-]*['’]s?|(?<![\w'’-])(?!(?:{_NOT_NAME})\b){_NAME}"
    rf"|\b(?:he|she|they|his|her|their))"
    rf"[ \t]+(?:(?!(?:in|a|an|the|on|at|to|with|for|by|of)\b)[\w'’-]+[ \t]+){{0,2}}?"
    rf"(?:claims?|called|calls|call|statement|remarks?|assertion|charges?|words|comments?|"
    rf"accusations?|description|{_SPEECH})\b"
)
_PREP_WORDS = "in|on|at|by|for|from|of|to|with|into|about|over|under|near|than|against|since"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|by|for|from|of|to|with|into|about|over|under|near|than|against|since)\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(rf"[.!?][\"”']?\s+(?=[\"“`{UPPER}])")
# ", a university student", ", 24, the publisher of ...": a role given in apposition
_ROLE_AFTER = re.compile(r",\s+(?:\d+,\s+)?(?:(?:a|an|the)\s+)?([a-z][^,.;\n]{2,80})")
# A role in apposition or an affiliation that says the name is a person's: ", 34, a
# farmer", ", the mayor", " of the Communist Party"
_APPOSED = re.compile(rf",\s+(?:\d+,|(?:a|an|the|one)\s+\w)|\s+of\s+(?:the\s+)?[{UPPER}]")
_SPELLED_OUT = re.compile(
    rf"[{UPPER}][\w'-]*(?:[ \t]+(?:(?:of|in|for|the|and)[ \t]+)*[{UPPER}][\w'-]*)+"
)
_MARK = re.compile(r"[\"“”„«»]|(?<!`)`(?!`)")
# Single quote marks, read as quotes only in an article that uses no other kind (British
# and some wire styles); elsewhere they are apostrophes and quotes inside quotes.
_MARK_SINGLE = re.compile(r"[‘’']")


def _marks(text: str) -> re.Pattern[str]:
    """The quote marks an article uses."""
    return _MARK if _MARK.search(text) else _MARK_SINGLE


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One quote as merged across outlets (cleaned offsets; the API turns it into
    :class:`newsbrief.model.Quote`)."""

    speaker: str
    text: str
    sources: tuple[Support, ...]


def speaker_key(name: str) -> str:
    """``Abu Bakr al-Baghdadi``, ``al-Baghdadi`` and ``Baghdadi`` are one speaker; a role
    ("a police spokesman", "the spokesman") is keyed by its last word."""
    words = name.split(",")[0].split()
    last = words[-1].strip(".,'’").lower() if words else ""
    last = re.sub(r"['’]s$", "", last)
    return re.sub(r"^[a-z]{1,3}-", "", last)


def _tokens(name: str) -> list[str]:
    return [t for t in (speaker_key(w) for w in name.split()) if t]


# -- quote marks -----------------------------------------------------------------------------


def _paragraph_breaks(text: str) -> list[int]:
    """Positions where a paragraph ends: blank lines where the text has them, else lines."""
    rx = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    return [m.start() for m in re.finditer(rx, text)] + [len(text)]


def _mark_kind(text: str, i: int) -> tuple[bool, bool, bool]:
    """(opens, closes, touches a word on its right) for the quote mark at ``i``."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    touches_left = not prev.isspace() and prev not in "([{—–-/"
    touches_right = not nxt.isspace()
    if mark in "“„«":
        return True, mark == "“", touches_right
    if mark in "”»":
        return False, True, touches_right
    if mark in "‘’'":  # an apostrophe touches letters on both sides ("don't", "'90s")
        opens = mark != "’" and not touches_left and nxt.isalpha()
        return opens or mark == "‘", touches_left and not nxt.isalnum(), touches_right
    return touches_right and not touches_left, touches_left, touches_right


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch's inside.

    A mark opens when it follows a space or an opening bracket and touches a word on its
    right, and closes when it touches a word on its left; one that touches words on both
    sides closes an open quote or else opens one. A quote still open at a paragraph's end
    stops there (``closed`` False): wire copy reopens a long quote on each paragraph.
    Guillemets and German low-high marks (``„...“``: there “ closes) pair the same way. A
    quote opening inside an open one is nested when two closing marks follow in the
    paragraph (``"... called it "a gift" and left," she said``); else the open one lacked
    its closing mark and ends there.
    """
    breaks = _paragraph_breaks(text)
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    opener = ""
    marks = [m.start() for m in _marks(text).finditer(text)]
    b = 0
    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        mark = text[i]
        if open_at is not None:
            while breaks[b] < open_at:
                b += 1
            if breaks[b] < i:  # the paragraph ended with the quote still open
                out.append((open_at, breaks[b], False))
                open_at = None
        if mark == "`":
            nxt = text[i + 1] if i + 1 < len(text) else "\n"
            if open_at is None and nxt.isalnum():
                open_at, opener = i + 1, mark
            continue
        opens, closes, touches_right = _mark_kind(text, i)
        if opener == "„" and mark == "“":
            opens, closes = False, True
        if open_at is None:
            if opens or (closes and touches_right):
                open_at, opener = i + 1, mark
            continue
        if mark == "“" and opener != "„":
            closes = False
        if closes:
            out.append((open_at, i, True))
            open_at = None
        elif opens:
            para_end = breaks[b]
            ahead = [j for j in marks[k : k + 2] if j < para_end]
            if len(ahead) == 2 and all(
                _mark_kind(text, j)[1] and not _mark_kind(text, j)[0] for j in ahead
            ):
                k += 1  # a nested quote: its closing mark is skipped, the outer goes on
                continue
            out.append((open_at, i, False))  # the open quote lacked its closing mark
            open_at, opener = i + 1, mark
    if open_at is not None:
        end = next(x for x in breaks if x >= open_at)
        out.append((open_at, end, False))
    return [(s, e, c) for s, e, c in out if e > s]


# -- people mentioned in an article ----------------------------------------------------------

# Capitalised words that are titles, not names (a closed class, as the role words were).
_TITLES = frozenset(
    """
    president vice prime minister premier foreign deputy acting former chief secretary
    judge justice gen general col colonel lt lieutenant sgt sergeant capt captain maj major
    adm admiral cmdr commander mr mrs ms miss dr prof professor rev reverend sen senator rep
    gov governor mayor king queen prince princess sheik sheikh ayatollah grand archbishop
    bishop cardinal pope father sister brother ambassador envoy gen. chairman chairwoman
    speaker attorney agent detective officer inspector candidate lawmaker sir lord lady
    dame madam imam rabbi cleric chancellor
    """.split()
) | frozenset("outgoing interim onetime erstwhile".split())
# Words before a title that say its holder no longer, or not yet fully, holds it ("former
# Premier Tansu Ciller"): a title is shown with them or not at all.
_QUALIFIED = re.compile(r"\b(?:former|acting|outgoing|interim|onetime|erstwhile)[ \t]+$|\bthen-$")


@dataclass(slots=True)
class _Person:
    """Someone the article names: every form it uses and the titles or roles given."""

    full: str  # the fullest form seen (titles included)
    roles: set[str] = field(default_factory=set)
    sex: str | None = None


@dataclass(slots=True)
class _Mention:
    pos: int
    person: _Person | None  # None: a role phrase ("a diplomat") or a pronoun
    label: str
    speaker: bool = False  # the subject of a speech verb
    subject: bool = False  # followed by a verb ("Reed spoke later")


def _strip_name(name: str) -> str:
    """A name match without the function words and dates a capital let in, and without
    what a sentence end or a possessive put before it."""
    words = name.split()
    for k, w in enumerate(words[:-1]):  # "Yugoslavia. Arbour": a sentence ended
        if w.endswith(".") and len(w.rstrip(".")) > 3 and "." not in w.rstrip("."):
            words = words[k + 1 :]
            break
    for k, w in enumerate(words[:-1]):  # "Turkey's Prime Minister ..."
        if re.search(r"['’]s$", w):
            words = words[k + 1 :]
            break
    while words and (
        words[0].lower().strip(".,") in _FUNCTION or words[0].lower().strip(".,") in _DAYS_MONTHS
    ):
        words = words[1:]
    while words and words[-1].lower().strip(".,") in _DAYS_MONTHS:
        words = words[:-1]
    if words and words[-1].endswith("."):  # "John Smith." ended a sentence; "W.", "Jr." stay
        core = words[-1].rstrip(".")
        if len(core) > 1 and "." not in core and core.lower() not in _ABBREVIATED:
            words[-1] = core
    return " ".join(words).rstrip(",") if words else ""


def _is_body(name: str) -> bool:
    toks = _tokens(name)
    return bool(toks) and toks[-1] in _BODY_WORDS


def _sex_of(name: str) -> str | None:
    first = speaker_key(name.split()[0]) if name.split() else ""
    if first in _FEMALE_TITLES:
        return "f"
    if first in _MALE_TITLES:
        return "m"
    return None


def _noun_phrase(phrase: str) -> str:
    """A determiner phrase up to a preposition, a relative or a participle."""
    return re.split(
        r"[ \t](?:of|for|at|in|on|with|who|which|that|to|from|whose|and|[a-z]+ed|[a-z]+ing)\b",
        phrase,
    )[0]


def _head(phrase: str) -> str:
    """The head noun of a role phrase: "research head of the commission" -> "head"."""
    cut = re.split(r"\s(?:of|for|at|in|on|with|who|which|that|to|from|whose|and)\s", phrase + " ")
    words = _tokens(cut[0])
    return words[-1] if words else ""


def _plural(phrase: str) -> bool:
    """A noun phrase whose head is plural ("the hostage releases", "officials")."""
    words = phrase.split()
    if not words or (words[0][:1].isupper() and len(words) == 1):
        return False
    head = words[-1].lower()
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _titled(name: str) -> bool:
    words = [w.lower().rstrip(".") for w in name.split()]
    return len(words) > 1 and words[0] in _TITLES


# A title and "of" right before a name: "Secretary of State Madeleine Albright".
_OFFICE_OF = re.compile(rf"\b([{UPPER}][a-z]+)\s+of\s+(?:the\s+)?$")

_SPEAKER_SCAN = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<who>{_PRONOUN}|{_DNP}|{_NAME}){_APPOSITIVE}{_AUX}{_SPEECH}\b"
)


class _People:
    """The people of one article, so a surname, a pronoun or "the president" can be read."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int, bool]],
        known: frozenset[str] = frozenset(),
        pronouns: bool = True,
    ) -> None:
        self.text = text
        self.pronouns = pronouns
        self.quoted = quoted
        self.starts = [s for s, _, _ in quoted]
        self.mentions: list[_Mention] = []
        self.positions: list[int] = []  # of the mentions, in order
        self.seen: set[tuple[int, bool]] = set()
        known_names = self.known = known
        self.people: dict[str, list[_Person]] = {}  # surname key -> people with it
        self.paragraphs = _paragraph_breaks(text)
        self.lower_words = frozenset(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))
        names = []
        for m in _NAME_RX.finditer(text):
            name = _strip_name(m.group())
            if not name or _is_body(name) or self.inside(m.start()):
                continue
            start = m.start() + m.group().find(name)
            office = _OFFICE_OF.search(text, max(0, start - 40), start)
            if office and office.group(1).lower() in _TITLES and len(name.split()) >= 3:
                # "Secretary of State Madeleine Albright": the word after the title's
                # "of" names the office, not the person
                first = name.split()[0]
                name, start = name[len(first) :].lstrip(), start + len(first) + 1
            names.append((start, name))
            qualifier = _QUALIFIED.search(text, max(0, start - 20), start)
            if qualifier and _titled(name):
                # "former Premier Tansu Ciller" is no premier: her title keeps its "former"
                self._add(text[qualifier.start() : start] + name)
            else:
                self._add(name)
        for start, name in names:
            end = start + len(name)
            before = text[max(0, start - 60) : start]
            after = text[end : end + 60]
            role_after = re.match(
                r",\s+(?:\d+,\s+)?(?:(?:a|an|the)\s+)?([a-z][^,.;\n]{2,80})", after
            )
            role_before = re.search(r"(?:^|\s)((?:[a-z][\w-]*\s+){1,3})$", before)
            if role_before and role_before.group(1).split()[-1] in _FUNCTION:
                role_before = None  # "Oakdale and Pine Hill": no role before the name
            subject = not re.search(r"['’]s?$", name) and bool(re.match(r"\s+[a-z]", after))
            subject = subject and not re.match(
                r"\s+(?:and|or|of|in|on|at|to|for|from|with|by|is|was)\b", after
            )
            # after a preposition, or after "the" without a title ("the Red Cross"), a
            # name is a place or a body, not a person ("the Rev. Al Cole" is one)
            after_prep = bool(_PREPOSITION_BEFORE.search(before)) or bool(
                re.search(r"\b[Tt]he\s+$", before) and not _titled(name)
            )
            toks = _tokens(name)
            # a surname alone is someone the article or another outlet names in full
            is_known = (
                len(name.split()) == 1
                and bool(toks)
                and (
                    toks[-1] in known_names
                    or any(len(p.full.split()) >= 2 for p in self.people.get(toks[-1], []))
                )
            )
            initial = not text[:start].strip() or bool(
                re.search(r"(?:[.!?:][\"”']?\s+|\n\s*|[\"“]\s*)$", before)
            )
            if (
                len(name.split()) == 1
                and not is_known
                and (self.common(name) or (initial and after.startswith(",")))
            ):
                continue  # "First, ...", "Indeed, ...": a common word with a capital
            if after_prep or not (
                is_known
                or _titled(name)
                or role_after
                or (len(name.split()) >= 2 and (subject or role_before))
            ):
                continue
            person = self._add(name)
            if role_after:
                person.roles.add(_head(role_after.group(1)))
            if role_before:
                person.roles.add(_head(role_before.group(1)))
            self.mentions.append(_Mention(start, person, name, subject=subject))
        self.mentions.sort(key=lambda x: x.pos)
        self.positions = [m.pos for m in self.mentions]
        self.seen = {(m.pos, m.speaker) for m in self.mentions}
        for x in self.mentions:  # "Petra Gonzalez, 78, said she was": her own words
            said = _SAID_PRONOUN.match(text, x.pos + len(x.label))
            if x.person is not None and x.person.sex is None and said:
                x.person.sex = "f" if said.group(1).lower() == "she" else "m"
        for m in _SPEAKER_SCAN.finditer(text):
            if self.inside(m.start()):
                continue
            who, app = m.group("who"), m.group("app")
            if _PREPOSITION_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            self.subject(who, m.start("who"), app)
        self.mentions.sort(key=lambda x: x.pos)
        self.positions = [m.pos for m in self.mentions]
        self.seen = {(m.pos, m.speaker) for m in self.mentions}

    def surnames(self) -> set[str]:
        """Surnames of the people this article names in full (a title or two names)."""
        mentioned = {id(m.person) for m in self.mentions if m.person is not None}
        return {
            key
            for key, people in self.people.items()
            for p in people
            if id(p) in mentioned and len(_tokens(p.full)) >= 2
        }

    def inside(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.quoted[k][1]

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph holding ``pos``."""
        return min(bisect_left(self.paragraphs, pos), len(self.paragraphs) - 1)

    def _add(self, name: str) -> _Person:
        name = re.sub(r"['’]s$|(?<=s)['’]$", "", name)  # "Dan Reed's team": Dan Reed
        toks = _tokens(name)
        key = toks[-1] if toks else name.lower()
        own, sex = set(toks) - _TITLES, _sex_of(name)
        for p in self.people.get(key, []):
            ptoks = set(_tokens(p.full))
            if sex is not None and p.sex not in (None, sex):
                continue  # "Mr. Ciller" is not the "Mrs. Ciller" named before
            if own <= ptoks or ptoks - _TITLES <= set(toks):
                if len(name.split()) > len(p.full.split()):
                    p.full = name
                p.roles.update(toks[:-1])
                p.sex = p.sex or _sex_of(name)
                return p
        person = _Person(name, set(toks[:-1]), _sex_of(name))
        self.people.setdefault(key, []).append(person)
        return person

    def _mention(self, m: _Mention) -> None:
        if (m.pos, m.speaker) not in self.seen:
            self.seen.add((m.pos, m.speaker))
            k = bisect_right(self.positions, m.pos)
            self.positions.insert(k, m.pos)
            self.mentions.insert(k, m)

    def subject(self, raw: str, pos: int, app: str | None = None) -> _Mention | None:
        """Record the subject of a speech verb at ``pos``; what it stands for."""
        raw = raw.strip()
        if re.fullmatch(_PRONOUN, raw):
            m = _Mention(pos, None, raw, True)
            self._mention(m)
            return m
        if re.fullmatch(_DET, raw.split()[0]) and app:
            for piece in app.strip(" ,").split(","):
                piece = _strip_name(piece.strip())
                if piece and _NAME_RX.fullmatch(piece) and not _is_body(piece):
                    raw = piece  # "An ANC spokesman, Thabo Masebe, said"
                    break
        if re.fullmatch(_DET, raw.split()[0]):
            rel = re.search(r"[ \t](?:that|which|whom|who)[ \t]+(\S.*)$", raw)
            if rel:
                # "a decision that Albright said was appropriate": the verb's subject
                # is the relative clause's own, not the noun phrase it describes
                rest = rel.group(1)
                if re.fullmatch(_PRONOUN, rest) or _NAME_RX.fullmatch(rest):
                    return self.subject(rest, pos + rel.start(1), None)
                return None
            raw = _noun_phrase(raw)
            if raw.split()[-1].lower() in _FUNCTION:
                return None  # "a decision or say when": no noun phrase, no one
            person = None
            if raw.split()[0].lower() in ("the", "this", "that"):
                person = self.role(raw, pos)
            last = raw.split()[-1]
            if last.isupper() and len(last) > 1:  # "the NCRI": spelled out where defined
                raw = raw[: -len(last)] + self.acronym(last)
            m = _Mention(pos, person, raw, True)
            self._mention(m)
            return m
        if raw[0].islower() and not _NAME_RX.fullmatch(raw) and not re.fullmatch(_PNAME, raw):
            return None
        name = _strip_name(raw)
        if not name or speaker_key(name) in _DAYS_MONTHS or re.search(r"['’]s$", name):
            return None  # a possessor ("Ruiz's lawyer said") is not who spoke
        if " " not in name and self.common(name):
            # "Prosecutors have said": a plural noun with a capital is a role
            if name.endswith("s") and name.lower() not in _FUNCTION:
                m = _Mention(pos, None, name.lower(), True)
                self._mention(m)
                return m
            return None  # "Men said", "First, ... said": a word the article writes in lower case
        if _is_body(name) or (name.isupper() and len(name) > 1):
            m = _Mention(pos, None, self.acronym(name), True)
            self._mention(m)
            return m
        m = _Mention(pos, self.named(name, pos), name, True)
        self._mention(m)
        return m

    def common(self, word: str) -> bool:
        """Whether the article also writes the word in lower case (a common word)."""
        return word.lower() in self.lower_words

    def acronym(self, name: str) -> str:
        """An acronym the article spells out earlier ("NCRI": "National Council of
        Resistance in Iran") as spelled out."""
        if not (name.isupper() and 2 <= len(name) <= 6):
            return name
        for m in _SPELLED_OUT.finditer(self.text):
            if "".join(w[0] for w in m.group().split() if w[0].isupper()) == name:
                return m.group()
        return name

    def named(self, name: str, pos: int) -> _Person:
        """The person a name in an attribution stands for: the fullest consistent form;
        where two people share the surname, the one last named before ``pos``."""
        toks = _tokens(name)
        key = toks[-1] if toks else ""
        # "Mrs. Ciller said" after "Tansu Ciller": a title the attribution adds is no
        # other person (a title of the other sex is: "Mr. Ciller" is not Tansu Ciller)
        own = set(toks) - _TITLES
        sex = _sex_of(name)
        found = [
            p
            for p in self.people.get(key, [])
            if own <= set(_tokens(p.full)) and (sex is None or p.sex in (None, sex))
        ]
        if len(toks) == 1 and all(len(_tokens(p.full)) < 2 for p in found):
            # "said Arya" after "Arya Shafai": a first name alone, when one person named
            # in full has it, is that person (shown by the fullest name)
            given = [
                p
                for people in self.people.values()
                for p in people
                if len(_given(p.full)) >= 1
                and _given(p.full)[0] == toks[0]
                and len(_tokens(p.full)) >= 2
            ]
            if len(given) == 1:
                found = given
        if len(found) > 1:
            ids = {id(p) for p in found}
            last = next(
                (
                    self.mentions[k].person
                    for k in range(bisect_left(self.positions, pos) - 1, -1, -1)
                    if id(self.mentions[k].person) in ids
                ),
                None,
            )
            found = [last] if last is not None else found[:1]
        return found[0] if found else self._add(name)

    def resolve(self, m: _Mention, depth: int = 0) -> tuple[_Person | None, str] | None:
        if m.person is not None or not re.fullmatch(_PRONOUN, m.label):
            return m.person, m.label
        if depth > 8:
            return None
        return self.pronoun(m.label, m.pos, depth + 1)

    def pronoun(self, word: str, pos: int, depth: int = 0) -> tuple[_Person | None, str] | None:
        """Who "he" or "she" at ``pos`` is: the last speaker named in this paragraph or
        the one before, else the last person named (of the pronoun's sex where known)."""
        if not self.pronouns:
            return None
        sex = "f" if word.lower() == "she" else "m"
        para = self.paragraph(pos)
        window = self.paragraphs[para - 2] if para >= 2 else 0
        far = self.paragraphs[para - PRONOUN_REACH] if para >= PRONOUN_REACH else 0
        before = self.mentions
        end = bisect_left(self.positions, pos)
        for speakers_only in (True, False):
            for k in range(end - 1, -1, -1):
                m = before[k]
                if m.pos < (window if speakers_only else far):
                    break  # mentions are in text order: all the rest are further back
                if speakers_only and not m.speaker:
                    continue
                if not speakers_only:
                    verdict = self.could_be(m, sex, window, end)
                    if verdict is None:
                        return None  # the nearest person may be meant, and is unsure
                    if not verdict:
                        continue
                got = self.resolve(m, depth)
                if got is None:
                    continue
                person = got[0]
                if person is None and _plural(got[1]):
                    continue  # "he" is one person: never "the hostage releases"
                if person is not None and person.sex not in (None, sex):
                    continue
                if person is not None and person.sex == sex:
                    # two people of this pronoun named since the last speaker: either
                    # could be meant ("Mrs. Ruiz and Ms. Lopez met ... she said")
                    for j in range(end - 1, -1, -1):
                        x = before[j]
                        other = x.person
                        if other is not None and other is not person and other.sex == sex:
                            return None
                        if x.speaker:
                            break
                if person is not None and person.sex is None:
                    # the sex is not known (a pronoun never sets it): another person who
                    # could be meant, the subject of a sentence since, leaves it open
                    others = {
                        id(x.person)
                        for x in before[k + 1 : end]
                        if x.person is not None
                        and x.person is not person
                        and (
                            ((x.subject or x.speaker) and x.person.sex is None)
                            or x.person.sex == sex
                        )
                    }
                    if others:
                        return None
                return got
        return None

    def marked(self, sex: str, far: int, end: int) -> bool:
        """Whether someone the article marks as of this sex is named in reach."""
        return any(
            x.person is not None and x.person.sex == sex
            for x in self.mentions[bisect_left(self.positions, far) : end]
        )

    def could_be(self, m: _Mention, sex: str, near: int, end: int) -> bool | None:
        """Whether a person named (not as a speaker) is the "he" or "she" read back to
        (None: unsure, and nearer than anyone else, so no one is): one the article marks
        as of that sex ("Ms.", "Mr.", "... said she"); else, when no one so marked is
        named in this paragraph or the one before, a person
        named in full (here or by another outlet) as a subject, with a title, a role or
        an affiliation at that mention; never a dateline in capitals, a plural or a word
        the article also writes in lower case ("Dayton Accords", "Republican")."""
        person = m.person
        if person is None:
            return False
        if person.sex is not None:
            return person.sex == sex
        if self.marked(sex, near, end):
            return False  # "she" with a "Ms. Lopez" just named is not Bill Hart
        words = person.full.split()
        stem = words[-1][:-1].lower() if words[-1].endswith("s") else ""
        plausible = (
            (len(_tokens(person.full)) >= 2 or speaker_key(person.full) in self.known)
            and not (len(stem) > 2 and re.search(rf"\b{re.escape(stem)}\b", self.text, re.I))
            and not any(w.isupper() and len(w) > 1 for w in words)
            and not self.common(words[-1])
            and (
                m.subject
                or _titled(m.label)
                or bool(_APPOSED.match(self.text, m.pos + len(m.label)))
            )
        )
        return True if plausible else None

    def role(self, phrase: str, pos: int) -> _Person | None:
        """The person "the president" stands for: someone named earlier with that title."""
        head = speaker_key(phrase)
        for k in range(bisect_left(self.positions, pos) - 1, -1, -1):
            person = self.mentions[k].person
            if person is not None and head in person.roles:
                return person
        return None


# -- attribution ---------------------------------------------------------------------------


def _quiet(gap: str) -> bool:
    """Whether text between two quotes names no one and holds no speech verb, so the
    second can only be the first speaker going on ("who said", "he said": no one new)."""
    for m in re.finditer(rf"\b{_SPEECH}\b", gap):
        if not re.search(rf"\b(?:who|he|she)\s+{_AUX}$", gap[: m.start()]):
            return False
    for m in _NAME_RX.finditer(gap):
        name = _strip_name(m.group())
        if not name or name.lower() in _FUNCTION:
            continue
        before = gap[: m.start() + m.group().find(name)]
        # a place or a body after a preposition or a determiner, or the one told, is
        # no one who speaks next ("told The Associated Press", "at the University of")
        if not re.search(rf"\b(?:{_PREP_WORDS}|the|a|an|{_SPEECH})\s+$", before, re.IGNORECASE):
            return False
    return True


def _ends_sentence(text: str, start: int, end: int, close_at: int) -> bool:
    """A quote closed by a full stop, with a capital after its mark, ended its sentence:
    what follows is the next sentence ("... babies." A longtime patient who asked ...
    said that ...), not its attribution (written '"...," she said')."""
    inside = text[start:end].rstrip(" '’`")
    return inside.endswith(".") and bool(re.match(rf"[\s'’]*[{UPPER}]", text[close_at:]))


# Finite verbs of a closed class that open a predicate ("will head", "does not accept").
_AUXILIARY = frozenset(
    """
    is are was were will would can could shall should may might must has have had does do did
    """.split()
)
# Verbs after which a name is the one told or named, not a subject: 'told CNN "..."'.
_NAMING = re.compile(
    rf"\b(?:{_SPEECH}|called|calls|named|dubbed|termed|labeled|labelled|branded)[ \t]+$"
)
# Subject pronouns taken as the speaker's own: 'Ruiz said he "could support it"'.
_OWN = frozenset({"he", "she", "i", "we", "who"})


def _subject_outside(text: str, start: int, floor: int) -> str | None:
    """The subject standing right before a quote that opens on its predicate, or None
    when the quote opens its own clause or a phrase ("a disaster", "to go").

    ``Mubarak "will head to Syria," Moussa said`` is Moussa's report of what Mubarak
    will do; shown alone as Moussa's words it reads as Moussa going. A quote opening in
    lower case on a content word right after a name (not one told or named: 'told CNN
    "..."'), or on an auxiliary right after a noun or "they", "it", "which", continues
    a clause whose subject is outside the marks."""
    first = re.match(r"[a-z][\w'’-]*", text[start:])
    if first is None or first.group() in _FUNCTION:
        return None
    head = text[floor:start].rstrip("`\"“„«‘'")
    word = re.search(rf"([a-z{UPPER}][\w'’.-]*)[ \t]+$", head)
    if word is None:
        return None  # a comma, a colon or a full stop: the quote opens its own clause
    low = word.group(1).lower()
    if word.group(1)[0].isupper() and low not in _FUNCTION:
        name = re.search(rf"({_NAME})[ \t]+$", head)
        if (
            name is None
            or re.search(r"['’]s?$", word.group(1))
            or low.strip(".") in _DAYS_MONTHS
            or _NAMING.search(head[: name.start()])
        ):
            return None
        return _strip_name(name.group(1)) or None
    if first.group() not in _AUXILIARY or low in _OWN:
        return None
    if low in _FUNCTION and low not in ("they", "it", "which"):
        return None
    return word.group(1)


# Where the clause a partial quote goes on from begins: a speech verb, a subordinator or a
# finite verb form (closed classes), the subject stands after it ("said the Port Council",
# "because they", "hoped that the beatification"). Prepositions that also subordinate
# ("after", "since", "as") are left out: they sit inside noun phrases ("the talks after
# the summit").
_CLAUSE_OPENER = re.compile(
    rf"\b(?:{_SPEECH}|saying|adding|telling|warning|stressing|insisting|noting|arguing|"
    r"(?i:that|because|although|though|while|if|unless|whether|when|where|but)|"
    r"is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|shall|"
    r"should|can|could|may|might|must)\b"
)
# A clause boundary in punctuation: a comma, a colon, a semicolon, a bracket, a dash.
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s[-_]{1,2}\s")
# Relative pronouns: their clause's subject is a noun phrase further back, not shown alone.
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})


def _subject_start(text: str, mark: int, floor: int) -> int | None:
    """Where the subject of a partial quote begins, the quote's opening mark at ``mark``:
    after the last clause boundary of its sentence (a punctuation mark, a quote mark, a
    speech verb, a subordinator, a finite verb form), so ``Mubarak "will head ..."``
    shows "Mubarak" and ``said the union's newly hard position "is ..."`` shows "the
    union's newly hard position". None when nothing stands there or only a relative
    pronoun does ("which "is ..."": its noun phrase is further back)."""
    s = _sentence_start(text, mark, max(floor, mark - BEFORE_WINDOW))
    head = text[s:mark]
    cut = 0
    for rx in (_CLAUSE_OPENER, _CLAUSE_MARK, _marks(text)):
        for m in rx.finditer(head):
            cut = max(cut, m.end())
    lead = head[cut:]
    words = lead.split()
    if not words or words[0].lower() in _RELATIVE or not words[0][0].isalnum():
        return None
    return s + cut + (len(lead) - len(lead.lstrip()))


def _sentence_start(text: str, pos: int, floor: int) -> int:
    cut = [x.end() for x in _SENTENCE_END.finditer(text, floor, min(len(text), pos + 1))]
    return cut[-1] if cut else floor


def _who(raw: str, pos: int, people: _People, app: str | None = None) -> tuple[str, str] | None:
    """(shown speaker, identity key) for the subject of an attribution, or None."""
    raw = raw.strip()
    if re.fullmatch(_DET, raw.strip(" ,.:;")):
        return None  # "The, said": a determiner alone is no one
    if re.search(r"['’]s$", raw):
        return None  # "according to John Ruiz's lawyer": a possessor, not the speaker
    if (
        raw[0].islower()
        and " " not in raw
        and not re.fullmatch(_PRONOUN, raw)
        and not _NAME_RX.fullmatch(raw)
    ):
        # "officials said", "prosecutors said": a bare plural is a role
        if raw.lower() in _FUNCTION or not raw.endswith("s"):
            return None
        return raw, speaker_key(raw)
    m = people.subject(raw, pos, app)
    if m is None:
        return None
    got = people.resolve(m)
    if got is None:
        return None
    person, label = got
    if person is not None:
        return person.full, speaker_key(person.full)
    return label, speaker_key(label)


_AFFILIATED = re.compile(
    rf"(?P<aff>{_NAME})[ \t]+(?P<role>(?:{_ROLE_WORD}){{1,3}})(?P<name>{_NAME})"
)


def _holder(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of the person in "Defense Ministry spokesman Avi Benayahu" at ``pos``:
    a body or a person, role words, then a name is the last name's holder speaking for
    the first, never the body ("said Ruiz late Monday": a time, no one)."""
    m = _AFFILIATED.match(text, pos, limit)
    if m is None:
        return None
    if any(
        w in _FUNCTION or w in _DAYS_MONTHS or w in _VERB_FORMS or len(w) < 3 or w.endswith("ly")
        for w in m.group("role").split()
    ):
        return None  # "Demosthenes Madureiro do Pinho": one name, no role in it
    words = m.group("name").split()
    if words[0].lower().strip(".,") in _DAYS_MONTHS | _FUNCTION:
        return None
    name = _strip_name(m.group("name"))
    return (m.start("name"), m.start("name") + len(name)) if name else None


def _after(text: str, end: int, limit: int) -> tuple[str, int, int, str | None] | None:
    """The attribution right after a closing mark: (subject, its offset, match end,
    appositive)."""
    m = _AFTER.match(text, end, min(end + AFTER_WINDOW, limit))
    if m is None:
        return None
    for g in ("who", "who2", "who3", "who4", "who5", "who6"):
        if m.group(g):
            who = m.group(g)
            if g == "who2" or (g == "who4" and re.match(_DET + r"\s", who)):
                # "said a union statement issued on ...": the noun phrase only
                who = _noun_phrase(who)
                return who, m.start(g), m.start(g) + len(who), None
            start = m.start(g)
            if g in ("who", "who3"):
                held = _holder(text, start, m.end(g) if g == "who" else limit)
                if held is not None:
                    # "said Defense Ministry spokesman Avi Benayahu": the spokesman
                    who = text[held[0] : held[1]]
                    end_at = m.end() if g == "who" else held[1]
                    return who, held[0], end_at, m.group("app") if g == "who" else None
            if g == "who3":
                named = re.match(rf",[ \t]*(?P<n>{_NAME})", text[m.end(g) : limit])
                last = _strip_name(who).split()[-1:] or [""]
                if named and last[0].lower().strip(".") in _TITLES:
                    # "explained Puerto Rico's Housing Secretary, Ana Carmen Alemany":
                    # the title's holder, named in apposition
                    at = m.end(g) + named.start("n")
                    return named.group("n"), at, at + len(named.group("n")), None
            role = re.match(rf"(?:[a-z][\w-]*[ \t]+){{1,3}}(?=[{UPPER}])", who)
            particle = re.match(_PNAME, who)
            if role and not particle and who.split()[0] not in _FUNCTION:
                # "defense lawyer John Smith"
                who, start = who[role.end() :], start + role.end()
            return who, start, m.end(), m.group("app")
    return None


# A relative clause's verb right before a noun phrase: "who attended the ceremony" (the
# noun phrase is its object, never the subject of a speech verb after it).
_IN_RELATIVE = re.compile(r"\bwho[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3}$")


def _before(text: str, start: int, floor: int) -> tuple[str, int, str | None] | None:
    """The attribution earlier in the quote's sentence, or closing the sentence before it
    in the same paragraph: (subject, its offset, appositive)."""
    s = _sentence_start(text, start, max(floor, start - BEFORE_WINDOW))
    head = text[s:start].rstrip(" `\"“„«‘'")
    called = _CALLED.search(head)
    if called:
        # "what one friend called "a stubborn kind of courage"": the friend's phrase
        return called.group("who"), s + called.start("who"), None
    quoted_as = list(_QUOTED_AS.finditer(head))
    if quoted_as:
        q = quoted_as[-1]
        return q.group("who"), s + q.start("who"), None
    for m in reversed(list(_BEFORE.finditer(head))):
        who = m.group("who")
        if _PREPOSITION_BEFORE.search(head[: m.start("who")]):
            continue
        if who.split()[0].lower() == "who" or _IN_RELATIVE.search(head[: m.start("who")]):
            continue  # "who attended the ceremony said": the object of "who ...", no speaker
        if _REPORTED.search(head[m.end() :]):
            return None  # "Ruiz said Dunn had called the offer "..."": Dunn's words
        return who, s + m.start("who"), m.group("app")
    m2 = _WHO_CLAUSE.search(head)
    if m2 and re.search(rf"\bwho\b.*\b{_SPEECH}\b", head[m2.end("who") :]):
        return m2.group("who"), s + m2.start("who"), None
    acc = list(_ACCORDING.finditer(head))
    if acc:
        return acc[-1].group("who"), s + acc[-1].start("who"), None
    if not head.strip() and s > floor:
        prev = text[_sentence_start(text, s - 1, max(floor, s - 1 - BEFORE_WINDOW)) : s]
        m3 = _SAID_BEFORE.search(prev)
        if m3:
            return m3.group("who"), s - len(prev) + m3.start("who"), None
    return None


@dataclass(slots=True)
class _Utterance:
    speaker: str
    key: str
    parts: list[tuple[int, int]]
    para: int
    attribution_end: int  # where the attribution after the last part ends (0: none)
    mark_end: int  # just past the last part's closing mark
    open_end: bool  # the last part ran to its paragraph's end without a closing mark
    # indexes of parts that follow an attribution ("...," he said, adding, "..."): words
    # left out between them, shown as an ellipsis, never run together as one quote
    cut_before: set[int] = field(default_factory=set)
    # words about someone else's deed, their subject outside the marks: shown from where
    # that subject starts (``lead``), or not at all when it cannot be found
    hidden: bool = False
    lead: int | None = None


def _headline_end(article: Article) -> int:
    """End of a first line that is a headline (short, no sentence punctuation): quotes
    in it are a title's words, not something said."""
    text = article.text
    line_end = text.find("\n")
    if line_end < 0:
        return 0
    # a closing quote mark ends a headline too ("Ruiz says "the bridge will open""); a
    # sentence's punctuation before it does not ("...," she said." is a sentence)
    first = text[:line_end].strip().rstrip("\"”“'’»«")
    if first and len(first.split()) <= 20 and first[-1] not in ".!?,":
        return line_end
    return 0


# Words an all-caps article's reading keeps in lower case besides function words and
# speech verbs: verb forms, so no verb is read as part of a name ("RUIZ VISITED").
_VERB_FORMS = frozenset(
    """
    is are was were be been being am has have had having do does did will would shall
    should can could may might must
    """.split()
)


def _cased(text: str) -> str | None:
    """A reading of an article written all in capitals, as wire copy once was: function
    words, speech verbs and verb forms (``-ed``, ``-ing``) in lower case, every other word
    capitalised, offsets unchanged; None for an article in ordinary case."""
    upper = sum(c.isupper() for c in text)
    if upper < 40 or sum(c.islower() for c in text) * 20 > upper:
        return None

    def word(m: re.Match[str]) -> str:
        w = m.group()
        low = w.lower()
        keep_lower = (
            low in _FUNCTION
            or low in _VERB_FORMS
            or re.fullmatch(rf"{_SPEECH}|{_PARTICLES}|\w+(?:ly|ed|ing)", low) is not None
        )
        out = low if keep_lower else low[:1].upper() + low[1:]
        return out if len(out) == len(w) else w

    return re.sub(r"[^\W\d_][\w'’]*", word, text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,.;:":
        end -= 1
    return start, end


def article_quotes(
    article: Article, known: frozenset[str] = frozenset()
) -> list[tuple[str, str, tuple[Support, ...], str, bool]]:
    """(speaker, identity key, parts, joined text, shown with its subject) of each
    attributed quote of one article (cleaned offsets); ``known``: surnames the story's
    other articles name in full."""
    cased = _cased(article.text)
    text = cased if cased is not None else article.text
    spans = quote_spans(text)
    marks = _marks(text)
    # in capitals a common word cannot be told from a name, so "he" is never resolved
    people = _People(text, spans, known, pronouns=cased is None)
    breaks = _paragraph_breaks(text)
    skip_to = _headline_end(article)
    utterances: list[_Utterance] = []
    for start, end, closed in spans:
        if start < skip_to:
            continue
        para = people.paragraph(start)
        para_start = breaks[para - 1] if para > 0 else 0
        close_at = end + 1 if closed and end < len(text) else end
        after = (
            _after(text, close_at, breaks[para])
            if closed and not _ends_sentence(text, start, end, close_at)
            else None
        )
        last = utterances[-1] if utterances else None
        who: tuple[str, str] | None = None
        joined = reopened = False
        if last is not None and last.para == para and last.attribution_end:
            gap = text[last.attribution_end : start].strip(" .,:;`\"“„«‘'")
            if not gap or re.fullmatch(r"(?:and\s+)?(?:adding|continuing)[,:]?", gap):
                joined = True  # "...," he said, "..." : one quote split by its attribution
        if (
            not joined
            and last is not None
            and last.open_end
            and last.para == para - 1
            and not text[para_start:start].strip(" \n`\"“„«‘'")
        ):
            joined = reopened = True  # wire copy reopens a long quote on each paragraph
        if not joined and after is not None:
            who = _who(after[0], after[1], people, after[3])
        if not joined and who is None:
            b = _before(text, start - 1, para_start)
            if b is not None:
                who = _who(b[0], b[1], people, b[2])
        if who is None and not joined and last is not None:
            # the speaker going on: later in the same paragraph, or in a paragraph that
            # is only a quote right after theirs; never when someone else is named or a
            # speech verb stands in between or after it (an attribution not read)
            last_end = last.attribution_end or last.mark_end
            nxt = marks.search(text, close_at, breaks[para]) if closed else None
            trailing = text[close_at : nxt.start() if nxt else breaks[para]] if closed else ""
            if last.para == para:
                gap = text[last_end : start - 1]
                carry = not marks.search(gap) and len(gap) < 400 and _quiet(gap)
            else:
                rest = text[last_end : breaks[last.para]]
                carry = (
                    last.para == para - 1
                    and not text[para_start:start].strip(" \n`\"“„«‘'")
                    and not marks.search(rest)
                    and _quiet(rest)
                )
            if carry and _quiet(trailing):
                who = (last.speaker, last.key)
        s, e = _trim(text, start, end)
        if e <= s:
            continue
        if (
            joined
            and not reopened
            and last is not None
            and (last.hidden or last.lead is not None)
            and text[s].isupper()
        ):
            # "Mubarak "will head ...," Moussa said. "We hope ...": a sentence of Moussa's own
            joined, who = False, (last.speaker, last.key)
        if joined and last is not None:
            if not reopened:
                last.cut_before.add(len(last.parts))
            last.parts.append((s, e))
            last.open_end = not closed
            last.mark_end = close_at
            if after is not None:
                last.attribution_end = after[2]
            continue
        if who is None:
            continue
        subject = _subject_outside(text, s, para_start)
        about_other = subject is not None and speaker_key(subject) != who[1]
        # shown with its subject, the writer's words, so it reads as a report of another's deed
        lead = _subject_start(text, start - 1, para_start) if about_other else None
        utterances.append(
            _Utterance(
                who[0],
                who[1],
                [(s, e)],
                para,
                after[2] if after else 0,
                close_at,
                not closed,
                hidden=about_other and lead is None,
                lead=lead,
            )
        )
    out = []
    for u in utterances:
        if u.hidden:
            continue
        words = sum(len(text[a:b].split()) for a, b in u.parts)
        if words < MIN_WORDS:
            continue
        parts = tuple(Support(article.id, a, b, 1.0, article.text[a:b]) for a, b in u.parts)
        joined_text = "".join(
            ("" if k == 0 else " … " if k in u.cut_before else " ") + sp.text
            for k, sp in enumerate(parts)
        )
        if u.lead is not None:
            # 'Mubarak "will head ..."': the subject as written, the words in marks, the
            # first span from the subject on (offsets stay the article's)
            words_at, words_end = u.parts[0]
            subject = article.text[u.lead : words_at].rstrip(" \t\n`\"“„«‘'")
            joined_text = f"{subject} “{joined_text}”"
            span = article.text[u.lead : words_end]
            first = Support(article.id, u.lead, words_end, 1.0, span)
            parts = (first, *parts[1:])
        speaker = u.speaker
        if cased is not None:
            # the re-cased reading only finds names; its guesses at spelling ("Mccurry",
            # "Officials") are not shown: the speaker is given as the article writes it
            at = text.find(speaker)
            speaker = article.text[at : at + len(speaker)] if at >= 0 else speaker.upper()
        out.append((speaker, u.key, parts, joined_text, u.lead is not None))
    return out


_NEGATION = frozenset("not no never nor none nothing nobody neither without cannot n't".split())


def _words(quote: str) -> list[str]:
    lowered = quote.lower().replace("’", "'").replace("n't", " n't")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", lowered)


def _matched(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of a longest common word subsequence of ``a`` and ``b``."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _same_quote(a: list[str], b: list[str]) -> bool:
    """The same words: the longest common word subsequence covers ``MERGE_SIMILARITY`` of
    the shorter quote (an outlet's trim scores 1), and no negation inside the shared
    stretch is left unmatched ("will not open" is not "will open")."""
    if not a or not b:
        return False
    pairs = _matched(a, b)
    if len(pairs) / min(len(a), len(b)) < MERGE_SIMILARITY:
        return False
    for words, side in ((a, 0), (b, 1)):
        hit = {p[side] for p in pairs}
        lo, hi = min(hit), max(hit)
        if any(
            w in _NEGATION and k not in hit and not _correlative(words, k)
            for k, w in enumerate(words)
            if lo <= k <= hi
        ):
            return False
    return True


def _correlative(words: list[str], k: int) -> bool:
    """``words[k]`` opens "not only ... but also": no negation, so a wire version that
    leaves that stretch out ("is hard because ..." for "is hard not only because of
    the burns but also because ...") is the same quote, shortened."""
    return words[k] == "not" and k + 1 < len(words) and words[k + 1] == "only"


def _given(name: str) -> list[str]:
    """A speaker's words before the surname, titles and role words left out."""
    words = [w.strip(".,'’").lower() for w in name.split(",")[0].split()[:-1]]
    return [w for w in words if w and w not in _TITLES and w not in _FUNCTION]


def compatible(a: str, b: str, same_words: bool = False) -> bool:
    """Whether two speaker strings of one surname can be one person: "Bill Clinton" and
    "Clinton" can, "Bill Clinton" and "Hillary Clinton" cannot (an initial agrees with a
    name it begins). ``same_words``: the two quotes are word for word the same, so a
    first name one letter apart is a typo of one ("Hand" / "Hans Carlsson")."""
    if speaker_key(a) != speaker_key(b):
        return False
    ga, gb = _given(a), _given(b)
    if not ga or not gb:
        return True
    x, y = ga[0], gb[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    # a transliteration's one-letter variant ("Siavaash" / "Siavash") is the same name
    shortest = 3 if same_words else 5
    return x == y or (min(len(x), len(y)) >= shortest and _one_edit(x, y))


def _one_edit(x: str, y: str) -> bool:
    """Whether one letter inserted, dropped or changed turns ``x`` into ``y``."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) <= 1
    if len(x) > len(y):
        x, y = y, x
    return any(y[:k] + y[k + 1 :] == x for k in range(len(y)))


def _fuller(a: str, b: str) -> str:
    """The fuller of two names for one speaker, where one holds the other's words."""
    ta, tb = set(_tokens(a)), set(_tokens(b))
    if ta <= tb and len(b.split()) > len(a.split()):
        return b
    return a


@dataclass(slots=True)
class _Group:
    """One quote as merged so far: its speaker forms, wordings and source spans."""

    key: str
    who: str
    text: str
    members: list[list[str]]
    articles: set[str]
    speakers: list[str]
    sources: list[Support]
    with_subject: bool = False  # ``text`` is a partial quote shown with its subject


def _shown_instead(new: str, new_subject: bool, old: str, old_subject: bool) -> bool:
    """Whether a merged quote shows ``new`` instead of ``old``: the longer, except that a
    fragment opening in lower case (it reads as the speaker's own deed) never replaces
    the same words shown with their subject, and always gives way to them."""
    if old_subject != new_subject and (old if new_subject else new)[:1].islower():
        return new_subject
    return len(new) > len(old)


def story_quotes(articles: Sequence[Article]) -> tuple[FoundQuote, ...]:
    """Every attributed quote of the story, merged across outlets, in first-seen order:
    two quotes merge only from different articles, by speakers who can be one person
    (same surname, no clashing first name), saying the same words."""
    names: dict[str, list[str]] = {}  # surname key -> every full form the story uses
    found = []
    known: set[str] = set()
    for art in articles:
        read = _cased(art.text) or art.text
        known |= _People(read, quote_spans(read)).surnames()
    for art in articles:
        for who, key, spans, joined, with_subject in article_quotes(art, frozenset(known)):
            found.append((who, key, spans, joined, with_subject))
            forms = names.setdefault(key, [])
            if who not in forms:
                forms.append(who)
    groups: list[_Group] = []
    for who, key, spans, joined, with_subject in found:
        words = _words(joined)
        article = spans[0].article_id
        for g in groups:
            if (
                g.key == key
                and article not in g.articles  # one article's quotes are its own
                and all(compatible(w, who, words in g.members) for w in g.speakers)
                and any(_same_quote(m, words) for m in g.members)
            ):
                for sp in spans:
                    if all(s.article_id != sp.article_id or s.start != sp.start for s in g.sources):
                        g.sources.append(sp)
                if _shown_instead(joined, with_subject, g.text, g.with_subject):
                    g.text, g.with_subject = joined, with_subject
                g.members.append(words)
                g.articles.add(article)
                g.speakers.append(who)
                g.who = _fuller(g.who, who)
                if len(g.who.split()) == len(who.split()) and g.speakers.count(
                    who
                ) > g.speakers.count(g.who):
                    g.who = who  # one letter apart: the form most articles print
                break
        else:
            groups.append(
                _Group(key, who, joined, [words], {article}, [who], list(spans), with_subject)
            )
    out = []
    for g in groups:
        who = g.who
        # a surname-only speaker takes the story's fuller form when only one person has it
        fuller = {f for f in names.get(g.key, []) if _fuller(who, f) == f and f != who}
        nested = fuller and all(_fuller(min(fuller, key=len), f) == f for f in fuller)
        if len(fuller) == 1 or nested:
            who = max(fuller, key=lambda f: len(f.split()))
        out.append(FoundQuote(who, g.text, tuple(g.sources)))
    return tuple(out)
