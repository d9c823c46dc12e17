"""Fact features of one sentence: content words, numbers, dates, names and negation.

Attribution must tell "the same fact" from "the same topic with one detail changed", so a
sentence is reduced to what can disagree: its content words mapped to canonical forms
(stems plus a small news synonym table, so "militants killed" meets "fighters died"),
every quantity with its value ("eight" = 8, "half an hour" = 30 minutes, "$40 million" =
4e7), weekday/month/year mentions, capitalised name spans, and the words that a negation
governs. Everything is regex and table based: no model download, and fast enough to run
over a ten-article story in a few milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from newsbrief.text import STOPWORDS, stem

# --- canonical forms -------------------------------------------------------------------

# Groups of words news outlets use interchangeably for one fact. Each word maps to the
# group's first stem. Kept deliberately narrow: a synonym that is only "related" would
# let a near-miss through.
_SYNONYM_GROUPS = (
    "kill slay slain dead death die died fatal",
    "say tell state add declare announce remark speak",
    "report reported",
    "attack strike assault raid",
    "recording recorded message audio audiotape tape speech statement",
    "leader head chief",
    "fighter militant insurgent jihadist gunman",
    "call urge appeal exhort",
    "wound injure injured hurt injury injuries",
    "arrest detain detained custody",
    "quake earthquake tremor",
    "blaze fire",
    "storm hurricane typhoon cyclone",
    "vote ballot",
    "approve approval pass",
    "begin start launch",
    "end finish conclude",
    "city town",
    "boost increase rise raise climb grow",
    "cut reduce lower decrease",
    "buy purchase acquire",
    "sell sold",
    "hospital clinic hospitalised hospitalized hospitalise hospitalize",
    "minute min",
    "people person resident",
    "company firm",
    "plan intend",
    "seize capture",
    "retake recapture liberate",
    "enter reenter",
    "verify confirm authenticate",
    "missing unaccounted",
    "ask request",
    "large big",
    "small little",
    "begun started",
    "show reveal",
    "victory win triumph",
    "support back",
    "bomb explosive",
    "blast explosion",
    "troop soldier force",
    "official authority",
    "probe investigation inquiry",
    "accuse charge",
    "resign quit",
    "spokesman spokeswoman spokesperson",
    "convict guilty",
    "steal embezzle",
    "close shut",
    "annual annually yearly year",
    "revenue sales turnover",
    "passenger traveller traveler",
)

# Pairs whose members deny each other: a claim word whose opposite stands in the
# evidence is a changed detail, not a paraphrase.
_ANTONYM_PAIRS = (
    "profit loss", "rise fall", "rise drop", "rise decline", "increase decrease",
    "gain loss", "approve reject", "accept reject", "acquit convict", "guilty innocent",
    "higher lower", "support oppose", "allow ban", "allow prohibit", "success failure",
    "succeed fail", "alive dead", "legal illegal", "confirm deny", "positive negative",
    "true false", "majority minority", "surplus deficit", "expand shrink", "agree disagree",
    "raise cut", "largest smallest", "biggest smallest", "lowest highest", "worst best",
    "votefor voteno", "open closed", "peace war", "lift impose",
    # outcomes for people: dying is not being hurt, taken to hospital, or surviving
    "kill wound", "kill hospital", "kill survive", "kill rescue", "kill unharmed",
    "win lose", "marginnarrow marginwide",
)  # fmt: skip
# Left out on purpose: pairs one event has both sides of ("A defeated B" is a victory,
# "A bought from B" a sale), and words too common to signal anything (before/after,
# first/last, more/less).


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    synonyms: dict[str, str] = {}
    for group in _SYNONYM_GROUPS:
        members = group.split()
        head = stem(members[0])
        for m in members:
            synonyms.setdefault(stem(m), head)
    antonyms: dict[str, set[str]] = {}
    for pair in _ANTONYM_PAIRS:
        a, b = (synonyms.get(stem(x), stem(x)) for x in pair.split())
        if a == b:
            continue
        antonyms.setdefault(a, set()).add(b)
        antonyms.setdefault(b, set()).add(a)
    return synonyms, {k: frozenset(v) for k, v in antonyms.items()}


# Irregular past forms Porter leaves apart from their verb ("brought" vs "bring").
_IRREGULAR = dict(
    pair.split(":")
    for pair in """
    said:say says:say brought:bring took:take taken:take began:begin begun:begin told:tell
    found:find made:make went:go gone:go came:come gave:give given:give held:hold left:leave
    led:lead met:meet paid:pay sold:sell sent:send spent:spend stood:stand struck:strike
    thought:think won:win lost:lose wrote:write written:write fell:fall fallen:fall rose:rise
    risen:rise kept:keep felt:feel fled:flee broke:break broken:break chose:choose drove:drive
    driven:drive flew:fly flown:fly grew:grow grown:grow knew:know known:know shot:shoot
    spoke:speak spoken:speak stole:steal stolen:steal swore:swear sworn:swear threw:throw
    thrown:throw tore:tear torn:tear saw:see seen:see built:build caught:catch fought:fight
    bought:buy sought:seek taught:teach became:become drew:draw drawn:draw dug:dig fed:feed
    hid:hide hidden:hide laid:lay meant:mean ran:run rode:ride sank:sink sunk:sink sat:sit
    slept:sleep stuck:stick swept:sweep withdrew:withdraw withdrawn:withdraw arose:arise
    blew:blow blown:blow dealt:deal froze:freeze forgave:forgive forgiven:forgive hung:hang
    overtook:overtake shook:shake shaken:shake woke:wake woken:wake wore:wear worn:wear
    """.split()
)


_NOT_EVENTS = frozenset(
    "need indeed based used hundred speed expected scheduled supposed alleged reported".split()
)


def event_words(text: str) -> frozenset[str]:
    """Canonical forms of a sentence's past-tense verbs and participles ("arrested",
    "killed", "struck"): what the sentence says happened, which evidence must state too."""
    return frozenset(canon(tok) for tok in _TOKEN.findall(text) if _is_event(tok))


def _is_event(tok: str) -> bool:
    """A past-tense verb or participle, by its form ("arrested", "struck")."""
    if not tok[0].islower() or len(tok) < 5 or tok in STOPWORDS or tok in _NOT_EVENTS:
        return False
    return tok.endswith("ed") or (tok in _IRREGULAR and _IRREGULAR[tok] != tok)


@lru_cache(maxsize=200_000)
def canon(word: str) -> str:
    """Canonical form of a lower-cased word: its stem, or its synonym group's stem."""
    s = stem(_IRREGULAR.get(word, word))
    return _tables()[0].get(s, s)


def antonyms(c: str) -> frozenset[str]:
    return _tables()[1].get(c, frozenset())


# --- numbers -----------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ORDINALS = {
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# Every duration in minutes, so "six hours" and "six days", or "three weeks" and "three
# months", are one kind of figure and disagree (a month is a twelfth of a year so "two
# years" is "24 months").
_TIME_UNITS = {
    "second": ("min", 1 / 60), "minute": ("min", 1.0), "hour": ("min", 60.0),
    "day": ("min", 1440.0), "week": ("min", 10080.0), "month": ("min", 43800.0),
    "year": ("min", 525600.0),
}  # fmt: skip
# Words that make a figure approximate ("about 600" matches "roughly 610"); bounds such
# as "at least 14" or "more than 30" only match their own figure.
_HEDGES = frozenset(
    ["about", "around", "nearly", "almost", "roughly", "some", "approximately", "estimated"]
)

_TOKEN = re.compile(
    r"\d{1,2}:\d\d"  # clock time 4:12
    r"|\$?\d+(?:[.,]\d+)*(?:st|nd|rd|th)?%?"  # 40, 3,197, 1.5, $40, 5th, 20%
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[A-Za-z]+(?:['’][A-Za-z]+)?"  # words, "didn't"; possessives are cut in tokenize()
    r"|[-–—,;:()\"“”]"
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated: value in base units, the unit kind, and the words around it."""

    value: float
    unit: str  # "" for plain counts, "min" durations, "%", "$", "ord", "clock"
    approx: bool
    after: frozenset[str]  # what is counted: content words right after the figure
    before: frozenset[str]  # the content word before it ("voted 5-4")
    span: str = ""  # a duration's own unit word ("hour"): see align._quantity_check


def _number_value(tok: str) -> float | None:
    t = tok.lstrip("$").rstrip("%")
    t = re.sub(r"(st|nd|rd|th)$", "", t)
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _content_near(lows: list[str], lo: int, hi: int) -> list[str]:
    return [
        canon(lows[m])
        for m in range(max(lo, 0), min(hi, len(lows)))
        if lows[m].isalpha()
        and len(lows[m]) > 2
        and lows[m] not in STOPWORDS
        and lows[m] not in _UNITS
        and lows[m] not in _SCALES
        and lows[m] not in _NOT_CONTENT
    ]


def _quantities(toks: list[str], lows: list[str]) -> list[Quantity]:
    """Read every quantity in a token list (words and digits, scales, time units)."""
    out: list[Quantity] = []
    n = len(toks)
    i = 0
    while i < n:
        low = lows[i]
        value: float | None = None
        unit = span = ""
        j = i + 1
        if _CLOCK.match(low):
            h, m = low.split(":")
            value, unit = float(h) * 60 + float(m), "clock"
        elif toks[i][0].isdigit() or toks[i][0] == "$":
            value = _number_value(toks[i])
            if value is None or (i > 0 and lows[i - 1] in _MONTHS_ALL and value <= 31):
                i += 1  # unreadable, or the day of a date ("March 14"), read by _dates
                continue
            if toks[i].startswith("$"):
                unit = "$"
            if toks[i].endswith("%"):
                unit = "%"
            if re.search(r"\d(st|nd|rd|th)$", toks[i]):
                unit = "ord"
            if _YEAR.match(toks[i]) and unit == "":
                i += 1  # a year is a date, read by _dates
                continue
        elif low in _UNITS:
            value = float(_UNITS[low])
            # "twenty-five" / "twenty five"
            if j < n and lows[j] == "-" and j + 1 < n and lows[j + 1] in _UNITS:
                value += _UNITS[lows[j + 1]]
                j += 2
            elif j < n and lows[j] in _UNITS and _UNITS[lows[j]] < 10 and value >= 20:
                value += _UNITS[lows[j]]
                j += 1
            if low == "half":
                # "half an hour", "half a million"; a bare "half" is a share, not a count
                if (
                    j + 1 < n
                    and lows[j] in ("a", "an")
                    and (lows[j + 1] in _SCALES or lows[j + 1].rstrip("s") in _TIME_UNITS)
                ):
                    j += 1
                else:
                    i += 1
                    continue
            if low == "dozen" and i > 0 and lows[i - 1] not in ("a", "one"):
                i += 1
                continue
        elif low in _ORDINALS and i + 1 < n and lows[i + 1] not in ("time",):
            value, unit = float(_ORDINALS[low]), "ord"
        elif low == "second" and i > 0 and lows[i - 1] == "the":
            value, unit = 2.0, "ord"
        if value is None:
            i += 1
            continue
        # scale words: "40 million", "two dozen", "1.5 billion"
        while j < n and (lows[j] in _SCALES or lows[j] == "dozen"):
            value *= _SCALES.get(lows[j], 12)
            j += 1
        if j < n and lows[j] in ("percent", "per") and unit == "":
            unit = "%"
            j += 1
        if j < n and lows[j] in ("dollars", "dollar") and unit == "":
            unit = "$"
        meridiem = lows[j] if j < n and lows[j] in ("a.m.", "p.m.", "am", "pm") else None
        if meridiem is not None and unit in ("", "clock"):
            # "9 p.m.", "4:12 a.m."
            if unit == "":
                value *= 60
            if meridiem.startswith("p") and value < 12 * 60:
                value += 12 * 60
            unit = "clock"
            j += 1
        # time units: "30-minute", "30 minutes", "an hour and a half"
        k = j + 1 if j < n and lows[j] == "-" else j
        if k < n and unit == "":
            u = lows[k][:-1] if lows[k].endswith("s") else lows[k]
            if u in _TIME_UNITS:
                span = u
                kind, mult = _TIME_UNITS[u]
                unit, value = kind, value * mult
                j = k + 1
        approx = any(lows[m] in _HEDGES for m in range(max(0, i - 2), i))
        # what is counted: the content words right after the figure, and the one before
        after = _content_near(lows, j, j + 4)[:2]
        before = _content_near(lows, i - 3, i)[-1:]
        out.append(Quantity(value, unit, approx, frozenset(after), frozenset(before), span))
        i = j
    # "an hour" / "a day" with no number: one unit of time ("a year" is left out: it is
    # mostly a rate, "$5 million a year")
    for m, low in enumerate(lows):
        if (
            low in ("hour", "minute", "week", "day", "month")
            and m > 0
            and lows[m - 1] in ("an", "a")
            and not (m > 1 and lows[m - 2] == "half")
        ):
            kind, mult = _TIME_UNITS[low]
            out.append(Quantity(mult, kind, False, frozenset(), frozenset(), low))
    return out


# How far apart two figures may be when one is hedged ("about 600" vs "610").
APPROX = 0.05


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Same value, compatible units; a hedged figure ("about 600") allows ``APPROX``.

    A bare number is compatible with any unit but an ordinal: "30" may be the "30-minute"
    of another sentence, but "third" is never "3 people".
    """
    units = {a.unit, b.unit}
    if len(units) > 1 and ("" not in units or "ord" in units):
        return False
    if a.value == b.value:
        return True
    if a.approx or b.approx:
        big = max(abs(a.value), abs(b.value))
        return big > 0 and abs(a.value - b.value) / big <= APPROX
    return False


# --- dates ---------------------------------------------------------------------------------

_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTHS_ALL = frozenset([*_MONTHS, "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"])
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


_REPORTED = frozenset(["said", "says", "told", "announced", "reported", "added", "confirmed"])


def _dates(toks: list[str], lows: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for i, (tok, low) in enumerate(zip(toks, lows, strict=True)):
        if low in _WEEKDAYS:
            if i > 0 and lows[i - 1] in _REPORTED:
                continue  # "said Thursday": when it was reported, not when it happened
            out.add("wd:" + low)
        elif (
            low in _MONTHS
            and (tok[0].isupper())
            and not (low == "may" and i > 0 and toks[i - 1][0].islower())
        ):
            out.add(f"mo:{_MONTHS[low]}")
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt.isdigit() and int(nxt) <= 31:
                out.add(f"dm:{_MONTHS[low]}-{int(nxt)}")
        elif low in _MONTH_ABBR and tok[0].isupper():
            out.add(f"mo:{_MONTH_ABBR[low]}")
        elif _YEAR.match(tok):
            out.add("yr:" + tok)
    return frozenset(out)


def dates_conflict(claim: frozenset[str], evidence: frozenset[str]) -> tuple[set[str], set[str]]:
    """(claim dates missing from evidence, of those the ones the evidence contradicts)."""
    missing = {d for d in claim if d not in evidence}
    conflicting = {d for d in missing if any(e[:3] == d[:3] for e in evidence)}
    return missing, conflicting


# --- names ---------------------------------------------------------------------------------

TITLES = frozenset(
    """
        mr mrs ms dr col gen lt sgt capt cmdr adm maj cpl prof rev gov sen rep pres sec
        president prime minister secretary senator governor general colonel captain judge chief
        mayor king queen prince pope sir lord lady former acting deputy minister spokesman
        spokeswoman spokesperson director commander officer sheikh
        """.split()
)
_CONNECT = frozenset({"of", "de", "bin", "al", "van", "von", "la", "du", "der", "da"})
_ALIASES = {
    "us": "united states", "u.s": "united states", "u.s.": "united states",
    "america": "united states", "american": "united states", "americans": "united states",
    "uk": "britain", "u.k": "britain", "u.k.": "britain", "british": "britain",
    "un": "united nations", "u.n": "united nations", "u.n.": "united nations",
    "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state",
    "turkish": "turkey", "turks": "turkey", "french": "france", "german": "germany",
    "chinese": "china", "japanese": "japan", "spanish": "spain", "dutch": "netherlands",
    "swiss": "switzerland", "greek": "greece", "irish": "ireland", "welsh": "wales",
    "scottish": "scotland", "english": "england", "saudi": "saudi arabia",
    "saudis": "saudi arabia", "eu": "european union", "nato": "north atlantic treaty",
}  # fmt: skip
_DEMONYM_ENDINGS = ("ian", "ean", "an", "i", "ese", "ish", "n")


@lru_cache(maxsize=100_000)
def name_keys(word: str) -> frozenset[str]:
    """Keys a name word may be matched by: itself, its alias, its country for a demonym."""
    w = word.lower().strip(".'’")
    keys = {w}
    if w in _ALIASES:
        keys.update(_ALIASES[w].split())
    if "-" in w:
        keys.update(p for p in w.split("-") if len(p) > 2)
    forms = [w]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 4:
        forms.append(w[:-1])  # Kurds -> kurd, Palestinians -> palestinian
        keys.add(w[:-1])
    for form in forms:
        for end in _DEMONYM_ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 4:
                base = form[: -len(end)]
                keys.add(base)
                keys.add(base + "a")  # Syrian -> syria(n) -> syria, Kenyan -> kenya
                keys.add(base + "e")  # Chilean -> chile
    return frozenset(keys)


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalised span: its words (lower-cased, titles dropped) and their match keys."""

    text: str
    words: tuple[str, ...]
    keys: frozenset[str]
    # the word before the name ("in" London, board member Tom Reyes), "" at the start:
    # another name is a changed detail only where it stands in the same place
    role: str = ""


# Words before a name that play the same part ("Paris and London", "in or near Paris").
_ROLE_OF = {"and": "in", "or": "in", "near": "in", "at": "in", ",": "in"}


def _names(toks: list[str], lows: list[str], proper: frozenset[str]) -> list[Name]:
    out: list[Name] = []
    cur: list[str] = []
    role = [""]

    def flush() -> None:
        if not cur:
            return
        while cur and cur[-1].lower() in _CONNECT:
            cur.pop()
        ws = [
            t.lower().strip(".'’")
            for t in cur
            if t.lower().strip(".") not in TITLES and t.lower() not in _CONNECT
        ]
        ws = [w for w in ws if w and w not in STOPWORDS]
        if ws:
            keys: set[str] = set()
            for w in ws:
                keys |= name_keys(w)
            if len(ws) > 1:
                keys.add("".join(w[0] for w in ws))  # acronym: Syrian Defense Forces -> sdf
            out.append(Name(" ".join(cur), tuple(ws), frozenset(keys), role[0]))
        cur.clear()

    for i, tok in enumerate(toks):
        low = lows[i]
        is_cap = tok[0].isupper()
        if is_cap and (low in _WEEKDAYS or low in _MONTHS):
            is_cap = False
        if (
            is_cap
            and (i == 0 or toks[i - 1] in ('"', "“"))
            and (low not in proper or low in STOPWORDS)
        ):
            is_cap = False  # a capital only because it opens the sentence
        if is_cap and low in STOPWORDS and low not in ("us",):
            is_cap = tok.isupper() and len(tok) > 1
        if is_cap or (cur and low in _CONNECT and i + 1 < len(toks) and toks[i + 1][:1].isupper()):
            if not cur:
                role[0] = _ROLE_OF.get(lows[i - 1], lows[i - 1]) if i > 0 else ""
            cur.append(tok)
        else:
            flush()
    flush()
    return out


# --- negation ------------------------------------------------------------------------------

_NEGATORS = frozenset(
    """
        not no never none nobody nothing neither nor without cannot denied deny denies refused
        refuse refuses failed fail fails unable
        """.split()
)


_PUNCT = frozenset(',;:()"“”')


# A negation after a modal ("could not detain him", "cannot be verified") says what was
# possible or allowed, not that something did not happen: it neither denies nor states
# the fact.
_MODALS = frozenset(["can", "could", "would", "may", "might", "should", "must"])
_MODAL_NEGATORS = frozenset(
    ["cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "can’t", "couldn’t"]
)


def _negation_scope(
    lows: list[str], canons: list[str | None]
) -> tuple[frozenset[str], frozenset[str]]:
    """Content words governed by a negation (the next one, within four tokens), and
    those of them governed by a modal negation."""
    scope: set[str] = set()
    modal: set[str] = set()
    for i, low in enumerate(lows):
        if low in _NEGATORS or low.endswith(("n't", "n’t")):
            is_modal = low in _MODAL_NEGATORS or (i > 0 and lows[i - 1] in _MODALS)
            for m in range(i + 1, min(len(lows), i + 5)):
                if lows[m] in _PUNCT:
                    break
                c = canons[m]
                if c is not None:
                    scope.add(c)
                    if is_modal:
                        modal.add(c)
                    break
    return frozenset(scope), frozenset(modal)


def is_negator(low: str) -> bool:
    return low in _NEGATORS or (low[-1] == "t" and low.endswith(("n't", "n’t")))


# --- the feature record -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    """What in one sentence can agree or disagree with a claim."""

    content: frozenset[str]  # canonical content words (no numbers)
    words: frozenset[str]  # every lower-cased word and its name keys, for name matching
    quantities: tuple[Quantity, ...]
    dates: frozenset[str]
    names: tuple[Name, ...]
    negated: frozenset[str]  # canonical words inside a negation's scope
    has_negation: bool
    modal: frozenset[str] = frozenset()  # negated after a modal: "could not (detain)"
    # (word, the lower-case content word right after it): "ruled out (an) electrical"
    pairs: frozenset[tuple[str, str]] = frozenset()
    # content words in order, "#n" for a figure, "#d" for a weekday or month, "^"/"$" for
    # the sentence's ends: which word stands where ("an outside law firm")
    seq: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()  # canonical past-tense verbs and reporting verbs
    name_canons: frozenset[str] = frozenset()  # canonical words of its names


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


# Words that are details, compared as numbers or dates rather than as content words.
_NOT_CONTENT = _WEEKDAYS | frozenset(_MONTHS) | frozenset(["hour", "hours", "minute", "minutes"])
_DETAIL_WORDS = _NOT_CONTENT | frozenset(_UNITS) | frozenset(_SCALES)
_UNIT_WORDS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"])
_DURATION_WORDS = _UNIT_WORDS | _NOT_CONTENT
_VOTE = "vote"
_STANCE = {"voteagainst": "voteno", "voteyes": "votefor"}


def tokenize(text: str) -> list[str]:
    # a slice, not _POSSESSIVE.sub per token: the same cut, the hottest line of indexing
    return [
        t[:-2] if t[-1:] in ("s", "S") and t[-2:-1] in ("'", "’") else t
        for t in _TOKEN.findall(text)
    ]


Read = tuple[list[str], list[str], list[str | None], frozenset[str]]


def read(text: str) -> Read:
    """What indexing reads of a sentence, kept so :func:`facts_of` need not read it again."""
    return _read(text)


def _read(text: str) -> Read:
    """Tokens, their lower case, their canonical forms, and the sentence's content words."""
    toks = tokenize(text.replace("``", '"').replace("''", '"'))
    lows = [t.lower() for t in toks]
    canons: list[str | None] = []
    for low in lows:
        if low[0].isalpha() and low not in STOPWORDS and not is_negator(low) and len(low) > 2:
            base = low.split("'", 1)[0].split("’", 1)[0]
            canons.append(canon(base))
        else:
            canons.append(None)
    # "voted for" / "voted against": the preposition carries the fact
    stance = {
        f"vote{lows[k + 1]}"
        for k in range(len(lows) - 1)
        if canons[k] == _VOTE and lows[k + 1] in ("for", "against", "no", "yes")
    }
    content = frozenset(
        c
        for k, (c, low) in enumerate(zip(canons, lows, strict=True))
        if c is not None
        and low not in _DETAIL_WORDS
        and not (k > 0 and low == "long" and lows[k - 1] in _DURATION_WORDS)
        and not (
            k > 0
            and low in _UNIT_WORDS
            and (lows[k - 1][0].isdigit() or lows[k - 1] in _UNITS or lows[k - 1] == "-")
        )
    )
    content |= {_STANCE.get(x, x) for x in stance}
    margins, phrase = _margins(lows)
    if phrase:  # "by a single vote" is a margin, not a count of one
        kept = {canons[k] for k in range(len(lows)) if k not in phrase}
        content -= {canons[k] for k in phrase} - kept
    content |= {canon(m) for m in margins}
    return toks, lows, canons, content


# How wide a vote or win was: "narrowly" and "by a single vote" say the same, and deny
# "overwhelmingly" or "unanimously" (one content word each side, see _ANTONYM_PAIRS).
_NARROW = frozenset(["narrowly", "narrow", "slim", "razor-thin"])
_WIDE = frozenset(["overwhelmingly", "overwhelming", "unanimously", "unanimous", "landslide"])


def _margins(lows: list[str]) -> tuple[set[str], set[int]]:
    """Margin words found, and the positions of "single"/"one" read as a margin."""
    out = set()
    phrase = set()
    for k, low in enumerate(lows):
        if low in _NARROW:
            out.add("marginnarrow")
        elif low in _WIDE:
            out.add("marginwide")
        elif (
            low in ("single", "one")
            and k + 1 < len(lows)
            and lows[k + 1] == "vote"
            and "by" in lows[max(0, k - 2) : k]
        ):
            out.add("marginnarrow")
            phrase.add(k)
    return out, phrase


def content_of(text: str) -> frozenset[str]:
    """Only the content words of ``text`` (what indexing a story needs)."""
    return _read(text)[3]


def facts_of(text: str, proper: frozenset[str] = frozenset(), done: Read | None = None) -> Facts:
    """Extract the facts of ``text``; ``proper`` = see :func:`proper_words`; ``done`` =
    :func:`read` of ``text`` when the caller already has it."""
    toks, lows, canons, content = done if done is not None else _read(text)
    names = _names(toks, lows, proper)
    words: set[str] = set()
    for low in lows:
        if low[0].isalpha():
            words |= name_keys(low)
    for nm in names:
        words |= nm.keys
    negated, modal = _negation_scope(lows, canons)
    pairs = _pairs(toks, lows, canons, content)
    seq = ["^"]
    for low, c in zip(lows, canons, strict=True):
        if c is not None and c in content:
            seq.append(c)
        elif low[0].isdigit() or low in _UNITS or low in _SCALES:
            if seq[-1] != "#n":
                seq.append("#n")
        elif low in _WEEKDAYS or low in _MONTHS:
            seq.append("#d")
        elif seq[-1] not in _MARKS:
            seq.append("_")  # words between: the two are not one phrase
    if seq[-1] == "_":
        seq.pop()
    seq.append("$")
    return Facts(
        content=content,
        words=frozenset(words),
        quantities=tuple(_quantities(toks, lows)),
        dates=_dates(toks, lows),
        names=tuple(names),
        negated=negated,
        has_negation=any(is_negator(low) for low in lows),
        modal=modal,
        pairs=pairs,
        seq=tuple(seq),
        verbs=frozenset(canon(t) for t in toks if _is_event(t)) | _REPORTING,
        name_canons=frozenset(canon(w) for n in names for w in n.words),
    )


# Words that may stand between a verb and its object: particles and articles.
_GAP = frozenset("out off up down in on a an the its their his her of to into".split())


_MARKS = frozenset(["^", "$", "#n", "#d", "_"])
_REPORTING = frozenset(
    canon(w) for w in "say tell report add announce complain advise warn claim".split()
)


def substitutions(claim: Facts, parts: list[Facts]) -> list[str]:
    """Words of the claim that a sentence of the evidence replaces with others in the
    same place.

    A run of claim words missing from the sentence, next to a neighbour the sentence has
    with one to three other words in their place, is a changed detail, not a paraphrase:
    another name beside a shared word ("Ruth Tate" / "Owen Tate", "Jonas Pell won" /
    "Anna Kovac won"), or another modifier between two shared words ("outside law firm" /
    "outside security firm"). A different verb or noun is too often a paraphrase
    ("pupils" / "students") to count.
    """
    out: list[str] = []
    for p in parts:
        out += _substituted(claim, p)
    return out


def _substituted(claim: Facts, part: Facts) -> list[str]:
    have, seq, ev = part.content, claim.seq, part.seq
    out: list[str] = []
    k = 1
    while k < len(seq) - 1:
        if seq[k] in _MARKS or seq[k] in have:
            k += 1
            continue
        end = k
        while end + 1 < len(seq) - 1 and seq[end + 1] not in _MARKS and seq[end + 1] not in have:
            end += 1
        left, right, run = seq[k - 1], seq[end + 1], seq[k : end + 1]
        k = end + 1
        is_name = any(w in claim.name_canons for w in run)
        if is_name and {left, right} <= {"^", "$", "_"}:
            continue
        if not is_name and (left in _MARKS or right in _MARKS):
            continue
        for i, w in enumerate(ev):
            if w != left:
                continue
            for j in range(i + 2, min(i + 5, len(ev))):
                mid = ev[i + 1 : j]
                if any(m in _MARKS or m in claim.content for m in mid):
                    break
                if ev[j] == right and _same_kind(claim, part, run, mid, is_name):
                    out.append(f"{'/'.join(run)} vs {'/'.join(mid)}")
                    break
    return out


# A replaced run longer than this on either side is a rewording, not one changed detail.
_SLOT = 2


def aligned_substitutions(
    claim: Facts,
    part: Facts,
    novel: frozenset[str] | None = None,
    window: frozenset[str] | None = None,
) -> list[str]:
    """Claim words that an alignment of the two sentences pairs with other words.

    The claim's and the sentence's word sequences are aligned (``difflib``, longest
    common blocks first). A short run of claim words the sentence lacks entirely, whose
    slot between two aligned blocks holds other words the claim lacks, is one changed
    detail: "two women" / "two men", "voted overwhelmingly" / "voted narrowly", "a passing
    truck" / "a passing train", "bank account numbers" / "insurance numbers". Unlike
    :func:`substitutions` the slot may sit next to a figure or at the sentence's end. A
    verb on either side is left alone (verbs are paraphrased too often: "taken" /
    "treated"), and the slot must touch an aligned content word, not only punctuation.
    ``novel``: only claim words in it may count (the caller passes the words no article
    of the story uses: "pupils" / "students" is a paraphrase when an outlet says
    "students"); ``window``: words the rest of the evidence window has.
    """
    a, b = claim.seq, part.seq
    if novel is not None and not novel.difference(part.content, window or ()):
        return []  # every word the claim brings in is in the evidence: nothing to swap
    have = window or frozenset()
    out: list[str] = []
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace":
            continue
        run = [w for w in a[i1:i2] if w not in _MARKS]
        mid = [w for w in b[j1:j2] if w not in _MARKS]
        if not run or not mid or len(run) > _SLOT or len(mid) > _SLOT:
            continue
        if novel is not None and not all(w in novel for w in run):
            continue
        if any(w in part.content or w in have or w in claim.name_canons for w in run):
            continue  # said elsewhere in the sentence, or a name (checked as a name)
        if any(m in claim.content or m in part.name_canons for m in mid):
            continue
        if any(w in claim.verbs for w in run) or any(m in part.verbs for m in mid):
            continue
        if _any_variant(run, mid):
            continue
        left = a[i1 - 1] if i1 > 0 else "^"
        right = a[i2] if i2 < len(a) else "$"
        if left in _EDGE and right in _EDGE:
            continue
        out.append(f"{'/'.join(run)} vs {'/'.join(mid)}")
    if novel:
        done = {w for sub in out for w in sub.split(" vs ")[0].split("/")}
        beside = _beside(claim, part, novel, have)
        out += [sub for sub in beside if sub.split(" vs ")[0] not in done]
    return out


def _beside(claim: Facts, part: Facts, novel: frozenset[str], have: frozenset[str]) -> list[str]:
    """One new claim word whose neighbour the sentence has, followed (or preceded) by
    another word in its place: "arrested two women" / "Two men were arrested", where
    reordering keeps the alignment from pairing them."""
    a, b = claim.seq, part.seq
    out: list[str] = []
    for i in range(1, len(a) - 1):
        w = a[i]
        if w not in novel or w in part.content or w in have or w in claim.name_canons:
            continue
        if w in claim.verbs:
            continue
        for step in (1, -1):
            near, far = a[i - step], a[i + step]
            if near in _EDGE or (near in _MARKS and step < 0):
                continue  # a figure counts the word after it, not the one before
            for j in range(len(b)):
                k = j + step
                if b[j] != near or not 0 < k < len(b) - 1:
                    continue
                m = b[k]
                if m in _MARKS or m in claim.content or m in part.name_canons or m in part.verbs:
                    continue
                if _variant(w, m):
                    continue
                # a name may stand before the swapped word: "Brightmoor peanut butter"
                f = k + step
                while 0 < f < len(b) - 1 and b[f] in part.name_canons and b[f] != far:
                    f += step
                after = b[f]
                if after == far or (after in _MARKS and far in _MARKS):
                    out.append(f"{w} vs {m}")
                    break
            else:
                continue
            break
    return out


_EDGE = frozenset(["^", "$", "_"])


def _variant(a: str, b: str) -> bool:
    """Two spellings of one word ("gasses" / "gases", "onboard" / "aboard"): one edit
    apart, or sharing four letters in a row. "men" / "women" share only three."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size >= 4:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _any_variant(run: Iterable[str], mid: Iterable[str]) -> bool:
    return any(_variant(w, m) for w in run for m in mid)


def _same_kind(
    claim: Facts, ev: Facts, run: tuple[str, ...], mid: tuple[str, ...], is_name: bool
) -> bool:
    if is_name:
        return any(m in ev.name_canons for m in mid)
    return not any(w in claim.verbs for w in run) and not any(m in ev.verbs for m in mid)


def _pairs(
    toks: list[str], lows: list[str], canons: list[str | None], content: frozenset[str]
) -> frozenset[tuple[str, str]]:
    """Each past-tense verb with the next lower-case content word, only particles and
    articles between them: what was ruled out, closed, blamed."""
    out = set()
    for i, c in enumerate(canons):
        if c is None or c not in content or not _is_event(toks[i]):
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            d = canons[j]
            if d is not None and d in content and not lows[j].endswith("ly"):
                if toks[j][0].islower():
                    out.add((c, d))
                break
            if lows[j] not in _GAP and not lows[j].endswith("ly"):  # "started shortly after"
                break
        # the passive: "arson had been ruled out" is what was ruled out
        j = i - 1
        while j >= 0 and lows[j] in _AUX:
            j -= 1
        if j < i - 1 and j >= 0 and any(lows[k] in _BE for k in range(j + 1, i)):
            d = canons[j]
            if d is not None and d in content and toks[j][0].islower():
                out.add((c, d))
    return frozenset(out)


_BE = frozenset(["be", "been", "being", "was", "were", "is", "are"])
_AUX = _BE | frozenset(["had", "has", "have", "not"])


_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][A-Za-z'’-]*")


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the story capitalises inside a sentence: names, even when one opens a sentence.

    A sentence's first word is only taken for a name when it is one of these
    ("Residents" opening a sentence is not a name; "Dorrian" is).
    """
    proper: set[str] = set()
    for t in texts:
        proper.update(_POSSESSIVE.sub("", w).lower() for w in _MID_CAPITAL.findall(t))
    return frozenset(proper)
