"""Figures in a sentence, read as values with what they count.

Why: "eight" and "8", "half an hour" and "30-minute", "$40 million" and "40 million
dollars" are one value; comparing what was written would call them different. Each
:class:`Quantity` keeps its value in base units (minutes for durations), its unit kind,
whether it is hedged ("about 600"), and the words around it, which bind it to what it
counts ("14 dead" vs "12 injured" are two quantities, not a conflict). A figure a form
of "be" links is a value of the copula's subject ("the death toll was 62": deaths) or,
as its subject, of what the copula says of it ("400 people who were at the dance": who
was there), never of a verb further off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..text import STOPWORDS
from . import config
from .dates import CLOCK_ZONES, MONTHS_ALL, WEEKDAYS
from .lexicon import (
    TouchingDash,
    canon,
    irregular,
    irregular_forms,
    is_event,
    is_event_at,
    lines,
    word_map,
    word_set,
)
from .negation import is_negator

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Plural scale words ("dozens of", "hundreds of", "thousands of"): at least two of the
# scale, so read as a lower bound at twice it (``config.spelled_multiples``).
_PLURAL_SCALES = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6}
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
HEDGES = frozenset(
    ["about", "around", "nearly", "almost", "roughly", "some", "approximately", "estimated"]
)
# Hedges that put the true value a little under the figure ("nearly two weeks").
_BELOW = frozenset(["nearly", "almost"])

# Units of measure, each to one base unit per kind, so "120 kilometers", "120 kms" and
# "(72 miles)" are one distance and "9 kph" a speed: the unit says what kind of value a
# figure is, it is not the thing counted (compared within approx_measure).
MEASURES = {
    "km": ("km", 1.0), "kms": ("km", 1.0), "kilometer": ("km", 1.0),
    "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometres": ("km", 1.0),
    "mile": ("km", 1.609), "miles": ("km", 1.609), "meter": ("km", 0.001),
    "meters": ("km", 0.001), "metre": ("km", 0.001), "metres": ("km", 0.001),
    "foot": ("km", 0.0003048), "feet": ("km", 0.0003048), "yards": ("km", 0.0009144),
    "kph": ("kph", 1.0), "km/h": ("kph", 1.0), "mph": ("kph", 1.609),
    "knots": ("kph", 1.852), "kg": ("kg", 1.0), "kilograms": ("kg", 1.0),
    "pounds": ("kg", 0.4536), "tons": ("kg", 1000.0), "tonnes": ("kg", 1000.0),
}  # fmt: skip
# Relative difference within which two measures agree: conversions in wire copy are
# rounded ("120 kilometers (72 miles)" is 116 km).
APPROX_MEASURE = 0.06
# Words that make a figure a lower or an upper bound: "at least 156" and "more than
# 150" can both be true, so bounds conflict only with a value outside them.
_LOWER = frozenset(["least", "more", "over", "than", "exceeding", "upwards"])
_UPPER = frozenset(["most", "under", "fewer", "less", "up"])

# Words right before a figure that make it a person's age ("ages 36 and 49", "aged
# 62"): an age is no count of people, so it neither agrees nor conflicts with one.
_AGE = frozenset(["age", "ages", "aged"])
# Two-word phrases right before a figure that deny it ("rather than 40", "instead of 40");
# a negator right before it ("not 300") does too.
_DENYING = frozenset([("rather", "than"), ("instead", "of")])

# Nouns that make "of N" an upper bound: "a maximum of 150", "a capacity of 150".
_LIMITS = frozenset(["maximum", "capacity", "limit", "ceiling"])

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
# A 24-hour time written as four figures ("1300 GMT", "0300 local time"): a clock time
# only with a zone or "local time" after it (alone, "2000" is a year or a count).
_CLOCK_24 = re.compile(r"^([01]\d|2[0-3])[0-5]\d$")
# Zones after a clock time: a time of another zone is another value ("9 p.m. (1300
# GMT)" states one moment twice), so it is compared only with times of its own zone.
_ZONES = CLOCK_ZONES
_MERIDIEM = frozenset(["a.m.", "p.m.", "am", "pm"])
# How far a hedged clock time reaches, in minutes: "about 10 p.m." is 9:45 to 10:15,
# "shortly after 9 p.m." 9:00 to 9:30, "nearly 10 p.m." 9:45 to 10:00. A hedge on a time
# says the writer rounded the minutes, not that the hour is unsure: an hour's slack would
# make "about 10 p.m." and "shortly after 9 p.m." one time (docs/attribution.md).
CLOCK_ABOUT = 15.0
CLOCK_SHORTLY = 30.0
_CLOCK_ABOUT = frozenset(["about", "around", "approximately", "roughly", "some", "circa"])
_CLOCK_NEARLY = frozenset(["nearly", "almost"])
# "shortly after", "just before", "minutes after": a moment close to the time
_CLOCK_CLOSE = frozenset(["shortly", "just", "soon", "right", "moments", "minutes", "little"])
# Open bounds of a clock time: "after 9 p.m.", "since 9 p.m." (from then on); "before 10
# p.m.", "by 10 p.m.", "until 10 p.m." (up to then). Half a day each way at most.
_CLOCK_FROM = frozenset(["after", "past", "since"])
_CLOCK_TO = frozenset(["before", "by", "until", "till"])
_DAY_MINUTES = 1440.0
# The words of a clock hedge that are no content of their own ("shortly after 9 p.m.")
CLOCK_CLOSE = _CLOCK_CLOSE
CLOCK_SIDES = _CLOCK_FROM | _CLOCK_TO


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated: value in base units, the unit kind, and the words around it."""

    value: float
    unit: str  # "" for plain counts, "min" durations, "%", "$", "ord", "clock", "score"
    approx: bool
    after: frozenset[str]  # what is counted: content words right after the figure
    before: frozenset[str]  # the content word before it ("voted 5-4")
    span: str = ""  # a duration's own unit word ("hour"): see details.quantity_check
    text: str = ""  # as written, with what it counts: "14 dead", "$40 million"
    # the verbs nearest the figure in its clause ("killing 60" / "173 ... were injured"):
    # what happened to what is counted; two figures for other events are two quantities
    event: frozenset[str] = frozenset()
    # "min" for "at least 156" / "more than 150", "max" for "up to 20", "" exact
    bound: str = ""
    # part of a name or an identifier ("MD-11", "Flight 111"): not a quantity at all
    ident: bool = False
    # hedged from below ("nearly two weeks", "almost 40"): the value is a little under
    below: bool = False
    # what a share is of: "40 percent of the ballots" / "15 percent of the ballots tallied"
    whole: frozenset[str] = frozenset()
    # a figure written with a scale word to two or more significant digits ("1.6
    # million", "$12 million", "150 million"; a whole number's trailing zeros are not
    # significant, so "10 million" has one): the place value of its last written digit,
    # the narrowest rounding its form allows; -1 for one significant digit (no rounding)
    step: float = 0.0
    # denied or corrected: "about 200 homes, not 300", "30 rather than 40", "instead of
    # 40": the text says the value is *not* this one, so it supports no claim of it
    denied: bool = False
    # a clock time's reach in minutes either side of its value, from its hedge ("about
    # 10 p.m.": (-15, 15); "shortly after 9 p.m.": (0, 30)); (0, 0) when exact
    slack: tuple[float, float] = (0.0, 0.0)
    # a clock time written without a.m. or p.m. ("at 4:12"): either half of the day
    half_day: bool = False
    # the noun a figure is joined to by hyphens, canonical ("3,500-page report" ->
    # "report"): the figure measures that thing, "" when it stands alone
    measures: str = ""
    # a figure written with decimals and no scale word, to two or more significant digits
    # ("4.5 percent", "$12.75"): the place value of its last written decimal (0.1, 0.01),
    # the rounding its form allows; 0 for a whole number or one significant digit
    places: float = 0.0


_GLUED = re.compile(r"(?<=\d) ([-–/]) (?=\d)")
_CLAUSE_MARKS = frozenset([",", ";", ":", "(", ")", '"', "“", "”"])
# A word after a figure that opens a clause saying who gave it or when it held ("not 300
# as first reported", "60 as of Monday"): what the figure counts is written before it.
_REPORT_OPENERS = frozenset(["as"])


def _number_value(tok: str) -> float | None:
    t = tok.lstrip("$").rstrip("%")
    t = re.sub(r"(st|nd|rd|th)$", "", t)
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _phrase_end(toks: list[str], lows: list[str], j: int) -> int:
    """The token where the words after a figure (token ``j`` on) that say what it
    counts end, at most four tokens on: at a clause mark (", the national seismology
    office said"), a word opening a report ("not 300 as first reported") or a reporting
    verb, and after the verb its phrase is the subject of ("Two Libyans were indicted";
    the first word may be a participle counted, "12 wounded"). Why: what a figure
    counts is in its own phrase and clause; the next clause's words or the verb's
    object are another thing ("5.8" counts no "seismology", "6.1 quake hit" no
    "Marlow")."""
    for m in range(j, min(j + 4, len(toks))):
        if toks[m] in _CLAUSE_MARKS or lows[m] in _REPORT_OPENERS:
            return m
        if m > j and canon(lows[m]) in _REPORTING_CANON:
            return m
        if m > j and _verb_at(toks, m):
            return m + 1  # "Two Libyans were indicted": what happened to them, not its object
    return j + 4


def _verb_at(toks: list[str], m: int) -> bool:
    """``toks[m]`` is a past-tense verb (:func:`.lexicon.is_event_at`), or a verb whose
    past is its base form ("hit", "cut") with a name or a determiner after it, where it
    can only be the verb ("quake hit Marlow", "hit the town"; "a $7 billion cut in
    spending" is a noun)."""
    if is_event_at(toks, m):
        return True
    low = toks[m].lower()
    if low not in _same_form_verbs() or m + 1 >= len(toks):
        return False
    nxt = toks[m + 1]
    return nxt.lower() in _DETERMINERS or (nxt[:1].isupper() and nxt.isalpha())


@cache
def _same_form_verbs() -> frozenset[str]:
    """Verbs whose past is their base form ("hit", "cut", "put"; irregular_verbs.txt)."""
    return frozenset(k for k, v in irregular().items() if k == v)


def _measure_noun(toks: list[str], lows: list[str], lead: int, j: int) -> str | None:
    """The noun right before a figure (tokens ``lead:j``) that names what it measures,
    as written after a determiner or "of": "a magnitude of 5.8", "a score of 5", "A
    magnitude 6.1 quake", "of magnitude 6.1"; None where the figure counts a plural noun
    after it ("a total of 40 people", "an additional 14 people") or the word is no noun
    (a verb, a participle, a hedge, a unit, a plural). Why: "magnitude 6.1" and "a
    magnitude of 5.8" are values of one quantity whatever follows them; the word after
    "6.1" ("quake") says what is measured, not what is counted."""
    k = lead - 1
    openers = _DETERMINERS | {"of"}
    if k >= 1 and lows[k] == "of":
        k -= 1
        openers = _DETERMINERS  # "a magnitude of 5.8"
    if k < 1 or lows[k - 1] not in openers:
        return None
    word = toks[k]
    if (
        not word.isalpha()
        or not word[:1].islower()
        or word.endswith(("ed", "ing", "s"))
        or not _content_near(lows, k, k + 1)
        or is_event(word)
        or lows[k] in _COUNTING_NOUNS
        or _counts_plural(lows, j)
    ):
        return None
    return canon(lows[k])


def _counts_plural(lows: list[str], j: int) -> bool:
    """The first word after a figure (token ``j`` on) is a plural noun ("14 people",
    "40 vehicles"): the figure counts it."""
    if j >= len(lows) or not lows[j].isalpha() or lows[j] in STOPWORDS:
        return False
    return lows[j].endswith("s") or lows[j] in word_set("irregular_plurals")


def _content_near(lows: list[str], lo: int, hi: int) -> list[str]:
    return [
        canon(lows[m])
        for m in range(max(lo, 0), min(hi, len(lows)))
        if lows[m].isalpha()
        and len(lows[m]) > 2
        and lows[m] not in STOPWORDS
        and lows[m] not in _UNITS
        and lows[m] not in _SCALES
        and lows[m] not in NOT_CONTENT
        and lows[m] not in HEDGES  # "nearly", "an estimated": how sure, not what
        and not _currency_word(lows[m])  # "dlrs", "yen": the unit, not what is counted
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
        plural = False
        money_at: tuple[str, int] | None = None
        j = i + 1
        if _CLOCK.match(low):
            hours, minutes = low.split(":")
            value, unit = float(hours) * 60 + float(minutes), "clock"
        elif (
            _CLOCK_24.match(low)
            and j < n
            and (lows[j] in _ZONES or (lows[j] == "local" and j + 1 < n and lows[j + 1] == "time"))
        ):
            # "1300 GMT", "0300 local time": a 24-hour clock time ("1200 hours" of work
            # and "1200 local residents" are counts)
            value, unit = float(low[:2]) * 60 + float(low[2:]), "clock"
        elif toks[i][0].isdigit() or toks[i][0] == "$":
            value = _number_value(toks[i])
            if value is None or (
                value <= 31
                and (
                    (i > 0 and lows[i - 1] in MONTHS_ALL)
                    or (i + 1 < n and lows[i + 1] in MONTHS_ALL and toks[i + 1][:1].isupper())
                )
            ):
                # unreadable, or the day of a date ("March 14", "14 March"), read by _dates
                i += 1
                continue
            money_at = _currency_before(toks, lows, i)
            if money_at is not None:
                unit = money_at[0]  # "$3.5", "dlrs 2.1", "US dlrs 3", "HK $1.5"
            if toks[i].endswith("%"):
                unit = "%"
            if re.search(r"\d(st|nd|rd|th)$", toks[i]):
                unit = "ord"
            if _YEAR.match(toks[i]) and unit == "":
                i += 1  # a year is a date, read by _dates
                continue
            if (
                unit == ""
                and j + 1 < n
                and lows[j] == "-"
                and toks[j + 1].isdigit()
                and not (
                    i > 0
                    and toks[i - 1][:1].isupper()
                    and toks[i - 1].isalpha()
                    and lows[i - 1] not in STOPWORDS  # "The 314-214 vote" is a score
                )
            ):
                # "a 341-214 margin", "voted 5-4": one score, both sides part of it
                other = float(toks[j + 1])
                value, unit = value * 1e6 + other, "score"
                j += 2
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
                    and (
                        lows[j + 1] in _SCALES
                        or lows[j + 1].rstrip("s") in _TIME_UNITS
                        or (lows[j + 1] == "dozen" and config.CONFIG.spelled_multiples)
                    )
                ):
                    j += 1
                else:
                    i += 1
                    continue
            if low == "dozen" and i > 0 and lows[i - 1] not in ("a", "one"):
                i += 1
                continue
        elif config.CONFIG.nested_multiples and _nested_scale(lows, i):
            # "tens of thousands", "hundreds of thousands of people": at least two of
            # the one times the other (20,000; 200,000)
            inner = _TENS if low == "tens" else _PLURAL_SCALES[low]
            value, plural = 2 * inner * _PLURAL_SCALES[lows[i + 2]], True
            j = i + 3
            if j < n and lows[j] == "of":
                j += 1  # what is counted follows "of"
        elif (
            config.CONFIG.single_scales
            and low in ("a", "an", "one")
            and j < n
            and lows[j] in _SCALES
            and not (i > 0 and lows[i - 1] == "half")
        ):
            value = 1.0  # "a hundred people", "one thousand": one of the scale, read below
        elif config.CONFIG.spelled_multiples and _plural_scale(lows, i):
            # "dozens of people": at least two dozen ("hundreds of thousands" is read
            # above, by _nested_scale)
            value, plural = 2 * _PLURAL_SCALES[low], True
            if j < n and lows[j] == "of":
                j += 1  # what is counted follows "of"
        elif (
            low == "both"
            and i + 1 < n
            and toks[i + 1][:1].islower()
            and toks[i + 1].isalpha()
            and lows[i + 1] not in STOPWORDS
        ):
            value = 2.0  # "both men": two of them
        elif low in _ORDINALS and i + 1 < n and lows[i + 1] not in ("time",):
            value, unit = float(_ORDINALS[low]), "ord"
        elif low == "second" and i > 0 and lows[i - 1] == "the":
            value, unit = 2.0, "ord"
        if value is None:
            i += 1
            continue
        # scale words: "40 million", "two dozen", "1.5 billion"
        # the digits as written, less the currency sign the tokenizer keeps ("$1.6")
        digits = toks[i].lstrip("$").rstrip("%").replace(",", "")
        step = 0.0
        while j < n and (lows[j] in _SCALES or lows[j] == "dozen"):
            if lows[j] in _SCALES and not step and re.fullmatch(r"\d+(\.\d+)?", digits):
                # "1.6 million": a value rounded to its last written digit (100,000)
                whole, _, frac = digits.partition(".")
                # a whole number's trailing zeros are not significant ("10 million" may
                # be rounded to the ten million): only written decimals count
                written = whole + frac if frac else whole.rstrip("0")
                sig = len(written.lstrip("0"))
                step = _SCALES[lows[j]] / 10 ** len(frac) if sig >= 2 else -1.0
            value *= _SCALES.get(lows[j], 12)
            j += 1
        if config.CONFIG.single_scales and toks[i].isalpha() and step == 0 and value >= 100:
            j, value = _and_units(lows, i, j, value)  # "two hundred and fifty": 250
        if j < n and lows[j] in ("percent", "per") and unit == "":
            unit = "%"
            j += 1
        money_after = _currency_after(toks, lows, j) if unit == "" else None
        if money_after is not None:
            # "40 million dollars", "300 million yen", "5 million Swiss francs"
            unit, scale, j = money_after
            value *= scale
        k = j + 1 if j < n and lows[j] == "-" else j
        if k < n and unit == "" and lows[k] in MEASURES:
            unit, mult = MEASURES[lows[k]]
            value *= mult
            j = k + 1
        meridiem = lows[j] if j < n and lows[j] in _MERIDIEM else None
        half_day = False
        if meridiem is not None and unit in ("", "clock") and value < 13 * 60:
            # "9 p.m.", "4:12 a.m.", "12 a.m." (midnight), "12:30 p.m." (half past noon)
            if unit == "":
                value *= 60
            value %= 12 * 60
            if meridiem.startswith("p"):
                value += 12 * 60
            unit = "clock"
            j += 1
        elif unit == "clock":
            half_day = value < 13 * 60  # "at 4:12": morning or afternoon
        if unit == "clock" and j < n and lows[j] in _ZONES:
            unit = f"clock {_ZONES[lows[j]]}"  # another zone: another kind of value
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
        # where the figure opens: at its currency when that comes first ("more than
        # dlrs 100 billion"), so hedges, bounds and denials are read before it
        lead = money_at[1] if money_at is not None else i
        sign_at, below_zero = _sign(toks, lows, lead, j, unit)
        if sign_at is not None or below_zero:
            value = -value  # "minus 26", "-26C", "26 degrees below zero"
            lead = sign_at if sign_at is not None else lead
        approx = any(lows[m] in HEDGES for m in range(max(0, lead - 2), lead))
        below = any(lows[m] in _BELOW for m in range(max(0, lead - 2), lead))
        slack, clock_bound, first = (0.0, 0.0), "", lead
        if unit.startswith("clock"):
            slack, clock_bound, first = _clock_hedge(lows, i)
            approx = slack != (0.0, 0.0)
        if unit == "min" and span == "year" and j < n and lows[j] == "old":
            unit, value = "age", value / _TIME_UNITS["year"][1]  # "62 years old"
        elif unit == "" and _is_age(lows, i, out):
            unit = "age"
        denied = unit != "ord" and _denied(lows, lead)
        # what is counted: the content words right after the figure, and the one before
        stop = _phrase_end(toks, lows, j)
        after = _content_near(lows, j, stop)[:2]
        before = _content_near(lows, lead - 3, lead)[-1:]
        measure = _measure_noun(toks, lows, lead, j) if unit == "" else None
        if measure is not None:
            # "a magnitude of 5.8", "A magnitude 6.1 quake": the noun names what the
            # figure is a value of, so the two figures count the same thing
            after = before = [measure]
        events = events_near(toks, lead, j)
        if denied and not after and out and out[-1].unit == unit and not out[-1].denied:
            # "about 200 homes, not 300": the denied figure counts what the figure it
            # corrects counts, for the same deed
            after, before, events = list(out[-1].after), list(out[-1].before), out[-1].event
        elif not after:
            # a bare figure is the value of what the clause named before it: "the death
            # toll in the inferno (rose) to 62"
            start = lead
            while start > 0 and lead - start < 8 and lows[start - 1] not in _CLAUSE_MARKS:
                start -= 1
            before = _content_near(lows, start, lead)
        head, at = _compound_head(toks, lows, i) if unit != "age" else (None, j)
        if head is not None:
            # "a 3,500-page report", "Yilmaz's 17-month-old government": a figure joined
            # to its noun by hyphens measures that noun, whatever verb the sentence has
            before, events = [], frozenset([canon(head)])
        shown = toks[first:j]  # a clock time with its hedge: "shortly after 9 p.m."
        if head is not None and j == i + 1:
            shown = toks[first:at]  # the compound of no unit as written: "3,500-page"
        elif (
            j < min(stop, n)
            and toks[j][:1].isalpha()
            and toks[j].lower() not in STOPWORDS
            and not (measure is not None and _verb_at(toks, j))  # "magnitude 6.1", not "6.1 hit"
        ):
            shown = [*shown, toks[j]]  # "14 dead": the figure with what it counts
        if below_zero:
            shown = toks[first:below_zero]  # "26 degrees below zero", as one value
        # tokens are split at hyphens: show "7-2" as written, not "7 - 2"
        text = _GLUED.sub(r"\1", " ".join(shown))
        if sign_at is not None and toks[sign_at] == "-":
            text = "-" + text[2:]  # "-26 C": the sign is glued to its figure
        if denied:
            text = f"not {text}"
        prev = lows[lead - 1] if lead > 0 else ""
        bound = (
            "min"
            if prev in _LOWER or (lead > 1 and lows[lead - 2] in _LOWER and prev in ("than", "to"))
            else "max"
            if prev in _UPPER
            or (lead > 1 and lows[lead - 2] in _UPPER and prev in ("than", "to"))
            or _limit_of(lows, lead)
            else ""
        )
        if bound == "min" and _negated_bound(lows, lead):
            bound = "max"  # "not ... more than 150", "no more than 150": at most
        if unit.startswith("clock"):
            bound = clock_bound
        if plural:
            bound = "min"  # "hundreds of people": 200 or more
        # "MD-11", "Flight 111", "Boeing 747": a figure glued to a name is an identifier
        ident = (
            i > 0
            and toks[i][0].isdigit()
            and (
                (prev == "-" and i > 1 and toks[i - 2][:1].isupper())
                or (
                    toks[i - 1][:1].isupper()
                    and toks[i - 1].isalpha()
                    and i > 1
                    and toks[i - 2] not in (".", "!", "?", '"', "“", "_", "--")
                    and prev not in STOPWORDS
                    and prev not in HEDGES
                    and prev not in _LOWER
                    and prev not in _UPPER
                    and prev not in MONTHS_ALL
                    and prev not in WEEKDAYS
                    and unit == ""
                )
            )
        )
        out.append(
            Quantity(
                value,
                unit,
                approx,
                frozenset(after),
                frozenset(before),
                span,
                text,
                events,
                bound,
                ident,
                below,
                _whole(lows, j) if unit == "%" else frozenset(),
                step,
                denied,
                slack,
                half_day,
                canon(head) if head is not None else "",
                _places(digits) if not step and (unit in ("", "%") or is_money(unit)) else 0.0,
            )
        )
        i = max(j, below_zero)  # "below zero" is part of the figure, no zero of its own
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
            text, measured = f"{lows[m - 1]} {low}", frozenset[str]()
            if m + 1 < len(lows) and lows[m + 1] == "long":
                # "an hour long recording": the length of the recording, as "a
                # 30-minute recording" is (see details.quantity_check)
                text, measured = f"{text} long", frozenset(_content_near(lows, m + 1, m + 5)[:2])
            out.append(Quantity(mult, kind, False, measured, frozenset(), low, text))
    return out


@dataclass(frozen=True, slots=True)
class _Currencies:
    """``data/currencies.txt`` read: each currency word's (name, share of the unit,
    ambiguous), and each currency's home qualifiers."""

    words: dict[str, tuple[str, float, bool]]
    homes: dict[str, frozenset[str]]


@cache
def _currencies() -> _Currencies:
    words: dict[str, tuple[str, float, bool]] = {}
    homes: dict[str, frozenset[str]] = {}
    for line in lines("currencies"):
        head, _, rest = line.partition(":")
        names, _, quals = rest.partition("|")
        name, _, hundredth = head.strip().partition("/")
        share = 1 / float(hundredth) if hundredth else 1.0
        for w in names.split():
            words.setdefault(w.rstrip("?"), (name, share, w.endswith("?")))
        homes[name] = homes.get(name, frozenset()) | frozenset(
            q.replace("_", " ") for q in quals.split()
        )
    return _Currencies(words, homes)


def _currency_word(low: str) -> bool:
    """A word that names a currency and nothing else ("dlrs", "yen"; not "won", "marks")."""
    got = _currencies().words.get(low)
    return got is not None and not got[2]


def currency_positions(toks: list[str], lows: list[str]) -> set[int]:
    """The positions of the currency words that are part of a figure ("dlrs 2.1
    billion", "40 million dollars"): the figure's unit, compared with the figure, no
    content word of the sentence (as "kilometers" is not)."""
    out = set()
    for k, low in enumerate(lows):
        if _currency_word(low) and (
            (k + 1 < len(toks) and toks[k + 1][:1].isdigit())
            or (k > 0 and (toks[k - 1][:1].isdigit() or lows[k - 1] in _SCALES))
        ):
            out.add(k)
    return out


def money_unit(name: str, qualifier: str = "") -> str:
    """The unit of a sum in currency ``name`` of the country ``qualifier`` names: "$"
    for the dollar at home or unqualified (as a figure with "$" always was), else
    "money NAME" or "money NAME QUALIFIER" (a Swiss franc is no French one)."""
    if qualifier and qualifier not in _currencies().homes.get(name, frozenset()):
        return f"money {name} {qualifier}"
    return "$" if name == "dollar" else f"money {name}"


def is_money(unit: str) -> bool:
    """A sum of money in some currency."""
    return unit == "$" or unit.startswith("money ")


def _is_code(tok: str) -> bool:
    """A country's code right before a currency: "US", "HK", "U.S." ("US dlrs", "HK$")."""
    return tok == "U.S." or (len(tok) == 2 and tok.isalpha() and tok.isupper())


def _currency_before(toks: list[str], lows: list[str], i: int) -> tuple[str, int] | None:
    """The unit of a figure at ``i`` whose currency comes first, and where it starts:
    "$3.5" ("HK $1.5" with its code), or the wire's "dlrs 2.1 billion" ("US dlrs 3
    billion"); an ambiguous word ("marks 50 years") never stands first. None when no
    currency comes first."""
    table = _currencies()
    if toks[i].startswith("$"):
        name, start = "dollar", i
    elif i > 0 and lows[i - 1] in table.words and not table.words[lows[i - 1]][2]:
        name, share, _ = table.words[lows[i - 1]]
        if share != 1.0:
            return None
        start = i - 1
    else:
        return None
    if start > 0 and _is_code(toks[start - 1]):
        return money_unit(name, lows[start - 1]), start - 1
    return money_unit(name), start


def _currency_after(toks: list[str], lows: list[str], j: int) -> tuple[str, float, int] | None:
    """(unit, what one of it is worth in its currency, the token after it) of a
    currency word at ``j``, past a qualifier in capitals ("5 million Swiss francs", "55
    U.S. cents"), or None. An ambiguous word ("400 pounds of explosives") is money only
    with a qualifier, "sterling" after it, or a sum of money in brackets after it."""
    table = _currencies()
    n = len(toks)
    k = j
    while k < n and k - j < 3 and toks[k][:1].isupper() and lows[k] not in table.words:
        k += 1
    if k >= n or lows[k] not in table.words:
        return None
    name, share, ambiguous = table.words[lows[k]]
    qualifier = " ".join(lows[j:k])
    end = k + 1
    sterling = end < n and lows[end] == "sterling"
    if ambiguous and not (qualifier or sterling or _money_in_brackets(toks, lows, end)):
        return None
    return money_unit(name, qualifier), share, end + sterling


def _money_in_brackets(toks: list[str], lows: list[str], k: int) -> bool:
    """A sum of money in brackets starts at ``k``: "(dlrs 2.5 million)", "(about $8
    million)": the conversion that tells an ambiguous word before it is money."""
    if k >= len(toks) or toks[k] != "(":
        return False
    k += 1
    while k < len(toks) and lows[k] in HEDGES:
        k += 1
    if k < len(toks) and toks[k].startswith("$"):
        return True
    word = _currencies().words.get(lows[k]) if k < len(toks) else None
    return word is not None and not word[2] and k + 1 < len(toks) and toks[k + 1][:1].isdigit()


def _compound_head(toks: list[str], lows: list[str], i: int) -> tuple[str | None, int]:
    """The noun a figure at ``i`` is joined to by hyphens ("3,500-page report",
    "17-month-old government" -> "report", "government") and its position; None when
    the figure stands alone ("5,300 pages") or joins another figure ("314-214")."""
    n = len(toks)
    k = i + 1
    if k + 1 >= n or lows[k] != "-" or not toks[k + 1].isalpha():
        return None, k
    while k + 1 < n and lows[k] == "-" and toks[k + 1].isalpha():
        k += 2
    if k < n and toks[k].isalpha() and toks[k][:1].islower() and lows[k] not in STOPWORDS:
        return lows[k], k
    return None, k


def _clock_hedge(lows: list[str], i: int) -> tuple[tuple[float, float], str, int]:
    """The hedge before a clock time at ``i``: its reach in minutes either side, its
    open bound ("min" after it, "max" up to it, "" none) and the token the hedge opens
    at. "shortly after 9 p.m." reaches half an hour on; "after 9 p.m." is open."""
    k = i - 1
    if k >= 0 and lows[k] in _CLOCK_ABOUT:
        return (-CLOCK_ABOUT, CLOCK_ABOUT), "", k
    if k >= 0 and lows[k] in _CLOCK_NEARLY:
        return (-CLOCK_ABOUT, 0.0), "", k
    if k >= 0 and (lows[k] in _CLOCK_FROM or lows[k] in _CLOCK_TO):
        ahead = lows[k] in _CLOCK_FROM
        close = k > 0 and lows[k - 1] in _CLOCK_CLOSE
        if close:
            start = k - 2 if k > 1 and (lows[k - 2], lows[k - 1]) == ("a", "little") else k - 1
            return ((0.0, CLOCK_SHORTLY) if ahead else (-CLOCK_SHORTLY, 0.0)), "", start
        return (0.0, 0.0), ("min" if ahead else "max"), k
    return (0.0, 0.0), "", i


def clock_relation(a: Quantity, b: Quantity) -> str:
    """How two clock times relate: "agrees" (the moments each allows overlap, neither an
    open bound), "conflicts" (they cannot be one moment) or "open" (an open bound that
    holds the other, or times of two zones: nothing said either way).

    Why: a time of day is a point on a 24-hour circle, not a count: "about 10 p.m." is
    not "shortly after 9 p.m." though the two differ by under 5%, "3 a.m." is as far
    from "9 p.m." as "10 p.m." is, and "11:50 p.m." is ten minutes from "12:00 a.m.".
    """
    if a.unit != b.unit:
        return "open"
    period = _DAY_MINUTES / 2 if a.half_day or b.half_day else _DAY_MINUTES
    half = period / 2 - 1

    def reach(q: Quantity) -> tuple[float, float]:
        if q.bound == "min":
            return 0.0, half
        if q.bound == "max":
            return -half, 0.0
        return q.slack

    (alo, ahi), (blo, bhi) = reach(a), reach(b)
    shift = (b.value - a.value) % period
    overlap = any(
        max(alo, d + blo) <= min(ahi, d + bhi) for d in (shift, shift - period, shift + period)
    )
    if not overlap:
        return "conflicts"
    if a.bound or b.bound:
        same = a.bound == b.bound and a.value == b.value
        return "agrees" if same else "open"
    return "agrees"


def _is_age(lows: list[str], i: int, done: list[Quantity]) -> bool:
    """The figure at ``i`` is an age: right after "ages"/"aged" ("victims, ages 36 and
    49": the second too, after an age and "and")."""
    if i > 0 and lows[i - 1] in _AGE:
        return True
    return i > 1 and lows[i - 1] == "and" and bool(done) and done[-1].unit == "age"


def _denied(lows: list[str], i: int) -> bool:
    """The figure at ``i`` is denied: "not" right before it (past a hedge or an article:
    "not about 300", "not the 300"), or "rather than" / "instead of". A negated bound
    ("not more than 150") is a bound, read by ``_negated_bound``."""
    k = i - 1
    while k >= 0 and (lows[k] in HEDGES or lows[k] in ("the", "a")):
        k -= 1
    if k < 0:
        return False
    return lows[k] in ("not", "never") or (k > 0 and (lows[k - 1], lows[k]) in _DENYING)


def _whole(lows: list[str], j: int) -> frozenset[str]:
    """The content words of "of the ..." right after a share (token ``j`` on), to the end
    of its clause: what the share is a part of."""
    if j >= len(lows) or lows[j] != "of":
        return frozenset()
    end = j + 1
    while end < len(lows) and end - j <= 4 and lows[end] not in _CLAUSE_MARKS:
        end += 1
    return frozenset(_content_near(lows, j + 1, end))


def _limit_of(lows: list[str], i: int) -> bool:
    """ "a maximum of 150", "a legal capacity of only 150": an upper bound."""
    k = i - 1
    if k >= 0 and lows[k] in ("only", "just"):
        k -= 1
    return k >= 1 and lows[k] == "of" and lows[k - 1] in _LIMITS


def _negated_bound(lows: list[str], i: int) -> bool:
    """A negation in the clause before "more than N" ("was not meant to carry more
    than 40", "no more than 20") turns the lower bound into an upper one."""
    for m in range(i - 2, max(-1, i - 9), -1):
        if lows[m] in _CLAUSE_MARKS:
            return False
        if is_negator(lows[m]):
            return True
    return False


def events_near(toks: list[str], i: int, j: int) -> frozenset[str]:
    """The verbs nearest a figure (tokens ``i:j``) inside its clause, either side."""
    best: tuple[int, frozenset[str]] | None = None
    for step, start in ((-1, i - 1), (1, j)):
        m = start
        while 0 <= m < len(toks) and abs(m - start) < 6:
            tok = toks[m]
            if tok in ("(", ")"):  # "130 kph (81 mph)": a conversion shares its verb
                m += step
                continue
            if tok in _CLAUSE_MARKS or tok.lower() in ("and", "but", "while"):
                break
            low = tok.lower()
            if low in HEDGES:  # "an estimated 37,000": a hedge, not what happened
                m += step
                continue
            if low in _COPULAS:
                linked = _copula_link(toks, i, m, step)
                if linked is not None:  # "the toll was 400", "400 people who were at"
                    if best is None or abs(m - start) < best[0]:
                        best = (abs(m - start), linked)
                    break
                m += step  # "were killed", "was fleeing": the verb comes next
                continue
            verb = (
                is_event(tok)
                or (low.endswith("ing") and len(low) > 5 and tok[0].islower())
                # a participle opening the sentence: "Licensed to hold 120, the club ..."
                or (m == 0 and tok[:1].isupper() and is_event(low))
            )
            if verb and canon(low) not in _REPORTING_CANON:
                if best is None or abs(m - start) < best[0]:
                    best = (abs(m - start), frozenset([canon(low)]))
                break
            m += step
    return best[1] if best else frozenset()


# Forms of "be": a figure they link is a value of their subject, not of a deed.
_COPULAS = frozenset("is are was were be been being".split())
# What may stand between a copula and the figure it links ("was at least 400", "were
# an estimated 400"): bounds and hedges, not words of another phrase.
_LINK_GAP = frozenset(["at", "least", "most", "than", "an", "a", "only", "just", "still", "up"])
# Adverbs between a copula and what follows it ("were still inside", "was also").
_COPULA_ADVERBS = frozenset(["still", "also", "all", "reportedly", "apparently", "then"])
# The quantity a copula links a figure to when its subject or complement names none
# ("there were 400 people", "400 people were at the dance"): who or what was there.
BEING = "be"


def _copula_link(toks: list[str], i: int, m: int, step: int) -> frozenset[str] | None:
    """What a figure (first token ``i``) that the copula at ``m`` links is a value of,
    or None where the copula is an auxiliary ("were killed", "was fleeing").

    Why: a copula states what something is, not what happened: "the death toll was 62"
    is a count of deaths (its subject's words), "400 people who were at the dance" a
    count of those present (its complement's word, else ``BEING``). Neither is a figure
    of another verb further off ("killed many of the 400 people who were at ..."), so
    two different things are not read as one quantity.
    """
    if step < 0:  # copula before the figure: the figure is its complement
        if any(t.lower() not in HEDGES and t.lower() not in _LINK_GAP for t in toks[m + 1 : i]):
            return None
        return subject_words(toks, m) or frozenset([BEING])
    k = m + 1
    while k < len(toks) and (toks[k].lower() in _COPULA_ADVERBS or toks[k].lower().endswith("ly")):
        k += 1
    if k >= len(toks):
        return frozenset([BEING])
    nxt = toks[k]
    low = nxt.lower()
    if is_event(nxt) or (low.endswith("ing") and len(low) > 5) or is_negator(low):
        return None  # a passive, a progressive or a denial: the verb decides
    if nxt.isalpha() and nxt[:1].islower() and len(low) > 2 and low not in STOPWORDS:
        return frozenset([canon(low)])  # "62 were dead": what they are
    return frozenset([BEING])


def subject_words(toks: list[str], m: int) -> frozenset[str]:
    """The head words of the subject of a copula at ``m``: the noun phrase between the
    clause's start (or its last determiner) and the copula, before its first modifier
    ("Police said the death toll from the fire was 62" -> death, toll), with the
    complement of a noun that counts ("the number of dead" -> number, dead)."""
    lo = m
    while lo > 0 and toks[lo - 1] not in _CLAUSE_MARKS and m - lo < 12:
        lo -= 1
    phrase = [t.lower() for t in toks[lo:m]]
    of = None
    for k, low in enumerate(phrase):
        if k and low in _MODIFIER_OPENERS:
            of = phrase[k + 1 :] if low == "of" and phrase[k - 1] in _COUNTING_NOUNS else None
            phrase = phrase[:k]
            break
    for k in range(len(phrase) - 1, -1, -1):
        if phrase[k] in _DETERMINERS or canon(phrase[k]) in _REPORTING_CANON:
            phrase = phrase[k + 1 :]
            break
    words = phrase + (of or [])
    return frozenset(canon(w) for w in words if w.isalpha() and len(w) > 2 and w not in STOPWORDS)


# Words that open a modifier after a noun phrase's head ("the toll from the fire").
_MODIFIER_OPENERS = frozenset(
    "of from in at on for with by among during after before near inside outside".split()
)
_DETERMINERS = frozenset("the a an its their his her this that these those our".split())
# Nouns that count what their "of" complement names ("the number of dead").
_COUNTING_NOUNS = frozenset(["number", "total", "count", "toll", "tally"])


_REPORTING_CANON = frozenset(canon(w) for w in "said told reported added according".split())


def compatible_bounds(a: Quantity, b: Quantity) -> bool:
    """Both can be true: a bound ("at least 156", "more than 150") holds the other value,
    or both are bounds the same way (two running totals, "at least 129" / "at least
    156", are updates, not a disagreement)."""
    if a.unit.startswith("clock") and b.unit.startswith("clock"):
        return clock_relation(a, b) != "conflicts"
    if a.bound and a.bound == b.bound:
        return True
    for x, y in ((a, b), (b, a)):
        if x.bound == "min" and y.value >= x.value and y.bound != "max":
            return True
        if x.bound == "max" and y.value <= x.value and y.bound != "min":
            return True
    return False


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Same value, compatible units; a hedged figure ("about 600") allows ``config.approx``.

    A bare number is compatible with any unit but an ordinal: "30" may be the "30-minute"
    of another sentence, but "third" is never "3 people".
    """
    if a.unit.startswith("clock") or b.unit.startswith("clock"):
        # a time of day only ever matches a time of day, on its own terms
        return a.denied == b.denied and clock_relation(a, b) == "agrees"
    units = {a.unit, b.unit}
    if len(units) > 1 and ("" not in units or "ord" in units or "age" in units):
        return False
    if a.denied != b.denied:
        return False  # "not 300" states no 300
    if {a.bound, b.bound} == {"min", "max"}:
        return False  # "more than 150" is not "a maximum of 150"
    if a.value == b.value:
        return True
    if a.unit in _MEASURE_KINDS and a.unit == b.unit:
        big = max(abs(a.value), abs(b.value))
        return big > 0 and abs(a.value - b.value) / big <= APPROX_MEASURE
    if config.CONFIG.rounded_figures and (_rounded(a, b) or _rounded(b, a)):
        return True
    if config.CONFIG.rounded_decimals and (_rounded_places(a, b) or _rounded_places(b, a)):
        return True
    if a.approx or b.approx:
        if _hedge_holds(a, b) or _hedge_holds(b, a):
            return True
        return _rounded_duration(a, b) or _rounded_duration(b, a)
    return False


def _hedge_holds(hedged: Quantity, other: Quantity) -> bool:
    """A hedged figure holds a value within ``config.approx`` of it, and a count, a sum or
    a share only within its own rounding: "about 60" holds 62 (written to the ten),
    "about 65" neither 62 nor 67 (written to the unit: a hedge on a figure that precise
    says how sure, not how round)."""
    if not hedged.approx:
        return False
    big = max(abs(hedged.value), abs(other.value))
    diff = abs(hedged.value - other.value)
    if big <= 0 or diff > config.CONFIG.approx * big:
        return False
    return (
        not (hedged.unit in ("", "%") or is_money(hedged.unit))
        or diff <= last_place(hedged.value) / 2
    )


def _plural_scale(lows: list[str], i: int) -> bool:
    """``lows[i]`` is a plural scale word that counts on its own ("dozens of people",
    "hundreds were hurt"): not one after a figure or "several" ("two hundreds" is no
    English, "several hundreds" no bound), nor one of two scales joined by "of"
    ("hundreds of thousands", "tens of thousands")."""
    if lows[i] not in _PLURAL_SCALES:
        return False
    if i > 0 and (lows[i - 1][:1].isdigit() or lows[i - 1] in _UNITS or lows[i - 1] == "several"):
        return False
    if i + 2 < len(lows) and lows[i + 1] == "of" and lows[i + 2] in _PLURAL_SCALES:
        return False
    return not (i > 1 and lows[i - 1] == "of" and lows[i - 2] in (*_PLURAL_SCALES, "tens"))


# "tens of thousands": the plural of ten, read only before a larger plural scale.
_TENS = 10.0


def _nested_scale(lows: list[str], i: int) -> bool:
    """``lows[i]`` opens a plural scale of a larger plural scale ("tens of thousands",
    "hundreds of millions"): one lower bound, not two figures (``nested_multiples``)."""
    low = lows[i]
    inner = _TENS if low == "tens" else _PLURAL_SCALES.get(low)
    if inner is None or i + 2 >= len(lows) or lows[i + 1] != "of":
        return False
    outer = _PLURAL_SCALES.get(lows[i + 2])
    return outer is not None and outer > inner


def _and_units(lows: list[str], i: int, j: int, value: float) -> tuple[int, float]:
    """A spelled figure's tail joined by "and" ("two hundred and fifty", "a hundred and
    twenty-five"): (the token after it, the value with it added), else unchanged.

    Not a tail that opens a scaled figure of its own ("one hundred and two hundred": two
    figures, not 102), nor the "and" of "between X and Y" for the figure opening at
    ``i`` when no other "and" follows to close the range ("between one hundred and
    fifty" is 100 to 50 read as two figures, as "between 100 and 50" is)."""
    n = len(lows)
    if j + 1 >= n or lows[j] != "and" or lows[j + 1] not in _UNITS:
        return j, value
    tail = _UNITS[lows[j + 1]]
    if tail < 1 or lows[j + 1] in ("dozen", "zero"):
        return j, value
    k = j + 2
    if k + 1 < n and lows[k] == "-" and lows[k + 1] in _UNITS and tail >= 20:
        tail += _UNITS[lows[k + 1]]  # "and twenty-five"
        k += 2
    if k < n and (lows[k] in _SCALES or lows[k] == "dozen"):
        return j, value  # "and two hundred": a new figure, not this one's tail
    if i > 0 and lows[i - 1] == "between" and "and" not in lows[k : k + 4]:
        return j, value  # "between one hundred and fifty": the range's "and"
    return k, value + tail


@cache
def _temperature_words() -> frozenset[str]:
    return word_set("temperature_words")


def _sign(toks: list[str], lows: list[str], lead: int, j: int, unit: str) -> tuple[int | None, int]:
    """Where a figure's minus sign stands ("minus 26", "-26C"; None when unsigned) and the
    token after "below zero" when the figure is a temperature below zero ("26 degrees
    below zero"; 0 when not), for a figure opening at ``lead`` whose unit words start at
    ``j`` (``config.signed_figures``).

    Why: "-26C" and "26C" are two temperatures 52 degrees apart; read without its sign
    the first supports the second. "minus" is a sign before a temperature or where it
    opens a value (``_value_minus``: "stood at minus 5", "fell to minus 5"), never in
    "plus or minus 3" (a margin) or before a counted noun ("minus 3 injured starters":
    without them); "-" only when written
    against a temperature's figure ("-26C"; a spaced dash is punctuation), and not after
    a figure or a name ("10-15 C" is a range, "F-16" a name)."""
    if not config.CONFIG.signed_figures or (unit not in ("", "%") and not is_money(unit)):
        return None, 0
    n = len(lows)
    k = j
    while k < n and k - j < 2 and lows[k] in _temperature_words():
        k += 1
    temperature = k > j
    if temperature and k + 1 < n and (lows[k], lows[k + 1]) == ("below", "zero"):
        return None, k + 2
    if (
        lead > 0
        and lows[lead - 1] == "minus"
        and not _margin(lows, lead - 1)
        and (temperature or _value_minus(lows, lead - 1, j, unit))
    ):
        return lead - 1, 0
    if (
        temperature
        and lead > 0
        and isinstance(toks[lead - 1], TouchingDash)
        and not (lead > 1 and (toks[lead - 2][:1].isdigit() or toks[lead - 2][:1].isupper()))
    ):
        return lead - 1, 0
    return None, 0


def _margin(lows: list[str], m: int) -> bool:
    """The "minus" at ``m`` is half of "plus or minus" / "plus/minus" (a margin either
    way, as "±" is): no sign."""
    return (m > 0 and lows[m - 1] == "plus") or (m > 1 and lows[m - 2 : m] == ["plus", "or"])


def _value_minus(lows: list[str], m: int, j: int, unit: str) -> bool:
    """The "minus" at ``m`` is the sign of the value after it (its unit words ending at
    ``j``), not a subtraction: nothing it could take away from stands before it.

    Why: "minus" between two terms subtracts the second ("10 minus 3", "England, minus 3
    injured starters": England without them); with no term before it, it can only be
    the sign of a value ("The temperature stood at minus 5", "the balance was minus
    200", "fell to minus 5", "reached minus 12"). No term stands before it when it
    opens the sentence or follows a function word (a preposition, a copula, an
    auxiliary: "at", "to", "of", "was") or a verb ("reached", "hit", "fell": a word of
    change, an irregular form or "-ed"), and what it signs is a value only when it has a
    unit ("minus $200", "minus 0.5 percent") or no counted noun after it: a plural
    within two words ("was minus 3 starters", "minus 3 injured starters" count people;
    "minus 5 overnight" is a reading)."""
    if unit == "" and any(
        w.isalpha() and w not in STOPWORDS and w.endswith("s") and not w.endswith("ss")
        for w in lows[j : j + 2]
    ):
        return False
    if m == 0:
        return True
    before = lows[m - 1]
    return (
        before in STOPWORDS
        or before in _directions()
        or before in irregular_forms()
        or (before.isalpha() and before.endswith("ed") and len(before) > 3)
    )


def within_hedge(a: Quantity, b: Quantity) -> bool:
    """One figure is hedged ("about 65") and the other lies within ``config.approx`` of
    it ("63"): the hedge says the writer is not sure to that distance, so the two do not
    disagree, though the rounding of "about 65" (to the unit) keeps them from agreeing.
    From below ("nearly 60") only values under it are held; bounds and clock times
    are compared on their own terms."""
    if a.bound or b.bound or a.denied or b.denied or "clock" in a.unit + b.unit:
        return False
    for hedged, other in ((a, b), (b, a)):
        if not hedged.approx or (hedged.below and other.value > hedged.value):
            continue
        big = max(abs(hedged.value), abs(other.value))
        if big > 0 and abs(hedged.value - other.value) <= config.CONFIG.approx * big:
            return True
    return False


def last_place(value: float) -> float:
    """The place value of a figure's last significant digit, as written: 65 -> 1, 60 ->
    10, 1.5 -> 0.1 (a whole number's trailing zeros are not significant)."""
    v = abs(value)
    for k in range(7):
        scaled = v * 10**k
        n = round(scaled)
        if abs(scaled - n) <= 1e-6 * max(1.0, scaled):
            place = 1
            while n and n % 10 == 0:
                n //= 10
                place *= 10
            return place / 10**k
    return 0.0


def _rounded(rounded: Quantity, other: Quantity) -> bool:
    """A figure written to its last digit with a scale word ("1.6 million") holds a more
    precise one that rounds to it ("1,576,800"): the same value in another form. Only
    from two significant digits ("2 million" / "1.6 million" stay two values), and only
    for a more precise other figure."""
    if rounded.step <= 0 or rounded.bound or other.bound:
        return False
    if 0 < other.step >= rounded.step or other.step < 0:
        return False
    return abs(rounded.value - other.value) <= rounded.step / 2


@cache
def _directions() -> dict[str, str]:
    return {w: d for d, words in word_map("figure_directions").items() for w in words.split()}


_DIRECTION_GAP = frozenset(["by", "about", "nearly", "almost", "some", "around", "roughly", "a"])


def figure_direction(text: str, figure: str) -> tuple[str, str]:
    """("up" or "down", the word as written) where a word of change stands right before
    ``figure`` in ``text`` ("rose 4.5 percent", "was down 4.47 percent", "fell by nearly
    5 percent"), ("", "") where none does (data/figure_directions.txt)."""
    table = _directions()
    at = text.find(figure)
    while at >= 0:
        words = re.findall(r"[\w'’]+", text[:at])[-3:]
        for w in reversed(words):
            if w.lower() in table:
                return table[w.lower()], w
            if w not in _DIRECTION_GAP:
                break
        at = text.find(figure, at + 1)
    return "", ""


def _places(digits: str) -> float:
    """The place value of the last written decimal of a figure of two or more significant
    digits ("4.5" -> 0.1, "52.40" -> 0.01); 0 for a whole number or "0.5"."""
    if not re.fullmatch(r"\d+\.\d+", digits):
        return 0.0
    whole, _, frac = digits.partition(".")
    return 10.0 ** -len(frac) if len((whole + frac).lstrip("0")) >= 2 else 0.0


def _rounded_places(rounded: Quantity, other: Quantity) -> bool:
    """A share or sum written to fewer decimals ("4.5 percent") holds a more precise one
    that rounds to it ("4.47 percent"): one value, rounded by one outlet."""
    if rounded.places <= 0 or rounded.bound or other.bound or rounded.unit != other.unit:
        return False
    if other.step != 0 or not 0 < other.places < rounded.places:
        return False
    return abs(rounded.value - other.value) <= rounded.places / 2 + 1e-9


def _rounded_duration(hedged: Quantity, exact: Quantity) -> bool:
    """A hedged duration in a coarser unit is rounded to that unit: "nearly two weeks"
    holds "13 days", "about a month" holds "32 days" (within half a unit; "nearly" and
    "almost" only from below), while "two weeks" stated exactly stays 14 days."""
    if not hedged.approx or hedged.unit != "min" or exact.unit != "min":
        return False
    unit = _TIME_UNITS.get(hedged.span)
    finer = _TIME_UNITS.get(exact.span)
    if unit is None or finer is None or finer[1] >= unit[1]:
        return False
    diff = hedged.value - exact.value
    if hedged.bound or exact.bound:
        return False
    if hedged.below and diff < 0:
        return False
    return abs(diff) <= unit[1] / 2


# Words that are details, compared as numbers or dates rather than as content words.
NOT_CONTENT = (
    WEEKDAYS
    | MONTHS_ALL
    | frozenset(["hour", "hours", "minute", "minutes", "a.m.", "p.m."])
    | frozenset(_ZONES)
    | frozenset(MEASURES)
)
_MEASURE_KINDS = frozenset(u for u, _ in MEASURES.values())
UNITS = _UNITS
SCALES = _SCALES
TIME_UNITS = _TIME_UNITS


@cache
def _figure_events() -> dict[str, str]:
    """Canonical word -> the class of what happened to what a figure counts."""
    out: dict[str, str] = {}
    for cls, words in word_map("figure_events").items():
        for w in words.split():
            out.setdefault(canon(w), cls)
    return out


def event_classes(q: Quantity) -> frozenset[str]:
    """What a figure's own words say happened to what it counts ("dead", "injured"):
    "left 11 people dead" and "killed 17 people" are one death toll, whatever verb the
    sentence hangs the figure on."""
    table = _figure_events()
    # a bare figure's "before" is its whole clause ("killing 60 people and injuring
    # 155"): only the one word before a counted figure is its own
    before = q.before if len(q.before) == 1 else frozenset()
    return frozenset(table[w] for w in q.event | before | q.after if w in table)


def quantities(toks: list[str], lows: list[str]) -> list[Quantity]:
    """Every quantity of a tokenised sentence (see :func:`_quantities`)."""
    return _quantities(toks, lows)
