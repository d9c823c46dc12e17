"""Dates in a sentence, compared as days rather than as words.

Why: news writes the same day many ways. An article published on Saturday 21 November
1998 says "Friday", another "Nov. 20", a third "yesterday"; a claim may say "two years
ago" for 1996. Each mention is read into the parts it states (weekday, month, day,
year, or a day relative to publication) and resolved against the article's publication
date, so "Friday = Nov. 20" agrees and "Friday vs Thursday" conflicts. A weekday is not
turned into a date (it may be last Friday or next): it is compared with the weekday an
absolute date falls on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import config
from .lexicon import canon, is_event

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEKDAY_NAMES)
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS_ALL = frozenset([*MONTHS, *MONTH_ABBR])
# Weekdays as wire copy abbreviates them ("Tues., Dec. 1", "said Fri."): read as their
# weekday only where a date stands (:func:`weekday_abbreviations`), since "Wed", "Sat",
# "Sun" and "Mon" are words and names too.
WEEKDAY_ABBR = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1,
}  # fmt: skip
_PARTS = {"early": 0, "mid": 1, "middle": 1, "late": 2}
# Time zones (to the zone they name): "2000 GMT" is a time of day, not the year 2000
# (read by :mod:`.numbers` as a clock time of that zone).
CLOCK_ZONES = {
    "gmt": "utc", "utc": "utc", "edt": "edt", "est": "est", "cdt": "cdt", "cst": "cst",
    "pdt": "pdt", "pst": "pst", "cet": "cet", "bst": "bst",
}  # fmt: skip
# Words after a year that do not make it name an edition ("the 1994 and 1995 seasons").
_NOT_NOUN = frozenset(["and", "or", "to", "through", "until", "when", "after", "before", "season"])
# A weekday right after these says when something was said, not when it happened.
_REPORTED = frozenset(["said", "says", "told", "announced", "reported", "added", "confirmed"])


@dataclass(frozen=True, slots=True)
class DateRef:
    """One date mention: the parts it states. ``rel_days``/``years_ago`` need the
    publication date to become a day or a year."""

    text: str
    weekday: int | None = None  # 0 = Monday
    month: int | None = None
    day: int | None = None
    year: int | None = None
    rel_days: int | None = None
    years_ago: int | None = None
    months_ago: int | None = None
    # which part of the month: 0 early, 1 mid, 2 late ("in late September")
    part: int | None = None
    # a week relative to publication: 1 "last week", 0 "this week" (Monday to Sunday)
    weeks_ago: int | None = None
    # the content words around it (canonical): what the date is bound to ("resumed
    # domestic flights on Oct. 7"); two dates conflict only when bound to the same thing
    near: frozenset[str] = frozenset()
    # a year naming an edition of something ("the 1997 world championships", "the 1994
    # Asian Games"): another edition is another thing, not another date for one event
    edition: bool = False
    # a year after "since" ("fought since 1984"): a span from that year to publication,
    # which "for the past 14 years" states in another form (see :func:`span_since`)
    since: bool = False
    # a day to come ("next Wednesday", "this coming Friday"): a schedule, which may slip
    ahead: bool = False
    # the past-tense verb right before it in its clause ("invaded in 1975"): the deed it
    # dates ("invaded in 1975 and later annexed" dates the invasion, not the annexation)
    verb: str = ""
    # the verb nearest the date in its clause ("killed 40 on Thursday" / "by the time the
    # sun rose Friday"): the deed it dates; two dates of two deeds are not one date
    event: frozenset[str] = frozenset()
    # the verbs among ``near`` ("saw" in "closed no wards Tuesday and saw ..."):
    # words of deeds, which two dates of two deeds may share by chance
    verbs: frozenset[str] = frozenset()
    # a deadline ("killed 32 people by Monday", "as of Friday"): the day a running total
    # is told at, which an article of that day states by its publication
    by: bool = False

    @property
    def key(self) -> str:
        """The mention's kind, for telling which mentions are comparable at all."""
        if self.weekday is not None:
            return "weekday"
        if self.rel_days is not None or self.weeks_ago is not None:
            return "relative"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


def date_refs(
    toks: list[str],
    lows: list[str],
    canons: list[str | None] | None = None,
    events: Callable[[int], frozenset[str]] | None = None,
    is_verb: Callable[[int], bool] | None = None,
) -> tuple[DateRef, ...]:
    """Every date mention of a tokenised sentence, "said Thursday" left out; ``canons``
    (content words' canonical forms, None elsewhere) bind each to the words around it,
    ``events`` (the verb nearest a token, in its clause) to the deed it dates, and
    ``is_verb`` (a token is a verb) tells the verbs among the words around it."""
    lows = weekday_abbreviations(toks, lows)
    found = _date_refs(toks, lows)
    if canons is None:
        return tuple(d for _, d in found)
    out = []
    for i, d in found:
        near = _near(canons, lows, i, toks)
        event = events(i) if events is not None else frozenset()
        verbs = _near(canons, lows, i, toks, is_verb) if is_verb is not None else frozenset()
        head = _dated_noun(toks, lows, canons, i, is_verb) if d.weekday is not None else None
        if head is not None:
            event = frozenset([head])  # "Monday's collapse": the day of the collapse
        subject = _dated_clause(toks, lows, canons, i, is_verb)
        if subject is not None:
            # "On Monday, the bridge collapsed": the day of the collapse
            words, verb = subject
            near, event, verbs = near | words, frozenset([verb]), verbs | {verb}
        out.append(
            replace(d, near=near, verb=_verb_before(toks, lows, i), event=event, verbs=verbs)
        )
    return tuple(out)


def _dated_clause(
    toks: list[str],
    lows: list[str],
    canons: list[str | None],
    i: int,
    is_verb: Callable[[int], bool] | None,
) -> tuple[frozenset[str], str] | None:
    """For a date in a sentence's opening phrase ("On Monday, the old bridge collapsed,
    killing three"), the content words of the clause after the phrase's comma up to its
    verb, and that verb (canonical); None for any other date, or when no verb follows.

    Why: the opening phrase is an adverbial of that clause, so the date is the day of
    its deed; read only inside its own phrase (cut off by the comma) it was bound to
    nothing, and agreed with a claim's day without ever conflicting with another. Only
    the subject and the verb: an object may name another thing ("On Monday, police
    arrested the engineer of the bridge" dates the arrest, not the bridge's collapse)."""
    comma = _opening_phrase_end(lows, i)
    if comma is None or is_verb is None:
        return None
    words: set[str] = set()
    for j in range(comma + 1, len(lows)):
        if lows[j] in _CLAUSE:
            return None
        c = canons[j]
        if c is None:
            continue
        if is_verb(j):
            return frozenset(words | {c}), c
        if not toks[j][:1].isupper():
            words.add(c)
    return None


# Words of a time of day after a weekday ("Monday night"): part of the date, no noun
# it dates.
_DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night", "noon", "midnight"])


def _dated_noun(
    toks: list[str],
    lows: list[str],
    canons: list[str | None],
    i: int,
    is_verb: Callable[[int], bool] | None,
) -> str | None:
    """The noun a weekday at ``i`` stands before ("Monday's collapse", "the Friday
    election": the tokenizer drops the "'s"), canonical; None when a verb, a function
    word, a time of day or punctuation follows.

    Why: such a weekday is the day of that thing, the deed it dates, as the verb
    nearest a date is ("collapsed on Monday"). Read as bound to no deed, "Monday's
    collapse of the bridge" conflicted with no other day for the collapse, though it
    agreed with the same day."""
    j = i + 1
    if j >= len(toks) or not toks[j][:1].islower() or lows[j] in _DAY_PARTS:
        return None
    if canons[j] is None or (is_verb is not None and is_verb(j)):
        return None
    return canons[j]


def _verb_before(toks: list[str], lows: list[str], i: int) -> str:
    """The canonical past-tense verb within four tokens before position ``i``, inside
    its clause; "" when there is none."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if lows[j] in _CLAUSE:
            break
        if toks[j][:1].isalpha() and is_event(toks[j]):
            return canon(lows[j])
    return ""


# Punctuation that ends the clause a date belongs to.
_CLAUSE = frozenset([",", ";", ":", "(", ")", '"', "“", "”", "-", "–", "—"])


def _near(
    canons: list[str | None],
    lows: list[str],
    i: int,
    toks: list[str] | None = None,
    only: Callable[[int], bool] | None = None,
) -> frozenset[str]:
    """Content words within four tokens before and three after, inside the clause.

    Names are left out: a date belongs to what happened ("asked", "election"), and the
    same person's other deeds have other dates ("Demirel on Wednesday asked Ecevit" /
    "Ecevit on Sunday called on the parties"). ``only``: the tokens to keep."""
    out = set()
    for step, reach in ((-1, 4), (1, 3)):
        j = i + step
        while 0 <= j < len(lows) and abs(j - i) <= reach and lows[j] not in _CLAUSE:
            c = canons[j]
            capital = toks is not None and toks[j][:1].isupper()
            if c is not None and not capital and (only is None or only(j)):
                out.add(c)
            j += step
    return frozenset(out)


# Words that may stand around a date in a sentence's opening phrase ("On Monday,",
# "Late on Tuesday night,", "Earlier on Friday,").
_OPENING = frozenset(
    "on late early earlier later by since until last this and then but also before after "
    "in the of".split()
)
_MAX_OPENING = 6  # tokens before an opening phrase's comma: "Late on Tuesday night ,"


def _opening_phrase_end(lows: list[str], i: int) -> int | None:
    """The comma closing the sentence's opening phrase when the date at ``i`` stands in
    it ("On Monday, ..."; "Late Friday night, ..."), else None: the phrase is an
    adverbial of the clause after the comma, so the date dates that clause."""
    k = next(
        (j for j in range(i + 1, min(len(lows), _MAX_OPENING + 1)) if lows[j] in _CLAUSE), None
    )
    if k is None or lows[k] != ",":
        return None
    for j in range(k):
        if j == i or lows[j] in _OPENING or lows[j] in _DAY_PARTS:
            continue
        if lows[j] in MONTHS_ALL or lows[j] in WEEKDAYS or lows[j].isdigit() or lows[j] == ".":
            continue  # the date's own words ("On Monday, Nov. 23,")
        return None
    return k


# Words after which a capitalised weekday abbreviation can only be a day ("said Tues.",
# "on Fri.", "by Mon."): a report's day or a preposition of time.
_DAY_BEFORE = frozenset(["on", "by", "since", "until", "next", "last", "from", "through"])


def weekday_abbreviations(toks: list[str], lows: list[str]) -> list[str]:
    """``lows`` with each weekday abbreviation in a date's place written as its
    weekday ("Tues" -> "tuesday"); the same list when there is none.

    Why: wire copy writes "Tues., Dec. 1" and "said Fri."; read as words, such a day
    agreed with nothing and conflicted with nothing. The tokenizer drops the dot, so
    the evidence is the form and the place: a capital and the rest lower case (not
    "sat", the verb), and either a date after it ("Tues., Dec. 1", "Fri. 20") or a
    report's or a preposition's place before it ("said Tues.", "on Fri."), with no name
    going on after it ("said Sun Microsystems", "the Sun reported" are no days)."""
    found: dict[int, str] = {}
    n = len(toks)
    for i, low in enumerate(lows):
        if low not in WEEKDAY_ABBR or not (toks[i][:1].isupper() and toks[i][1:].islower()):
            continue
        j = i + 1 if i + 1 < n and lows[i + 1] != "," else i + 2
        nxt = toks[j] if j < n else ""
        date_after = lows[j] in MONTHS_ALL if j < n else False
        day_after = nxt.isdigit() and len(nxt) <= 2
        name_after = nxt[:1].isupper() and not date_after
        day_place = i > 0 and (lows[i - 1] in _REPORTED or lows[i - 1] in _DAY_BEFORE)
        if date_after or day_after or (day_place and not name_after):
            found[i] = WEEKDAY_NAMES[WEEKDAY_ABBR[low]]
    if not found:
        return lows
    return [found.get(i, low) for i, low in enumerate(lows)]


def reported_days(
    toks: list[str], lows: list[str], canons: list[str | None]
) -> tuple[DateRef, ...]:
    """The day a statement was made ("said Thursday"; "told reporters yesterday" is not
    read), bound to its speaker (``near``: the canonical words of the four tokens before
    the verb, names included): left out of :func:`date_refs` because an outlet's report
    day is not the event's, but a claim naming another day for the same speaker's
    statement ("said Monday") is not the statement the article reports."""
    out = []
    lows = weekday_abbreviations(toks, lows)
    for i, low in enumerate(lows):
        if i > 0 and lows[i - 1] in _REPORTED and (low in WEEKDAYS or low in _RELATIVE):
            speaker = frozenset(c for c in canons[max(0, i - 5) : i - 1] if c is not None)
            ref = (
                DateRef(toks[i], weekday=WEEKDAY_NAMES.index(low))
                if low in WEEKDAYS
                else DateRef(toks[i], rel_days=_RELATIVE[low])
            )
            out.append(replace(ref, near=speaker))
    return tuple(out)


def _date_refs(toks: list[str], lows: list[str]) -> list[tuple[int, DateRef]]:
    out: list[tuple[int, DateRef]] = []
    n = len(toks)
    used: set[int] = set()
    for i, (tok, low) in enumerate(zip(toks, lows, strict=True)):
        if i in used:
            continue
        if low in WEEKDAYS:
            if i > 0 and lows[i - 1] in _REPORTED:
                continue
            ahead = i > 0 and lows[i - 1] in ("next", "coming")
            out.append((i, DateRef(tok, weekday=WEEKDAY_NAMES.index(low), ahead=ahead)))
        elif low in _RELATIVE and not (i > 0 and lows[i - 1] in _REPORTED):
            out.append((i, DateRef(tok, rel_days=_RELATIVE[low])))
        elif (low in MONTHS or low.rstrip(".") in MONTH_ABBR) and tok[0].isupper():
            if low == "may" and i > 0 and toks[i - 1][0].islower() and toks[i - 1] != "in":
                continue  # the modal "may", capitalised only in a title
            month = MONTHS.get(low) or MONTH_ABBR[low.rstrip(".")]
            j = i + 1
            if j < n and lows[j] == ".":
                j += 1
            day = year = None
            text = [tok]
            if _day_first(toks, i):
                # "23 October 1998": the day written before the month
                day = int(toks[i - 1])
                text.insert(0, toks[i - 1])
            if (
                day is None
                and j < n
                and toks[j].isdigit()
                and 1 <= int(toks[j]) <= 31
                and len(toks[j]) <= 2
            ):
                day = int(toks[j])
                text.append(toks[j])
                used.add(j)
                j += 1
                if j < n and lows[j] == ",":
                    j += 1
            if j < n and _YEAR.match(toks[j]):
                year = int(toks[j])
                text.append(toks[j])
                used.add(j)
            part = None
            if day is None:
                # "early/mid/late September": the part of the month is a detail too
                k = i - 2 if i >= 2 and lows[i - 1] in ("-", "–") else i - 1
                if k >= 0 and lows[k] in _PARTS:
                    part = _PARTS[lows[k]]
                    text.insert(0, toks[k])
            out.append((i, DateRef(" ".join(text), month=month, day=day, year=year, part=part)))
        elif _YEAR.match(tok) and not (i + 1 < n and lows[i + 1] in CLOCK_ZONES):
            edition = (
                i > 0
                and lows[i - 1] in ("the", "its", "their", "his", "her")
                and i + 1 < n
                and toks[i + 1][:1].isalpha()
                and lows[i + 1] not in _NOT_NOUN
            )
            since = i > 0 and lows[i - 1] == "since"
            out.append((i, DateRef(tok, year=int(tok), edition=edition, since=since)))
        elif low == "ago" and i >= 2 and lows[i - 1] in ("year", "years"):
            k = _SPELLED.get(lows[i - 2]) or (int(toks[i - 2]) if toks[i - 2].isdigit() else 0)
            if k:
                out.append((i, DateRef(f"{toks[i - 2]} {toks[i - 1]} ago", years_ago=k)))
        elif low in ("last", "this") and i + 1 < n and lows[i + 1] == "week":
            out.append((i, DateRef(f"{low} week", weeks_ago=1 if low == "last" else 0)))
        elif low in ("last", "this") and i + 1 < n and lows[i + 1] in ("year", "month"):
            back = 1 if low == "last" else 0
            if lows[i + 1] == "year":
                out.append((i, DateRef(f"{low} year", years_ago=back)))
            else:
                out.append((i, DateRef(f"{low} month", months_ago=back)))
    return [
        (i, replace(d, by=True))
        if (i > 0 and lows[i - 1] == "by") or (i > 1 and lows[i - 2 : i] == ["as", "of"])
        else (i, d)
        for i, d in out
    ]


def _day_first(toks: list[str], i: int) -> bool:
    """A day number right before the month ("23 October", "on 5 Nov."), not a count
    ("3 October meetings" is rare; a figure before a month is read as its day)."""
    if i == 0 or not toks[i - 1].isdigit() or len(toks[i - 1]) > 2:
        return False
    return 1 <= int(toks[i - 1]) <= 31 and not (i > 1 and toks[i - 2][:1].isdigit())


def week_of(ref: DateRef, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The Monday-to-Sunday week "last week" / "this week" stands for."""
    if ref.weeks_ago is None or published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday() + 7 * ref.weeks_ago)
    return monday, monday + dt.timedelta(days=6)


def _day_of(ref: DateRef, published: dt.date | None) -> dt.date | None:
    """The one day a mention stands for (a weekday: the latest such day up to
    publication, as news reports the past week); None when it names no single day."""
    stated, derived, soft = facets(ref, published)
    parts = {**soft, **derived, **stated}
    if not all(k in parts for k in ("y", "m", "d")):
        return None
    try:
        return dt.date(parts["y"], parts["m"], parts["d"])
    except ValueError:
        return None


def report_day(ref: DateRef, published: dt.date | None) -> bool:
    """The mention stands for its own article's day ("Friday" in a Friday paper,
    "today"): the day the outlet reports a state of things, not a day fixed by the event."""
    return published is not None and _day_of(ref, published) == published


def facets(
    ref: DateRef, published: dt.date | None
) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(parts the mention states, parts that follow from it and the publication date,
    parts a weekday most likely stands for).

    "yesterday" in an article of 21 Nov 1998 states 20 Nov 1998 (a Friday); "Nov. 20"
    states month and day, and with the year of publication falls on a Friday; "Friday"
    in that article most likely means 20 Nov (news reports the past week), which may
    confirm a claim's date but never contradicts one (it may be next Friday).
    """
    stated: dict[str, int] = {}
    derived: dict[str, int] = {}
    soft: dict[str, int] = {}
    if ref.rel_days is not None:
        if published is None:
            return stated, derived, soft
        d = published + dt.timedelta(days=ref.rel_days)
        stated = {"y": d.year, "m": d.month, "d": d.day, "wd": d.weekday()}
        return stated, derived, soft
    if ref.weeks_ago is not None:
        return stated, derived, soft  # a span of days, compared in :func:`compare`
    if ref.months_ago is not None:
        if published is not None:
            m = published.month - ref.months_ago
            stated = {"y": published.year - (m < 1), "m": (m - 1) % 12 + 1}
        return stated, derived, soft
    if ref.years_ago is not None:
        if published is not None:
            stated = {"y": published.year - ref.years_ago}
        return stated, derived, soft
    if ref.weekday is not None:
        if published is not None:
            back = (published.weekday() - ref.weekday) % 7
            d = published - dt.timedelta(days=back)
            soft = {"y": d.year, "m": d.month, "d": d.day}
        return {"wd": ref.weekday}, derived, soft
    if ref.month is not None:
        stated["m"] = ref.month
    if ref.day is not None:
        stated["d"] = ref.day
    if ref.part is not None:
        stated["p"] = ref.part
    if ref.year is not None:
        stated["y"] = ref.year
    elif ref.month is not None and published is not None:
        # a month without a year is the closest one: "December" in a January article
        # is last year's
        derived["y"] = published.year - (1 if ref.month - published.month > 6 else 0)
    y: int | None = stated.get("y", derived.get("y"))
    if ref.day is not None and ref.month is not None and y is not None:
        with contextlib.suppress(ValueError):
            derived["wd"] = dt.date(y, ref.month, ref.day).weekday()
    return stated, derived, soft


@dataclass(frozen=True, slots=True)
class DateMatch:
    """How a claim's date compares with one evidence date: agree, conflict or neither."""

    status: str  # "agrees" | "conflicts" | "unrelated"
    note: str  # reader words: "Friday = Nov. 20", "Friday vs Thursday"


def compare(
    claim: DateRef,
    claim_published: dt.date | None,
    ev: DateRef,
    ev_published: dt.date | None,
    coarse: bool = False,
) -> DateMatch:
    """Agree when the evidence gives every part the claim states ("October 7" is not
    confirmed by "early October"); conflict when a part both give differs. "Last month"
    / "this month" (relative to publication, loose wording like "last week") agree with a
    day in that month; with ``coarse``, so does a month (and year) as written ("June
    1995" for "June 21, 1995")."""
    # a claim with no publication date of its own is read in the evidence's time
    claim_published = claim_published or ev_published
    if ev.weeks_ago is not None or claim.weeks_ago is not None:
        return _week_match(claim, claim_published, ev, ev_published)
    cs, cd, _csoft = facets(claim, claim_published)
    es, ed, esoft = facets(ev, ev_published)
    call, eall = {**cd, **cs}, {**ed, **es}
    firm = [
        k for k in ("y", "m", "p", "d", "wd") if k in call and k in eall and (k in cs or k in es)
    ]
    if (
        config.CONFIG.year_only_dates
        and "y" not in cs
        and "m" in cs
        and not ({"m", "d", "wd"} & es.keys())
    ):
        # "Oct. 4" (no year: the nearest one assumed) against a year alone ("in 1996",
        # "last year's October election", "a year ago"): the claim never states a year,
        # and a bare year beside it is another event's, so nothing is compared
        firm = [k for k in firm if k != "y"]
    if any(call[k] != eall[k] for k in firm):
        if claim.edition or ev.edition:
            return DateMatch("unrelated", "")  # two editions, not two dates of one
        return DateMatch("conflicts", f"{claim.text} vs {ev.text}")
    # every stated part of the claim, from the evidence's firm or likely parts
    full = {**esoft, **eall}
    if cs and all(k in full and full[k] == v for k, v in cs.items()):
        same = claim.text.lower() == ev.text.lower()
        return DateMatch("agrees", claim.text if same else f"{claim.text} = {ev.text}")
    if (
        (coarse or ev.months_ago is not None)
        and "d" in cs
        and "m" in es
        and "d" not in eall
        and ev.part is None
        and all(call.get(k) == eall[k] for k in ("y", "m") if k in eall)
    ):
        # "a June 1995 meeting" states "June 21, 1995" less precisely: the same date;
        # "last month" is loose wording like "last week", always read so
        return DateMatch("agrees", f"{claim.text} = {ev.text}")
    return DateMatch("unrelated", "")


def _week_match(
    claim: DateRef, claim_published: dt.date | None, ev: DateRef, ev_published: dt.date | None
) -> DateMatch:
    """ "Last week" in an article of 10 Nov agrees with a day of 2-8 Nov ("Wednesday",
    "Nov. 4"); a week is loose wording, so it never conflicts, and two weeks agree only
    when they are the same one."""
    span = week_of(ev, ev_published)
    if claim.weeks_ago is not None:
        own = week_of(claim, claim_published)
        if span is not None and own == span:
            return DateMatch("agrees", f"{claim.text} = {ev.text}")
        return DateMatch("unrelated", "")
    day = _day_of(claim, claim_published)
    if span is not None and day is not None and span[0] <= day <= span[1]:
        return DateMatch("agrees", f"{claim.text} = {ev.text}")
    return DateMatch("unrelated", "")


def span_since(claim: DateRef, years: float, published: dt.date | None) -> bool:
    """ "Since 1984" and "for the past 14 years" in an article of 1998 state one span:
    the years from then to publication (a partial year either way). Only a claim's
    "since" year is read so; a plain "1984" is a point in time, not a span."""
    if not claim.since or claim.year is None or claim.month is not None or published is None:
        return False
    n = round(years)
    return abs(years - n) < 1e-6 and published.year - n - 1 <= claim.year <= published.year - n


def parse_published(value: str | None) -> dt.date | None:
    """An article's ISO publication date (or datetime) as a date; None when unknown."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
