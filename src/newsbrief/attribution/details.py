"""One claim detail against one window: figures, dates, names, scope and time.

Why: a figure, date or name is evidence only against a value bound to the same thing
("14 dead" vs "12 dead", not vs "12 injured"; "Friday" = "Nov. 20" in an article of that
week; "Endeavor" = "Endeavour"). These functions each decide one detail's status
(agrees, conflicts, missing) with the value it was compared with. Where they sit:
:mod:`.compare` calls them for every window while building a :class:`~.rules.Check`;
they need no story index (the story's knowledge, when needed, is passed in).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..model import Detail
from ..text import STOPWORDS
from . import config, lexicon
from .binding import unbound_dates
from .clauses import DETAIL_CLAUSE
from .dates import DateRef, compare, span_since
from .facts import Facts, Name, Quantity, canon, compatible_bounds, quantities_agree
from .lexicon import is_event, word_set
from .names import one_edit
from .numbers import event_classes, is_money, within_hedge

if TYPE_CHECKING:
    from .claim import Claim


def quantity_check(
    q: Quantity,
    ev: Facts,
    others: Sequence[Quantity] = (),
    parts: Sequence[Facts] = (),
    unbound: Collection[int] = (),
) -> tuple[str, Quantity | None]:
    """("agrees", the evidence figure), ("conflicts", the one it differs from) or
    ("missing", None): a figure is compared only with one that counts the same thing.

    A conflict needs two values that cannot both be true of one quantity: not the same
    value, not two bounds that both hold ("at least 156" / "more than 150"), not figures
    for two events ("killing 60" / "173 ... were injured"), never a figure that is part
    of an identifier ("MD-11", "Flight 111").

    A figure is bound to its own verb: where a sentence of the window (``parts``, else
    the window) binds a figure to the verb the claim's figure hangs on, one the claim's
    other figures (``others``) do not take ("rejected 21 of 40" / "rejected 21 applicants
    out of 40 who applied"), a figure of another verb in that sentence is not the claim's
    ("licensed for 300" / "Licensed to hold 120, the club held at least 300"). Ordinals
    name which one ("the first round"), not how many. ``unbound``: the ids of window
    figures that cannot agree, a neighbour sentence's of another deed
    (:func:`.binding.unbound_figures`).
    """
    if q.ident:
        return "missing", None
    for e in ev.quantities:
        # "about 200 homes, not 300": the window denies the claim's very value for the
        # same thing (what it counts, or nothing said: the figure it corrects counts it)
        if (
            e.denied
            and not q.denied
            and quantities_agree(q, replace(e, denied=False))
            and (not e.after or not q.after or q.after & e.after)
        ):
            return "conflicts", e
    own_figs = (
        [p.quantities for p in parts or [ev] if any(_own_verb(q, e, others) for e in p.quantities)]
        if q.event and q.unit not in ("ord", "min")
        else []
    )
    for e in ev.quantities:
        if e.event and not q.event & e.event and any(e in figs for figs in own_figs):
            continue
        if id(e) in unbound:
            continue
        # a small value counting another thing ("two vehicles" / "two U.S. embassies") is
        # a coincidence, not the claim's figure; a large one ("37,000") is rarely one
        other_thing = (
            q.value < config.get().coincidence_below
            and q.after
            and e.after
            and not (q.after | q.before) & (e.after | e.before)
        )
        if quantities_agree(q, e) and not other_thing:
            return "agrees", e
    q_class = event_classes(q) if config.get().figure_events else frozenset()
    q_span = _measured_span(q) if config.get().duration_subjects else frozenset()
    for e in ev.quantities:
        # a bare figure may be a sum of money; two currencies are two kinds of value
        same_kind = e.unit == q.unit or ("" in (e.unit, q.unit) and is_money(e.unit + q.unit))
        if not same_kind or e.ident or e.value == q.value or compatible_bounds(q, e):
            continue
        if config.get().hedge_tolerance and within_hedge(q, e):
            continue  # "about 65" / "63": within the hedge, neither agreed nor denied
        if q_span and q_span & _measured_span(e):
            return "conflicts", e  # two lengths of one thing: "lasted two hours" / "30-minute"
        e_class = event_classes(e) if q_class else frozenset()
        if q_class and e_class:
            # both figures say what happened to what they count ("killed 17 people" /
            # "left 11 people dead" / "270 deaths"): one class is one quantity, however
            # the sentence words it; two classes ("dead" / "injured") are two
            if q_class & e_class and q.unit == "":
                return "conflicts", e
            continue
        if q.event and e.event and not q.event & e.event:
            continue  # what happened to what is counted differs: two quantities
        if not e.event and any(e in figs for figs in own_figs):
            continue  # a figure of no verb beside one of the claim's verb
        if _other_whole(q, e):
            continue  # shares of two wholes: "of the vote" / "of the votes counted"
        if (
            config.get().count_progress
            and count_progress(q)
            and count_progress(e)
            and not _same_result(q, others, ev)
        ):
            continue  # "69.5 percent of the votes counted" / "22 percent ...": two reports' times
        # durations in other units ("16 minutes before" / "two weeks later") are other
        # spans of time unless they measure the same thing; a bare "a day" against "an
        # hour" is the same span restated
        bound = bool(q.after & e.after or q.before & e.before)
        if q.unit == "min" and not bound:
            continue  # "a week ago" and "three days" measure different things
        # the same noun counted for another predicate: "hold 150 people" and "173
        # people were injured" are two figures, not one stated twice
        other_predicate = q.before and e.before and not one_predicate(q.before, e.before)
        if (
            (q.unit in ("", "%") or is_money(q.unit))
            and other_predicate
            and len(q.after & e.after) < 2
        ):
            continue
        if (q.unit == "%" or is_money(q.unit)) and not bound:
            continue  # two sums of money for two different things
        if q.unit != "" or q.after & e.after or (not (q.after or e.after) and q.before & e.before):
            return "conflicts", e
    return "missing", None


# Suffixes that make a noun of a verb's stem ("pay" / "payment", "settl" / "settlement"):
# the noun names the verb's deed, so a figure of either is of one predicate.
_NOMINAL_SUFFIXES = ("ment", "ement", "ments", "ion", "ation", "al", "ance", "ence")


def one_predicate(a: Collection[str], b: Collection[str]) -> bool:
    """Two sets of canonical words share a predicate: a word in both, or a verb's stem in
    one and its noun in the other ("cannot pay $3.5 billion" / "payments on dlrs 2.1
    billion": one deed, paying, so the two sums are one quantity)."""
    return any(
        x == y
        or (len(x) >= 3 and y.startswith(x) and y[len(x) :] in _NOMINAL_SUFFIXES)
        or (len(y) >= 3 and x.startswith(y) and x[len(y) :] in _NOMINAL_SUFFIXES)
        for x in a
        for y in b
    )


def nominal_in(word: str, words: Container[str]) -> bool:
    """``word``'s verb or noun form is in ``words`` (:func:`one_predicate` of one word
    against a set, by set lookups: it is asked for every claim word of every window)."""
    if len(word) >= 3 and any(word + s in words for s in _NOMINAL_SUFFIXES):
        return True
    return any(
        word.endswith(s) and len(word) - len(s) >= 3 and word[: -len(s)] in words
        for s in _NOMINAL_SUFFIXES
    )


def _own_verb(q: Quantity, e: Quantity, others: Sequence[Quantity]) -> bool:
    """``e`` hangs on the verb ``q`` hangs on, and no other figure of the claim is it."""
    return bool(q.event & e.event) and not any(
        o is not q and quantities_agree(o, e) for o in others
    )


def _other_whole(q: Quantity, e: Quantity) -> bool:
    """Two shares of different wholes: a share is of what follows it, and a verb that
    qualifies that whole ("40 percent of the ballots" / "15 percent of the ballots tallied",
    "of the ballots cast") makes it another whole, so the two are not one quantity."""
    if q.unit != "%" or e.unit != "%" or not (q.whole and e.whole):
        return False
    return bool((q.whole ^ e.whole) & (q.event | e.event))


@cache
def _duration_verbs() -> frozenset[str]:
    return frozenset(canon(w) for w in word_set("duration_verbs"))


def _measured_span(q: Quantity) -> frozenset[str]:
    """What a duration is the length of, or nothing when it does not say.

    Why: "the 30-minute message" and "the message lasted two hours" give two lengths of
    one message (both in minutes, :mod:`.numbers`), so they cannot both be true; "two
    weeks later" or "16 minutes before" measure no thing and stay apart.
    """
    if q.unit != "min" or q.ident:
        return frozenset()
    if q.text.endswith(" long"):
        return q.after - {"long"}  # "a half an hour long recording", "a 45-minute long one"
    if q.measures:
        return frozenset([q.measures])  # "30-minute message"
    if q.event & _duration_verbs():
        return q.before - q.event  # "the message lasted two hours": its subject
    return frozenset()


@cache
def _progress_words() -> frozenset[str]:
    return frozenset(canon(w) for w in word_set("count_progress"))


def count_progress(q: Quantity) -> bool:
    """A share of a count done so far ("69.5 percent of the votes counted",
    data/count_progress.txt): it says when a report was written, not what happened."""
    return q.unit == "%" and bool(q.whole & _progress_words())


def _same_result(q: Quantity, others: Sequence[Quantity], ev: Facts) -> bool:
    """The window states one of the claim's results (a figure that is no share of the
    count so far) at the same value: the same report, whose stage the claim changed
    ("after 30 percent were tallied, 51 percent" / "after 20 percent ..., 51 percent")."""
    results = [o for o in others if o is not q and not count_progress(o)]
    theirs = [e for e in ev.quantities if not count_progress(e)]
    return any(quantities_agree(o, e) for o in results for e in theirs)


def name_found(n: Name, ev: Facts) -> bool:
    """The name, a spelling of it ("Endeavor"/"Endeavour", a typo "Yilmza") or a
    description the article gives it ("the commission": ``Facts.described``) is there."""
    return (
        bool(n.keys & ev.words)
        or bool(n.keys & ev.described)
        or any(spelled(w, ev.words) for w in n.words)
    )


@lru_cache(maxsize=2048)  # asked again for one window by several checks and claims
def spelled(w: str, words: frozenset[str]) -> bool:
    if len(w) < 5:
        return False
    n, first = len(w), w[:1]
    # only words of a length one edit can reach: the same answer, without a call per word
    return any(_spelling(w, x) for x in words if n - 2 < len(x) < n + 2 and x[:1] == first)


def _spelling(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours apart (long words)."""
    return a == b or (len(b) >= 5 and one_edit(a, b))


_UP_TO_NOW = frozenset(["past", "last"])
_YEAR_MINUTES = 525600.0


def _past_years(q: Quantity, d: DateRef, ev_day: dt.date | None) -> bool:
    """A duration in years up to the article's day ("the past 14 years") that spans
    from the claim's "since" year."""
    if q.unit != "min" or q.span != "year" or q.bound or q.approx or not q.before & _UP_TO_NOW:
        return False
    return span_since(d, q.value / _YEAR_MINUTES, ev_day)


def compare_dates(
    claim: Claim,
    ev: Facts,
    ctx: Facts,
    lead: Facts | None,
    ev_day: dt.date | None,
    parts: Sequence[Facts] = (),
) -> list[Detail]:
    """Each claim date against the window's (then the neighbours', then the lead's).

    Matching is one to one (a window date that agrees with one claim date is not the
    other's conflict: "local routes on May 3 and foreign routes after that"),
    and a conflict needs the two dates bound to the same thing (a shared word around
    them): another date in the window is usually another event's. Of a window of
    several sentences (``parts``) and of its neighbours, a date agrees only from the
    sentence stating the claim's event or bound to that event, never one of another
    deed (:func:`.binding.unbound_dates`).
    """
    out: list[Detail] = []
    claim_day = claim.published
    used: set[int] = set()
    coarse = config.get().coarse_dates >= 1

    def find(d: DateRef, pool: Sequence[DateRef], status: str) -> int | None:
        skip = (
            unbound_dates(claim, d, parts or [ev], claim_day, ev_day, ctx)
            if status == "agrees" and (pool is ev.dates or pool is ctx.dates)
            else ()
        )
        for k, e in enumerate(pool):
            if k in used and pool is ev.dates:
                continue
            if id(e) in skip:
                continue  # a date of another deed, or a neighbour's not of this one
            if status == "conflicts" and not (d.near & e.near):
                continue
            if status == "conflicts" and _two_deeds(d, e):
                continue  # the dates of two deeds ("killed ... Thursday" / "rose Friday")
            if compare(d, claim_day, e, ev_day, coarse).status == status:
                return k
        return None

    pending: list[DateRef] = []
    for d in claim.facts.dates:
        k = find(d, ev.dates, "agrees")
        if k is not None:
            used.add(k)
            out.append(Detail("date", "agrees", d.text, ev.dates[k].text))
        else:
            pending.append(d)
    for d in pending:
        k = find(d, ev.dates, "conflicts")
        if k is not None:
            out.append(Detail("date", "conflicts", d.text, ev.dates[k].text))
            continue
        k = find(d, ctx.dates, "agrees")
        own = [
            e
            for e in ev.dates
            if e.key == d.key and compare(d, claim_day, e, ev_day).status == "conflicts"
        ]
        if k is not None and not own:
            # a neighbour's date, where the window gives none of its own of that kind
            # (its own "Sunday" dates its own event: the claim's day is not stated)
            out.append(Detail("date", "agrees", d.text, ctx.dates[k].text, "around"))
            continue
        if d.by and ev_day is not None:
            # "killed 32 people by Monday": an article of that day states its total as
            # of its own day ("In Poland, 32 people died", published Monday)
            day = DateRef(f"{ev_day:%b %-d}", month=ev_day.month, day=ev_day.day, year=ev_day.year)
            if compare(d, claim_day, day, ev_day, coarse).status == "agrees":
                out.append(Detail("date", "agrees", d.text, day.text, "the article's day"))
                continue
        span = next((q for q in ev.quantities if _past_years(q, d, ev_day)), None)
        if span is not None:
            # "since 1984" / "for the past 14 years" in an article of 1998
            out.append(Detail("date", "agrees", d.text, span.text, "the same span"))
            continue
        if lead is not None and find(d, lead.dates, "agrees") is None:
            k = find(d, lead.dates, "conflicts")
            if k is not None:
                out.append(Detail("date", "conflicts", d.text, lead.dates[k].text))
                continue
        out.append(Detail("date", "missing", d.text, ""))
    return out


def _two_deeds(a: DateRef, b: DateRef) -> bool:
    """Two dates of two deeds: bound to two verbs (or one to a verb, the other to none),
    sharing no word around them but verbs ("killed 40 people on Thursday night" / "by
    the time the sun rose Friday they were dead"; "closed no wards Tuesday and saw ..." /
    "scheduled to see him on Saturday"). A shared word that is not a verb says one deed
    in other words ("arrested him near Osaka on Sept. 6" / "his arrest near Osaka on
    Sept. 2 by police acting ..."; "resume ferry service on May 3" / "restarted Monday
    with ferry service")."""
    if a.event == b.event or (a.event & b.event):
        return False
    shared = (a.near & b.near) - a.event - b.event - a.verbs - b.verbs
    return not shared


def another_time(
    text: str, details: list[Detail], elsewhere: Callable[[str, str], bool]
) -> list[Detail]:
    """A figure and a date of one clause of the claim that both differ in the window,
    where the story itself shows that quantity at two moments: the window reports it at
    another time, not the claim's event with two values changed. Both become ``missing``
    (no support, no contradiction). The story shows it when the figure is already read
    as an update (publication dates: "reported Mar 2, the claim's figure Mar 4") or when
    another article states the claim's figure with the claim's date (``elsewhere``).
    Otherwise a figure and a date that both differ are two conflicts, as each alone is:
    changing two details does not make a claim less contradicted."""
    nums = [
        d
        for d in details
        if d.kind == "number"
        and (d.status == "conflicts" or (d.status == "missing" and d.note.startswith("reported")))
    ]
    dates = [d for d in details if d.kind == "date" and d.status == "conflicts"]
    if not nums or not dates:
        return details
    parts = [p for p in DETAIL_CLAUSE.split(text) if p]
    moved: set[int] = set()
    for n in nums:
        for d in dates:
            if not any(n.claim in p and d.claim in p for p in parts):
                continue
            if n.status == "missing" or elsewhere(n.claim, d.claim):
                moved |= {id(n), id(d)}
    return [
        replace(d, status="missing", note=d.note or "another time") if id(d) in moved else d
        for d in details
    ]


# A preposition that puts a count in a place: "62 people throughout Europe".
_SCOPE_WORD = re.compile(r"\b(?:in|throughout|across|around)\s+(?:the\s+)?$")


def _modifier(text: str, n: Name) -> bool:
    """The name describes the noun after it ("An Arctic cold wave"): no place or party
    (one after a preposition is a place: "In Poland alone")."""
    if n.role in ("in", "at", "throughout", "across", "around", "near", "outside"):
        return False
    at = text.find(n.text)
    rest = text[at + len(n.text) :].split(maxsplit=1)
    word = rest[0] if rest else ""
    return word.isalpha() and word.islower() and word not in STOPWORDS


def scope_absent(
    text: str,
    q: Quantity,
    names: Sequence[Name],
    ev: Facts,
    apposed: frozenset[frozenset[str]] = frozenset(),
) -> bool:
    """The name nearest before the claim's figure (else after it) says whose or where
    the figure is ("hit Poland ... has killed 32"): is it missing from the window (and
    from the place it is written beside: "Lockerbie, Scotland")?"""
    at = text.find(q.text)
    if at < 0 or not names:
        return False
    placed = [
        (text.find(n.text), n)
        for n in names
        if text.find(n.text) >= 0 and not _modifier(text, n)  # "An Arctic cold wave"
    ]
    before = [(p, n) for p, n in placed if p < at]
    after = [(p, n) for p, n in placed if p > at]
    # the figure's own place phrase ("killed at least 62 people throughout Europe")
    # says where it was counted, before any name earlier in the sentence
    own = [
        (p, n)
        for p, n in after
        if p - (at + len(q.text)) < 40 and _SCOPE_WORD.search(text[at + len(q.text) : p])
    ]
    near: tuple[int, Name] | None
    if own:
        near = min(own, key=lambda x: x[0])
    elif before:
        near = max(before, key=lambda x: x[0])
    else:
        near = min(after, key=lambda x: x[0], default=None)
    if near is None or name_found(near[1], ev):
        return False
    mine = {canon(w) for w in near[1].words}
    theirs = {canon(w) for n in ev.names for w in n.words}
    return not any(frozenset((x, y)) in apposed for x in mine for y in theirs)


# A modifier written as one hyphenated compound of two lower-case words ("center-left",
# "five-year", "second-floor"): not a figure ("17-month", read by numbers.py) nor a name.
_COMPOUND = re.compile(r"(?<![\w-])([a-z]{2,})-([a-z]{2,})(?![\w-])")
_HEAD_WORDS = re.compile(r"\s+([A-Za-z]+)")
_HEAD_REACH = 3


@dataclass(frozen=True, slots=True)
class Modifier:
    """A compound modifier bound to what it describes: the noun after it (its head:
    "center-left *leader*", a name's words too: "the center-right *True Path Party*")
    and the name nearest before it in its sentence (whom it describes: "*Ecevit*, leader
    of a center-left party"; "*Ecevit* is a center-right leader")."""

    text: str  # the compound and its head, as written
    parts: tuple[str, str]  # canonical forms
    written: tuple[str, str]  # as written (lower case: "left" is no form of "leave")
    head: frozenset[str]
    bearer: frozenset[str]


def modifiers(text: str, names: Sequence[Name]) -> list[Modifier]:
    """The hyphenated compound modifiers of one sentence, each with its head and bearer."""
    out: list[Modifier] = []
    placed = [(text.find(n.text), n) for n in names if n.text]
    for m in _COMPOUND.finditer(text):
        head: list[str] = []
        at = m.end()
        while len(head) < _HEAD_REACH:
            w = _HEAD_WORDS.match(text, at)
            if w is None or w.group(1).lower() in STOPWORDS or is_event(w.group(1)):
                break  # the noun phrase ends at a stop word or a verb ("... totaled")
            head.append(w.group(1))
            at = w.end()
        before = [(p, n) for p, n in placed if 0 <= p + len(n.text) <= m.start()]
        near = max(before, key=lambda x: x[0], default=None)
        bearer = (
            near[1].words
            if near is not None and _describes(text[near[0] + len(near[1].text) : m.start()])
            else ()
        )
        out.append(
            Modifier(
                (m.group(0) + " " + " ".join(head)).strip(),
                (canon(m.group(1)), canon(m.group(2))),
                (m.group(1), m.group(2)),
                frozenset(canon(w.lower()) for w in head),
                frozenset(canon(w) for w in bearer),
            )
        )
    return out


# Words between a name and a modifier that end the name's description: a clause or a
# verb ("Ecevit called on the center-right parties": the parties are not Ecevit's kind).
_CLAUSE_STOP = frozenset(["that", "who", "which", "whom", "whose", "while", "when", "to"])


def _describes(between: str) -> bool:
    """Whether the words between a name and a modifier after it keep the modifier
    about that name: an apposition or a copula ("Ecevit, leader of a center-left
    party"; "Ecevit is a center-right leader"; "Turkey's two center-right parties"),
    no past-tense verb and no clause in between ("outgoing" is no deed)."""
    for tok in lexicon.tokenize(between):
        low = tok.lower()
        if low in _CLAUSE_STOP or (tok.isalpha() and is_event(tok)):
            return False
    return True


def _rival(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two compounds of one pattern that say different things: one part the same, the
    other another word ("center-left" / "center-right", "five-year" / "two-year",
    "first-floor" / "second-floor"), not one word in two forms ("hard-line" /
    "hard-liner")."""

    def other(x: str, y: str) -> bool:
        return not (x.startswith(y) or y.startswith(x))

    return (a[0] == b[0] and other(a[1], b[1])) or (a[1] == b[1] and other(a[0], b[0]))


# Words of one scale: two of them as the same part of a compound cannot both hold
# ("seven-month" / "eight-month", "first-round" / "second-round", "week-long" /
# "months-long"); a count is a count, whichever two.
_SCALES = tuple(
    frozenset(canon(w) for w in line.split())
    for line in (
        "one two three four five six seven eight nine ten eleven twelve fifteen twenty "
        "thirty forty fifty hundred thousand million",
        "first second third fourth fifth sixth seventh eighth ninth tenth last",
        "second minute hour day week month year decade century",
    )
)


@cache
def _opposites() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in lexicon.lines("modifier_opposites"))


def _exclusive(a: Modifier, b: Modifier) -> bool:
    """Two rival compounds that cannot both describe one thing: the parts that differ
    are two counts, ordinals or spans of time, or a listed pair of opposites
    (``data/modifier_opposites.txt``: "left" / "right")."""
    k = 1 if a.parts[0] == b.parts[0] else 0
    x, y = a.parts[k], b.parts[k]
    if any(x in scale and y in scale for scale in _SCALES):
        return True
    return frozenset((a.written[k], b.written[k])) in _opposites()


def modifier_check(mine: Sequence[Modifier], theirs: Sequence[Modifier]) -> list[Detail]:
    """Each claim compound modifier against the window's, bound to the same name or head.

    Why: the words of a modifier are no evidence apart from what it describes: a window
    with "Ecevit, leader of a center-left party" and "the center-right True Path Party"
    (Ciller's) holds every word of "Ecevit is a center-right leader" but says the
    opposite. A claim's compound is stated where the window gives it to the same name,
    or, where a name is missing on either side, to the same head (:func:`_bound`).
    Not stated, it is ``missing`` where the window gives a rival compound of the same
    pattern to the same name or head ("state-owned bank" for "state-run bank"; Turkey's
    "center-right parties", led by Ciller, for "Ciller's center-left party"), or gives the
    compound only to something else while the claim gives it to a name (Turkey's
    "center-right parties" for Ecevit; a claim compound of no name, "hard-line
    clergymen", is not denied by "a hard-line rival"), and ``conflicts`` where that
    rival has the same head and the two exclude each other (:func:`_exclusive`:
    "seven-month" / "eight-month", "center-left" / "center-right"; not
    "weather-related" / "cold-related", which may both hold). A rival describing
    something else ("a rented second-floor hall" beside "Sweden's second-largest city")
    says nothing of the claim's, and a compound the window never writes is left to the
    word comparison (a paraphrase may state it: "a minority ... for centuries")."""
    out: list[Detail] = []
    for m in mine:
        if not (m.head or m.bearer):
            continue  # nothing to bind it to
        same = [e for e in theirs if e.parts == m.parts]
        rivals = [
            e for e in theirs if _rival(m.parts, e.parts) and (m.head & e.head or _bound(m, e))
        ]
        if not same and not rivals:
            continue
        if any(_bound(m, e) or not (e.head or e.bearer) for e in same):
            continue
        opposed = next(
            (e for e in rivals if m.head & e.head and not _other_bearer(m, e) and _exclusive(m, e)),
            None,
        )
        if opposed is not None:
            out.append(Detail("modifier", "conflicts", m.text, opposed.text))
        elif rivals or m.bearer:
            out.append(Detail("modifier", "missing", m.text, ""))
    return out


def _other_bearer(a: Modifier, b: Modifier) -> bool:
    """Two modifiers each describing a named one, not the same one."""
    return bool(a.bearer and b.bearer and not a.bearer & b.bearer)


def _bound(a: Modifier, b: Modifier) -> bool:
    """Two modifiers describing the same: the same name, or, where one names no one, the
    same head (or no head to tell)."""
    if a.bearer & b.bearer:
        return True
    return not _other_bearer(a, b) and bool(a.head & b.head or not (a.head and b.head))


# A quotation mark as the wires write them (straight, curly, or PTB ``...'').
_QUOTE_MARK = re.compile(r"``|''|[\"“”]")


# How far from a quotation its governing verb is looked for, each side, in words
# ('"...," the march's organizer, Ali Demir, demanded').
_GOVERNOR_REACH = 8


def wished_quotes(text: str) -> list[str]:
    """The quoted parts of one sentence that say what its speaker demands, asks or hopes
    for, not what happened: a quotation whose governing verb, the verb of saying nearest
    it in the words around it ('"Ocalan must stay in custody in Germany," the group's
    leader demanded'; 'Ecevit urged Syria: "..."'), is a verb of wishing
    (``data/wish_verbs.txt``), and any quoted question. A sentence with an unclosed
    quotation (its speaker is another sentence's) gives none: its governing verb is
    not there to read."""
    pieces = _QUOTE_MARK.split(text)
    if len(pieces) < 3 or len(pieces) % 2 == 0:
        return []
    wish, say = _quote_verbs()
    out: list[str] = []
    for k in range(1, len(pieces), 2):
        quoted = pieces[k]
        if not quoted.strip():
            continue
        after = [w.lower() for w in lexicon.tokenize(pieces[k + 1])][:_GOVERNOR_REACH]
        before = [w.lower() for w in lexicon.tokenize(pieces[k - 1])][::-1][:_GOVERNOR_REACH]
        verb = next((w for w in after + before if w in wish or w in say), None)
        if verb in wish or quoted.rstrip().rstrip(",").endswith("?"):
            out.append(quoted)
    return out


def states_a_wish(text: str) -> bool:
    """Whether a claim itself reports a demand, a question or a wish ("Demir demanded
    that Ocalan be held in Germany", a quoted question): compared as written, it is no
    statement of the deed for :func:`wished_quotes` to hold back."""
    wish, _ = _quote_verbs()
    own = {w.lower() for w in lexicon.tokenize(text)}
    return (
        bool(own & wish) or text.rstrip().rstrip("\"'”").endswith("?") or bool(wished_quotes(text))
    )


@cache
def _quote_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of wishing, verbs of stating), from ``data/wish_verbs.txt``."""
    groups: dict[str, set[str]] = {"wish": set(), "say": set()}
    for line in lexicon.lines("wish_verbs"):
        kind, _, words = line.partition(":")
        groups[kind.strip()].update(words.split())
    return frozenset(groups["wish"]), frozenset(groups["say"])


# Directions between a preposition and the place it governs ("into northern Iraq").
# Not an article: "in the Turkey-Syria dispute" names no place, "Turkey" describes the
# dispute.
PLACE_LEAD = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern".split()
)


def place_role(text: str, name: str) -> str:
    """The word that puts ``name`` where it stands in ``text``, lower case ("" at the
    start): the word right before it, past a direction ("crossed into northern Syria":
    "into"), so a direction does not hide that the name is a place."""
    at = text.find(name)
    words = [w.lower() for w in text[:at].split()] if at > 0 else []
    while words and words[-1] in PLACE_LEAD:
        words.pop()
    return words[-1] if words else ""


# A place given as a capital ("in the Swedish capital", "to Sweden's capital", "in the
# capital"), not followed by the city's own name ("the capital, Pretoria").
_CAPITAL = re.compile(
    r"\b(?:in|to|into|near|outside|at|from)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:'s|’s)?\s+)?capital\b"
    r"(?!,?\s+[A-Z])"
)


def capital_place(text: str) -> str | None:
    """The claim's place when it is given as a capital, as written; None otherwise. Why:
    "the Swedish capital" names one city: "Sweden" (its demonym's key) or the city
    of a Swedish dateline does not state it (Goteborg is not the capital), and nothing
    short of a gazetteer says which city it is unless the story does."""
    m = _CAPITAL.search(text)
    return m.group(0) if m else None


def capital_stated(texts: Sequence[str], named: Iterable[str], known: frozenset[str]) -> bool:
    """A window states a claim's capital: it says "capital", or names a city the story
    calls a capital (``known``; ``named``: the window's name words, lower case)."""
    return any(re.search(r"\bcapital\b", t, re.IGNORECASE) for t in texts) or bool(
        known & {w.lower() for w in named}
    )


def place_head(text: str, name: str) -> str:
    """The word ``name`` is the place of in ``text``, canonical: the word before its
    preposition ("sent 10,000 troops into northern Iraq": "troop"; "his hideout in
    Syria": "hideout"), "" when there is none."""
    at = text.find(name)
    words = re.findall(r"[A-Za-z'’-]+", text[:at]) if at > 0 else []
    while words and words[-1].lower() in PLACE_LEAD:
        words.pop()
    return canon(words[-2].lower()) if len(words) >= 2 else ""
